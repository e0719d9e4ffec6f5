"""Officials of two sides attending one occasion together: an assembly, a reception, a ceremony.

"韩国国会韩中议员联盟的成立大会2日在首尔举行。中国驻韩国大使A、韩国国会议长B以及…事务总长C等出席了大会。" and
"庆祝中柬建交65周年的招待会19日在北京举行。全国人大常委会副委员长D、柬埔寨驻华大使E出席并致辞。" are one exchange
of kind other each: the first titled person of China's side and the first of the other side lead it, the others
named attend. The sentence lists its attendees alone (they open it, "出席" closes it); the occasion, its day and its
place are the sentence's before when it tells one held ("…在首尔举行"). Not a sentence a draft was read from, nor one
right after a draft's (its attendees: "…会见越南国家主席。王毅、范星梅等出席。"), nor people a draft already seats;
a list of one side only is no exchange.
"""

from __future__ import annotations

import re

from liaison.extract.zh.capacity import CHINESE_SIDES
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side
from liaison.extract.zh.people import country_of, international_official
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson

# <titled people>(等)(…人)出席(了)(并致辞)(<the occasion>)。: a sentence that lists who attended, nothing else
_ATTENDED = re.compile(
    r"^(?P<list>[^。；：“”]{4,200}?)(?:等[^，。；、]{0,16}?)?(?:也|还|亦)?(?:共同|一同)?出席(?:了)?"
    r"(?:并(?:致辞|讲话|发言|致贺词))?(?P<what>[^，,。；]{0,16}?)[。！]?\s*$"
)
# what the sentence before says was held: …大会2日在首尔举行 / 招待会19日在北京举办
_HELD = re.compile(r"举行|举办|召开|隆重开幕|开幕")
# the occasions attended together, named after the verb or in the sentence before
_OCCASION = re.compile(r"大会|招待会|仪式|典礼|庆典|庆祝活动|纪念活动|酒会|开幕式|揭牌|首映|音乐会|文艺演出")


def attended_together(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The drafts and one exchange of kind other for each sentence listing officials of China's side and of another
    that attended an occasion ("…招待会19日在北京举行。全国人大常委会副委员长A、柬埔寨驻华大使B出席并致辞": A and B
    lead it; see the module)."""
    text = r.doc.text
    if "出席" not in text:
        return drafts
    claimed = {d.sentence for d in drafts} | {s for d in drafts for s in d.extra_evidence}
    held = {p.native for d in drafts for p, _c in d.host.people + d.guest.people} | {
        a.person.native for d in drafts for a in d.attendees
    }
    out = list(drafts)
    for i, span in enumerate(r.sentences):
        sent = text[span[0] : span[1]].strip()
        m = _ATTENDED.match(sent)
        if m is None or span in claimed or span in r.headings:
            continue
        before = r.sentences[i - 1] if i else None
        if before is not None and before in claimed:
            continue  # the attendees of the exchange told right before
        told = text[before[0] : before[1]] if before is not None else ""
        occasion = _OCCASION.search(m.group("what")) or (_OCCASION.search(told) and _HELD.search(told))
        if not occasion:
            continue
        base = span[0] + text[span[0] : span[1]].find(sent)
        people = _sides(r, base + m.start("list"), m.group("list"))
        if any(p.native in held for p, _c in people):
            continue
        chinese: list[tuple[ChainPerson, str | None]] = [(p, c) for p, c in people if c in CHINESE_SIDES]
        foreign: list[tuple[ChainPerson, str | None]] = [(p, c) for p, c in people if c not in CHINESE_SIDES]
        if not chinese or not foreign:
            continue
        where = before if before is not None and _HELD.search(told) else span
        where_text = text[where[0] : where[1]]
        found = find_date(where_text, r.doc.published, where[0]) or find_date(sent, r.doc.published, base)
        place = find_place(where_text, where[0])
        host = Side(people=chinese[:1], country=chinese[0][1])
        guest = Side(people=foreign[:1], country=foreign[0][1])
        d = Draft.found("other", span, sent, host, guest, found, place)
        d.attendees.extend(Attendee(p, c, False) for p, c in chinese[1:] + foreign[1:])
        if where != span:
            d.extra_evidence.append(where)
        out.append(d)
        held.update(p.native for p, _c in people)
    return out


def _sides(r: Reading, base: int, listed: str) -> list[tuple[ChainPerson, str]]:
    """The titled people of a list with the side their posts give them (those of no known side and officials of
    international bodies left out)."""
    out = []
    for p in phrases_people(r, base, listed):
        country = country_of(p, r.gaz)
        if country is not None and not international_official(p, r.gaz):
            out.append((p, country))
    return out


__all__ = ["attended_together"]
