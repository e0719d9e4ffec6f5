"""French words and cue patterns for the shared Latin-script grammar, read from ``liaison/kb/lang/fr.toml``."""

from __future__ import annotations

from liaison.extract.lexicon_file import load_lexicon

FRENCH = load_lexicon("fr")
