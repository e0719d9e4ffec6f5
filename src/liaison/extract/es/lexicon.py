"""Spanish words and cue patterns for the shared Latin-script grammar, read from ``liaison/kb/lang/es.toml``."""

from __future__ import annotations

from liaison.extract.lexicon_file import load_lexicon

SPANISH = load_lexicon("es")
