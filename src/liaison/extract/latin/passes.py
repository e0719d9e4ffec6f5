"""The seat passes of a Latin-script event, in a declared order (``SEAT_PASSES``).

Each pass reads the document (``_Doc``), the group of seats an event was built from and what the
frame step found for it (``GroupReading``: the attendance lists, the event's place), and settles the
sides and leads of seats. The order matters: a seat's own words first, then what its neighbours say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from liaison.extract.latin.affiliation import affiliation
from liaison.extract.latin.attendance import ListContext
from liaison.extract.latin.context import Group, Seat, _Doc
from liaison.extract.latin.sides import (
    _attendees_principal,
    _colleague_bodies,
    _companion_sides,
    _delegation_sides,
    _escort_sides,
    _host_sides,
    _led_by,
    _listed_after_head_sides,
    _made_of_sides,
    _makeup_sides,
    _member_sides,
    _other_side,
    _side,
    _story_country_sides,
)
from liaison.extract.latin.visitors import head_side


@dataclass(frozen=True)
class GroupReading:
    """What the seat passes read besides the group: each list sentence's context, and the place."""

    lists: dict[int, ListContext]
    location: str | None


SeatPass = Callable[[_Doc, Group, GroupReading], None]


def own_sides(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """Each seat's side by its own words: "Liu Jianchao, Minister of the International Department of the
    CPC Central Committee" (CN, by the title), a name listed after "Por la parte venezolana" (VE), a
    pinyin name (CN)."""
    for seat in group.seats:
        _side(ctx, seat, reading.lists)


def delegation_heads(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"A delegation of the Communist Party of Vietnam (CPV) led by X": X, of no side by their own words,
    is of the delegation's country."""
    for seat in group.seats:
        if seat.side is None and (side := head_side(ctx, seat.person)) is not None:
            seat.side = side
            seat.affiliation = affiliation(seat.title.text if seat.title else None, ctx.lex, ctx.gazetteer, side)


def list_other_side(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"Also taking part were A and, on the Russian side, B": A is of the event's other side."""
    _other_side(ctx, group, reading.lists)


def colleague_bodies(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"Vice-minister Sun Haiyan" beside "Liu Jianchao, Minister of the International Department": the
    bare title takes its colleague's body."""
    _colleague_bodies(group, ctx.lex)


def side_leads(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """A side without a lead gets one: a co-principal ("A and B attended and addressed the event") or a
    listed person named right after "led by" ("The Chinese delegation was led by A"). A delegation's head told
    so in a sentence of its own leads it even beside a lead of its side or of no known side yet ("A took part in
    a meeting of B with the party's leaders. The Russian delegation was headed by C"; "Led by IPC President C, the
    delegation included ..."; part31: GOLD_FORMAT's leads are those who met or led a delegation)."""
    led = {s.side for s in group.seats if s.lead}
    for seat in group.seats:
        if seat.role == "co" and seat.side and seat.side not in led:
            seat.lead = True
            led.add(seat.side)
        elif seat.role in ("list", "attendee") and _led_by(ctx, seat) and (
            (seat.role == "list" and seat.side not in led and (seat.side or len(led) == 1))
            or _heads_alone(ctx, group, seat)
        ):
            seat.lead = True  # the head of the delegation a one-sided event met, even of no known country
            led.add(seat.side)


def _heads_alone(ctx: _Doc, group: Group, seat: Seat) -> bool:
    """Whether the delegation's head is told in a sentence of its own: not the trigger's ("met with members of the
    delegation headed by A": its grammar seated whom it leads), and no lead of the event named in it."""
    return seat.sentence != group.trigger and not any(
        s.lead and s.person.mention_in(seat.sentence) is not None for s in group.seats
    )


def attendees_principal(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"... his meeting with Deputy Chairman Senate A ... Pakistan Ambassador to China, B was also present": a principal
    of no side takes the one side only attendees hold."""
    _attendees_principal(ctx, group)


def escorts(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"Acompañaron al secretario general el vicepresidente ..., A": people going with a lead are of the
    lead's side; so are a delegation's members named after its head ("dirigida por A e integrada por B e C", "a
    delegation made up of A, B and C", "a delegation led by A, B and C also attended", "o PCdoB, este representado
    por A e B")."""
    _escort_sides(ctx, group)
    _makeup_sides(ctx, group)
    _made_of_sides(ctx, group)
    _delegation_sides(ctx, group)
    _listed_after_head_sides(ctx, group)


def companions(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"A traveled to X. He was joined by B": B, of no side by their own words, is of A's side."""
    _companion_sides(ctx, group)


def delegation_members(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"The Cuban delegation also included A": a member listed with a delegation is of its country (the
    visitors' when none is named), not of the country the event took place in."""
    _member_sides(ctx, group, reading.location)


def hosts(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"The deputy Pedro Infante participated" at an event in Caracas: a present non-lead with no side of
    their own is of the country the event took place in."""
    _host_sides(ctx, group, reading.location)


def story_country(ctx: _Doc, group: Group, reading: GroupReading) -> None:
    """"The delegation led by Song Tao ... met Rajapaksa in Colombo" ... "Earlier today Song Tao also had talks
    with Prime Minister Ranil Wickremesinghe": a titled person of no side beside one known side abroad is of
    the country the event took place in (issue 13: the blind sets' people are unknown)."""
    _story_country_sides(ctx, group, reading.location)


SEAT_PASSES: tuple[tuple[str, SeatPass], ...] = (
    ("own_sides", own_sides),
    ("delegation_heads", delegation_heads),
    ("list_other_side", list_other_side),
    ("colleague_bodies", colleague_bodies),
    ("side_leads", side_leads),
    ("attendees_principal", attendees_principal),
    ("escorts", escorts),
    ("companions", companions),
    ("delegation_members", delegation_members),
    ("hosts", hosts),
    ("story_country", story_country),
)

__all__ = ["SEAT_PASSES", "GroupReading", "SeatPass"]
