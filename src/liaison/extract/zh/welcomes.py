"""Welcome ceremonies: a host holds the ceremony of a state visit, as web reports open it.

"中国国家主席胡锦涛今天在人民大会堂北大厅主持仪式，欢迎法兰西共和国总统尼古拉·萨科齐对中国进行国事访问" is
a visit of the guest hosted by the one who holds the ceremony; "国家主席习近平30日下午亲自为多哥总统举行隆重的
欢迎仪式，并举行会谈和签约仪式" is the talks of the two (the guest named by a post the item gave a name
before: 多哥总统福雷). Only when no draft of the item holds the two: a ceremony told beside their talks
(会谈前，…举行欢迎仪式) is part of them. A banquet or reception held to welcome the guest
("通伦…举行了宴会，欢迎越共中央总书记苏林及越南高级代表团来访", "延亨默在人民文化宫为李长春率领的中国党政代表团
举行了欢迎宴会") is a meeting of the two.
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import Known, known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import EventKind

_WELCOME = cue("welcome_ceremony")
_TALKS_TOO = cue("welcome_talks")
_ATTENDED = cue("banquet_attended")
_AFTER_CEREMONY = re.compile(r"^(?:欢迎)?仪式(?:结束)?后[，,]")
_AFTER_SENTENCES = 3
_SPOUSE = re.compile(r"[和及偕携]夫人")
_AT_PLACE = re.compile(r"在(?=[^，,。；]{2,20}$)")


def welcomes(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A visit (talks, when the sentence says they were held too) for each welcome ceremony whose host and
    guest no draft holds together: "胡锦涛…主持仪式，欢迎…萨科齐对中国进行国事访问"."""
    hits = _told(r, _WELCOME)
    if not hits:
        return drafts
    known = known_people(r, drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    out = list(drafts)
    for span, sent, m in hits:
        # the host of the clause before the verb (…访问时间为19日至21日，抵达北京头一天，李克强在…举行仪式欢迎李显龙),
        # else of the sentence up to it
        last = sent.rfind("，", 0, m.start()) + 1
        hosts = []
        for start in dict.fromkeys((last, last if m.group("guest") else 0)):
            # 习近平和夫人彭丽媛为…举行欢迎宴会: the host is named before the spouse
            spouse = _SPOUSE.search(sent, start, m.start())
            if hosts := _hosts(r, span[0] + start, sent[start : spouse.start() if spouse else m.start()], known):
                break
        which = "guest" if m.group("guest") else "guest2"
        guests = _named(r, span[0] + m.start(which), m.group(which), known)
        if not hosts or not guests:
            continue
        (host, host_side), (guest, guest_side) = hosts[0], guests[0]
        if any({host.native, guest.native} <= people for people in held):
            continue
        talks = _TALKS_TOO.search(sent, m.end()) or _talks_after(r, span)
        kind: EventKind = "talks" if talks else "meeting" if m.group("banquet") or m.group("feast") else "visit"
        when = find_date(sent, r.doc.published, span[0])
        hosts_side = Side(people=[(host, host_side)], country=host_side)
        guests_side = Side(people=[(guest, guest_side)], country=guest_side)
        # the place is told before the guest (在人民文化宫为李长春…: not the 长春 of a name)
        where = find_place(sent[: m.start()], span[0])
        d = Draft.found(kind, span, sent, hosts_side, guests_side, when, where)
        if is_foreign_pair(d):
            # the guest's arrival told before, met by no one named, is this visit
            out = [o for o in out if not _arrival_of(o, guest.native)]
            out.append(d)
            held.append({host.native, guest.native})
    return out


def banquets_attended(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A meeting for each banquet a host holds for a guest who attends it, the two held by no draft:
    "国家主席习近平在克里姆林宫出席俄罗斯总统普京为他举行的欢迎宴会" (the guest the clause's subject)."""
    hits = _told(r, _ATTENDED)
    if not hits:
        return drafts
    known = known_people(r, drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    out = list(drafts)
    for span, sent, m in hits:
        start = sent.rfind("，", 0, m.start()) + 1
        # 习近平和夫人彭丽媛出席武文赏夫妇举行的欢迎午宴: the guest is named before the spouse
        spouse = _SPOUSE.search(sent, start, m.start())
        guests = _hosts(r, span[0] + start, sent[start : spouse.start() if spouse else m.start()], known)
        # 出席巴育和夫人娜拉蓬举行的宴会: the host named before the spouse
        host_text = m.group("host")
        host_spouse = _SPOUSE.search(host_text)
        host_text = host_text[: host_spouse.start()] if host_spouse else host_text
        hosts = _named(r, span[0] + m.start("host"), host_text, known)
        if not hosts or not guests:
            continue
        (host, host_side), (guest, guest_side) = hosts[0], guests[0]
        if any({host.native, guest.native} <= people for people in held):
            continue
        when = find_date(sent, r.doc.published, span[0])
        d = Draft.found(
            "meeting", span, sent, Side(people=[(host, host_side)], country=host_side),
            Side(people=[(guest, guest_side)], country=guest_side), when, find_place(sent[: m.start()], span[0]),
        )
        if is_foreign_pair(d):
            out.append(d)
            held.append({host.native, guest.native})
    return out


def _told(r: Reading, pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str, re.Match[str]]]:
    """Each sentence of the item, not a heading, that ``pattern`` finds in, with what it found."""
    if not may_occur(pattern, r.doc.text):
        return []
    found = []
    for span in r.sentences:
        sent = r.doc.text[span[0] : span[1]]
        if span not in r.headings and (m := pattern.search(sent)) is not None:
            found.append((span, sent, m))
    return found


def _talks_after(r: Reading, span: tuple[int, int]) -> bool:
    """A sentence shortly after opens "欢迎仪式后，两国元首举行会谈": the ceremony's visit is those talks."""
    later = [r.doc.text[a:b] for a, b in r.sentences if a >= span[1]][:_AFTER_SENTENCES]
    return any(_AFTER_CEREMONY.match(nxt) and _TALKS_TOO.search(nxt) for nxt in later)


def _arrival_of(d: Draft, visitor: str) -> bool:
    """A visit draft of ``visitor`` with nobody named on the other side (an arrival)."""
    return d.kind == "visit" and not d.host.people and [p.native for p, _c in d.guest.people] == [visitor]


def _hosts(r: Reading, base: int, text: str, known: dict[str, Known]) -> list[tuple[ChainPerson, str | None]]:
    """The host named before the ceremony, read without the place it is held in when that hides the name
    ("国家主席习近平在北京人民大会堂北大厅举行仪式，欢迎…": 国家主席习近平)."""
    if hosts := _named(r, base, text, known):
        return hosts
    for at in (m.start() for m in reversed(list(_AT_PLACE.finditer(text)))):
        if hosts := _named(r, base, text[:at], known):
            return hosts
    return []


def _named(r: Reading, base: int, text: str, known: dict[str, Known]) -> list[tuple[ChainPerson, str | None]]:
    """The people ``text`` names with a title, bare when named with one before, or by that post alone."""
    people = [(p, country_of(p, r.gaz)) for p in phrases_people(r, base, text)]
    if people:
        return people
    for native, k in known.items():
        at = text.find(native)
        if at >= 0:
            return [(ChainPerson(native, (base + at, base + at + len(native)), k.person.title, None), k.country)]
    post = text.strip()
    for native, k in known.items():  # 为多哥总统举行…: the post of someone the item named before
        if post and k.person.title and k.person.title.endswith(post) and k.person.span[0] < base:
            return [(ChainPerson(native, k.person.span, k.person.title, k.person.title_span), k.country)]
    # 李克强在人民大会堂东门外广场举行仪式: a name alone the people table knows
    if post and (entry := r.gaz.person(post)) is not None and entry.country:
        at = base + text.find(post)
        return [(ChainPerson(post, (at, at + len(post)), None, None), entry.country)]
    return []


__all__ = ["banquets_attended", "welcomes"]
