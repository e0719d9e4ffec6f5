"""One lead per side of a visit (issue 13, lead27): the people of the frames built, read once more for their roles.

GOLD_FORMAT gives as leads the principals, those who met, held talks or led a delegation, and as no leads those who
accompany or attend them. A visit's guest is received by a line of hosts ("fue recibido en el aeropuerto por el
presidente del Parlamento, A; el jefe del Departamento ..., B, y el viceministro C", "was received by Director A and
deputy director B") and travels with ministers ("é acompanhado nesta visita pelos ministros A, B e C"): the grammar
seats them all as principals, the gold sets of real pages the first of each side only. A side of a visit holding
several leads keeps the one drafted first and the others take part as no leads. Not other kinds: "met A, B and C"
makes each a lead in the gold (one lead a side everywhere lowered the dev sets' leads F1, lead27). People of no side
are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from liaison.model.types import EventFrame, Participant

_RECEIVED = frozenset({"visit"})  # kinds whose several leads of a side are a guest's hosts or retinue


def _side(p: Participant) -> str | None:
    return p.side or p.person.country


def one_lead_per_side(frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames with every side's leads after its first made participants who are not leads, in visits."""
    out: list[EventFrame] = []
    for frame in frames:
        if frame.kind not in _RECEIVED:
            out.append(frame)
            continue
        led: set[str] = set()
        kept: list[Participant] = []
        for p in frame.participants:
            side = _side(p)
            if p.lead and side is not None:
                if side in led:
                    p = replace(p, lead=False)
                led.add(side)
            kept.append(p)
        out.append(with_participants(frame, kept))
    return tuple(out)


def with_participants(frame: EventFrame, kept: list[Participant]) -> EventFrame:
    """``frame`` with the participants ``kept`` (the same people, some leads made no leads), its leads first."""
    if kept == list(frame.participants):
        return frame
    return replace(frame, participants=(*(p for p in kept if p.lead), *(p for p in kept if not p.lead)))
