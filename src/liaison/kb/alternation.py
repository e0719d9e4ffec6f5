"""A long alternation of surface forms, searched as one regular expression would be, only faster.

``re`` tries every alternative of ``(?:form_1|form_2|…)`` at every place of a text: with the
gazetteer's thousand or so Latin forms (most of them case-insensitive, which defeats ``re``'s
first-letter check) that was most of the time spent finding organisations in a web page. An
``Alternation`` first finds the places where some form's first character stands (one search
in C), then tries there only the forms that can begin with that character, in their order. The
matches are those of ``finditer`` over the whole alternation: at each place the first form in
order that matches (and satisfies the lookahead), then on after its end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class Alternation:
    """``re.compile(before + "(?:" + "|".join(patterns) + ")" + after).finditer``, place by place.

    ``alternatives`` are ``(first, pattern)`` pairs in order: ``first`` a pattern matching exactly the
    characters ``pattern`` can begin with (its first unit: ``a``, ``(?i:a)``, ``\\s``); ``before`` a
    lookbehind (or nothing) and ``after`` a lookahead (or nothing), so that a place's match depends on
    that place alone."""

    def __init__(self, alternatives: list[tuple[str, str]], before: str = "", after: str = "") -> None:
        self._alternatives = alternatives
        self._after = after
        firsts = list(dict.fromkeys(first for first, _p in alternatives))
        self._firsts = [(first, re.compile(first)) for first in firsts]
        self._start = re.compile(before + "(?:" + "|".join(firsts) + ")")
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._by_firsts: dict[frozenset[str], re.Pattern[str]] = {}

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (m := self._start.search(text, pos)) is not None:
            at = m.start()
            hit = self._starting_with(text[at]).match(text, at)
            if hit is not None and hit.end() > at:
                yield hit
                pos = hit.end()
            else:
                pos = at + 1

    def _starting_with(self, char: str) -> re.Pattern[str]:
        """The alternation of the forms that can begin with ``char``, in their order (made once per character)."""
        rx = self._by_char.get(char)
        if rx is None:
            firsts = frozenset(first for first, first_rx in self._firsts if first_rx.fullmatch(char))
            rx = self._by_firsts.get(firsts)
            if rx is None:
                chosen = [pattern for first, pattern in self._alternatives if first in firsts]
                rx = self._by_firsts[firsts] = re.compile("(?:" + "|".join(chosen) + ")" + self._after)
            self._by_char[char] = rx
        return rx


__all__ = ["Alternation"]
