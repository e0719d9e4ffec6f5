"""A pattern's match tried only where it can succeed: the literal words every match must contain.

The clause patterns (``zh/grammar.py``) are tried at every clause start of every sentence with a cue,
and a failing attempt backtracks through every length of the subject (``{2,90}?``) before it gives
up: most of the Chinese extractor's time. Yet each pattern ends in a verb written as a few literal
words (会见|会晤|接见|拜会; 致电|致函…): when none of them occurs at or after the clause start, the
pattern cannot match there. ``match_at(rx, text, pos)`` first looks for those words (C-speed
``search``), then matches; its answer is always ``rx.match(text, pos)``'s.

The words are read from the pattern itself (its parse tree: ``needs``), never written down here, so
a pattern edited elsewhere keeps a correct prefilter: a literal run, a set of single characters, an
alternation of such, a group, a repeat of at least one, a lookahead; anything else (a lookbehind,
which may look before ``pos``; a case-insensitive part; a conditional) asks for nothing.
"""

from __future__ import annotations

import re
from itertools import product
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

Need = frozenset[str]  # a match contains at least one of these strings

_CHECKED = 3  # needs checked before a match, the most selective first
_PRODUCT = 64  # literal strings a run may grow into (a run times a set of characters)
_SET = 16  # characters a set may have to count as literals


def needs(pattern: str, flags: int = 0) -> tuple[Need, ...]:
    """What every match of ``pattern`` contains: each need is a set of strings one of which occurs
    within the text the match (or one of its lookaheads) reads."""
    if flags & re.IGNORECASE:
        return ()
    return tuple(_sequence(list(_parser.parse(pattern, flags))))


def _sequence(items: list[tuple[Any, Any]]) -> list[Need]:
    found: list[Need] = []
    run: set[str] = {""}  # the literal strings the items read so far spell, one of which occurs

    def close() -> None:
        nonlocal run
        if run != {""}:
            found.append(frozenset(run))
        run = {""}

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run) * len(chars) <= _PRODUCT:
            run = {s + ch for s, ch in product(run, chars)}
            continue
        close()
        if chars is not None:
            found.append(frozenset(chars))
        elif op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & c.SRE_FLAG_IGNORECASE:
                found += _sequence(list(sub))
        elif op is c.ATOMIC_GROUP:
            found += _sequence(list(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                found += _sequence(list(sub))
        elif op is c.BRANCH:
            if (need := _branch(av[1])) is not None:
                found.append(need)
        elif op is c.ASSERT:
            direction, sub = av
            if direction == 1:  # a lookahead reads at or after its place; a lookbehind may read before pos
                found += _sequence(list(sub))
    close()
    return found


def _chars(op: Any, av: Any) -> list[str] | None:
    """The characters one item reads when it is a literal or a small set of literals, else None."""
    if op is c.LITERAL:
        return [chr(av)]
    if op is c.IN and len(av) <= _SET and all(o is c.LITERAL for o, _a in av):
        return [chr(a) for _o, a in av]
    return None


def _branch(alternatives: list[Any]) -> Need | None:
    """One alternative is taken: the union of each alternative's most selective need (None when some
    alternative needs nothing)."""
    union: set[str] = set()
    for alternative in alternatives:
        own = _sequence(list(alternative))
        if not own:
            return None
        union |= _best(own)[0]
    return frozenset(union)


def _best(found: list[Need]) -> list[Need]:
    """The needs, most selective first: longest shortest string, then fewest strings."""
    return sorted(found, key=lambda n: (-min(map(len, n)), len(n), sorted(n)))


def _checks(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The searches run before ``rx`` is tried: its ``_CHECKED`` most selective needs. (Kept by the
    pattern's identity, not by the pattern: hashing a compiled pattern hashes its whole program, some
    microseconds for a clause pattern, and this is asked at every clause start of every sentence.)"""
    kept = _CHECKS.get(id(rx))
    if kept is None or kept[0] is not rx:
        chosen = _best(list(needs(rx.pattern, rx.flags)))[:_CHECKED]
        checks = tuple(re.compile("|".join(re.escape(s) for s in sorted(n, key=len, reverse=True))) for n in chosen)
        kept = _CHECKS[id(rx)] = (rx, checks)  # (the pattern kept alive: its id stays its own)
    return kept[1]


_CHECKS: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]] = {}


def match_at(rx: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """``rx.match(text, pos)``, skipped when a word every match contains is missing after ``pos``."""
    for check in _checks(rx):
        if check.search(text, pos) is None:
            return None
    return rx.match(text, pos)


def may_occur(rx: re.Pattern[str], text: str) -> bool:
    """False when ``rx`` can match neither in ``text`` nor in any part of it: a word every match contains
    is missing (True: it may)."""
    return all(check.search(text) is not None for check in _checks(rx))


__all__ = ["match_at", "may_occur", "needs"]
