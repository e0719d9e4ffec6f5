"""Alignment of one article's system events with its gold events (GOLD_FORMAT.md, "How a build is scored").

Participants match when any folded ``name``/``native``/``alias`` of the system participant equals the
folded gold ``name`` or ``native``; parties likewise on ``name``/``abbr``/``aliases``. Both are matched
one-to-one, exact-name matches first. Events are paired greedily, most shared participants first,
then same date, then same kind; a pair needs a shared participant, or, when either event names no
participant, the same (non-null) date; when neither names one and the gold gives no date (a delegation
whose members nobody names "recently" visited), the same kind and a shared party.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from liaison.eval.folding import fold, keys
from liaison.eval.gold import GoldEvent, GoldParticipant, GoldParty
from liaison.eval.system import SysEvent, SysParticipant, SysParty

G = TypeVar("G")
S = TypeVar("S")


def gold_person_keys(p: GoldParticipant) -> frozenset[str]:
    return keys((p.name, p.native))


def sys_person_keys(p: SysParticipant) -> frozenset[str]:
    return keys((p.name, p.native, *p.aliases))


def gold_party_keys(p: GoldParty) -> frozenset[str]:
    return keys((p.name, p.abbr))


def sys_party_keys(p: SysParty) -> frozenset[str]:
    return keys((p.name, p.abbr, *p.aliases))


def _one_to_one(
    gold: Sequence[G],
    system: Sequence[S],
    gold_keys: Callable[[G], frozenset[str]],
    sys_keys: Callable[[S], frozenset[str]],
    gold_primary: Callable[[G], str],
    sys_primary: Callable[[S], str],
) -> list[tuple[int, int]]:
    """(gold index, system index) pairs: equal primary names first, then any shared key."""
    gk = [gold_keys(g) for g in gold]
    sk = [sys_keys(s) for s in system]
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for si, s in enumerate(system):
                if si in used_s:
                    continue
                if strict:
                    ok = bool(fold(gold_primary(g))) and fold(gold_primary(g)) == fold(sys_primary(s))
                else:
                    ok = bool(gk[gi] & sk[si])
                if ok:
                    pairs.append((gi, si))
                    used_g.add(gi)
                    used_s.add(si)
                    break
    return sorted(pairs)


def match_participants(
    gold: Sequence[GoldParticipant], system: Sequence[SysParticipant]
) -> list[tuple[int, int]]:
    """One-to-one participant matches between a gold event and a system event."""
    return _one_to_one(gold, system, gold_person_keys, sys_person_keys, lambda g: g.name, lambda s: s.name)


def match_parties(gold: Sequence[GoldParty], system: Sequence[SysParty]) -> list[tuple[int, int]]:
    """One-to-one party matches between a gold event and a system event."""
    return _one_to_one(gold, system, gold_party_keys, sys_party_keys, lambda g: g.name, lambda s: s.name)


@dataclass(frozen=True)
class EventPair:
    gold: GoldEvent
    system: SysEvent
    participants: tuple[tuple[int, int], ...]  # (gold index, system index)
    parties: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ArticleAlignment:
    doc: str
    language: str
    gold: tuple[GoldEvent, ...]
    system: tuple[SysEvent, ...]
    pairs: tuple[EventPair, ...]
    missed: tuple[GoldEvent, ...]  # gold events left unpaired
    spurious: tuple[SysEvent, ...]  # system events left unpaired


def _eligible(g: GoldEvent, s: SysEvent, shared: int) -> bool:
    if shared:
        return True
    if not g.participants or not s.participants:
        if g.date is None and not g.participants and not s.participants:
            # an event nobody is named in, of a date the text does not give: the same kind and a shared party
            return g.kind == s.kind and bool(match_parties(g.parties, s.parties))
        return g.date is not None and g.date == s.date
    return False


def align_article(
    doc: str, language: str, gold: Sequence[GoldEvent], system: Sequence[SysEvent]
) -> ArticleAlignment:
    """Pair an article's gold and system events greedily (see module docstring)."""
    candidates: list[tuple[tuple[int, int, int, int, int], int, int, list[tuple[int, int]]]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            matched = match_participants(g.participants, s.participants)
            if not _eligible(g, s, len(matched)):
                continue
            same_date = int(g.date is not None and g.date == s.date)
            rank = (len(matched), same_date, int(g.kind == s.kind), -gi, -si)
            candidates.append((rank, gi, si, matched))
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    chosen: list[tuple[int, EventPair]] = []
    for _, gi, si, matched in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, s = gold[gi], system[si]
        chosen.append(
            (gi, EventPair(g, s, tuple(matched), tuple(match_parties(g.parties, s.parties))))
        )
    chosen.sort(key=lambda c: c[0])
    return ArticleAlignment(
        doc=doc,
        language=language,
        gold=tuple(gold),
        system=tuple(system),
        pairs=tuple(p for _, p in chosen),
        missed=tuple(g for gi, g in enumerate(gold) if gi not in used_g),
        spurious=tuple(s for si, s in enumerate(system) if si not in used_s),
    )
