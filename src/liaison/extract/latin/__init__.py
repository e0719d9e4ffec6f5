"""Shared grammar of the Latin-script extractors (English, Spanish, Portuguese, French).

Names, titles bound to names, attendance lists, dates, places and event frames, parameterised by a
per-language ``Lexicon`` (see ``lexicon.py``); the language packages hold only word lists.
"""

from liaison.extract.latin.frames import extract_with
from liaison.extract.latin.lexicon import Lexicon

__all__ = ["Lexicon", "extract_with"]
