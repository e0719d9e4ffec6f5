"""Russian personal names: the dictionary form of a declined name, and its romanisation.

Russian declines names: "во главе с Дмитрием Новиковым" names Дмитрий Новиков, "поздравление ...
То Ламу" names То Лам. ``nominative`` reads a name back into the nominative from its endings (the given
name tells gender and case; a surname is only changed when the given name was declined, or its ending
says the case alone); ``romanise`` writes it in Latin script as the record does: the knowledge base's
name, Palladius read back into pinyin for Chinese names, the Russian transcription of Vietnamese read back
(``vietnamese``), else the Wikipedia scheme of ``iuliia``
("Геннадий Зюганов" -> "Gennady Zyuganov").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from liaison.extract.latin.names import CHINESE_SURNAMES
from liaison.extract.ru import vietnamese
from liaison.extract.ru.palladius import syllables, to_pinyin
from liaison.kb.gazetteer import Gazetteer
from liaison.kb.parsed import read_toml

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GLUED_INITIALS = re.compile(r"^((?:[\u0410-\u042f\u0401]\.)+)([\u0410-\u042f\u0401][\u0430-\u044f\u0451])")
_INITIALS = re.compile(r"^(?:[\u0410-\u042f\u0401]\.\s?)+$")

# (ending, replacement) of a declined given name, by gender: "Дмитрием" -> "Дмитрий", "Ириной" -> "Ирина"
_GIVEN = {
    "m": (("ием", "ий"), ("ия", "ий"), ("ию", "ий"), ("ии", "ий"), ("еем", "ей"), ("ея", "ей"), ("ею", "ей"),
          ("ее", "ей"), ("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", "")),
    "f": (("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ьей", "ья"), ("ьи", "ья"), ("ью", "ья"), ("ой", "а"),
          ("ы", "а"), ("е", "а"), ("у", "а"), ("и", "а")),
}
# (ending, replacement) of a declined surname, by gender; "unsure" ones say the case without the given name
_SURNAME = {
    "m": (("ским", "ский"), ("ского", "ский"), ("скому", "ский"), ("ском", "ский"), ("цким", "цкий"),
          ("цкого", "цкий"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
          ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"),
          ("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("ом", ""), ("а", ""), ("у", ""), ("е", "")),
    "f": (("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"),
          ("ёвой", "ёва"), ("иной", "ина"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина")),
    "unsure": (("ским", "ский"), ("ского", "ский"), ("овым", "ов"), ("евым", "ев"), ("иным", "ин")),
}
_PATRONYMIC = {"m": re.compile(r"(ич)(?:а|у|ем|е)$"), "f": re.compile(r"(вн)(?:ы|е|ой|у)$")}
_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


@cache
def _shapes() -> dict[str, Any]:
    return read_toml(Path(__file__).parent / "data" / "names.toml")


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def nominative(name: str) -> str:
    """The dictionary form of a Russian-text name: "Дмитрием Новиковым" -> "Дмитрий Новиков",
    "Ли Хунчжуном" -> "Ли Хунчжун", "Г.А. Зюганова" stays (the case is not sure)."""
    name = _GLUED_INITIALS.sub(r"\1 \2", name)  # "Г.А.Зюганов" -> "Г.А. Зюганов"
    words = name.split()
    if len(words) < 2 or not is_cyrillic(name):
        return name
    if len(words) == 3 and words[0].lower() in _shapes()["korean_surnames"]:
        return " ".join([*words[:-1], _korean_word(words[-1])])  # "Ким Сон Намом": Kontsevich, three words
    if _east_asian(words):
        return " ".join([*words[:-1], _east_asian_word(words[-1], words[0])])
    initials = [w for w in words if _INITIALS.match(w)]
    if initials:
        rest = [w for w in words if not _INITIALS.match(w)]
        if len(rest) != 1:
            return name
        return name[: name.rindex(rest[0])] + _undecline(rest[0], _SURNAME["unsure"])
    gender, given = _given(words[0])
    if gender is None or given.lower() == words[0].lower():
        return name  # unknown, or the given name is in the nominative: so is the rest
    out = [given]
    for word in words[1:-1]:
        m = _PATRONYMIC[gender].search(word)
        out.append(word[: m.start()] + m.group(1) + ("а" if gender == "f" else "") if m else word)
    case = _case_of(words[0], given) if gender == "m" else None
    rules = tuple(r for r in _SURNAME[gender] if case is None or _CASE_OF_ENDING.get(r[0], case) == case)
    out.append(_undecline(words[-1], rules))
    return " ".join(out)


# the case a masculine ending tells: a surname keeps its form unless its ending tells the given name's case
# ("Сергеем Шойгу": an instrumental given name, a surname that does not decline)
_CASE_OF_ENDING = {
    "ским": "ins", "цким": "ins", "овым": "ins", "евым": "ins", "ёвым": "ins", "иным": "ins", "ыным": "ins",
    "ом": "ins", "ем": "ins", "ского": "gen", "цкого": "gen", "ова": "gen", "ева": "gen", "ёва": "gen",
    "ина": "gen", "а": "gen", "скому": "dat", "ову": "dat", "еву": "dat", "ину": "dat", "у": "dat",
    "ском": "pre", "ове": "pre", "еве": "pre", "ине": "pre", "е": "pre",
}


def _case_of(written: str, given: str) -> str | None:
    """The case of a declined masculine given name ("Сергеем" of "Сергей": instrumental), None if unsure."""
    w, g = written.lower(), given.lower()
    i = 0
    while i < min(len(w), len(g)) and w[i] == g[i]:
        i += 1
    ending = w[i:]
    for case, endings in (("ins", ("ом", "ем", "ым")), ("dat", ("у", "ю")), ("gen", ("а", "я")), ("pre", ("е", "и"))):
        if ending.endswith(endings):
            return case
    return None


# the instrumental of a foreign word: "-ом" after a hard consonant ("Эрнандесом"), "-ем" after a soft one
# ("Мигелем" of "Мигель", "Андреем" of "Андрей") or a hushing one ("Гонсалесом" aside: "Кравцем" of "Кравец")
_INSTRUMENTAL = re.compile(r"(?:(?<=[бвгдзклмнпрстфхжшчщц])ом|(?<=[бвдзлмнпрстф])ем|(?<=[жшчщц])ем|(?<=[аеиоуэюя])ем)$")
_INDECLINABLE = re.compile(r"[оеиуэю]$")
_RUSSIAN_SURNAME_INS = re.compile(r"\w{2}(?:ов|ев|ёв|ин|ын)ым$")  # "Токаевым", "Кошановым"


def instrumental(name: str) -> str | None:
    """The dictionary form of a foreign name written in the instrumental, when two of its words carry the
    ending and the others are indeclinable: "Мигелем Диас-Канелем Бермудесом" -> "Мигель Диас-Канель
    Бермудес", "Эстебаном Ласо Эрнандесом" -> "Эстебан Ласо Эрнандес"; None when the case is not sure."""
    words = name.split()
    if len(words) < 2 or not is_cyrillic(name) or any(not w[:1].isupper() for w in words):
        return None
    marked = [bool(_INSTRUMENTAL.search(w.split("-")[-1].lower())) for w in words]
    if marked[0] and _given(words[0])[0] is None:
        # a foreign given name before a surname of Russian form ("Нурланом Ермекбаевым", "Садыром Жапаровым"):
        # Central Asian names, their surname declined as a Russian one
        marked[-1] = marked[-1] or bool(_RUSSIAN_SURNAME_INS.search(words[-1].lower()))
    hard = any(w.endswith(("ом", "ым")) for w in words)  # "-ем" alone ends nominatives too ("Салем")
    pairs = list(zip(marked, words, strict=True))
    if sum(marked) < 2 or not hard or not all(m or _INDECLINABLE.search(w.lower()) for m, w in pairs):
        return None
    return " ".join(_undeclined_instrumental(w) if m else w for m, w in pairs)


