"""Russian words and cue patterns for the shared grammar, read from ``liaison/kb/lang/ru.toml``."""

from __future__ import annotations

from liaison.extract.lexicon_file import load_lexicon

RUSSIAN = load_lexicon("ru")
