"""Chinese text in the one form the Chinese extractor reads, character for character.

The extractor, its gazetteer and its name tables are written in simplified characters with
full-width punctuation; Hong Kong, Taiwan and overseas outlets write 習近平會見…, and many web pages
use ASCII commas and brackets (``新华社明斯克9月23日电(记者…)``). OpenCC's ``t2s`` conversion maps the
characters (one by one where a phrase rule would change the length); ASCII punctuation next to a
Chinese character becomes its full-width form. Offsets never move.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

_FULL_WIDTH = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"}
# ASCII punctuation touching a Chinese character (or a digit before "日电(" in a dateline)
_HALF = re.compile(r"(?<=[\u4e00-\u9fff])\s?[,():;?!]|[,():;?!](?=\s?[\u4e00-\u9fff])")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters with full-width punctuation, the same length as ``text``."""
    converted = _converter().convert(text)
    if len(converted) != len(text):
        convert = _converter().convert
        converted = "".join(c if len(s := convert(c)) != 1 else s for c in text)
    return _HALF.sub(lambda m: m.group(0)[:-1] + _FULL_WIDTH[m.group(0)[-1]], converted)
