"""Shared grammar of the Latin-script extractors (English, Spanish, Portuguese, French).

Names, titles bound to names, attendance lists, dates, places and event frames, parameterised by a
per-language ``Lexicon`` (see ``lexicon.py``) and by language-independent tables in ``data/*.toml``
(``tables.py``); the language packages hold only word lists. Frames are built by the shared
frame-assembly layer (``liaison.extract.assembly``). No module here names a word of any language
(``tests/extract/test_engine_language_free.py``).
"""

from liaison.extract.latin.frames import extract_with
from liaison.extract.latin.lexicon import Lexicon

__all__ = ["Lexicon", "extract_with"]
