"""Forward transcription: whether a Chinese rendering can be the Xinhua-style transcription of a
Latin-script name part (唐纳德 of "Donald", 乌尔苏拉 of "Ursula", not 米歇尔 of "Barack").

Both sides are reduced to a skeleton of consonant classes, the way Chinese transcription keeps
them: voiced and voiceless stops fall together (d/t 德/特, b/p 巴/帕, g/k 格/克), l and r are one
liquid (尔 er, 拉 la, 里 li), the sibilants and affricates are one class (s, sh, ch, j, z, x: 斯,
什, 奇, 杰, 兹), a nasal final (安 an, 唐 tang) stands for n, and vowels leave only a mark at the start
of the word. Two parts agree when they start alike and their skeletons are close (normalised edit
similarity); the test is a check on a candidate named otherwise (a surname the people table knows),
never a way to find one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# pinyin initials, longest first, and their class (y and the vowel u as w give the vowel mark V)
_PINYIN_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"), ("d", "T"),
    ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", "H"), ("j", "J"), ("q", "J"),
    ("x", "J"), ("r", "L"), ("z", "S"), ("c", "S"), ("s", "S"), ("y", "V"), ("w", "W"),
)
# Latin letter groups, longest first, and their class ("" drops them)
_LATIN_GROUPS: tuple[tuple[str, str], ...] = (
    ("sch", "S"), ("tch", "S"), ("dzh", "S"), ("sh", "S"), ("ch", "S"), ("zh", "S"), ("ts", "S"), ("tz", "S"),
    ("cz", "S"), ("sz", "S"), ("dj", "S"), ("th", "T"), ("ph", "F"), ("kh", "H"), ("gh", "K"), ("ck", "K"),
    ("qu", "K"), ("ll", "L"), ("ce", "S"), ("ci", "S"), ("cy", "S"),
    ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"), ("g", "K"), ("k", "K"), ("c", "K"), ("q", "K"),
    ("f", "F"), ("v", "W"), ("w", "W"), ("l", "L"), ("r", "L"), ("m", "M"), ("n", "N"), ("s", "S"),
    ("z", "S"), ("j", "S"), ("x", "KS"), ("h", "H"),
)
_VOWELS = "aeiouy"
_MIN_SIMILARITY = 0.6


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


# Letters Chinese renders in several ways: j (杰 in English, 何 in Spanish, 若 in Portuguese, 雅 in
# German), v (维 or 弗), an initial h before i (希 for "Hi")
_AMBIGUOUS: dict[str, tuple[str, ...]] = {"j": ("S", "H", "L", "V"), "v": ("W", "F"), "w": ("W", "F")}


@lru_cache(maxsize=4096)
def latin_skeletons(word: str) -> tuple[str, ...]:
    """The skeletons a Latin name part can have: ``"Donald"`` -> ``("TNLT",)``, ``"Ursula"`` ->
    ``("VLSL",)``; a letter rendered in several ways gives one skeleton per way (at most 16)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isascii() and c.isalpha())
    options: list[tuple[str, ...]] = [("V",)] if folded[:1] in _VOWELS else []
    i = 0
    while i < len(folded):
        if folded[i] in _VOWELS:
            i += 1
            continue
        if folded[i] in _AMBIGUOUS:
            options.append(_AMBIGUOUS[folded[i]])
            i += 1
            continue
        for group, cls in _LATIN_GROUPS:
            if folded.startswith(group, i):
                if group == "h" and i == 0 and folded[1:2] == "i":
                    options.append(("H", "S"))  # Hillary 希拉里
                elif not (group == "h" and i > 0 and folded[i - 1] not in _VOWELS):  # silent after a consonant
                    options.extend((c,) for c in cls)
                i += len(group) if group[-1] not in _VOWELS else len(group) - 1
                break
        else:
            i += 1
    skeletons = [""]
    for opts in options:
        skeletons = [s + o for s in skeletons for o in opts][:16]
    return tuple(dict.fromkeys(_collapse(list(s)) for s in skeletons))


@lru_cache(maxsize=4096)
def chinese_skeletons(chars: str) -> tuple[str, ...]:
    """``"唐纳德"`` -> ``("TNT",)``, ``"乌尔苏拉"`` -> ``("VLSL",)``; 基, 奇, 希 (ji, qi, xi) stand
    for "ki", "chi" and "hi" as well as for "ji", "si": one skeleton per reading (at most 16)."""
    skeletons = [""]
    for cls in _chinese_classes(chars):
        opts = ("S", "K", "H") if cls == "J" else (cls,)
        skeletons = [s + o for s in skeletons for o in opts][:16]
    return tuple(dict.fromkeys(_collapse(list(s)) for s in skeletons))


def _chinese_classes(chars: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # imported on first use: loading costs ~0.2 s

    classes: list[str] = []
    for syllable in lazy_pinyin(chars, style=Style.NORMAL):
        if not syllable.isalpha():
            continue
        if syllable == "er":
            classes.append("V" if not classes else "L")
            continue
        cls = "V"  # a, e, o; 乌 wu for a vowel u; y
        if not syllable.startswith("wu"):
            cls = next((c for initial, c in _PINYIN_INITIALS if syllable.startswith(initial)), "V")
        if cls != "V" or not classes:  # a vowel leaves its mark only at the start, as in Latin
            classes.append(cls)
        if syllable.endswith(("n", "ng")) and len(syllable) > 1:
            classes.append("N")
    return classes


_CJK = re.compile(r"^[\u3400-\u9fff]+$")


def sounds_like(latin: str, chinese: str, min_similarity: float = _MIN_SIMILARITY, min_length: int = 1) -> bool:
    """Whether ``chinese`` (characters) can transcribe the Latin name part ``latin``: same start,
    skeletons at least ``min_similarity`` alike (0.6: a check on a candidate named otherwise), the
    Chinese skeleton at least ``min_length`` classes long. ``sounds_like("Donald", "唐纳德")`` is
    True, ``sounds_like("Barack", "米歇尔")`` False."""
    return skeletons_alike(latin, part_skeletons(chinese), min_similarity, min_length)


def part_skeletons(chinese: str) -> tuple[str, ...]:
    """The skeletons ``sounds_like`` compares for a Chinese name part: none unless it is all characters."""
    return chinese_skeletons(chinese) if _CJK.match(chinese) else ()


def skeletons_alike(latin: str, skeletons: tuple[str, ...], min_similarity: float = _MIN_SIMILARITY,
                    min_length: int = 1) -> bool:
    """``sounds_like`` with the Chinese part's ``part_skeletons`` given: they can be read where pinyin's
    tables are loaded (a build's workers) and compared where they are not (the process resolving)."""
    if not any(c.isalpha() for c in latin):
        return False
    return any(
        a and b and a[0] == b[0] and len(b) >= min_length
        and Levenshtein.normalized_similarity(a, b) >= min_similarity
        for a in latin_skeletons(latin)
        for b in skeletons
    )
