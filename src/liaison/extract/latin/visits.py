"""Visits and delegations around a meeting.

A visit told only as the lede of a meeting ("A delegation of the SACP, led by X, recently visited
China." ... "Li Mingxiang met here today with a delegation of the SACP led by X"): the article's record
is the meeting, not a second, undated event for the visit. A party's delegation acts for the party
("A delegation of the Communist Party of China led by Vice Minister Sun Haiyan met ...").
"""

from __future__ import annotations

from liaison.extract.latin.lexicon import Lexicon
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import EventFrame

_MEETINGS = ("meeting", "talks")


def without_lede_visits(frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames less each visit the text gives no date of whose people all take part in a meeting
    or talks the same article dates ("met here today")."""
    return tuple(f for f in frames if not _lede_visit(f, frames))


def _lede_visit(visit: EventFrame, frames: tuple[EventFrame, ...]) -> bool:
    if visit.kind != "visit":
        return False
    people = _names(visit)
    if visit.date_source == "text" and visit.date_span is not None:
        # "A delegation led by A visits Venezuela from 19 to 23 July. During its stay it called on B and held talks
        # with C": meetings dated by the visit's own words are its steps, and the record is those meetings
        # (meetings read only by the recall tier leave the visit standing)
        return len(people) == 1 and any(
            other.kind in _MEETINGS and other.date_span == visit.date_span and people < _names(other)
            and other.confidence >= visit.confidence
            for other in frames
        )
    return bool(people) and any(
        other.kind in _MEETINGS and other.date_source == "text" and people <= _names(other) for other in frames
    )


def _names(frame: EventFrame) -> set[str]:
    return {p.person.name for p in frame.participants}


def party_delegation(text: str, gazetteer: Gazetteer, lex: Lexicon, sides: set[str | None]) -> bool:
    """Whether ``text`` names a delegation of a party of one of ``sides`` (the lexicon's
    ``possessor_delegation_cue`` right before the party's name): its members act for the party."""
    if not lex.possessor_delegation_cue:
        return False
    cue = lex.compiled(lex.possessor_delegation_cue)
    return any(
        entry.kind == "party" and entry.country in sides and cue.search(text[: span[0]])
        for span, entry in gazetteer.find_orgs(text)
    )


__all__ = ["party_delegation", "without_lede_visits"]
