"""Which drafts are exchanges at all: two sides, not one side talking to itself.

"The Komdok Mining Complex sent a letter to Kim Jong Un": everyone on one side and nothing foreign
named where the event is told -- a domestic event (``domestic``). "习近平会见香港特区行政长官": a
territory's side is no foreign counterpart (``foreign_pair``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from liaison.model.types import EventFrame

# Regions with their own country code that are not the other side of a foreign exchange.
TERRITORIES = frozenset({"HK", "MO"})


def one_side(frame: EventFrame) -> str | None:
    """The one known side of all participants, else None."""
    sides = {p.side for p in frame.participants}
    if not frame.participants or len(sides) != 1 or None in sides:
        return None
    return next(iter(sides))


def domestic(frame: EventFrame, foreign_named: Callable[[str], bool]) -> bool:
    """Everyone on one side, and ``foreign_named(side)`` finds no other country where it is told."""
    side = one_side(frame)
    return side is not None and not foreign_named(side)


def foreign_pair(host: str, guest: str | None, guest_unknown_foreign: bool, named: Iterable[object]) -> bool:
    """Whether a host and a guest make an exchange: different sides, neither a territory, someone
    named. ``guest_unknown_foreign``: the guest's country is unknown but they are foreign."""
    if guest is None and not guest_unknown_foreign:
        return False
    if guest is not None and (guest in TERRITORIES or guest == host):
        return False
    return any(True for _ in named)
