"""The language data files (``liaison/kb/lang/<code>.toml``), one per language, keyed by concept.

Each file declares what every stage needs of its language: words that detect it, abbreviations a
full stop follows inside a sentence, the calendar, triage cues, and the words and cue patterns of
the Latin-script grammar (read by ``liaison.extract.lexicon_file``). Every cue pattern
carries example sentences it must match (``tests/test_language_files.py``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from liaison.kb.parsed import read_toml

LANG_DIR = Path(__file__).parent / "lang"


def language_codes() -> tuple[str, ...]:
    """The codes of the languages that have a data file, in file-name order."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.toml")))


@cache
def language_data(code: str) -> dict[str, Any]:
    """The parsed data file of one language."""
    return read_toml(LANG_DIR / f"{code}.toml")


def detection_order() -> tuple[str, ...]:
    """The codes of the languages detected by their function words, ties going to the first."""
    with_words = [c for c in language_codes() if language_data(c).get("detection", {}).get("stopwords")]
    return tuple(sorted(with_words, key=lambda c: language_data(c)["detection"].get("priority", 99)))


def words_of(section: str, key: str) -> dict[str, list[Any]]:
    """``[section] key`` of every language that has it, by code in detection order."""
    found = {c: language_data(c).get(section, {}).get(key) for c in (*detection_order(), *language_codes())}
    return {c: list(v) for c, v in found.items() if v}
