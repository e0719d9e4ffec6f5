"""Sentence boundaries as character spans, for Latin, Cyrillic and Chinese script."""

from __future__ import annotations

import re

from liaison.kb.languages import words_of
from liaison.model.types import Span

# the words a glued sentence may open with: every language file's articles, capitalised, and "À"/"A"
_GLUED_OPENERS = sorted(
    {w.capitalize() for words in words_of("words", "articles").values() for w in words if w.isalpha()} | {"A", "À"},
    key=len, reverse=True,
)
_BOUNDARY = re.compile(
    # (every boundary follows a stop or opens on a newline: tested first, one character each, at every place)
    r"(?:(?<=[.!?。！？])|(?=\n))(?:"
    r"(?<=[.!?。！？])[\"”’)»]*\s+(?=[\"“(«A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛŒ¿¡\u0410-\u042f\u0401\u4e00-\u9fff])|(?<=[。！？])|\n+"
    # a page that lost the space after a full stop: "avec le Premier ministre chinois Li Qiang.Le président"
    r"|(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])"
    r")"
    # a page that lost a paragraph's stop and newline: "le président Li ZhanshuA cette occasion, le vice-Premier
    # ministre": a capitalised article or preposition glued to a word in lower case, then a word in lower case
    r"|(?<=[a-zà-ÿ])(?=[A-ZÀ])(?<=[a-zà-ÿ]{3})(?=(?:" + "|".join(_GLUED_OPENERS) + r")\s+[a-zà-ÿ])"
)
# ``_BOUNDARY`` without its last alternative (a glued opener), for a text with no capital right after a small
# letter, where that alternative cannot match (every Chinese text): the same boundaries, tried for at half the cost
_BOUNDARY_UNGLUED = re.compile(_BOUNDARY.pattern[: _BOUNDARY.pattern.rindex("|(?<=[a-zà-ÿ])(?=[A-ZÀ])")])
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
    for m in (_BOUNDARY if _GLUED.search(text) else _BOUNDARY_UNGLUED).finditer(text):
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
