"""The stored form of one built document: a flat row, cheap to send between processes.

An engine's workers turn each ``Extraction`` into a ``DocumentRow`` (the ``documents`` columns
plus the frames as JSON), so the process that writes the store only moves rows.
"""

from __future__ import annotations

import json
from typing import Any

from liaison.model.serde import frame_from_dict, frame_to_dict
from liaison.model.types import Document, DocumentEvents, Extraction, FuzzyDate, Note

# The ``documents`` columns a row fills, in order; the frames (JSON text) follow them.
DOCUMENT_COLUMNS = (
    "doc_id", "content_hash", "origin", "title", "source", "url", "language", "published",
    "published_precision", "published_start", "published_end", "text", "extractor_version", "triage",
)
FRAMES = len(DOCUMENT_COLUMNS)  # index of the frames in a row
TEXT = DOCUMENT_COLUMNS.index("text")  # and of the text (a str, or its UTF-8 bytes as a worker sends them)

DocumentRow = tuple[Any, ...]


def extraction_row(ex: Extraction, triage: str | None = None) -> DocumentRow:
    """``ex`` as a row; ``triage`` is the triage fingerprint when the triage turned the document away."""
    d = ex.document
    a, pub, ev = d.article, d.published, d.published_evidence
    return (
        a.doc_id, a.content_hash, a.origin, a.title, a.source, a.url, d.language,
        pub.iso if pub else None, pub.precision if pub else None, ev[0] if ev else None, ev[1] if ev else None,
        a.text, ex.extractor_version, triage,
        _JSON.encode([frame_to_dict(f) for f in ex.events]) if ex.events else "[]",
    )


# ``json.dumps(..., ensure_ascii=False)``, without an encoder made per call (most documents have no events)
_JSON = json.JSONEncoder(ensure_ascii=False)


def document_events(doc_id: str, published: str | None, language: str | None, frames: str) -> DocumentEvents:
    """The light view of a stored document (its ``published`` column and its frames as JSON text),
    as resolution reads it."""
    return DocumentEvents(
        doc_id=doc_id,
        published=FuzzyDate.parse(published) if published else None,
        language=language or "",
        events=tuple(frame_from_dict(f) for f in json.loads(frames)),
    )


def published_note(doc: Document) -> Note | None:
    """A note when the article's ``published`` value was not a date, so the text's own date (or none) is used."""
    given = doc.article.published
    if not given or (doc.published is not None and doc.published_evidence is None):
        return None
    fallback = f"the text's date {doc.published.iso} is used" if doc.published else "no date is used"
    return Note(doc.article.origin, f"published value {given[:40]!r} is not a real date; {fallback}")
