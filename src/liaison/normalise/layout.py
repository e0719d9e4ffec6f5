"""Layout repair that keeps every character offset: hard-wrapped lines joined into paragraphs, no-break
and thin spaces read as spaces.

Official readouts are wrapped at ~72 columns, so a newline falls inside nearly every sentence and
the sentence splitter (which treats a newline as a boundary) cuts clauses in two. Each newline that
only wraps a paragraph becomes a space, one character for one, so spans found in the repaired text
point at the same characters of the text as stored.
"""

from __future__ import annotations

import itertools
import re

_MAX_WIDTH = 100  # wider lines are paragraphs, not wrapped text
_SHORT = 25  # a shorter line is a page's caption or menu ("Publicado em"), not a broken sentence
_SLACK = 25  # a wrapped line fills its column to within this many characters
_END = tuple(".!?:;\"'”’)。！？；：」』）…")  # and the Chinese marks a paragraph ends on
_ODD_SPACES = "\u00a0\u2007\u2009\u200a\u202f"
_SPACES = str.maketrans({c: " " for c in _ODD_SPACES})  # one character for one
# A list item starts its own line: "-   Bulgarian President ...", "* ...", "• ...", "2. ...", "3) ...".
_LIST_ITEM = re.compile(r"\s*(?:[-*•·▪●]|\d{1,2}[.)])\s")
# A word no sentence ends on (an article, preposition or conjunction, lower case): a line ending on one
# goes on in the next ("personally designed by\nKim Jong Un", "se reunió con el presidente de\nCuba").
_OPEN_WORDS = frozenset(
    "a an the of to in on at by for from with and or as de del la el los las y en con por para da dos das em com e "
    "le les des du et au aux à pour par sur".split())
_LINK = re.compile(r"\]\(")  # a Markdown link "[text](address)"
_HAN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")  # Chinese lines and marks: no word spacing to read


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
    Blank lines, list items, and short lines ending a sentence, still end a paragraph. In a text that is
    not wrapped, a line still goes on into the next when it ends on a word no sentence ends on, or on a
    comma before a line in lower case (``_goes_on``).
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _width(lines)
    soft = width is None and _soft_wrapped(lines)
    breaks: list[int] = []
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line)
        if line.strip() and following.strip() and not _LIST_ITEM.match(following):
            if width is not None:  # (a list item wraps as its paragraph does, indented or not)
                ends = _ends_paragraph(line, width)
            elif _LIST_ITEM.match(line) and not following[:1].isspace() and not following[:1].islower():
                ends = True  # the last item of a menu, then the text ("  • facebook\nEl presidente ...")
            elif soft:
                ends = line.rstrip().endswith(_END)
            else:
                ends = not _goes_on(line, following)
            if not ends:
                breaks.append(pos)
        pos += 1
    if not breaks:
        return text
    out = list(text)
    for at in breaks:
        out[at] = " "
    return "".join(out)


def _goes_on(line: str, following: str) -> bool:
    """A line break inside a sentence of a text laid out one paragraph a line: the line does not end a
    sentence and either ends on an article, preposition or conjunction ("the test personally watched
    by\\nKim Jong Un") or on a comma before a line that goes on in lower case ("on the occasion of the
    anniversary,\\nthe respected leader received ...")."""
    stripped = line.rstrip()
    if stripped.endswith(_END) or _HAN.search(stripped[-1:] + following.lstrip()[:1]):  # (or a pinyin gloss)
        return False
    if stripped.endswith(","):  # a salutation keeps its line: "Your Excellency,\nOn behalf of ..."
        return following.lstrip()[:1].islower()
    # (a line in lower case after a word is as often a page's menu or byline: "fontLarger fontSmaller")
    return len(stripped) >= _SHORT and stripped.rsplit(None, 1)[-1] in _OPEN_WORDS


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
    """The wrap column of a hard-wrapped text, or None when the text is not hard-wrapped.

    Measured on the lines that go on into another, leaving out the breaks before list items ("Joining the
    call were:\\n\\n-   President A\\n-   Prime Minister B": no wrap) and the lines that carry a link, which
    run past the column (an archived readout prints "[announced](https://...)" on one line of 200)."""
    continued = [a.rstrip() for a, b in itertools.pairwise(lines)
                 if a.strip() and b.strip() and not _LIST_ITEM.match(b) and not _LINK.search(a)]
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
