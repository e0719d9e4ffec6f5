"""Further events of a story told after its first exchange (issue 13), on real text: a sentence opening on a
meeting with someone no event holds yet ("While meeting with Dutch Prime Minister A, Xi said"; "In his talks
with B, Xi said") is an exchange of its own with the subject after the frame; plural meetings joined to other
sessions ("held meetings and working sessions with A; B") are one event per person met; a framed meeting that
completes a trigger naming one side only stays that one event. Pages are the restatements in
``quality/real-dev``; the readout is read from ``../shared``."""

from __future__ import annotations

from pathlib import Path

from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import readout_events


def test_meetings_framed_at_the_start_of_sentences_are_one_event_each() -> None:
    # ECNS (China Daily): "While meeting with Dutch Prime Minister Mark Rutte, Xi said ..." then "In his talks with
    # Singaporean Prime Minister Lee Hsien Loong, Xi said ...": two exchanges of Xi's on the forum's sidelines
    found = _page("web-en-203")
    (rutte,) = _with(found, "Xi Jinping", "Mark Rutte")
    (lee,) = _with(found, "Xi Jinping", "Lee Hsien Loong")
    assert rutte is not lee and "Mark Rutte" not in _names(lee)
    assert lee.kind == "talks"


def test_meetings_and_working_sessions_with_a_list_are_one_event_each() -> None:
    # Viet Nam News: "The delegation held meetings and working sessions with Deputy Prime Minister Dmitry
    # Chernyshenko, ...; Secretary of the Security Council Nikolai Patrushev, and leaders of ..."
    found = _page("web-en-128")
    (first,) = _with(found, "Dmitry Chernyshenko")
    (second,) = _with(found, "Nikolai Patrushev")
    assert first is not second


def test_a_framed_meeting_completing_a_one_sided_trigger_stays_one_event(shared: Path) -> None:
    # "In a meeting with President Nayib Bukele, Dr. Gordon emphasized ...": the counterpart of the trip told
    # before, not a second event beside a one-sided one
    found = readout_events(shared, "whb-01013")["whb-01013"]
    assert len(found) == 1
    assert {"Philip Gordon", "Nayib Bukele"} <= {p.person.name for p in found[0].participants}
