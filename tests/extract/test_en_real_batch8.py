"""Constructions of the eighth English batch (issue 13), on real text: talks held before and reported to the
host ("informed her host of the outcomes of the talks with her Vietnamese counterpart A", "briefed ... on the
outcomes of talks between him and his Lao counterpart A", "spoke highly of the results of talks between A and
B"), a middle word of a Vietnamese name naming nobody else ("Do Van Chien" is not Vo Van Thuong), "State
Councilor" and "counterpart" as title heads, and a later act of a visitor with a titled host of no stated side
("She held bilateral talks with Prime Minister A", "Founding President Nujoma also met with Wang Gang in Windhoek").
Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page


def _side(event: EventFrame, native: str) -> str | None:
    (p,) = [p for p in event.participants if p.person.native == native]
    return p.side


def test_talks_reported_to_the_host_are_their_own_event() -> None:
    # VietnamPlus: "The Lao official informed her host of the outcomes of the talks with her Vietnamese
    # counterpart Truong Thi Mai"
    found = _page("web-en-176")
    (talks,) = _with(found, "Sisay Leudetmounsone", "Truong Thi Mai")
    assert talks.kind == "talks" and "Vo Van Thuong" not in _names(talks)
    # VietnamPlus: "Hung briefed the top Lao leader on the outcomes of talks between him and his Lao counterpart
    # Thongsalith Mangnomek" ("briefed" does not make them reported speech)
    found = _page("web-en-177")
    (talks,) = _with(found, "Le Minh Hung", "Thongsalith Mangnomek")
    assert talks.kind == "talks" and _side(talks, "Thongsalith Mangnomek") == "LA"
    assert len(found) == 2


def test_talks_between_two_named_people_take_no_earlier_principal() -> None:
    # SGGP: "He spoke highly of the results of talks between Sinlavong and President of the VFF Central Committee
    # Do Van Chien": the host (Vo Van Thuong, whose middle word "Van" Chien's name shares) is not one of them
    found = _page("web-en-183")
    (talks,) = _with(found, "Sinlavong Khoutphaythoune", "Do Van Chien")
    assert "Vo Van Thuong" not in _names(talks)
    (reception,) = _with(found, "Vo Van Thuong", "Sinlavong Khoutphaythoune")
    assert "Do Van Chien" not in _names(reception)


def test_state_councilor_is_a_title_and_a_later_act_is_with_the_hosts() -> None:
    # China Daily (Xinhua): "met with visiting Chinese State Councilor Liu Yandong" ... "She held bilateral talks
    # with Prime Minister Nahas Angula and other government officials."
    found = _page("web-en-174")
    assert not any("Councilor" in n for e in found for n in _names(e))
    (meeting,) = _with(found, "Hifikepunye Pohamba", "Liu Yandong")
    assert _side(meeting, "Liu Yandong") == "CN"
    (talks,) = _with(found, "Liu Yandong", "Nahas Angula")
    assert talks.kind == "talks" and _side(talks, "Nahas Angula") == "NA"


def test_a_later_meeting_named_by_a_lone_family_name_after_a_title() -> None:
    # Chinese embassy in Namibia: "President Pohamba ... met on May 17th with Wang Gang ..." then "Founding
    # President Nujoma also met with Wang Gang in Windhoek on May 18th."
    found = _page("web-en-182")
    assert len(found) == 2
    (later,) = _with(found, "Nujoma", "Wang Gang")
    assert _side(later, "Nujoma") == "NA" and later.location == "Windhoek"


def test_a_host_welcoming_a_titled_guest_meets_them() -> None:
    # ACN: "Roberto Morales Ojeda, member of the Politburo ... welcomed the President of Spain's Communist Party Jose
    # Luis Centella Gomez." then "The meeting was attended by A, ...; B, ...": the attendees join that meeting
    (meeting,) = _with(_page("web-en-178"), "Roberto Morales Ojeda", "Jose Luis Centella Gomez")
    assert meeting.confidence > 0.5 and meeting.location == "Havana"  # the grammar's, not the recall tier's
    assert {"Gloria Aguiar", "Angel Arzuaga Reyes"} <= _names(meeting)


def test_an_international_official_met_later_takes_no_host_country() -> None:
    # People's Daily English: "Liu also met with United Nations Secretary-General Antonio Guterres."
    (met,) = _with(_page("web-en-001"), "Antonio Guterres")
    assert _side(met, "Antonio Guterres") is None
