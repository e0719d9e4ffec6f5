"""Word tokens with character offsets, and the gaps between them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from liaison.extract.latin.tables import char_class
from liaison.kb.languages import words_of

# A capital (lower-case) letter of any alphabet, for patterns that look for capitalised words.
CAPITAL = char_class("isupper")
LOWER = char_class("islower")

# An elided article or pronoun is a word of its own ("l'Assemblée" -> "l'", "Assemblée"): the ``elisions`` of
# every language file, known before any lexicon is chosen ("N'Djamena", "O'Brien" stay whole).
_ELIDED = list(dict.fromkeys(w for words in words_of("words", "elisions").values() for w in words))
_ELISION = rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, _ELIDED))})['’](?=\w)"
# Names glued to the words around them, as KCNA pages print a leader's name ("ComradeKim Jong Un",
# "toKim Jong Un"): a capital after a lower-case word, or after six lower-case letters, starts a new
# word ("McDonald", "DiCarlo", "MacArthur", "PyeongChang" stay whole).
_GLUED = rf"{LOWER}+(?={CAPITAL}{LOWER})"
# A hyphen joins a word ("Vice-minister"); two are a dash, even unspaced ("July 17th--Xu Lyuping", IDCPC datelines).
_HYPHEN = r"-(?!-)"
_CHAR = rf"(?:(?<!{LOWER}{{6}})(?:\w|{_HYPHEN})|(?!{CAPITAL})(?:\w|{_HYPHEN}))"
_WORD = re.compile(rf"{_ELISION}|{_GLUED}|[^\W_](?:{_CHAR}|['’](?=\w))*")
_HARD_GAP = re.compile(r"[,;:.!?\n—–]|\s-{1,2}\s|--")


T = TypeVar("T")


class _once(Generic[T]):  # (lower case: a decorator, as ``property`` is)
    """A property of a token computed once, on first use, and kept in the token's ``__dict__`` (where,
    this being no data descriptor, later reads find it). ``functools.cached_property`` does the same
    behind a lock, which cost more than most of these properties."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__

    @overload
    def __get__(self, token: None, owner: type | None = None) -> _once[T]: ...

    @overload
    def __get__(self, token: Token, owner: type | None = None) -> T: ...

    def __get__(self, token: Token | None, owner: type | None = None) -> T | _once[T]:
        if token is None:
            return self
        value = token.__dict__[self.name] = self.func(token)
        return value


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str

    @_once
    def lower(self) -> str:
        return self.text.lower()

    @_once
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @_once
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)

    @_once
    def possessive(self) -> bool:
        return self.lower.endswith(("'s", "’s"))

    @_once
    def bare(self) -> str:
        """The word without a possessive ending."""
        return self.text[:-2] if self.possessive else self.text


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The word tokens of ``text[start:end]`` with offsets into ``text``. (Kept for the last thousand or so
    stretches: the readings of an article tokenize each sentence several times, and a kept token keeps
    what was asked of it, ``lower``, ``acronym``...)"""
    stop = len(text) if end is None else end
    key = (text, start, stop)
    found = _KEPT.get(key)
    if found is None:
        if len(_KEPT) >= _KEPT_MOST:
            _KEPT.clear()
        found = _KEPT[key] = tuple(Token(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, stop))
    return list(found)


_KEPT: dict[tuple[str, int, int], tuple[Token, ...]] = {}
_KEPT_MOST = 1024


def hard_gap(text: str, left: int, right: int) -> bool:
    """Whether the text between two tokens holds a clause boundary (comma, colon, dash, ...)."""
    return bool(_HARD_GAP.search(text[left:right]))
