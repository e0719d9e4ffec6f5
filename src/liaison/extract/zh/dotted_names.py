"""Names of two or more parts joined by a name dot whose parts each read as a name (zhlost31).

Uyghur, Kazakh and Tibetan officials of China are written as foreign names are ("艾力更·依明巴海"), but with
characters the transliteration table lacks or a first part that reads as a Chinese name (艾力更). Such a name
written with a title chain is a person when every part alone reads as one: Chinese-looking or a transliteration.
"""

from __future__ import annotations

import re

from liaison.extract.zh.names import is_transliteration, looks_chinese
from liaison.kb.gazetteer import Gazetteer

_DOT = re.compile(r"[·•・]")


def dotted_name(native: str, gazetteer: Gazetteer) -> bool:
    """Whether ``native`` is two or more parts joined by a name dot, each of two to six characters that read
    as a name alone ("艾力更·依明巴海"); a single word ("中国·东盟" is not a name: its parts are no names)."""
    parts = _DOT.split(native)
    return len(parts) >= 2 and all(
        2 <= len(part) <= 6 and (looks_chinese(part) or is_transliteration(part, gazetteer)) for part in parts
    )
