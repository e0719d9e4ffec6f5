"""Briefings (宣介会) a CPC body holds for foreign parties or diplomats.

"中联部在京举行…专题宣介会，…多国政党领导人…参加": the IDCPC hosts; the audience (parties, diplomats, or
unnamed) gives the channel. Another Chinese body may host one ("云南省人民政府外事办公室在昆明举办中共二十大精神
专题宣介会", an embassy, a lecture group), and those who briefed are its people ("副省长王浩…等作宣介",
"中联部部长宋涛，…尹艳林…等向外国驻华使节作了宣讲": ``briefers``).
"""

from __future__ import annotations

import re

from liaison.extract.zh.capacity import CHINESE_SIDES
from liaison.extract.zh.cues import cue
from liaison.extract.zh.datelines import strip_dateline
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Audience, Draft, Reading, Side
from liaison.extract.zh.people import country_of, people_in
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, Span

_IDCPC = cue("idcpc")
_OTHER_HOST = cue("briefing_host")
_BRIEFED = cue("briefed")
_FOLLOWING = 4  # sentences after a briefing's that may name those who briefed (presenters, speakers, the summing up)
_HOLD = cue("hold")
_PARTY_AUDIENCE = cue("party_audience")
_ONLINE = cue("online")
_DIPLOMATS = cue("diplomats")
_PRESS_BRIEFING = re.compile(r"(?:媒体|新闻|记者)吹风会")


def seminar(doc: Document, span: Span, sent: str, gaz: Gazetteer) -> Draft | None:
    """A briefing (宣介会) held by a CPC body for foreign parties or diplomats."""
    m = _IDCPC.search(sent)
    held = _HOLD.search(sent, m.end()) if m is not None else None
    if held is None:  # 云南省人民政府外事办公室在昆明举办…宣介会: the verb close after the body
        m = _OTHER_HOST.search(sent)
        held = _HOLD.search(sent, m.end(), m.end() + 16) if m is not None else None
    if m is None or held is None:
        return None
    # "新华社万象10月21日电 10月20日，中联部…": the dateline's day is the report's, not the briefing's
    lead = strip_dateline(sent)
    found = find_date(sent[lead : m.start()], doc.published, span[0] + lead) if m.start() > lead else None
    found = found or find_date(sent[: m.start()] or sent, doc.published, span[0])
    host = Side(phrase=m.group(1), country="CN")
    guest = Side(phrase=sent[m.end() :])
    guest.foreign = True
    remote = bool(_ONLINE.search(sent))
    # 中联部4日在北京举办…吹风会: the place before the body or between it and the verb
    where = None if remote else find_place(sent[: m.start()], span[0]) or find_place(sent[: held.start()], span[0])
    d = Draft.found("seminar", span, sent, host, guest, found, where)
    d.audience = _audience(doc.text[span[0] : span[1] + 200])
    host.people.extend(_holding_speakers(sent[: held.start()], span[0], gaz))
    if "吹风会" in sent and (_audience(sent) == "unnamed" or _PRESS_BRIEFING.search(sent)):
        return None  # a press briefing (媒体吹风会, or naming no foreign diplomats or parties) is no exchange
    return d


def _holding_speakers(before: str, base: int, gaz: Gazetteer) -> list[tuple[ChainPerson, str | None]]:
    """The Chinese official a briefing's body is the post of, leading the delegation that holds it, named in the
    clause before the verb ("中联部副部长孙海燕率中共代表团在万象举行…专题宣介会": 孙海燕 hosts)."""
    start = max(before.rfind(sep) for sep in "，,。；") + 1
    lead = _LEADS.search(before, start)
    if lead is None:
        return []
    hosts: list[tuple[ChainPerson, str | None]] = [
        (p, c) for p in people_in(before[start : lead.start()], base + start, gaz, post=True)
        if p.title and (c := country_of(p, gaz)) in CHINESE_SIDES
    ]
    return hosts[:1]


_LEADS = re.compile(r"率(?:领)?")


def _audience(text: str) -> Audience:
    """Whom the briefing was for, by the words after its start: "多国政党" -> parties, "驻华使节" -> diplomats."""
    if _PARTY_AUDIENCE.search(text):
        return "parties"
    return "diplomats" if _DIPLOMATS.search(text) else "unnamed"


