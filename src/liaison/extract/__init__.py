"""Extract stage: per document, pure, parallel-safe. Finds event frames in one document.

Each language has its own package (``en``, ``zh``, ``es``, ``pt``, ``fr``, ``it``, ``ru``) exposing
``extract_events(doc, gazetteer) -> tuple[EventFrame, ...]``; this module dispatches on language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import import_module

from liaison.extract.assembly.capacity_orgs import acting_for
from liaison.extract.assembly.confidence import scored
from liaison.extract.triage import may_hold_exchange
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import Document, EventFrame, Extraction
from liaison.normalise.script import to_simplified

# Bump when extraction output changes: documents built by an older version are rebuilt.
EXTRACTOR_VERSION = "0.7.80"

_LANGUAGE_PACKAGES = {"en": "en", "zh": "zh", "es": "es", "pt": "pt", "fr": "fr", "it": "it", "ru": "ru"}

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """The event frames of one document (none for languages without an extractor, or when triage
    finds no cue of an exchange)."""
    gaz = gazetteer or default_gazetteer()
    package = _LANGUAGE_PACKAGES.get(doc.language)
    events: tuple[EventFrame, ...] = ()
    if package is not None and may_hold_exchange(doc):
        module = import_module(f"liaison.extract.{package}")
        events = module.extract_events(doc, gaz)
        if doc.body:
            events = tuple(_as_written(frame, doc) for frame in events)
        events = tuple(_in_person_or_not(acting_for(scored(frame), gaz)) for frame in events)
    return Extraction(document=doc, events=events, extractor_version=EXTRACTOR_VERSION)


def _in_person_or_not(frame: EventFrame) -> EventFrame:
    """A message is not remote in the record: ``remote`` is a video conference, a call or an online act
    (GOLD_FORMAT, the export's column), as the blind sets' annotators code letters and greetings. The
    extractors mark a message remote while they read it (not in person: no place of its own)."""
    return replace(frame, remote=False) if frame.kind == "message" and frame.remote else frame


def _as_written(frame: EventFrame, doc: Document) -> EventFrame:
    """Participants' ``native`` forms and titles as the article wrote them (習近平, 李智陞, 國家主席), not
    as read after normalisation (习近平, 李智升, 国家主席): the spans are the same in both texts."""
    people = []
    for p in frame.participants:
        a, b = p.person.span
        written = _written(doc, a, b, p.person.native)
        if written is not None and written != p.person.native:
            aliases = (*p.person.aliases, p.person.native)
            p = replace(p, person=replace(p.person, native=written, aliases=aliases))
        if p.person.title and p.person.title_span:
            a, b = p.person.title_span
            title = _written(doc, a, b, p.person.title)
            if title is not None and title != p.person.title:
                p = replace(p, person=replace(p.person, title=title))
        people.append(p)
    return replace(frame, participants=tuple(people))


# How far a moved pinyin gloss can shift a sentence's characters (``normalise.script``): a few glosses
_GLOSS_SHIFT = 80
_GLOSS_WINDOW = 400  # how far back a gloss that moved the name may stand (its sentence)
_OPENING = re.compile("[(（]")


def _written(doc: Document, a: int, b: int, read: str) -> str | None:
    """The article's own form of what was read as ``read`` at ``a:b``: at the same place, else, where a mirror
    page's pinyin gloss left its place for the sentence end ("會(huì)見了…老撾國會副主席坎貝·丹臘", read 坎贝·丹腊
    some places earlier), as many places later as the glosses before it in its sentence took."""
    if doc.text[a:b] != read:
        return None
    for shift in range(_GLOSS_SHIFT + 1):
        written = doc.article.text[a + shift : b + shift]
        if len(written) < b - a:
            return None
        if _same_word(written, read):
            return written
        if shift == 0 and not _OPENING.search(doc.article.text, max(0, a - _GLOSS_WINDOW), a):
            return None  # no gloss before it: nothing moved
    return None


def _same_word(written: str, read: str) -> bool:
    """``written`` is ``read`` as printed (traditional characters, ASCII punctuation), not other characters
    a moved pinyin gloss left at that place (``normalise.script``)."""
    return written == read or to_simplified(written) == read
