"""The data model every stage shares: declared, typed, and free of behaviour beyond small helpers.

Stages exchange only these types (see DESIGN.md). Spans are character offsets into
``Document.text`` (half-open ``[start, end)``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Precision = Literal["day", "month", "year"]
# The ids of the kinds declared in kinds.toml (read by kinds.py), spelt out for the type checker.
EventKind = Literal[
    "meeting",
    "talks",
    "video_conference",
    "phone_call",
    "visit",
    "seminar",
    "agreement",
    "message",
    "other",
]
Channel = Literal["party", "state", "legislature", "other"]
CHANNELS: tuple[str, ...] = ("party", "state", "legislature", "other")

Span = tuple[int, int]

# How a person's Latin-script ``name`` was obtained: as written (Latin text), pinyin (a Chinese
# name), the knowledge base's people table (or a name part alone, a surname shared by several
# people), a reading of the characters by the name's origin, or pinyin of a foreign name's
# characters as the last resort.
NameSource = Literal[
    "as-written", "pinyin", "table", "table-part", "reading-vi", "reading-ko", "reading-ja", "pinyin-fallback"
]
NAME_SOURCES: tuple[str, ...] = (
    "as-written", "pinyin", "table", "table-part", "reading-vi", "reading-ko", "reading-ja", "pinyin-fallback"
)


@dataclass(frozen=True)
class FuzzyDate:
    """An ISO-prefix date (``2025``, ``2025-06``, ``2025-06-09``) with its precision."""

    iso: str
    precision: Precision

    @staticmethod
    def of(year: int, month: int | None = None, day: int | None = None) -> FuzzyDate:
        if month is None:
            return FuzzyDate(f"{year:04d}", "year")
        if day is None:
            return FuzzyDate(f"{year:04d}-{month:02d}", "month")
        return FuzzyDate(f"{year:04d}-{month:02d}-{day:02d}", "day")

    @staticmethod
    def parse(iso: str) -> FuzzyDate:
        """Read an ISO prefix; raises ``ValueError`` on anything else."""
        parts = iso.strip()[:10].split("-")
        nums = [int(p) for p in parts if p]
        if not nums or len(nums) > 3:
            raise ValueError(f"not an ISO date prefix: {iso!r}")
        return FuzzyDate.of(*nums)  # type: ignore[arg-type]

    def month(self) -> FuzzyDate:
        """This date kept to its month ("2024-05-14" -> "2024-05"); a month or a year stays as it is."""
        return FuzzyDate(self.iso[:7], "month") if self.precision == "day" else self


@dataclass(frozen=True)
class Article:
    """One input item as read, before any interpretation."""

    doc_id: str
    text: str
    content_hash: str
    origin: str  # file (and line) it came from
    title: str | None = None
    published: str | None = None  # raw metadata value
    source: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Dateline:
    """The dateline or byline opening a news item ("BEIJING, May 3 (Xinhua) --"): document metadata."""

    place: str | None  # as written, capitals evened out ("Beijing", "La Habana", "北京")
    date: FuzzyDate | None  # resolved against the publication date; None when it cannot be
    agency: str | None  # "Xinhua", "KCNA", "Prensa Latina"
    span: Span  # the whole dateline, which no clause reads


@dataclass(frozen=True)
class Document:
    """A normalised article: language known, publication date parsed, sentences located."""

    article: Article
    language: str
    published: FuzzyDate | None
    published_evidence: Span | None  # where in the text the date was read (None: metadata)
    sentences: tuple[Span, ...]
    body: str = ""  # the text with its layout repaired, offset for offset (empty: as stored)
    dateline: Dateline | None = None  # place, date and agency of the opening dateline, if any

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    @cached_property
    def text(self) -> str:
        """The text the extractors read: same length and offsets as ``article.text``. (Kept once read: the
        passes ask for it a hundred times per item; the same string as ``body`` or ``article.text``, so a
        pickled document holds it once.)"""
        return self.body or self.article.text


@dataclass(frozen=True)
class OrgRef:
    """A party or organisation as named in a document, linked to a gazetteer entry when known."""

    key: str | None  # gazetteer id ("cpc", "idcpc"), None when unknown
    name: str  # canonical English name (or the surface form when unknown)
    kind: Literal["party", "party_body", "state", "legislature", "other"]
    country: str | None
    abbr: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # gazetteer id of the parent body
    span: Span | None = None


@dataclass(frozen=True)
class PersonMention:
    """A named person in one document, with the title and organisation stated there."""

    name: str  # romanised canonical form (pinyin family-name-first for Chinese)
    native: str  # exactly as written
    span: Span
    aliases: tuple[str, ...] = ()
    title: str | None = None
    title_span: Span | None = None
    organization: OrgRef | None = None
    country: str | None = None
    extra_spans: tuple[Span, ...] = ()  # later mentions ("Cabello", "Li")
    name_source: NameSource | None = None  # how ``name`` was obtained (None: not said)


@dataclass(frozen=True)
class Participant:
    person: PersonMention
    lead: bool
    side: str | None = None  # country code of the side represented


@dataclass(frozen=True)
class EventFrame:
    """One international exchange reported in one document."""

    kind: EventKind
    date: FuzzyDate | None
    date_source: Literal["text", "published", "none"]
    location: str | None
    remote: bool
    channel: tuple[Channel, ...]
    participants: tuple[Participant, ...]
    parties: tuple[OrgRef, ...]
    evidence: tuple[Span, ...]
    topics: tuple[str, ...] = ()
    date_span: Span | None = None
    location_span: Span | None = None
    confidence: float = 1.0  # in [0, 1]: how surely the text reports this exchange as built


@dataclass(frozen=True)
class Extraction:
    """What the extract stage found in one document."""

    document: Document
    events: tuple[EventFrame, ...]
    extractor_version: str


@dataclass(frozen=True)
class Skipped:
    """An input that could not be built, with a message naming the file (and line)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Note:
    """Something about an input that was stored anyway (an ignored metadata value, repaired text)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class DocumentEvents:
    """The light view of one built document that global resolution needs."""

    doc_id: str
    published: FuzzyDate | None
    language: str
    events: tuple[EventFrame, ...]


# --- resolved, cross-document records (output of the resolve stage) ---------------------


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    native: str
    aliases: tuple[str, ...]
    country: str | None
    name_source: NameSource | None = None


@dataclass(frozen=True)
class Position:
    person_id: str
    title: str
    organization: str | None
    first_seen: str  # ISO prefix
    last_seen: str
    evidence: tuple[tuple[str, Span], ...]  # (doc_id, span)


@dataclass(frozen=True)
class MatchDecision:
    """Why two mentions were (or were not) merged: score plus the features behind it."""

    left: str
    right: str
    score: float
    features: dict[str, float] = field(default_factory=dict)
    merged: bool = True


@dataclass(frozen=True)
class EventReport:
    """One document's report of a resolved event."""

    doc_id: str
    index: int  # index of the frame in the document's extraction
    evidence: tuple[Span, ...]


@dataclass(frozen=True)
class ResolvedParticipant:
    person_id: str
    doc_id: str
    participant: Participant


@dataclass(frozen=True)
class ResolvedEvent:
    event_id: str
    frame: EventFrame  # representative frame (from the first report)
    reports: tuple[EventReport, ...]
    participants: tuple[ResolvedParticipant, ...]
    parties: tuple[OrgRef, ...]


@dataclass(frozen=True)
class Judgement:
    """An analyst's decision about two person ids, recorded append-only."""

    judgement_id: int
    left: str
    right: str
    same: bool
    author: str
    created: str
    score: float | None = None
    undone: bool = False


@dataclass(frozen=True)
class Resolution:
    people: tuple[Person, ...]
    events: tuple[ResolvedEvent, ...]
    positions: tuple[Position, ...]
    decisions: tuple[MatchDecision, ...] = ()
    mention_person: dict[tuple[str, int, int], str] = field(default_factory=dict)
