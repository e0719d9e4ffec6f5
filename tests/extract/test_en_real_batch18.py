"""Constructions of the eighteenth English batch (issue 13, web-en-1801…1816: KCNA Watch, Kremlin, SGGP, QDND,
People's Daily, Shine, AllAfrica, Viet Nam News, VietnamPlus, CPPCC, a Chinese consulate, Nepalnews, WNAM), on real
text: the officials of a visited country listed as met during the visit are met one by one even when a party name
several countries share reads one of them to another country; an office named before a name ("head of Germany's
Federal Chancellery A") is no part of the name; a party official "hosting a visiting delegation" meets it. Lines are
the restatements in ``quality/real-dev``."""

from __future__ import annotations

from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import sentence_events

_GERMANY = (
    "BERLIN, Oct. 13 (Xinhua) -- Liu Jianchao, head of the International Department of the Communist Party of China "
    "(CPC) Central Committee, led a CPC delegation on a visit to Germany from Wednesday to Friday. During his visit, "
    "Liu met and exchanged views with head of Germany's Federal Chancellery Wolfgang Schmidt, German Chancellor's "
    "Foreign and Security Policy Advisor Jens Ploetner, co-leader of the Social Democratic Party Lars Klingbeil, "
    "Chairman of the Christian Democratic Union Friedrich Merz, co-Chairman of the Left Party Martin Schirdewan, "
    "President of the Friedrich Ebert Foundation Martin Schulz, General Secretary of the Free Democratic Party (FDP) "
    "Bijan Djir-Sarai, and FDP deputy leader Johannes Vogel."
)


def test_a_visited_countrys_officials_are_met_one_by_one_despite_one_stray_country() -> None:
    # People's Daily (Xinhua): "co-leader of the Social Democratic Party" is read to Japan by the people table's
    # party name, yet the six are Germany's officials met during the visit, not leaders of two countries met at once
    for blind in (False, True):
        found = sentence_events(_GERMANY, "2023-10-14", "en", blind=blind)
        for name in ("Jens Ploetner", "Lars Klingbeil", "Friedrich Merz", "Martin Schirdewan", "Bijan Djir-Sarai"):
            (meeting,) = _with(found, "Liu Jianchao", name)
            assert len(_names(meeting)) == 2


def test_leaders_of_several_countries_met_at_once_stay_one_act() -> None:
    found = events(
        "BEIJING, Oct. 13 (Xinhua) -- Wang Yi, director of the Office of the Foreign Affairs Commission of the CPC "
        "Central Committee, led a delegation on a visit to Europe. During the visit, Wang met with President "
        "Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, Prime Minister Giorgia Meloni of Italy and "
        "Foreign Minister Antonio Tajani of Italy.",
        "en",
        "2023-10-14",
    )
    assert len(_with(found, "Wang Yi", "Emmanuel Macron", "Olaf Scholz")) == 1


def test_an_office_named_before_a_name_is_not_part_of_it() -> None:
    found = sentence_events(_GERMANY, "2023-10-14", "en", blind=True)
    assert _with(found, "Liu Jianchao", "Wolfgang Schmidt")
    assert not any("Chancellery Wolfgang Schmidt" in _names(e) for e in found)


def test_hosting_a_visiting_delegation_is_a_meeting() -> None:
    # AllAfrica: CCM-Zanzibar's deputy secretary general receives a CPC delegation at the party's headquarters
    found = sentence_events(
        "Zanzibar — The ruling party Chama Cha Mapinduzi (CCM) has restated its commitment to deepening ties between "
        "Tanzania and the People's Republic of China. The Deputy Secretary General of CCM-Zanzibar, Dr Mohamed Said "
        "Mohamed, spoke while hosting a visiting delegation from the Communist Party of China (CPC) at the Kisiwandui "
        "head office of the party.",
        "2025-07-16",
        "en",
        blind=True,
    )
    (meeting,) = found
    assert meeting.kind == "meeting" and "Mohamed Said Mohamed" in _names(meeting)