def _undeclined_instrumental(word: str) -> str:
    if word.endswith(("ом", "ым")):
        return word[:-2]
    stem = word[:-2]
    if stem[-1:].lower() in "аеиоуэюя":
        return stem + "й"  # "Андреем" -> "Андрей"
    return stem + ("ь" if stem[-1:].lower() in "бвдзлмнпрстф" else "")


def candidates(name: str) -> list[str]:
    """Forms a name whose case ``nominative`` could not tell may have in the nominative, the likeliest
    first: "Г.А. Зюганова" -> "Г.А. Зюганов", "И.И. Мельниковым" -> "И.И. Мельников". A caller takes one
    only where the document or the knowledge base writes it."""
    words = name.split()
    if len(words) < 2 or not is_cyrillic(name):
        return []
    # the surname declines; before an indeclinable one ("Николасу Мадуро") the given name does
    at = len(words) - 1 if not _INDECLINABLE.search(words[-1].lower()) else 0
    word = words[at]
    out = []
    for ending, repl in _CANDIDATE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.append(" ".join([*words[:at], word[: -len(ending)] + repl, *words[at + 1 :]]))
    for ending, repl in (("ом", ""), ("ым", ""), ("ем", "ь"), ("ем", ""), ("ой", "а"), ("а", ""), ("у", ""), ("е", "")):
        if all(w.endswith(ending) and len(w) - len(ending) >= 2 for w in words):  # one case: "Ричарда Гренелла"
            out.append(" ".join(w[: -len(ending)] + repl for w in words))
    return list(dict.fromkeys(out))


