"""Exclusive state offices read from stated titles: who is head of state, head of government, deputy.

One person holds at most one of these offices of a state at a time, so two mentions of one bare
name ("扎帕罗夫") titled 总统 and 总理 of one country in the same period are two people (Sadyr and
Akylbek Japarov). Only offices that no party or parliament post shares a word with are read:
总统 is always a head of state, whereas English "President" is read as one only for a state body
or "of the Republic". Former, acting and elected-but-not-yet-sworn-in titles are no office.
"""

from __future__ import annotations

import re

from liaison.model.types import PersonMention
from liaison.resolve.names import fold_name, is_cjk

# Offices from the highest to the lowest: the first one a title states is its office.
OFFICES = (
    "head_of_state",
    "head_of_government",
    "head_of_legislature",
    "crown_prince",
    "deputy_head_of_state",
    "deputy_head_of_government",
)
LOWER_THAN_HEAD_OF_STATE = frozenset({"crown_prince", "deputy_head_of_state", "deputy_head_of_government"})

# (office, endings of a Chinese title component); deputy endings are tested first.
_CJK_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deputy_head_of_state", ("副总统",)),
    ("deputy_head_of_government", ("副总理", "副首相")),
    ("head_of_state", ("总统", "国家主席", "国家元首", "最高元首", "国王", "女王", "埃米尔", "大公")),
    ("head_of_government", ("总理", "首相", "内阁主席")),
    ("", ("副议长", "副主席")),  # deputies of a legislature: no office
    (
        "head_of_legislature",
        ("议长", "国会主席", "杜马主席", "参议院主席", "国民议会主席", "人民委员会主席", "联邦委员会主席"),
    ),
    ("crown_prince", ("王储",)),
)
_CJK_NOT_IN_OFFICE = ("前", "原", "已故", "候任", "当选", "代理", "代总")
_CJK_SPLIT = re.compile(r"[、，,；;兼]")

_LATIN_SPLIT = re.compile(r",|;| and | y | e ")
_LATIN_NOT_IN_OFFICE = ("former", "ex", "acting", "elect", "interim", "expresidente", "interino", "electo")
_LATIN_DEPUTY = ("vice", "deputy", "first deputy", "vicepresidente", "viceprimer", "vicepresident")
_HEAD_OF_GOVERNMENT = ("prime minister", "primer ministro", "primera ministra", "premier")
_MONARCH = ("king", "queen", "emir", "rey", "reina")
# A bare "President" / "Vice President" names no state: its organisation, when the record has one, was
# inferred from its holder's side, and as an office it would keep apart a vice president who became president.
_BARE_PRESIDENCY = frozenset(
    "president presidente presidenta vicepresident vicepresidente vicepresidenta vice first deputy".split()
)
_LEGISLATURE = frozenset(
    "assembly parliament senate congress chamber duma asamblea senado congreso camara parlamento".split()
)


def office_of(person: PersonMention) -> str | None:
    """The highest exclusive state office the mention's title states, or None."""
    title = person.title
    if not title or not title.strip():
        return None
    if is_cjk(title):
        found = {o for part in _CJK_SPLIT.split(title) if (o := _cjk_office(part.strip()))}
    else:
        state = person.organization is not None and person.organization.kind == "state"
        found = {o for part in _LATIN_SPLIT.split(fold_name(title)) if (o := _latin_office(part.strip(), state))}
    return next((o for o in OFFICES if o in found), None)


def _cjk_office(part: str) -> str | None:
    if not part or any(w in part for w in _CJK_NOT_IN_OFFICE):
        return None
    for office, endings in _CJK_ENDINGS:
        if part.endswith(endings):
            return office or None
    return None


def _latin_office(part: str, state: bool) -> str | None:
    words = part.split()
    if not words or any(w in _LATIN_NOT_IN_OFFICE for w in words):
        return None
    deputy = any(part.startswith(d) for d in _LATIN_DEPUTY)
    if any(h in part for h in _HEAD_OF_GOVERNMENT):
        return "deputy_head_of_government" if deputy else "head_of_government"
    if "crown prince" in part or "principe heredero" in part:
        return "crown_prince"
    if words[0] in _MONARCH:
        return "head_of_state"
    presidency = "president" in words or "presidente" in words or "vicepresidente" in words
    if _LEGISLATURE & set(words) or words[0] == "speaker":
        return None if deputy or not (presidency or words[0] == "speaker") else "head_of_legislature"
    stated = state and not set(words) <= _BARE_PRESIDENCY  # "President" alone states no state
    if presidency and (stated or "republic" in words or "republica" in words):
        return "deputy_head_of_state" if deputy else "head_of_state"
    return None
