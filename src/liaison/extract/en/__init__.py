"""English extractor: IDCPC and Xinhua English, and English translations of Latin American party press."""

from __future__ import annotations

from liaison.extract.en.lexicon import ENGLISH
from liaison.extract.latin import extract_with
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The event frames of one English document."""
    return extract_with(doc, gazetteer, ENGLISH)