def briefers(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """Those who briefed at a briefing that names no host: its sentence and the next two saying who "作宣介",
    "作了宣讲", "出席并致辞". The first Chinese speaker hosts, the others attend; a foreign speaker is the
    other side ("中联部部长宋涛，十九届五中全会精神中央宣讲团成员…尹艳林…等向外国驻华使节作了宣讲": 宋涛 hosts,
    尹艳林 attends)."""
    for d in drafts:
        if d.audience is not None:
            _attending(r, d)
        if d.audience is None or d.host.people:
            continue
        at = r.sentences.index(d.sentence) if d.sentence in r.sentences else -1
        if at < 0:
            continue
        named: set[str] = set()
        for span in _with_following(r.sentences, at):
            text = r.doc.text[span[0] : span[1]]
            m = _BRIEFED.search(text)
            if m is None:
                continue
            for p in phrases_people(r, span[0], text[: m.start()]):
                if p.native in named:
                    continue
                named.add(p.native)
                country = country_of(p, r.gaz)
                if country is not None and country not in CHINESE_SIDES:
                    if all(q.native != p.native for q, _c in d.guest.people):
                        d.guest.people.append((p, country))
                elif not d.host.people:
                    d.host.people.append((p, country or "CN"))
                else:
                    d.attendees.append(Attendee(p, country or "CN", False))
            if span != d.sentence and span not in d.extra_evidence:
                d.extra_evidence.append(span)
        _organiser_hosts(d)
    return drafts


def _attending(r: Reading, d: Draft) -> None:
    """Those told present at a briefing in its sentence or the next (cue ``briefing_attended``: "…，老挝人民革命党中央
    书记处书记…通沙万出席。", "出席宣介会的有…通沙万等100多人"): each attends it, of its audience's side or a Chinese
    official on the host's; not those who also spoke ("出席并致辞": ``briefers``)."""
    if d.sentence not in r.sentences:
        return
    at = r.sentences.index(d.sentence)
    seated = {p.native for p, _c in (*d.host.people, *d.guest.people)} | {a.person.native for a in d.attendees}
    for span in r.sentences[at : at + 2]:
        text = r.doc.text[span[0] : span[1]]
        for m in _ATTENDED.finditer(text):
            who = m.group("before") if m.group("before") is not None else m.group("after")
            base = span[0] + m.start("before" if m.group("before") is not None else "after")
            for p in phrases_people(r, base, who):
                if p.native in seated:
                    continue
                seated.add(p.native)
                country = country_of(p, r.gaz)
                if country is not None:
                    d.attendees.append(Attendee(p, country, False))
            if span != d.sentence and span not in d.extra_evidence:
                d.extra_evidence.append(span)


_ATTENDED = cue("briefing_attended")


def _with_following(sentences: list[Span], at: int) -> list[Span]:
    """The sentence ``at`` and the ``_FOLLOWING`` after it, a page's figure marks between paragraphs ("（图3）",
    shorter than any sentence naming a speaker) not counted."""
    out = [sentences[at]]
    for span in sentences[at + 1 :]:
        if len(out) > _FOLLOWING:
            break
        if span[1] - span[0] >= _SHORTEST:
            out.append(span)
    return out


_SHORTEST = 8  # characters: "（图3）", "图片来源：越通社" are no sentences telling a speaker


def _organiser_hosts(d: Draft) -> None:
    """A speaker of the body that held the briefing hosts it ahead of the experts who presented first
    ("韩震，苏长和…向外国政党代表讲解了…。…中共中央对外联络部副部长郭业洲作总结发言": 郭业洲 hosts, the experts
    attend)."""
    if not d.host.people or not d.host.phrase or _IDCPC.search(d.host.phrase) is None:
        return
    first, country = d.host.people[0]
    if first.title and _IDCPC.search(first.title):
        return
    at = next((i for i, a in enumerate(d.attendees) if a.person.title and _IDCPC.search(a.person.title)), None)
    if at is None:
        return
    organiser = d.attendees.pop(at)
    d.host.people[0] = (organiser.person, organiser.country)
    d.attendees.insert(0, Attendee(first, country or "CN", False))
