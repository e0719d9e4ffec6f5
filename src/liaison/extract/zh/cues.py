"""The Chinese cues of the frame passes, declared by concept in ``data/cues.toml``.

Each entry has a ``pattern``, the ``examples`` it must find and the ``counterexamples`` it must not
(``tests/extract/test_zh_cues.py`` checks them): ``cue("not_happened")`` finds "将于明年" and "取消" (a
meeting not held) but not "同意大利".
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from liaison.extract.prefilter import first_char_guarded
from liaison.kb.parsed import read_toml

_PATH = Path(__file__).with_name("data") / "cues.toml"


@cache
def cues() -> dict[str, dict[str, Any]]:
    """Every cue entry by its concept key."""
    return read_toml(_PATH)


def cue_source(key: str) -> str:
    """The pattern of one cue, as written."""
    return str(cues()[key]["pattern"])


def cue(key: str) -> re.Pattern[str]:
    """The compiled pattern of one cue (with the lookahead of its first characters, when they can be
    read: ``prefilter.first_char_guarded``, the same matches found faster)."""
    return first_char_guarded(re.compile(cue_source(key)))
