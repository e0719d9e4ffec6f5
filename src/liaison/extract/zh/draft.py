"""The drafts the Chinese passes build and refine: one exchange read from one clause.

A ``Side`` holds the people of one side with the country their own words give them; a ``Draft`` is
one exchange (kind, sentence, host and guest sides, date and place as found, attendees). The passes
(``frames.PASSES``) add to drafts; ``assemble`` turns each into an ``EventFrame`` through the shared
layer (``liaison.extract.assembly``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from liaison.extract.assembly.filters import foreign_pair
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Document, EventKind, FuzzyDate, Span

# Whom a briefing (宣介会) was held for: foreign parties, diplomats, or an audience left unsaid.
Audience = Literal["parties", "diplomats", "unnamed"]


@dataclass
class Side:
    """The people of one side of an exchange and what their chains say."""

    people: list[tuple[ChainPerson, str | None]] = field(default_factory=list)  # (person, country)
    phrase: str = ""  # the whole phrase (chains + delegation)
    country: str | None = None
    delegation: str = ""
    party: OrgEntry | None = None  # the delegation's party
    international: set[str] = field(default_factory=set)  # heads of international organisations
    foreign: bool = False  # the country is unknown but foreign (a briefing's audience of foreign parties)
    # the deputies of a delegation named with its leader (以A为团长、B和C为副团长的…代表团): non-leads of this side
    deputies: list[tuple[ChainPerson, str | None]] = field(default_factory=list)


class Attendee(NamedTuple):
    """A person present who is not a principal: "X、Y等参加会见", "和夫人Z"."""

    person: ChainPerson
    country: str | None
    lead: bool
    member: bool = False  # listed as a member of a delegation: of its leader's body when no post says


@dataclass
class Draft:
    """An event being built from one clause."""

    kind: EventKind
    sentence: Span
    clause: str
    host: Side
    guest: Side
    date: FuzzyDate | None
    date_span: Span | None
    location: str | None
    location_span: Span | None
    extra_evidence: list[Span] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    bare_speaker: bool = False  # the counterpart may be named without a title when speaking
    remote: bool | None = None  # set when the clause's own words would mislead (共同以视频方式出席)
    audience: Audience | None = None  # a briefing's: whom it was held for
    confidence: float = 1.0  # less for the recall tier (``recall``)

    @classmethod
    def found(
        cls,
        kind: EventKind,
        sentence: Span,
        clause: str,
        host: Side,
        guest: Side,
        when: tuple[FuzzyDate, Span | None] | None,
        where: tuple[str, Span | None] | None = None,
        *,
        bare_speaker: bool = False,
        confidence: float = 1.0,
    ) -> Draft:
        """A draft dated and placed by what ``find_date`` and ``find_place`` returned (None: not found)."""
        date, date_span = when or (None, None)
        location, location_span = where or (None, None)
        return cls(
            kind, sentence, clause, host, guest, date, date_span, location, location_span,
            bare_speaker=bare_speaker, confidence=confidence,
        )


@dataclass(frozen=True)
class Reading:
    """What every pass reads: the item, its sentences, the gazetteer and the country its headline
    names (None for a roundup of several stories, whose title says nothing of them)."""

    doc: Document
    sentences: list[Span]
    gaz: Gazetteer
    headline: str | None
    headings: frozenset[Span]  # the story headings of a roundup (国际联播快讯), skipped
    # what passes compute once per item and read again (the titled people of a sentence, ``recall``)
    memo: dict[object, object] = field(default_factory=dict, compare=False, repr=False)


def is_foreign_pair(d: Draft) -> bool:
    """Whether a draft is an exchange with a foreign side (``filters.foreign_pair``): the host is China
    unless their words say otherwise; an untitled counterpart in object position is foreign unless
    nothing says so ("习近平会见香港特区行政长官" is not)."""
    unknown_foreign = d.guest.foreign or (bool(d.guest.people) and d.kind != "message")
    return foreign_pair(d.host.country or "CN", d.guest.country, unknown_foreign, d.guest.people or d.host.people)
