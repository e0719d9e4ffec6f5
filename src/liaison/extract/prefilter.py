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
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

from liaison.kb import compiled

Need = frozenset[str]  # a match contains at least one of these strings

_CHECKED = 3  # needs checked before a match, the most selective first
_PRODUCT = 64  # literal strings a run may grow into (a run times a set of characters)
_SET = 16  # characters a set may have to count as literals


def needs(pattern: str, flags: int = 0) -> tuple[Need, ...]:
    """What every match of ``pattern`` contains: each need is a set of strings one of which occurs
    within the text the match (or one of its lookaheads) reads."""
    if flags & re.IGNORECASE:
        return ()
    return compiled.derived("needs", pattern, flags, lambda: tuple(_sequence(list(_parser.parse(pattern, flags)))))


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


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then in order: one alternation in every process (a set's order changes with the hash seed)."""
    return -len(word), word


def _checks(rx: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The searches run before ``rx`` is tried: its ``_CHECKED`` most selective needs. (Kept by the
    pattern's identity, not by the pattern: hashing a compiled pattern hashes its whole program, some
    microseconds for a clause pattern, and this is asked at every clause start of every sentence.)"""
    kept = _CHECKS.get(id(rx))
    if kept is None or kept[0] is not rx:
        chosen = _best(list(needs(rx.pattern, rx.flags)))[:_CHECKED]
        checks = tuple(re.compile("|".join(re.escape(s) for s in sorted(n, key=_longest_first))) for n in chosen)
        kept = _CHECKS[id(rx)] = (rx, checks)  # (the pattern kept alive: its id stays its own)
    return kept[1]


_CHECKS: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]] = {}


def match_at(rx: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    """``rx.match(text, pos)``, skipped when a word every match contains is missing after ``pos``."""
    kept = _CHECKS.get(id(rx))  # (``_checks`` read inline: asked at every clause start of every sentence)
    for check in kept[1] if kept is not None and kept[0] is rx else _checks(rx):
        if check.search(text, pos) is None:
            return None
    return rx.match(text, pos)


def guard_of(rxs: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One search standing for the most selective need of each of ``rxs`` (None when some pattern needs
    nothing: it may match anywhere). Where it finds nothing at or after ``pos``, none of ``rxs`` can match
    there (``match_at`` would search each pattern's needs in turn to say so), so a loop trying the patterns
    at increasing places of one text stops at the first place it fails: no later place can match either.
    Made once, for patterns tried together (the clause patterns at each clause start; the attendance
    patterns of a line)."""
    firsts = [_checks(rx)[:1] for rx in rxs]
    if not all(firsts):
        return None
    return re.compile("|".join(sorted({c[0].pattern for c in firsts})))


def may_occur(rx: re.Pattern[str], text: str) -> bool:
    """False when ``rx`` can match neither in ``text`` nor in any part of it: a word every match contains
    is missing (True: it may)."""
    # (a loop, not ``all`` over a generator: asked some ten times per sentence; ``_checks`` read inline)
    kept = _CHECKS.get(id(rx))
    for check in kept[1] if kept is not None and kept[0] is rx else _checks(rx):
        if check.search(text) is None:
            return False
    return True


def first_char_guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead for the characters its matches can start with, when they can be read from
    it: the same matches, found faster by ``search`` and ``finditer``. Python's engine skips ahead to a
    possible first character only when every alternative opens with a literal; one opening with a set
    ("[，,；]"), a bracket or a lookbehind ("(?<![共一协])同") makes it try each alternative at every place.
    The lookahead (``(?=[，,；同与…\\s\\d])``, or ``(?:^|(?=[，。]))`` for "(?:^|[，。])…") fails at one test where
    none can start. ``rx`` is returned as it is when a match may be empty or start with any character, or when
    its flags are not the default ones."""
    if rx.flags & ~re.UNICODE or _INLINE_FLAGS.match(rx.pattern):
        return rx  # (verbose, case-insensitive, inline flags: not worth reading)
    guard = compiled.derived("first", rx.pattern, rx.flags, lambda: _guard(rx))
    if guard is None:
        return rx
    guarded = re.compile(f"{guard}(?:{rx.pattern})", rx.flags)
    return guarded if guarded.groupindex == rx.groupindex and guarded.groups == rx.groups else rx


def _guard(rx: re.Pattern[str]) -> str | None:
    """The lookahead ``first_char_guarded`` puts before ``rx`` (None: none)."""
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
        if _skips_ahead(parsed, rx.flags):
            return None  # the engine finds its first characters itself
        first = _first(list(parsed))
    except Exception:
        return None
    if first is None or not first - {"^"}:
        return None
    guard = f"(?=[{''.join(sorted(first - {'^'}))}])"
    return f"(?:^|{guard})" if "^" in first else guard


def _skips_ahead(parsed: Any, flags: int) -> bool:
    """Whether the engine compiles ``parsed`` with a way to its first characters: a literal prefix, a set
    of first characters (every alternative opening with a literal), or an anchor at the start."""
    if parsed.data and parsed.data[0][0] is c.AT:
        return True
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or _compiler._get_charset_prefix(parsed, flags) is not None


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


def _first(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The character-class items (escaped characters, ranges, categories) one of which opens every match of
    ``items``; None when a match may be empty or open otherwise."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # reads no character
        if op is c.LITERAL:
            return out | {re.escape(chr(av))}
        if op is c.IN:
            one = _class(av)
            return None if one is None else out | one
        if op is c.SUBPATTERN:
            sub = _first(list(av[3])) if not av[1] and not av[2] else None
            return None if sub is None else out | sub
        if op is c.BRANCH:
            for alternative in av[1]:
                if list(alternative) == [(c.AT, c.AT_BEGINNING)]:
                    out.add("^")  # (?:^|[，。]): the text's start, or one of the characters after it
                    continue
                sub = _first(list(alternative))
                if sub is None:
                    return None
                out |= sub
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, sub_items = av
            sub = _first(list(sub_items))
            if sub is None:
                return None
            out |= sub
            if low >= 1:
                return out
            continue  # optional: what follows may open the match too
        return None
    return None  # every item optional: a match may be empty


def _class(av: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, a in av:
        if op is c.LITERAL:
            out.add(re.escape(chr(a)))
        elif op is c.RANGE:
            out.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif op is c.CATEGORY and a in _CATEGORIES:
            out.add(_CATEGORIES[a])
        else:
            return None  # a negated set, another category
    return out


__all__ = ["first_char_guarded", "guard_of", "match_at", "may_occur", "needs"]
