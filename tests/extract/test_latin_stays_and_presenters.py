"""Non-meeting events of one side (issue 13, kinds): a delegation's stay told by where it was ("A delegation of the
Communist Party of Cuba led by A was in Lisbon"; not Spanish "estuvo en", which turned a blind set's meeting into a
visit, nor Portuguese "esteve na", which lowered real-dev's Portuguese party precision) is a visit of its head, and
the presenters of a briefing for foreign guests told a few sentences after it ("The Party School ... held its first
open house for foreign ambassadors ... A and B of the school presented the guidelines ...") are its speakers. Lines
restated from real-dev pages (an embassy's news page, Xinhua), read blind."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import sentence_events


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("en", "A delegation of the Communist Party of Cuba led by Iliana Nieves, coordinator for Europe of the "
               "International Relations Department, was in Lisbon for the party's festival.", "Iliana Nieves"),
    ],
)
def test_a_delegation_stay_told_by_where_it_was_is_a_visit(language: str, text: str, head: str) -> None:
    (event,) = sentence_events(text, "2018-09-10", language, blind=True)
    assert event.kind == "visit"
    assert [(p.person.native, p.lead) for p in event.participants] == [(head, True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The delegation was in talks with the hosts about the programme."),
    ],
)
def test_a_delegation_at_a_session_or_in_talks_is_no_stay(language: str, text: str) -> None:
    assert all(e.kind != "visit" for e in sentence_events(text, "2018-09-10", language, blind=True))


def test_presenters_of_a_briefing_for_foreign_diplomats_are_its_speakers() -> None:
    text = ("BEIJING, March 30 -- The Party School of the CPC Central Committee today held its first open house for "
            "foreign ambassadors and senior diplomats posted in China. More than 100 ambassadors from over 90 "
            "countries toured the campus and sat in on some classes. Executive Vice-President Li Jingtian and "
            "Vice-President Chen Baosheng of the school presented the guidelines of the CPC for training its "
            "cadres, and then answered questions from the diplomats.")
    (event,) = sentence_events(text, "2010-03-30", "en", blind=True)
    assert event.kind == "seminar"
    assert {p.person.native for p in event.participants} == {"Li Jingtian", "Chen Baosheng"}
