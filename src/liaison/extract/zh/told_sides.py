"""The side an article itself gives a person the people table does not know.

A blind page names foreign people the table lacks (通伦, 奥朗德, 二阶俊博). The article introduces them once with
their post ("美国总统奥巴马", "自民党干事长二阶俊博") and then names them bare ("习近平会见奥巴马"): the bare mention
takes the side of the introduction. ``told_side`` reads the article's mentions of the name, each preceded by a post
(``titles.HEAD_RE`` ending right before it) in a phrase that names a country or a party, and answers the one side
they give (None when none or two: "前任", lists of countries; never China's, whose people the table's
Chinese names and posts already place). The article is set per item (``article_told``). Read for a counterpart
named bare (``sides.object_side``) and for a bare subject of more than three characters (``sides.subject_side``),
where the people table alone was asked (``person_country``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from liaison.extract.zh.capacity import orgs_in, side_of
from liaison.extract.zh.countries import find_countries, title_short_country
from liaison.extract.zh.names import places_naming
from liaison.kb.gazetteer import Gazetteer

_TEXT: list[str] = [""]
_TOLD: dict[str, str | None] = {}
# where the post before a name opens: a clause or sentence boundary (not 、, which joins a chain's posts), or the verb
# or preposition the clause names the person after (…胡锦涛会见了岘港市委书记阮伯清: 中国 is the subject's)
_PHRASE_START = re.compile(r"[，。；：！？,;:!?\s（）()“”\"「」《》]|会见了?|会晤了?|会谈|[了与同向对在]")
_BEFORE = 30  # characters read before a mention
_MENTIONS = 12  # mentions read per name


@contextmanager
def article_told(text: str) -> Iterator[None]:
    """Inside the block, ``told_side`` reads ``text`` (one article's)."""
    saved = _TEXT[0]
    _TEXT[0] = text
    _TOLD.clear()
    try:
        yield
    finally:
        _TEXT[0] = saved
        _TOLD.clear()


def told_side(native: str, gaz: Gazetteer) -> str | None:
    """The one side the article's posts before ``native`` name (a country or a party), else None."""
    if native in _TOLD:
        return _TOLD[native]
    _TOLD[native] = side = _told_side(_TEXT[0], native, gaz)
    return side


def _told_side(text: str, native: str, gaz: Gazetteer) -> str | None:
    from liaison.extract.zh.titles import HEAD_RE

    if len(native) < 2 or not text:
        return None
    sides: set[str] = set()
    for at in places_naming(text, native, _MENTIONS):
        window = text[max(0, at - _BEFORE) : at]
        cut = [m.end() for m in _PHRASE_START.finditer(window)]
        phrase = window[cut[-1] :] if cut else window  # the clause up to the name
        if any(m.end() == len(phrase) for m in HEAD_RE.finditer(phrase)):
            title = _title_of(phrase + native, native, gaz)
            side = side_of(title, gaz) if title is not None and _names_side(title, gaz) else None
            if side is not None and side != "CN":  # foreign people: a Chinese post before the name is the clause's
                sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _title_of(phrase: str, native: str, gaz: Gazetteer) -> str | None:
    """The title chain ``phrase`` binds to ``native``, its last words (the post before the name, not the clause)."""
    from liaison.extract.zh.people import people_in

    return next((p.title for p in people_in(phrase, 0, gaz) if p.native == native and p.title), None)


def _names_side(title: str, gaz: Gazetteer) -> bool:
    """Whether a title names a country or a body of one (美国总统, 自民党干事长), not a bare post (国家主席)."""
    return title_short_country(title) is not None or bool(find_countries(title)) or bool(orgs_in(title, gaz))


def person_country(native: str, gaz: Gazetteer) -> str | None:
    """The country of the people table's entry for ``native``, else (an unknown person) the one the article tells."""
    entry = gaz.person(native)
    if entry is not None:
        return entry.country or None
    return told_side(native, gaz)
