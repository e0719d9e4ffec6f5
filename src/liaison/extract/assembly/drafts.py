"""The drafts a parser hands to the assembly layer: typed, with no sentinel values.

A ``PersonDraft`` is one person as the text places them: the mention (name, title, organisation,
spans), whether they lead their side and the side (country code) they act for. An ``EventDraft`` is
one exchange: its kind, how it was held, the evidence sentences (trigger first), the date and place
found in the text (``Found``), the capacities its sides act in and the parties named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from liaison.model.types import Channel, EventKind, FuzzyDate, OrgRef, PersonMention, Span

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value read from the text and where (``span`` None: known without a span of its own)."""

    value: T
    span: Span | None


@dataclass(frozen=True)
class PersonDraft:
    """One participant: who (the mention), their role (``lead``) and the side they act for."""

    person: PersonMention
    lead: bool
    side: str | None


@dataclass
class EventDraft:
    """One exchange as a parser read it, before the shared rules make it a frame."""

    kind: EventKind
    remote: bool
    evidence: tuple[Span, ...]  # the trigger sentence first; empty spans (a headline) are dropped
    people: list[PersonDraft] = field(default_factory=list)
    capacities: set[Channel] = field(default_factory=set)  # what the sides act as
    fallback_capacities: set[Channel] = field(default_factory=set)  # used when ``capacities`` is empty
    parties: list[OrgRef] = field(default_factory=list)
    date: Found[FuzzyDate] | None = None
    location: Found[str] | None = None
    topics: tuple[str, ...] = ()
    confidence: float = 1.0
