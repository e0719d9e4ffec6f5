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


def test_a_visited_countrys_officials_are_met_one_by_one_despite_stray_countries() -> None:
    # People's Daily (Xinhua): "co-leader of the Social Democratic Party" is read to Japan by a party name
    # several countries share, yet those listed are the officials of Germany, the one country the sentence names
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


def test_an_unknown_party_name_closes_a_title_before_a_name() -> None:
    # "..., General Secretary of the Free Democratic Party (FDP) A, and FDP deputy leader B": "Free", unknown to the
    # people table, opens the party name of A's own title, so A does not take B's title written after A
    found = sentence_events(_GERMANY, "2023-10-14", "en", blind=True)
    titles = {p.person.native: p.person.title for e in found for p in e.participants}
    assert titles["Johannes Vogel"] == "FDP deputy leader"
    assert "Free Democratic Party" in (titles["Bijan Djir-Sarai"] or "")
    (vogel,) = _with(found, "Liu Jianchao", "Johannes Vogel")
    assert len(_names(vogel)) == 2


def test_an_office_ending_in_veterans_is_not_part_of_the_name() -> None:
    # VietnamPlus: South Africa's "Minister of Defence and Military Veterans" before a name met during a stay
    found = sentence_events(
        "A Party delegation headed by Nguyen Dinh Trung, member of the Party Central Committee, attended the 55th "
        "National Conference of South Africa's ruling African National Congress (ANC) from December 15-21. During "
        "their stay in South Africa, the Vietnamese delegation met with Minister of International Relations and "
        "Cooperation Naledi Pandor, and Minister of Defence and Military Veterans Thandi Modise.",
        "2022-12-21",
        "en",
        blind=True,
    )
    assert _with(found, "Nguyen Dinh Trung", "Thandi Modise")
    assert not any("Military Veterans Thandi Modise" in _names(e) for e in found)
