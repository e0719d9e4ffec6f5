"""Which parsed names are people, and the side their own words place them on.

"双方" and "两国" are no names, nor are "旧金山" (a city) or "有关" (a word); a name of more than eight
characters without a joiner (·) is a phrase. A person whose name ran on into the next word (普京在)
is trimmed back (普京).
"""

from __future__ import annotations

import re

from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import CHINESE_SIDES, international_org, side_of
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.names import plausible_name, trim_name
from liaison.extract.zh.places import CITIES
from liaison.extract.zh.titles import ChainPerson, parse_people, postposed_people, postposed_person
from liaison.kb.gazetteer import Gazetteer, PersonEntry

_NOT_NAMES = cue("not_names")
_NOT_NAME_WORDS = cue("not_name_words")
_NOT_TITLES = cue("not_titles")
_NAME_JOINER = cue("name_joiners")


# family names that are also words a phrase opens with (于 "at", 曾 "once", 向 "towards"): a titled three-character
# name of no time or place word after them is one ("商务部副部长于广洲", "国务院副总理曾培炎")
_SURNAME_WORDS = ("于", "曾", "向")
_TIME_OR_PLACE = re.compile(r"[年月日周天午晚时前后今昨明京会]")


def _surname_not_word(p: ChainPerson) -> bool:
    """Whether ``p``'s name only opens with a family name that is also a word (not a name otherwise)."""
    name = p.native
    return (
        p.title is not None and len(name) == 3 and name[0] in _SURNAME_WORDS
        and _TIME_OR_PLACE.search(name, 1) is None and _NOT_NAME_WORDS.search(name[1:]) is None
        and g.SPEECH_WORDS.search(name, 1) is None
        and all("\u4e00" <= c <= "\u9fff" for c in name)
    )


