"""Sentence boundaries as character spans, for Latin, Cyrillic and Chinese script."""

from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.kb.languages import words_of
from liaison.model.types import Span

# the words a glued sentence may open with: every language file's articles, capitalised, and "À"/"A"
_GLUED_OPENERS = sorted(
    {w.capitalize() for words in words_of("words", "articles").values() for w in words if w.isalpha()} | {"A", "À"},
    key=len, reverse=True,
)
# (every boundary follows a stop or opens on a newline: tested first, one character each, at every place)
_AT_STOP = r"(?:(?<=[.!?。！？])|(?=\n))"
_SPACED = r"(?<=[.!?。！？])[\"”’)»]*\s+(?=[\"“(«A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛŒ¿¡\u0410-\u042f\u0401\u4e00-\u9fff])"
_CJK_STOP = r"(?<=[。！？])"
_NEWLINES = r"\n+"
# a page that lost the space after a full stop: "avec le Premier ministre chinois Li Qiang.Le président"
_LOST_SPACE = r"(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])"
_BOUNDARY = re.compile(
    _AT_STOP + "(?:" + "|".join((_SPACED, _CJK_STOP, _NEWLINES, _LOST_SPACE)) + ")"
    # a page that lost a paragraph's stop and newline: "le président Li ZhanshuA cette occasion, le vice-Premier
    # ministre": a capitalised article or preposition glued to a word in lower case, then a word in lower case
    r"|(?<=[a-zà-ÿ])(?=[A-ZÀ])(?<=[a-zà-ÿ]{3})(?=(?:" + "|".join(_GLUED_OPENERS) + r")\s+[a-zà-ÿ])"
)
# ``_BOUNDARY`` without its last alternative (a glued opener), for a text with no capital right after a small
# letter, where that alternative cannot match (every Chinese text): the same boundaries, tried for at half the cost
_BOUNDARY_UNGLUED = re.compile(_AT_STOP + "(?:" + "|".join((_SPACED, _CJK_STOP, _NEWLINES, _LOST_SPACE)) + ")")
# its alternatives that read a character (``finditer`` takes no second empty match where one ended)
_BOUNDARY_READING = re.compile(_AT_STOP + "(?:" + "|".join((_SPACED, _NEWLINES)) + ")")
_STOP_OR_NEWLINE = re.compile(r"[.!?。！？\n]")  # where an unglued boundary may start: after one, or at a newline
_GLUED = re.compile("[a-zà-ÿ][A-ZÀ]")  # where a glued opener may start
# Abbreviations a full stop follows inside a sentence, of every language file's [sentences]: honorifics
# ("Assoc. Prof.", "Cde.", "Lic.", French "M." and "MM."), months; and initials, Latin or Cyrillic ("Г.А. Зюганов").
_ABBREVIATIONS = sorted({w for words in words_of("sentences", "abbreviations").values() for w in words})
_ABBREV = re.compile(r"(?:\b(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")|\b[A-Z\u0410-\u042f\u0401])\.$")
_STOPS = (".", ".\n")  # how a text ends where ``_ABBREV`` (``\.$``) finds one


def split_sentences(text: str) -> tuple[Span, ...]:
    """Spans of the sentences of ``text``, whitespace trimmed, empty ones dropped."""
    spans: list[Span] = []
    start = 0
    found = _BOUNDARY.finditer(text) if _GLUED.search(text) else _unglued_boundaries(text)
    for m in found:
        # (an abbreviation ends in a full stop: a sentence ending otherwise, as Chinese ones do, is not searched)
        if m.start() > start and text.endswith(_STOPS, start, m.start()) and _ABBREV.search(text[start : m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[Span] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _unglued_boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_BOUNDARY_UNGLUED.finditer(text)`` gives, tried only where one can start (after a stop, at a
    newline: found by one search for those characters) rather than at every place of the text. As ``finditer``,
    where an empty boundary ended the last one, only one reading a character is taken (``_BOUNDARY_READING``)."""
    end, empty = 0, False  # where the last boundary ended, and whether it was empty
    for c in _STOP_OR_NEWLINE.finditer(text):
        at = c.start() if text[c.start()] == "\n" else c.end()
        if at < end:
            continue  # (within the last boundary)
        m = (_BOUNDARY_READING if empty and at == end else _BOUNDARY_UNGLUED).match(text, at)
        if m is not None:
            yield m
            end, empty = m.end(), m.end() == at
