"""Seminars, briefings and video conferences the blind sets miss most (issue 13, sem14): a briefing given to
guests of other countries left unnamed ("representatives of political parties from 19 countries", "foreign
diplomats"), told by its host body with its speaker named a few sentences on; a lecture, an open house or a study
programme as a seminar's noun; talks held "via an encrypted video channel". Real pages of quality/real-dev
(China.org.cn, TASS, the PT's site) and short texts in the same constructions."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_a_briefing_told_by_its_host_body_is_its_speakers_seminar() -> None:
    found = page_events("web-en-1404")
    assert [e.kind for e in found] == ["seminar"]
    assert _leads(found[0]) == {"Song Tao"}
    assert found[0].date is not None and found[0].date.iso == "2019-06-27"


def test_the_same_construction_in_a_short_text() -> None:
    found = events(
        "HANOI, May 4 (VNA) -- The Commission for External Relations briefed some 40 diplomats from 30 countries "
        "on the outcomes of the plenum in a lecture on Monday. The lecture was the third of its kind this year. "
        "Le Hoai Trung, head of the commission, said the plenum had set the course for the coming years.",
        "en", "2023-05-04")
    assert [e.kind for e in found] == ["seminar"]
    assert _leads(found[0]) == {"Le Hoai Trung"}


def test_a_seminar_carries_over_to_its_speaker_only() -> None:
    assert page_events("web-pt-1402") == ()  # "será realizado"; the delegation's head named, not speaking
    found = events(
        "BEIJING, June 3 -- A seminar on party building was held here on Tuesday. Its theme was modernization. "
        "It gathered researchers of two academies. Wang Wei, a researcher of the academy, led the study group.",
        "en", "2023-06-03")
    assert found == ()


def test_guests_from_many_countries_are_foreign() -> None:
    found = events(
        "Song Tao, head of the International Department of the CPC Central Committee, attended a seminar with "
        "representatives of political parties from 19 countries in Zhengzhou on June 27.", "en", "2019-06-28")
    assert [e.kind for e in found] == ["seminar"] and _leads(found[0]) == {"Song Tao"}
    home = events(
        "Song Tao, head of the International Department of the CPC Central Committee, attended a seminar with "
        "party officials in Zhengzhou on June 27.", "en", "2019-06-28")
    assert home == ()


def test_talks_via_an_encrypted_video_channel_are_a_video_conference() -> None:
    found = page_events("web-en-1405")
    assert len(found) == 1
    assert found[0].kind == "video_conference" and found[0].remote
    assert _leads(found[0]) == {"Vladimir Putin", "Xi Jinping"}
    names = {p.person.native for p in found[0].participants}
    assert not any(n.startswith("Previously") for n in names)  # "Previously Putin and Xi met": no name


def test_a_seminar_told_as_still_to_come_carries_nothing() -> None:
    found = events(
        "A 25-member party delegation left for China yesterday for a 10-day workshop on party building. "
        "The workshop, set for November 20 to 30, will take place in Beijing. In an interview before they "
        "departed, head of delegation and Politburo member Lovemore Matuke said the trip was meant for sharing "
        "ideas.", "en", "2018-11-19")
    assert not any(e.kind == "seminar" for e in found)


def test_plural_seminar_nouns_are_seminars() -> None:
    """"opened two training workshops", "os seminários de formação", "les séminaires de formation": a seminar's
    noun in the plural is still its cue."""
    for language, text in (
        ("en", "PHNOM PENH, May 6 -- Sun Haiyan, Vice-Minister of the International Department of the CPC Central "
               "Committee, and Sok Eysan, spokesman of the Cambodian People's Party, opened two training "
               "workshops for party cadres in Phnom Penh on Monday."),
        ("pt", "Luanda, 6 mai (Angop) - O secretário-geral do MPLA, Paulo Pombolo, e o vice-ministro do Departamento "
               "Internacional do PCCh, Li Mingxiang, abriram na segunda-feira os seminários de formação de quadros "
               "dos dois partidos."),
        ("fr", "Dakar, 6 mai (APS) - Le secrétaire général du PDS, Abdoulaye Wade, et le vice-ministre du Département "
               "international du PCC, Li Mingxiang, ont ouvert lundi les séminaires de formation des cadres des "
               "deux partis."),
    ):
        found = events(text, language, "2025-05-06")
        assert [e.kind for e in found] == ["seminar"], language
        assert len(_leads(found[0])) == 2, language
