"""Attendees of the exchanges the recall tiers read: the attendee lists (``attach.attach_attendees``) are read
before the recall tier, the last resort and the one-sided visits give their drafts, so a list told after such an
exchange ("…期间，韩正会见了总理莫迪等印度政要。中联部副部长陈凤翔，上海市委常委尹弘，副市长周波陪同访问。")
found no draft to join. Read again, the lists join those drafts only, each person once in the item; greeters at
an airport ("中国驻朝鲜大使王亚军也到机场迎接", after a visit told by its setting out) are not told present at it."""

from __future__ import annotations

import re

from liaison.extract.zh.attach import attach_attendees
from liaison.extract.zh.draft import Draft, Reading

_GREETED = re.compile(r"[^。；]*?迎接")


def _seated(d: Draft) -> set[str]:
    """The native names a draft holds, principals and attendees."""
    return {p.native for p, _c in d.host.people + d.guest.people} | {a.person.native for a in d.attendees}


def tier_attendees(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The attendee lists told after a recall-tier exchange join it, as they join the exchanges the clause
    patterns read ("期间，韩正会见了总理莫迪等印度政要。…副市长周波陪同访问。": 周波 attends); no one another draft
    already seats (the list a full-confidence exchange took before)."""
    fresh = {id(d) for d in drafts if d.confidence < 1.0 and not d.attendees}
    if not fresh:
        return drafts
    kept = {id(d): list(d.attendees) for d in drafts}
    attach_attendees(r, drafts)
    taken = {n for d in drafts if id(d) not in fresh for n in _seated(d)}
    for d in drafts:
        if id(d) not in fresh:
            d.attendees[:] = kept[id(d)]
            continue
        seated = taken | {p.native for p, _c in d.host.people + d.guest.people}
        new = []
        for a in d.attendees:
            if a.person.native in seated or _GREETED.match(r.doc.text, a.person.span[1]):
                continue
            seated.add(a.person.native)
            new.append(a)
        d.attendees[:] = new
    return drafts
