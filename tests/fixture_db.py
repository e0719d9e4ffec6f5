"""Build small liaison databases from hand-written event frames, through the real resolve and store.

Tests that exercise stages after extraction (export, serve) describe each article and its one event
by hand; spans are found in the text, so every stored fact still points at real characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import (
    Article,
    Channel,
    EventFrame,
    EventKind,
    Extraction,
    FuzzyDate,
    OrgRef,
    Participant,
    PersonMention,
    Span,
)
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.store import Store


@dataclass(frozen=True)
class P:
    """A participant as written in one article (``org`` is a gazetteer id)."""

    surface: str
    name: str
    country: str
    lead: bool = False
    title: str | None = None
    org: str | None = None


@dataclass(frozen=True)
class Frame:
    """One article and the single event it reports."""

    doc_id: str
    text: str
    kind: EventKind
    date: str
    location: str | None
    channel: tuple[Channel, ...]
    people: tuple[P, ...]
    parties: tuple[str, ...]
    evidence: str
    remote: bool = False
    language: str = "en"
    published: str | None = None
    title: str | None = None
    url: str | None = None
    confidence: float = 1.0


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return (start, start + len(part))


def org(key: str) -> OrgRef:
    entry = default_gazetteer().org(key)
    assert entry is not None, key
    return entry.ref()


def extraction(f: Frame) -> Extraction:
    article = Article(f.doc_id, f.text, f"hash-{f.doc_id}", f"fixture:{f.doc_id}", title=f.title,
                      published=f.published or f.date, source="fixture", url=f.url, language=f.language)
    participants = []
    for p in f.people:
        title_span = span_of(f.text, p.title) if p.title and p.title in f.text else None
        mention = PersonMention(name=p.name, native=p.surface, span=span_of(f.text, p.surface), title=p.title,
                                title_span=title_span, organization=org(p.org) if p.org else None,
                                country=p.country)
        participants.append(Participant(mention, p.lead, p.country))
    frame = EventFrame(
        kind=f.kind, date=FuzzyDate.parse(f.date), date_source="text", location=f.location,
        remote=f.remote, channel=f.channel, participants=tuple(participants),
        parties=tuple(org(k) for k in f.parties), evidence=(span_of(f.text, f.evidence),),
        topics=("cadre training",) if "cadre" in f.text else (), confidence=f.confidence,
    )
    return Extraction(normalise(article), (frame,), "fixture")


def build_db(path: Path, frames: Iterable[Frame]) -> Path:
    """Store the frames' documents, resolve them, and return ``path``."""
    with Store.open(path) as store:
        store.save_extractions([extraction(f) for f in frames])
        store.save_resolution(resolve(store.load_document_events(), store.judgements()), default_gazetteer())
    return path
