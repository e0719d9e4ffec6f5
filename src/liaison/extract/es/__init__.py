"""Spanish extractor (Latin American party and state press); also reads Portuguese ("pt")."""

from __future__ import annotations

from liaison.extract.latin import extract_with
from liaison.extract.lexicon_file import lexicon_for
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The event frames of one Spanish (or Portuguese) document."""
    return extract_with(doc, gazetteer, lexicon_for("es", doc.text))