_CANDIDATE_ENDINGS = (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ым", ""), ("ом", ""), ("ем", "ь"), ("ем", ""),
                      ("ой", "а"), ("у", ""), ("а", ""), ("е", ""), ("ю", "ь"), ("я", "ь"))


def _given(word: str) -> tuple[str | None, str]:
    """(gender, nominative) of a given name, from the lists of ``data/names.toml``."""
    shapes, w = _shapes(), word.lower()
    lists = (("m", shapes["male"]), ("f", shapes["female"]))
    for gender, known in lists:
        if w in known:
            return gender, word
    for gender, known in lists:
        for ending, repl in _GIVEN[gender]:
            if w.endswith(ending) and len(w) > len(ending) + 1:
                stem = w[: -len(ending)]
                cand = shapes["fleeting"].get(stem, stem + repl) if not repl else stem + repl
                if cand in known:
                    return gender, word[0] + cand[1:]
    return None, word


def _undecline(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    w = word.lower()
    for ending, repl in rules:
        stem = w[: -len(ending)]
        if w.endswith(ending) and len(stem) >= 3 and (repl or _CONSONANT.search(stem)):
            return word[0] + (stem + repl)[1:]
    return word


def _korean_word(word: str) -> str:
    """The last syllable of a Korean name without a Russian case ending: "Намом" -> "Нам"."""
    for ending in ("ом", "ем", "а", "у", "е"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and _CONSONANT.search(stem.lower()):
            return stem
    return word


def _east_asian(words: list[str]) -> bool:
    """A Chinese name in Palladius ("Лю Цзяньчао") or a Vietnamese one ("То Лам"): family name first."""
    if not 2 <= len(words) <= 3:
        return False
    first = words[0].lower()
    if first in _shapes()["vietnamese_surnames"]:
        return True
    found = syllables(first)
    if found is None or len(found) != 1:
        return False
    rest = [_east_asian_word(w, first) for w in words[1:]]
    return found[0] in CHINESE_SURNAMES or all(syllables(w) is not None for w in rest)  # "Си Цзиньпином"


def _east_asian_word(word: str, family: str) -> str:
    """The last word of an East Asian name without a Russian case ending: "Цзиньпином" -> "Цзиньпин",
    "Ламу" -> "Лам"; words that are whole Palladius syllables stay ("Вэньхуа")."""
    chinese = family.lower() not in _shapes()["vietnamese_surnames"]
    whole = syllables(word) if chinese else None
    if whole is not None:
        for ending in ("а", "у", "е"):  # "Цзиньпина" reads jin-pi-na, but is Цзиньпин declined
            shorter = syllables(word[: -len(ending)]) if word.endswith(ending) else None
            if shorter is not None and len(shorter) < len(whole):
                return word[: -len(ending)]
        for ending in ("я", "ю", "ем"):  # "Шулэя" reads shu-le-ya, but is Шулэй declined
            soft = word[: -len(ending)] + "й" if word.endswith(ending) else None
            shorter = syllables(soft) if soft else None
            if soft and shorter is not None and len(shorter) < len(whole):
                return soft
        return word
    for ending in ("ом", "ем", "ым", "у", "ю", "а", "я", "е"):
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        if chinese and syllables(stem + "й") is not None and ending in ("ем", "ю", "я", "е"):
            return stem + "й"  # "Вэем" -> "Вэй"
        if chinese and ending in ("ем", "ю", "я") and stem.endswith("н") and syllables(stem + "ь") is not None:
            return stem + "ь"  # a soft syllable: "Хайянем" -> "Хайянь" (yan), not "Хайян" (yang)
        if not chinese and ending in ("я", "ю", "ем") and stem.lower().endswith("н"):
            return stem + "ь"  # a soft Vietnamese syllable: "Аня" -> "Ань", "Тиню" -> "Тинь"
        if (chinese and syllables(stem) is not None) or (not chinese and _CONSONANT.search(stem.lower())):
            return stem
    return word


def romanise(nominative_name: str, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """(Latin name, country) of a name in its dictionary form: the knowledge base's, else pinyin for a
    Palladius name, a Vietnamese name read back (the reading the knowledge base knows, else the usual one),
    else the Wikipedia romanisation."""
    entry = gazetteer.person(nominative_name)
    if entry is not None:
        return entry.name, entry.country
    words = nominative_name.split()
    if _east_asian(words) and words[0].lower() in _shapes()["vietnamese_surnames"]:
        latin = vietnamese.readings(nominative_name)
        known = next((e for e in map(gazetteer.person, latin) if e is not None), None)
        if known is not None:
            return known.name, known.country
        if latin:
            return latin[0], "VN"
    elif _east_asian(words):
        pinyin = to_pinyin(nominative_name)
        if pinyin is not None:
            return pinyin, "CN"
    import iuliia  # imported on first use

    return iuliia.WIKIPEDIA.translate(nominative_name), None
