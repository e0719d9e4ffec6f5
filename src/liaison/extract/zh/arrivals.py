"""Arrivals: a visiting leader arrives and is met, as web reports open a visit.

"越共中央总书记阮富仲及越南高级代表团抵达首都北京国际机场，开始…正式访问。…刘建超同志，越南驻华大使
范星梅…到北京机场迎接" is one visit: the visitor and whoever met them (the first of the other side leads).
"国民党荣誉主席连战一行昨天抵达北京，…陈云林、常务副主任郑立中…在机场空桥闸口接机", "山口那津男30日启程访华"
(no one named meeting them) too. Not when the item already reads an exchange of the visitor (a visit
during which a meeting is reported is that meeting).
"""

from __future__ import annotations

from liaison.extract.zh.capacity import CHINESE_SIDES
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import Span

_ARRIVAL = cue("arrival")
_GREETING = cue("greeting")
_VISIT = cue("arrival_visit")
_WHERE_MET = cue("where_met")
_COMMA = cue("clause_comma")
_NOT_HAPPENED = cue("recall_not_happened")
_FOLLOWING = 3  # sentences after the arrival that may name who met the visitor


def arrivals(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A visit draft for each arrival of a leader of one side met by people of another (or arriving in
    China, "启程访华"), unless a draft of the item already holds the visitor: "阮富仲…抵达…北京国际机场…
    刘建超…到北京机场迎接"."""
    if not any(_ARRIVAL.search(r.doc.text[a:b]) for a, b in r.sentences):
        return list(drafts)
    known = known_people(r, drafts)
    held = {p.native for d in drafts if d.confidence >= 1.0 for p, _c in d.host.people + d.guest.people}
    out = list(drafts)
    for i, span in enumerate(r.sentences):
        sent = r.doc.text[span[0] : span[1]]
        m = _ARRIVAL.search(sent)
        if m is None or span in r.headings or _NOT_HAPPENED.search(sent, 0, m.start()):
            continue
        if not _VISIT.search(sent):
            continue  # an arrival that opens no visit (a flight, a stopover)
        start = max((c.end() for c in _COMMA.finditer(sent, 0, m.start())), default=0)
        visitors = _named(r, span[0] + start, sent[start : m.start()], known)
        if not visitors or visitors[0][0].native in held:
            continue
        visitor, side = visitors[0]
        greeters = _greeters(r, span, i, sent, m.end(), known)
        hosts = [(p, c) for p, c in greeters if c != side]
        if not hosts and not (m.group("china") and side not in CHINESE_SIDES):
            continue
        found = find_date(sent[: m.start()], r.doc.published, span[0]) or find_date(sent, r.doc.published, span[0])
        where = m.group("where")
        place = find_place("在" + where, span[0] + m.start("where") - 1) if where else None
        host = Side(people=hosts[:1], country=hosts[0][1] if hosts else "CN")
        guest = Side(people=[(visitor, side)], country=side)
        d = Draft.found("visit", span, sent, host, guest, found, place)
        d.attendees = [Attendee(p, c, False) for p, c in greeters if (p, c) not in hosts[:1]]
        if is_foreign_pair(d) or (not hosts and side not in CHINESE_SIDES):
            out.append(d)
            held.add(visitor.native)
    return out


def _named(r: Reading, base: int, text: str, known: dict) -> list[tuple[ChainPerson, str | None]]:  # type: ignore[type-arg]
    """The people ``text`` names with a title, or bare when the item named them with one before."""
    people = [(p, country_of(p, r.gaz)) for p in phrases_people(r, base, text)]
    if not people:
        for native, k in known.items():
            at = text.find(native)
            if at >= 0:
                bare = ChainPerson(native, (base + at, base + at + len(native)), k.person.title, None)
                people.append((bare, k.country))
    return people


def _greeters(
    r: Reading, span: Span, i: int, sent: str, after: int, known: dict  # type: ignore[type-arg]
) -> list[tuple[ChainPerson, str | None]]:
    """Who met the visitor: the people before a greeting verb (迎接, 接机) in the rest of the sentence or
    in the next sentences."""
    texts = [(span[0] + after, sent[after:])]
    texts += [(s[0], r.doc.text[s[0] : s[1]]) for s in r.sentences[i + 1 : i + 1 + _FOLLOWING]]
    for base, text in texts:
        g = _GREETING.search(text)
        if g is not None:
            before = text[: g.start()]
            place = _WHERE_MET.search(before)  # …范星梅到北京机场迎接: the place is no part of the name
            return _named(r, base, before[: place.start()] if place else before, known)
    return []


__all__ = ["arrivals"]
