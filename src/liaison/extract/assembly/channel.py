"""The channel of an exchange from the capacities its sides act in.

"Liu Jianchao, Minister of the International Department, met X, General Secretary of the Y Party":
both sides act as parties, so the channel is ``("party",)``. A side acting as a party makes the
exchange a party one only when the other side is a party too or known to lead one
(``party_channel``); capacities are reported in the order of ``CHANNELS``; none at all is "other".
"""

from __future__ import annotations

from collections.abc import Iterable

from liaison.model.types import CHANNELS, Channel


def ordered_channel(capacities: Iterable[Channel], fallback: Iterable[Channel] = ()) -> tuple[Channel, ...]:
    """The capacities in their canonical order; ``fallback`` when there are none; else "other"."""
    chans = set(capacities) or set(fallback) or {"other"}
    return tuple(c for c in CHANNELS if c in chans)


def party_channel(
    guest_acts: bool, host_acts: bool, guest_party_delegation: bool, host_known_leader: bool, guest_known_leader: bool
) -> bool:
    """Whether the exchange is party-to-party: one side acts as a party (a party title, a party
    delegation) and the other acts as one too, or is a known leader of a party; a guest acting as a
    party delegation counts by itself."""
    guest_side = guest_acts and (host_acts or guest_party_delegation or host_known_leader)
    return guest_side or (host_acts and guest_known_leader)
