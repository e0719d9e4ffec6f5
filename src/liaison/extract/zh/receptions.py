"""Receptions a mission holds: an embassy's or consulate's reception for an anniversary or a national day, with
the other country's officials attending.

"越南驻华大使馆1月18日晚在北京举行庆祝中越建交68周年招待会，中国人民政治协商会议全国委员会副主席王家瑞、中国外交部
部长助理陈晓东、…王亚军出席，越南驻华大使邓明魁及…约500人出席了招待会" is one exchange of kind other: the
mission's head (a 大使 or 总领事 of the mission's country, named in the sentence) hosts it, the people of other
sides named in the same sentence attend (non-leads). A reception no one of another side attends is no exchange.
"""

from __future__ import annotations

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side
from liaison.extract.zh.people import country_of
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson

_RECEPTION = cue("mission_reception")
_HEAD = cue("mission_head")


def held_reception(text: str) -> bool:
    """Whether ``text`` tells a mission's reception (the item is read though no word of a meeting is in it)."""
    return may_occur(_RECEPTION, text) and _RECEPTION.search(text) is not None  # (its words first: most items)


def receptions(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The drafts and one exchange (kind other) for each mission's reception attended by another side's
    officials that no draft was read from: "越南驻华大使馆…举行…招待会，王家瑞、陈晓东…出席，越南驻华大使邓明魁…"
    gives 邓明魁's reception with the Chinese officials attending."""
    if not may_occur(_RECEPTION, r.doc.text):
        return drafts
    claimed = {d.sentence for d in drafts}
    out = list(drafts)
    for span in r.sentences:
        sent = r.doc.text[span[0] : span[1]]
        m = _RECEPTION.search(sent)
        if m is None or span in claimed or span in r.headings:
            continue
        named = [iso for _s, _e, iso in find_countries(m.group("mission"))]
        if not named:
            continue
        mission = named[0]  # 越南驻华大使馆: the mission's own country comes first
        people = [(p, country_of(p, r.gaz)) for p in phrases_people(r, span[0], sent)]
        hosts: list[tuple[ChainPerson, str | None]] = [
            (p, c) for p, c in people if c == mission and p.title and _HEAD.search(p.title)
        ]
        guests = [(p, c) for p, c in people if c is not None and c != mission]
        if len(hosts) != 1 or not guests:
            continue
        found = find_date(sent, r.doc.published, span[0])
        place = find_place(sent, span[0])
        host = Side(people=hosts, country=mission)
        guest = Side(country=guests[0][1])
        d = Draft.found("other", span, sent, host, guest, found, place)
        d.attendees.extend(Attendee(p, c, False) for p, c in guests)
        out.append(d)
    return out


__all__ = ["held_reception", "receptions"]
