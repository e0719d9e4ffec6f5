"""Korean names written in Chinese characters, read as Sino-Korean and romanised.

The characters' Hangul readings come from the ``hanja`` package; the romanisation is ours: North
Korean names as KCNA writes them (the DPRK's own system: ``金正恩`` -> ``Kim Jong Un``, ``崔龙海``
-> ``Choe Ryong Hae``, one capitalised word a syllable, k/t/p voiced to g/d/b inside the given
name), South Korean names in the Revised Romanisation with the usual family-name spellings and a
hyphenated given name (``文在寅`` -> ``Moon Jae-in``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Family names: (North Korean form, South Korean form), as each side usually writes them.
SURNAMES: dict[str, tuple[str, str]] = {
    "金": ("Kim", "Kim"), "李": ("Ri", "Lee"), "朴": ("Pak", "Park"), "崔": ("Choe", "Choi"),
    "郑": ("Jong", "Chung"), "赵": ("Jo", "Cho"), "姜": ("Kang", "Kang"), "尹": ("Yun", "Yoon"),
    "张": ("Jang", "Jang"), "林": ("Rim", "Lim"), "韩": ("Han", "Han"), "吴": ("O", "Oh"),
    "申": ("Sin", "Shin"), "徐": ("So", "Seo"), "权": ("Kwon", "Kwon"), "黄": ("Hwang", "Hwang"),
    "安": ("An", "Ahn"), "宋": ("Song", "Song"), "柳": ("Ryu", "Yoo"), "刘": ("Ryu", "Yoo"),
    "洪": ("Hong", "Hong"), "全": ("Jon", "Jeon"), "高": ("Ko", "Ko"), "文": ("Mun", "Moon"),
    "孙": ("Son", "Son"), "梁": ("Ryang", "Yang"), "裴": ("Pae", "Bae"), "白": ("Paek", "Baek"),
    "许": ("Ho", "Heo"), "南": ("Nam", "Nam"), "沈": ("Sim", "Shim"), "卢": ("Ro", "Roh"),
    "河": ("Ha", "Ha"), "郭": ("Kwak", "Kwak"), "成": ("Song", "Sung"), "车": ("Cha", "Cha"),
    "朱": ("Ju", "Joo"), "禹": ("U", "Woo"), "具": ("Ku", "Koo"), "罗": ("Ra", "Na"),
    "闵": ("Min", "Min"), "俞": ("Yu", "Yoo"), "元": ("Won", "Won"), "玄": ("Hyon", "Hyun"),
    "千": ("Chon", "Chun"), "严": ("Om", "Eom"), "延": ("Yon", "Yeon"), "卞": ("Pyon", "Byun"),
    "丁": ("Jong", "Chung"), "秋": ("Chu", "Choo"), "太": ("Thae", "Tae"), "池": ("Ji", "Ji"),
    "方": ("Pang", "Bang"), "孔": ("Kong", "Kong"), "康": ("Kang", "Kang"), "田": ("Jon", "Jeon"),
    "石": ("Sok", "Seok"), "薛": ("Sol", "Seol"), "马": ("Ma", "Ma"), "吉": ("Kil", "Gil"),
    "陈": ("Jin", "Jin"), "周": ("Ju", "Joo"), "房": ("Pang", "Bang"), "表": ("Phyo", "Pyo"),
    "明": ("Myong", "Myung"), "奇": ("Ki", "Ki"), "琴": ("Kum", "Keum"), "吕": ("Ryo", "Yeo"),
    "廉": ("Ryom", "Yeom"), "杨": ("Yang", "Yang"), "边": ("Pyon", "Byun"), "秦": ("Jin", "Jin"),
    "魏": ("Wi", "Wi"), "王": ("Wang", "Wang"), "片": ("Phyon", "Pyeon"), "龙": ("Ryong", "Yong"),
    "韦": ("Wi", "Wi"), "都": ("To", "Do"), "鲁": ("Ro", "Roh"), "蔡": ("Chae", "Chae"),
    "兪": ("Yu", "Yoo"), "慎": ("Sin", "Shin"), "陆": ("Ryuk", "Yook"), "印": ("In", "In"),
}

_INITIAL_KP = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h")
_VOICED_KP = {0: "g", 3: "d", 7: "b"}
_INITIAL_KR = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWEL_KP = (
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
    "ui", "i",
)
_VOWEL_KR = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i",
)
_FINAL = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
    "t", "t", "k", "t", "p", "t",
)
_VOICING_FINALS = frozenset({"", "n", "m", "ng", "l"})


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


@lru_cache(maxsize=4096)
def _hangul(chars: str) -> str | None:
    """The Hangul reading of Chinese characters (simplified or traditional), or None."""
    import hanja  # imported on first use

    out = hanja.translate(chars, "substitution")
    if any(_jamo(c) is None for c in out):
        out = hanja.translate(_s2t().convert(chars), "substitution")
    return out if len(out) == len(chars) and all(_jamo(c) is not None for c in out) else None


def _romanise_syllables(hangul: str, north: bool) -> list[str]:
    words: list[str] = []
    prev_final = ""
    for i, syl in enumerate(hangul):
        jamo = _jamo(syl)
        if jamo is None:
            return []
        ini, med, fin = jamo
        if north:
            initial = _VOICED_KP.get(ini, _INITIAL_KP[ini]) if i and prev_final in _VOICING_FINALS else _INITIAL_KP[ini]
            vowel = _VOWEL_KP[med]
        else:
            initial, vowel = _INITIAL_KR[ini], _VOWEL_KR[med]
        prev_final = _FINAL[fin]
        words.append(initial + vowel + prev_final)
    return words


def korean_name(native: str, north: bool) -> str | None:
    """The romanised form of a Korean name in Chinese characters (2–4 characters), or None."""
    if not 2 <= len(native) <= 4:
        return None
    hangul = _hangul(native)
    if hangul is None:
        return None
    syllables = _romanise_syllables(hangul[1:], north)
    if not syllables:
        return None
    known = SURNAMES.get(native[0])
    if known is not None:
        family = known[0] if north else known[1]
    else:
        family = "".join(_romanise_syllables(hangul[:1], north)).capitalize()
    given = " ".join(s.capitalize() for s in syllables) if north else "-".join(syllables).capitalize()
    return f"{family} {given}"
