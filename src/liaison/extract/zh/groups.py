"""How a list of counterparts splits into events.

"分别会见A、B" (or 先后) makes one event per counterpart; "同A国总统X、B国总理Y举行双边会见" does too when
they are of different countries; otherwise a list met together stays one event.
"""

from __future__ import annotations

import re

from liaison.extract.zh.draft import Side
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import EventKind


def separately(m: re.Match[str]) -> bool:
    """"分别会见A、B" / "先后会见" / "连续会见": the counterparts were met one by one."""
    groups = m.groupdict()
    return groups.get("sep") in ("分别", "先后", "连续") or groups.get("sep2") == "分别"


def several_sides(m: re.Match[str], kind: EventKind, guest: Side) -> bool:
    """同A国总统X、B国总理Y举行双边会见: bilateral meetings with counterparts of different countries
    (or international bodies) are one event each. Without 双边 (or 分别) a list stays one event; a call
    with leaders of different countries ("与法国总统马克龙、德国总理默克尔通电话") is one call each."""
    sides = {("igo", p.title) if p.native in guest.international else c for p, c in guest.people}
    sides.discard(None)
    if kind == "phone_call":
        return len(sides) > 1
    if kind != "meeting" or "双边" not in m.string[m.start() : m.end()]:
        return False
    return len(sides) > 1


def group_country(group: list[tuple[ChainPerson, str | None]], side: Side) -> str | None:
    """The country of one group of counterparts (international officials keep their own)."""
    own = next((c for _p, c in group if c), None)
    if own is not None or all(p.native in side.international for p, _c in group):
        return own
    return side.country

