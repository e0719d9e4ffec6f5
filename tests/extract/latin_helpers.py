"""Helpers for the Latin-script extractor tests: run one short article through normalise + extract."""

from __future__ import annotations

from liaison.extract.en import extract_events as extract_en
from liaison.extract.es import extract_events as extract_es
from liaison.extract.fr import extract_events as extract_fr
from liaison.extract.it import extract_events as extract_it
from liaison.extract.pt import extract_events as extract_pt
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, Participant
from liaison.normalise import normalise


def events(text: str, language: str, published: str | None = "2025-06-12") -> tuple[EventFrame, ...]:
    """The event frames the English, Spanish, Portuguese, French or Italian extractor finds in ``text``."""
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published, language=language
    )
    extract = {"en": extract_en, "pt": extract_pt, "fr": extract_fr, "it": extract_it}.get(language, extract_es)
    return extract(normalise(article), default_gazetteer())


def lead_pairs(text: str, language: str, published: str) -> list[frozenset[str]]:
    """The leads of each event the extractor finds in ``text``, as sets of names."""
    return [frozenset(p.person.native for p in e.participants if p.lead) for e in events(text, language, published)]


def by_name(event: EventFrame) -> dict[str, Participant]:
    return {p.person.native: p for p in event.participants}


def org(p: Participant) -> str | None:
    return p.person.organization.name if p.person.organization else None
