"""Passes for what web reports repeat: the headline restated by the first paragraph, and a person
named bare after a first mention with a title.

"习近平应约同美国总统特朗普通电话" (the headline line, undated) and "新华社北京10月25日电 国家主席习近平
25日应约同美国总统特朗普通电话" (dated) are one call: the undated draft goes. "據中聯部官網，10月16日劉海星
在北京會見李龍男" names both bare; the item named them before as 中共中聯部部長劉海星 and 北韓駐北京大使
李龍男: they keep those titles and sides. A headline naming one side only ("中联部长宋涛与朝鲜劳动党代表团会谈")
is the body's exchange that names both. "袁古洁在会见时说，…" after "阮文峰同…袁古洁举行会见" tells what was said at
that meeting, no meeting of its own.
"""

from __future__ import annotations

import re

from liaison.extract.zh.draft import Draft, Reading, Side
from liaison.extract.zh.recall import Known, known_people
from liaison.extract.zh.titles import ChainPerson


def _people(d: Draft) -> frozenset[str]:
    return frozenset(p.native for p, _c in d.host.people + d.guest.people)


def drop_restated(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """An undated draft whose people a dated draft of the item also holds ("习近平应约同美国总统特朗普
    通电话" as headline, then dated in the body) is the same exchange told again: dropped."""
    dated = [_people(d) for d in drafts if d.date is not None and not _told_as_ago(r, d)]
    kept = [d for d in drafts if d.date is not None or not _people(d) or _people(d) not in dated]
    for gone in (d for d in drafts if d.kind == "talks" and not any(d is k for k in kept)):
        for d in kept:
            if d.date is not None and _people(d) == _people(gone) and d.kind == "meeting":
                d.kind = "talks"  # "…舉行會談" undated, then "…星期一在北京會晤習近平" dated: talks
    kept = [d for d in kept if not _headline_of_named(r, d, kept) and not _said_at_one_told(d, kept)]
    for d in kept:
        if d.date is None and _on_headline_line(r, d):
            _dated_by_lead(d, kept)
    return kept


# 袁古洁在会见时说 / 双方在会谈中: the subject, then the meeting as the time of what they said
_SAID_AT = re.compile(r"[^，。；]{1,40}?在(?:会见|会谈|会晤|会面)(?:时|中)(?!任)")


def _said_at_one_told(d: Draft, drafts: list[Draft]) -> bool:
    """A one-sided draft read from "…袁古洁在会见时说，…" whose person an earlier draft already holds with a
    counterpart ("阮文峰同…袁古洁举行会见"): what was said at that meeting."""
    if bool(d.host.people) == bool(d.guest.people) or not _SAID_AT.match(d.clause):
        return False
    return any(e.host.people and e.guest.people and e.sentence[0] < d.sentence[0] and _people(d) <= _people(e)
               for e in drafts)


def _told_as_ago(r: Reading, d: Draft) -> bool:
    """The draft is dated months before the page ("两个月前，王君正在拉萨会见…普拉昌达一行"): another exchange of the
    same people than the undated one the page reports ("…分别拜会了…总理普拉昌达"), not that one told again."""
    return d.date_span is not None and r.doc.text[d.date_span[0] : d.date_span[1]].endswith("月前")


def _headline_of_named(r: Reading, d: Draft, drafts: list[Draft]) -> bool:
    """The headline line with one side unnamed ("中联部长宋涛与朝鲜劳动党代表团会谈", "越南祖国阵线中央委员会主席
    会见中国驻越大使何炜") over a body draft of the same kind naming both sides with the headline's people
    ("宋涛…同…李洙墉及其率领的…代表团举行会谈")."""
    if bool(d.host.people) == bool(d.guest.people) or not _on_headline_line(r, d):
        return False
    named = _people(d)
    # the unnamed side's country: "越南祖国阵线中央委员会主席会见中国驻越大使何炜" over "杜文战…会见了…何炜"
    unnamed = "guest" if d.host.people else "host"
    return any(
        o is not d and _told_alike(o.kind, d.kind) and o.host.people and o.guest.people and named < _people(o)
        and getattr(o, unnamed).country == getattr(d, unnamed).country
        for o in drafts
    )


def _told_alike(body: str, headline: str) -> bool:
    """A headline's kind and the body's tell one exchange: the same, or a meeting the body tells as talks
    ("徐镇绥秘书长会见蒙古客人" over "徐镇绥…与…布勒根图雅一行进行工作会谈")."""
    return body == headline or {body, headline} == {"meeting", "talks"}


def _on_headline_line(r: Reading, d: Draft) -> bool:
    """The draft comes from the text's first line, a headline without a full stop (web pages open with it)."""
    first = r.sentences[0] if r.sentences else None
    if first is None or d.sentence != first:
        return False
    line = r.doc.text[first[0] : first[1]]
    return "。" not in line and r.doc.text[first[1] : first[1] + 1] in ("\n", "")


def _dated_by_lead(d: Draft, drafts: list[Draft]) -> None:
    """"蔡奇分别会见蒙古人民党代表团、日本公明党代表团" over a lead that dates and places only the first
    meeting: the headline's other meeting is of the lead's day and place (same host)."""
    host = frozenset(p.native for p, _c in d.host.people)
    for other in drafts:
        if other.date is not None and host and frozenset(p.native for p, _c in other.host.people) == host:
            d.date, d.date_span = other.date, other.date_span
            if d.location is None:
                d.location, d.location_span = other.location, other.location_span
            return


def titles_named_before(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A principal or attendee named bare keeps the title chain and side the item gave them elsewhere
    ("中共中聯部部長劉海星" … "劉海星在北京會見李龍男"); one whose post names no country, the side
    ("阮富仲总书记抵达北京" … "越共中央总书记阮富仲一行抵达北京")."""
    bare = any(
        p.title is None or (c is None and p.native not in side.international)
        for d in drafts for side in (d.host, d.guest) for p, c in side.people
    )
    # the item's other mentions are read only when someone is named bare or an attendee has no side
    needed = bare or not all(a.country for d in drafts for a in d.attendees)
    known = known_people(r, drafts) if needed else {}

    def side(s: Side) -> Side:
        people = []
        for p, c in s.people:
            k = known.get(p.native)
            if p.title is None and k is not None and k.person.title:
                # the title as written there (its span is there too): 中共中聯部部長
                p = ChainPerson(p.native, p.span, k.person.title, k.person.title_span)
                c = c or k.country
            elif c is None and k is not None and p.native not in s.international:
                # a post naming no country ("阮富仲总书记抵达北京" in the headline) takes the side of the titled
                # mention ("越共中央总书记阮富仲一行抵达北京")
                c = k.country
            people.append((p, c))
        s.people = people
        if s.country is None:
            s.country = next((c for p, c in people if c and p.native not in s.international), None)
        return s

    for d in drafts:
        side(d.host)
        side(d.guest)
        d.attendees = [a._replace(country=a.country or _country(known, a.person.native)) for a in d.attendees]
    return drafts


def posts_named_before(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A counterpart met by their post alone, the post the item gave one person it named before ("…会见了老挝政府
    副总理兼国防部长占沙蒙·占雅拉大将一行。同一天，…范明政会见了老挝政府副总理兼国防部长"): that person."""
    open_sides = [(d, s) for d in drafts if d.kind in ("meeting", "talks")
                  for s, other in ((d.host, d.guest), (d.guest, d.host)) if not s.people and other.people]
    if not open_sides:
        return drafts
    known = known_people(r, drafts)
    for d, side in open_sides:
        post = side.phrase.strip()
        if len(post) < _POST_LENGTH:
            continue
        others = {p.native for s in (d.host, d.guest) for p, _c in s.people}
        held = [k for native, k in known.items() if k.person.title == post and native not in others
                and k.person.span[1] <= d.sentence[0]]
        if len(held) == 1:
            k = held[0]
            side.people = [(k.person, k.country)]
            side.country = side.country or k.country
    return drafts


_POST_LENGTH = 4  # characters of a post at least (总统 or 部长 alone names no one)


def _country(known: dict[str, Known], native: str) -> str | None:
    k = known.get(native)
    return k.country if k else None


__all__ = ["drop_restated", "posts_named_before", "titles_named_before"]