def surname_word_opens_name(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` (于, 曾, 向) opens the three-character name that ends ``text`` after a title
    ("国家副主席曾庆红", "国务院副总理曾培炎"), not "at", "once" or "towards" ("王毅曾经")."""
    name = text[pos:]
    return pos > 0 and _surname_not_word(ChainPerson(name, (pos, len(text)), text[:pos], (0, pos)))


def valid_person(p: ChainPerson, gaz: Gazetteer | None = None, listed: bool = False) -> bool:
    """Whether a parsed person is one; ``listed``: named in an attendee list (X、Y等参加会见), which
    vouches for bare names as much as a title does."""
    if _NOT_NAMES.match(p.native):
        return False
    if (g.SPEECH_WORDS.search(p.native) or _NOT_NAME_WORDS.search(p.native)) and not _surname_not_word(p):
        return False
    if p.title and _NOT_TITLES.match(p.title):
        return False
    if len(p.native) > 8 and not _NAME_JOINER.search(p.native):
        return False  # a phrase, not a name
    if p.native in CITIES and (gaz is None or gaz.person(p.native) is None):
        return False  # 旧金山: a place, not a person (unless the people table says so: 罗索)
    if any(s == 0 and e == len(p.native) for s, e, _iso in find_countries(p.native)):
        return False
    return gaz is None or plausible_name(p.native, p.title is not None or listed, gaz)


def trimmed(p: ChainPerson, gaz: Gazetteer) -> ChainPerson:
    """The person with the words their name runs on into dropped (普京在 -> 普京)."""
    if gaz.person(p.native) is not None:
        return p
    name = trim_name(p.native, gaz)
    if name == p.native:
        return p
    return ChainPerson(name, (p.span[0], p.span[0] + len(name)), p.title, p.title_span)


def people_in(text: str, offset: int, gaz: Gazetteer, bare: bool = False, post: bool = False) -> list[ChainPerson]:
    """The people of a phrase; ``post``: also a name written before its post (普京总统), which
    the genre does only in an item's opening paragraph (later it is reported speech).

    What a phrase names depends on its words alone, not on where it stands, and the same phrases come back
    item after item (a leader's title chain, "中共中央总书记、国家主席习近平"): the people of the last
    ``PHRASES_KEPT`` phrases read are kept, spans counted from the phrase's start, and moved to ``offset``.
    They depend on the people table (who is known), which a gazetteer's views share: the phrases kept are
    dropped when another table, or one grown since, is read."""
    global _kept_for
    if _kept_for is None or _kept_for[0] is not gaz.people or _kept_for[1] != len(gaz.people):
        _KEPT.clear()
        _NAMES_READ.clear()
        _kept_for = (gaz.people, len(gaz.people))
    key = (text, bare, post)
    found = _KEPT.get(key)
    if found is None:
        found = _KEPT[key] = tuple(_people_in(text, gaz, bare, post))
        if len(_KEPT) > PHRASES_KEPT:
            del _KEPT[next(iter(_KEPT))]  # the phrase read first goes
    return [_moved(p, offset) for p in found] if offset else list(found)


PHRASES_KEPT = 4096
_KEPT: dict[tuple[str, bool, bool], tuple[ChainPerson, ...]] = {}
_kept_for: tuple[list[PersonEntry], int] | None = None  # the people table the phrases were read with


def _moved(p: ChainPerson, offset: int) -> ChainPerson:
    ts = p.title_span
    return ChainPerson(p.native, (p.span[0] + offset, p.span[1] + offset), p.title,
                       (ts[0] + offset, ts[1] + offset) if ts is not None else None)


# What ``_read_name`` made of a parsed name: (name, title, bare) -> the name trimmed, or None when it is no person
_NAMES_READ: dict[tuple[str, str | None, bool], str | None] = {}
NAMES_KEPT = 8192
_UNREAD = ""  # (no name is empty: the one a name not read yet gets)


def _read_name(p: ChainPerson, gaz: Gazetteer, bare: bool) -> ChainPerson | None:
    """``trimmed(p)`` when it is a valid person (``valid_person``), else None. Both depend on the name and title
    alone (and the people table, kept with the phrases: ``people_in``), and the same names come back in phrase
    after phrase ("国家主席习近平" opening many phrases): what a name and title give is kept for the last
    ``NAMES_KEPT`` read."""
    key = (p.native, p.title, bare)
    name = _NAMES_READ.get(key, _UNREAD)
    if name == _UNREAD:
        q = trimmed(p, gaz)
        name = _NAMES_READ[key] = q.native if valid_person(q, gaz, bare) else None
        if len(_NAMES_READ) > NAMES_KEPT:
            del _NAMES_READ[next(iter(_NAMES_READ))]
        return q if name is not None else None
    if name is None:
        return None
    return p if name == p.native else ChainPerson(name, (p.span[0], p.span[0] + len(name)), p.title, p.title_span)


def _people_in(text: str, gaz: Gazetteer, bare: bool, post: bool) -> list[ChainPerson]:
    """``people_in`` of a phrase at offset 0."""
    offset = 0
    people = [q for p in parse_people(text, offset, bare_names=bare) if (q := _read_name(p, gaz, bare)) is not None]
    if post and not people:
        # 习近平主席同希奇莱马总统举行会谈 / 分别会见德索萨总统和科斯塔总理
        text = text.rstrip("。！；")
        one = postposed_person(text, offset)
        late = postposed_people(text, offset) or ([one] if one else [])
        if late and all(valid_person(p, gaz) for p in late):
            people = late
    return people


def country_of(p: ChainPerson, gaz: Gazetteer) -> str | None:
    """The side a person's own words place them on: their title, else the people table."""
    country = side_of(p.title, gaz)
    if country is None and (entry := gaz.person(p.native)) is not None:
        country = entry.country
    return country


# between two people of one list: a list mark (after an honorific closing the name before it), then the next one's
# post, which no clause mark cuts ("…黎英俊；国会国防、安全与对外委员会副主任敦俊峰")
_LIST_GAP = re.compile(r"(?:医生|博士|先生|女士|阁下)?[、；;][^，,。；;：:]*")


def listed_countries(text: str, people: list[tuple[ChainPerson, str | None]]) -> list[str | None]:
    """The sides of a list's people (spans in ``text``) as their own words give them (``country``), a person whose
    post names no country taking the foreign side of the one listed right before ("老挝副总理A、前副总理B": B is
    Lao; "越南外交部副部长C；国会对外委员会副主任D等到机场迎接": D is Vietnamese)."""
    out: list[str | None] = []
    for i, (p, country) in enumerate(people):
        if country is None and i and out[-1] is not None and out[-1] not in CHINESE_SIDES:
            prev = people[i - 1][0]
            if p.title and _LIST_GAP.fullmatch(text, prev.span[1], p.span[0]) is not None:
                country = out[-1]
        out.append(country)
    return out


def international_official(p: ChainPerson, gaz: Gazetteer) -> bool:
    """An official of an international body: by the post (联合国秘书长), or, with no national post,
    as the people table knows them (古特雷斯)."""
    if international_org(p.title, gaz) is not None:
        return True
    entry = gaz.person(p.native)
    return entry is not None and bool(entry.org) and not entry.country and side_of(p.title, gaz) is None

