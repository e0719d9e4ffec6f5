"""Letters handed over at a call: "周大使向卡米卡外长转交了外交部长王毅的贺卡" is, beside the
envoy's call, a message of the letter's sender to the one called on, as embassy and agency pages tell it (zh32).

The sender is named between 转交 and 的 and the letter word (贺信, 亲笔信, 贺卡…), by a title chain or, written
name first as China's press names its leaders ("习近平主席的贺信"), by the people table; the recipient is
the person of the other side of the exchange the item told last, up to this sentence. Only when no draft holds the
two already.
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson

_HANDED = re.compile(
    r"转交了?(?P<sender>[^，。；：“”]{2,50}?)(?:致[^，。；：“”]{1,20}?)?的(?:新春|新年|节日)?"
    r"(?:亲笔信|亲署函|贺信|贺卡|贺函|贺电|慰问信|信函|信件|口信|来信)"
)


def conveyed_messages(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A message draft for each letter handed over at an exchange the item told before or in the same sentence:
    "周大使向卡米卡外长转交了外交部长王毅的贺卡" is Wang Yi's message to the minister."""
    if not may_occur(_HANDED, r.doc.text):
        return drafts
    out = list(drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    for span in r.sentences:
        sent = r.doc.text[span[0] : span[1]]
        m = _HANDED.search(sent)
        if m is None or span in r.headings:
            continue
        senders = _sender(r, span[0] + m.start("sender"), m.group("sender"))
        met = [
            d for d in drafts
            if d.kind != "message" and d.sentence[0] <= span[0] and d.host.people and d.guest.people
        ]
        if not senders or not met:
            continue
        sender, side = senders[0]
        last = max(met, key=lambda d: d.sentence[0])
        if side is None:
            continue
        other = last.guest if last.host.country == side else last.host if last.guest.country == side else None
        if other is None or not other.people:
            continue
        recipient = other.people[0]
        if any({sender.native, recipient[0].native} <= people for people in held):
            continue
        when = (last.date, None) if last.date is not None else None
        d = Draft.found(
            "message", span, sent, Side(people=[(sender, side)], country=side),
            Side(people=[recipient], country=recipient[1]), when, None,
        )
        if is_foreign_pair(d):
            out.append(d)
            held.append({sender.native, recipient[0].native})
    return out


def _sender(r: Reading, base: int, text: str) -> list[tuple[ChainPerson, str | None]]:
    """The letter's sender: by a title chain, else a name the people table knows written first (习近平总书记)."""
    people = [(p, country_of(p, r.gaz)) for p in phrases_people(r, base, text)]
    if people:
        return people
    for n in range(4, 1, -1):
        name = text[:n]
        if (entry := r.gaz.person(name)) is not None and entry.country:
            return [(ChainPerson(name, (base, base + n), text[n:].lstrip("、，") or None, None), entry.country)]
    return []


__all__ = ["conveyed_messages"]
