"""Tables the Latin-script grammar reads, declared as data in ``data/*.toml`` rather than in code.

``record`` (how the record names bodies the gazetteer lacks; country and city names are
``liaison.kb.countries``),
and ``name_shapes`` (pinyin and Vietnamese name forms); the elisions the tokenizer splits off are the
language files' (``kb/lang/<code>.toml``).
Per-language words live in each language's lexicon instead.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from liaison.kb.parsed import read_toml

_DATA = Path(__file__).with_name("data")


@cache
def table(name: str) -> dict[str, Any]:
    """The contents of ``data/<name>.toml``."""
    return read_toml(_DATA / f"{name}.toml")


@cache
def char_class(test: str) -> str:
    """A regex character class of every character of the Basic Multilingual Plane for which
    ``str.<test>()`` holds: ``char_class("isupper")`` is a capital letter of any alphabet."""
    chars = "".join(c for c in map(chr, range(0x10000)) if getattr(c, test)())
    return "[" + re.escape(chars) + "]"
