"""Italian extractor (Xinhua and CRI in Italian, Italian party press): the shared Latin-script grammar
read with the Italian language file."""

from __future__ import annotations

from liaison.extract.it.lexicon import ITALIAN
from liaison.extract.latin import extract_with
from liaison.extract.latin.abbreviations import local_gazetteer, with_party_sides
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The event frames of one Italian document."""
    return extract_with(doc, local_gazetteer(doc.text, gazetteer, ITALIAN), with_party_sides(ITALIAN, gazetteer))
