"""Name keys and name comparison used to match people across documents and scripts.

Comparisons are deliberately strict: two romanised names relate only when they are equal after
folding ("Xi Jing Ping" = "Xi Jinping" once syllable spaces go), equal up to the pinyin n/ng
confusion with the same family name, or when one is the other plus trailing surname(s)
("Diosdado Cabello" < "Diosdado Cabello Rondón"). Anything looser ("Li Jun" vs "Liu Jun") is no
relation at all.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Literal

_CJK = re.compile(r"[\u3400-\u9fff]")

NameRelation = Literal[
    "exact",
    "known_person",
    "pinyin_variant",
    "extension",
    "transliteration_variant",
    "partial_name",
    "transcription",
    "office_same_day",
    "same_event_role",
    "none",
]

# Base score of each relation: how much the names alone say the two mentions are one person.
NAME_SCORES: dict[str, float] = {
    "exact": 0.9,
    "known_person": 0.9,  # both forms name one [[person]] entry of the knowledge base
    "pinyin_variant": 0.7,
    "extension": 0.55,
    "transliteration_variant": 0.55,
    # a name with no Latin form in common with the other, held together by what the reports say:
    "partial_name": 0.65,  # 巴沙尔 is part of 巴沙尔·阿萨德, stating the same office within a year
    # a Chinese form transcribing the Latin name of another report of one event or one office-holder:
    "transcription": 0.6,
    "office_same_day": 0.65,  # head of state or government of one country on one day
    "same_event_role": 0.6,  # the one holder of a role on a side in two reports of one day's event
    "none": 0.0,
}


@lru_cache(maxsize=1 << 16)  # resolution folds the same names and titles again and again
def fold_name(name: str) -> str:
    """NFKD, no diacritics, casefolded, only word characters separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", stripped.casefold()))


def compact(name: str) -> str:
    """The folded name without spaces ("Xi Jing Ping" and "Xi Jinping" agree)."""
    return fold_name(name).replace(" ", "")


def tokens(name: str) -> tuple[str, ...]:
    return tuple(fold_name(name).split())


def is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@lru_cache(maxsize=1 << 16)
def pinyin_key(name: str) -> str | None:
    """Family name plus given name with n/ng merged, for pinyin names of two or more syllables.

    "Xi Jing Ping" and "Xi Jinping" share ``xi|jinpin``; "Li Jun" and "Liu Jun" do not share a key.
    For names in Chinese script the key is computed from the characters' pinyin.
    """
    if is_cjk(name):
        from pypinyin import lazy_pinyin  # imported on first use: its dictionaries take ~60 MB

        syllables = [s for s in lazy_pinyin(name) if s.strip()]
        if len(syllables) < 2 or len(syllables) > 4:
            return None
        family, given = syllables[0], "".join(syllables[1:])
    else:
        toks = tokens(name)
        if len(toks) < 2 or len(toks) > 3 or not all(t.isascii() and t.isalpha() for t in toks):
            return None
        family, given = toks[0], "".join(toks[1:])
    return f"{family}|{given.replace('ng', 'n')}"


def name_parts(cjk: str) -> list[str]:
    """The parts of a Chinese-script name: 菲基莱·姆巴卢拉 -> [菲基莱, 姆巴卢拉], 迪亚斯-卡内尔 -> two."""
    return [p for p in _NAME_SEPARATORS.split(cjk) if p]


_NAME_SEPARATORS = re.compile(r"[·・\-－]")


def is_extension(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``long`` is ``short`` plus one or two trailing surnames, and ``short`` has two tokens or more."""
    return len(short) >= 2 and 1 <= len(long) - len(short) <= 2 and long[: len(short)] == short


# Characters whose change makes another person: feminine endings (阿利耶夫 Aliyev / 阿利耶娃 Aliyeva)
# and numerals (extraction noise such as 第二十八次 / 第二十九次).
_SIGNIFICANT = frozenset("娃娅娜妮丽莉芙〇零一二三四五六七八九十百千第次")


def is_transliteration_variant(a: str, b: str) -> bool:
    """Two Chinese-script renderings of one foreign name differing in one character (克林拜尔/克林贝尔)."""
    if not (is_cjk(a) and is_cjk(b)) or len(a) != len(b) or len(a) < 3 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and not (set(diff[0]) & _SIGNIFICANT)


# How much a name's source is worth when choosing a person's name: lower is better. Readings are
# near-certain, a name part names no one in full, pinyin of a foreign name is the last resort.
_SOURCE_RANK = {"reading-vi": 1, "reading-ko": 1, "reading-ja": 1, "table-part": 2, "pinyin-fallback": 3}


def source_rank(source: str | None) -> int:
    return _SOURCE_RANK.get(source or "", 0)


def derived(source: str | None) -> bool:
    """A Latin form derived from the characters alone (a name part, pinyin of a foreign name): it
    says no more about who the person is than the characters do, so it never matches by itself."""
    return source in ("table-part", "pinyin-fallback")


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{digest}"
