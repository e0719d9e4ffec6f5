"""Layout repair that keeps every character offset: hard-wrapped lines joined into paragraphs, no-break
and thin spaces read as spaces.

Official readouts are wrapped at ~72 columns, so a newline falls inside nearly every sentence and
the sentence splitter (which treats a newline as a boundary) cuts clauses in two. Each newline that
only wraps a paragraph becomes a space, one character for one, so spans found in the repaired text
point at the same characters of the text as stored.
"""

from __future__ import annotations

import itertools

_MAX_WIDTH = 100  # wider lines are paragraphs, not wrapped text
_SLACK = 25  # a wrapped line fills its column to within this many characters
_END = tuple(".!?:;\"'”’)。！？；：」』）…")  # and the Chinese marks a paragraph ends on
_ODD_SPACES = "\u00a0\u2007\u2009\u200a\u202f"
_SPACES = str.maketrans({c: " " for c in _ODD_SPACES})  # one character for one


def plain_spaces(text: str) -> str:
    """``text`` with no-break and thin spaces as ordinary spaces (same length): pages and readouts print
    "INDOPACOM\u00a0Lieutenant General\u00a0Stephen Sklenka", which the name reader takes for one word."""
    # (looked for first, one substring search each: ``translate`` with a table costs a lookup per character,
    # a search for a set of them some too, and most texts have none)
    return text.translate(_SPACES) if any(c in text for c in _ODD_SPACES) else text


def unwrap_lines(text: str) -> str:
    """``text`` with newlines inside hard-wrapped paragraphs replaced by spaces (same length).

    A text is hard-wrapped when most lines that continue into another line come close to one
    column width (``Today, President X held a call with President Y\\nof the Republic of ...``).
    Blank lines, and short lines ending a sentence, still end a paragraph.
    """
    lines = text.split("\n")
    width = _width(lines)
    soft = width is None and _soft_wrapped(lines)
    if width is None and not soft:
        return text
    out = list(text)
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line)
        if line.strip() and following.strip():
            ends = line.rstrip().endswith(_END) if soft else _ends_paragraph(line, width or 0)
            if not ends:
                out[pos] = " "
        pos += 1
    return "".join(out)


def _soft_wrapped(lines: list[str]) -> bool:
    """A page wrapped at no fixed column (a blog copy: "Diosdado Cabello, primer\nvicepresidente del ...
    realizó este\njueves una visita"): most lines that continue into another end mid-sentence, and several of
    them go on with a lower-case word."""
    pairs = [(a.rstrip(), b.lstrip()) for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    if len(pairs) < 3 or any("://" in line for line in lines):  # an archive copy with its links (a readout)
        return False
    open_ended = [(a, b) for a, b in pairs if not a.endswith(_END)]
    lower = sum(b[:1].islower() for _, b in open_ended)
    return lower >= 2 and lower >= 0.3 * len(pairs) and len(open_ended) >= 0.5 * len(pairs)


def _width(lines: list[str]) -> int | None:
    """The wrap column of a hard-wrapped text, or None when the text is not hard-wrapped."""
    continued = [a.rstrip() for a, b in itertools.pairwise(lines) if a.strip() and b.strip()]
    if len(continued) < 2:
        return None
    width = max(len(line) for line in continued)
    if width > _MAX_WIDTH:
        return None
    full = sum(len(line) >= width - _SLACK for line in continued)
    open_ended = sum(not line.endswith(_END) for line in continued)  # a wrap falls mid-sentence
    return width if full >= 0.6 * len(continued) and open_ended >= 0.5 * len(continued) else None


def _ends_paragraph(line: str, width: int) -> bool:
    """A line well short of the column that ends a sentence closes its paragraph."""
    stripped = line.rstrip()
    return len(stripped) < width - _SLACK and stripped.endswith(_END)
