"""Chinese names written in Palladius Cyrillic, read back into pinyin: "Лю Цзяньчао" -> "Liu Jianchao".

The Russian press writes Chinese names in the Palladius system, one Cyrillic spelling per pinyin
syllable. The table is built from every pinyin syllable pypinyin knows, each spelt by the Palladius
rules (``_spell``); a name's words are split into syllables of that table, fewest first.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц",
    "s": "с",
}
# finals after an initial; "y"/"w" syllables are spelt from them below
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "ue": "юэ",
    "van": "юань", "vn": "юнь",
}
_ZERO = {  # syllables without an initial
    "yi": "и", "ya": "я", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва",
    "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
    "e": "э", "ei": "эй", "er": "эр", "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "o": "о",
    "ou": "оу", "en": "энь",
}


def _spell(syllable: str) -> str | None:
    """The Palladius spelling of one pinyin syllable (``v`` for ü), or None."""
    if syllable in _ZERO:
        return _ZERO[syllable]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    final = syllable[len(initial) :]
    if initial not in _INITIALS or not final:
        return None
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # "ju" is jü
    if final == "i" and initial in ("z", "c", "s"):
        return _INITIALS[initial] + "ы"  # zi цзы, ci цы, si сы
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        return _INITIALS[initial] + "и"
    if syllable == "hui":
        return "хуэй"
    if final not in _FINALS:
        return None
    return _INITIALS[initial] + _FINALS[final]


# syllables of interjections only, whose spelling is that of a name syllable ("lo" = "luo" = "ло")
_INTERJECTIONS = frozenset({"lo", "yo", "m", "n", "ng", "hm", "hng", "ê"})


@cache
def _table() -> dict[str, str]:
    """Palladius spelling -> pinyin syllable, for every syllable pypinyin knows."""
    from pypinyin.constants import PINYIN_DICT

    syllables: set[str] = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            marks = unicodedata.normalize("NFD", reading)  # tone marks go, the diaeresis of ü stays
            kept = "".join(c for c in marks if c == "\u0308" or not unicodedata.combining(c))
            plain = unicodedata.normalize("NFC", kept)
            syllables.add(plain.replace("ü", "v"))
    table: dict[str, str] = {}
    for syllable in sorted(syllables - _INTERJECTIONS, key=lambda s: (len(s), s)):
        spelt = _spell(syllable)
        if spelt is not None:
            table.setdefault(spelt, syllable.replace("v", "ü") if syllable.startswith(("n", "l")) else syllable)
    return table


def syllables(word: str) -> list[str] | None:
    """The pinyin syllables of one Palladius word ("Цзяньчао" -> ["jian", "chao"]), fewest first; None
    when the word is no sequence of Palladius syllables."""
    w = word.lower().replace("ё", "е")
    table = _table()
    longest = max(map(len, table))
    best: list[list[str] | None] = [None] * (len(w) + 1)
    best[0] = []
    for i in range(len(w)):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 1, min(len(w), i + longest) + 1):
            syllable = table.get(w[i:j])
            if syllable is not None and (best[j] is None or len(here) + 1 < len(best[j] or ())):
                best[j] = [*here, syllable]
    return best[len(w)] or None


def to_pinyin(name: str) -> str | None:
    """"Чэнь Вэньхуа" -> "Chen Wenhua": each word's syllables joined and capitalised, or None when a
    word is not Palladius."""
    words = []
    for word in name.split():
        found = syllables(word)
        if not found or len(found) > 3:
            return None
        words.append("".join(found).capitalize())
    return " ".join(words)
