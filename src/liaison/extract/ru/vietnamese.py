"""Vietnamese names written in Russian Cyrillic, read back into Vietnamese Latin script without diacritics:
"Лыонг Там Куанг" -> "Luong Tam Quang", "Фам Минь Тинь" -> "Pham Minh Chinh".

The Russian press spells each Vietnamese syllable by a practical transcription (the Kontsevich rules): "ч"
for tr, "т" for t and ch, "з" for d and gi, "с" for x and s, "ы" for ư, "нь" for a final nh. Reading it back
is ambiguous in a few places: ``readings`` gives every reading of a name, the usual one first, so that the
knowledge base's spelling can be chosen where it knows the person.
"""

from __future__ import annotations

import itertools

# initials, longest first: the Latin readings, the usual one first
_INITIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("нг", ("ng",)), ("нь", ("nh",)), ("кх", ("kh",)), ("тх", ("th",)), ("ф", ("ph",)), ("ч", ("tr", "ch")),
    ("т", ("t", "ch")), ("з", ("d", "gi")), ("д", ("d",)), ("ж", ("r",)), ("ш", ("s",)), ("с", ("x", "s")),
    ("в", ("v",)), ("б", ("b",)), ("к", ("c",)), ("г", ("g",)), ("х", ("h",)), ("л", ("l",)), ("м", ("m",)),
    ("н", ("n",)), ("п", ("p",)), ("р", ("r",)),
)
# finals after the vowel, longest first
_FINALS: tuple[tuple[str, str], ...] = (
    ("нь", "nh"), ("нг", "ng"), ("ть", "ch"), ("к", "c"), ("т", "t"), ("н", "n"), ("м", "m"), ("п", "p"),
    ("й", "i"), ("у", "u"), ("о", "o"),
)
# vowel groups, longest first
_VOWELS: tuple[tuple[str, str], ...] = (
    ("ыо", "uo"), ("ыа", "ua"), ("уо", "uo"), ("юэ", "ue"), ("уэ", "ue"), ("уе", "uye"), ("ие", "ie"),
    ("ье", "ie"), ("ыу", "uu"), ("ы", "u"), ("я", "ia"), ("ю", "iu"), ("э", "e"), ("е", "e"), ("а", "a"),
    ("о", "o"), ("у", "u"), ("и", "i"),
)
_VOWEL_LETTERS = "аеэиоуыюяё"


def _rhyme(rest: str) -> str | None:
    """The Latin rhyme of a syllable's Cyrillic rhyme ("ыонг" -> "uong"), or None if it is no rhyme."""
    out, i = "", 0
    while i < len(rest) and rest[i] in _VOWEL_LETTERS:
        group = next(((c, latin) for c, latin in _VOWELS if rest.startswith(c, i)), None)
        if group is None:
            return None
        out += group[1]
        i += len(group[0])
    if not out:
        return None
    tail = rest[i:]
    if tail:
        final = next((latin for c, latin in _FINALS if c == tail), None)
        if final is None:
            return None
        out += final
    return out


def _syllable(word: str) -> list[str]:
    """The Latin readings of one Cyrillic syllable, the usual first; [] when it is no Vietnamese syllable."""
    w = word.lower().replace("ё", "е")
    initial = next(((c, latin) for c, latin in _INITIALS if w.startswith(c)), ("", ("",)))
    rest = w[len(initial[0]) :]
    readings: list[str] = []
    if initial[0] == "к" and len(rest) > 1 and rest[0] == "у" and rest[1] in _VOWEL_LETTERS:
        rhyme = _rhyme(rest[1:])  # "Куанг": qu
        if rhyme is not None:
            readings.append("qu" + rhyme)
    if initial[0] == "з" and rest[:1] in ("я", "ю", "е", "и"):
        rhyme = _rhyme({"я": "а", "ю": "у", "е": "е", "и": "и"}[rest[0]] + rest[1:])
        if rhyme is not None:
            readings.append("gi" + rhyme if rest[0] != "и" else "g" + rhyme)  # "Зянг" giang, "Зиап" giap
    rhyme = _rhyme(rest)
    if rhyme is not None:
        for latin in initial[1]:
            if latin == "gi" and rhyme.startswith("i"):
                continue  # read above ("Зиап" giap, not giiap)
            start = "k" if latin == "c" and rhyme[:1] in ("i", "e", "y") else latin
            readings.append(start + rhyme)
    return list(dict.fromkeys(readings))


def readings(name: str) -> list[str]:
    """Every Latin reading of a Vietnamese name in Cyrillic ("Фам Минь Тинь" -> "Pham Minh Tinh", "Pham Minh
    Chinh"), the usual first; [] when a word is no Vietnamese syllable."""
    words = [_syllable(w) for w in name.split()]
    if not words or not all(words):
        return []
    combos = itertools.islice(itertools.product(*words), 64)
    return [" ".join(s.capitalize() for s in combo) for combo in combos]
