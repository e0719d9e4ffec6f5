"""Russian extractor (TASS, RIA Novosti, Xinhua in Russian, party sites): the shared grammar read with the
Russian language file, over a reading of the text with names in their dictionary form (``reading``),
each participant then romanised (``names``: the knowledge base, Palladius to pinyin, or the Wikipedia
scheme)."""

from __future__ import annotations

from dataclasses import replace

from liaison.extract.latin import extract_with
from liaison.extract.latin.abbreviations import local_gazetteer, with_party_sides
from liaison.extract.ru.lexicon import RUSSIAN
from liaison.extract.ru.reading import read, restore
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame

__all__ = ["extract_events"]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """The event frames of one Russian document."""
    gaz = local_gazetteer(doc.text, gazetteer, RUSSIAN)
    reading = read(doc, RUSSIAN, gaz)
    frames = extract_with(replace(doc, body=reading.text), gaz, with_party_sides(RUSSIAN, gazetteer))
    return tuple(restore(frame, reading, gaz) for frame in frames)
