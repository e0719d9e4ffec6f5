"""A delegation's meetings told after its visit: "中联部副部长孙海燕率中共代表团于7月10日至14日访问老挝。
访问期间，代表团分别会见了…通伦，…赛宋蓬，并同…顺通举行会谈。"

The visit sentence names the leader, the country and the days; the later sentences' subject is the
delegation (代表团, 中共代表团一行) or nobody, and their meetings are the leader's, on some day of the visit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from liaison.extract.prefilter import guard_of, match_at, may_occur
from liaison.extract.zh import grammar as g
from liaison.extract.zh.attach import DELEGATION_HEAD
from liaison.extract.zh.capacity import side_of
from liaison.extract.zh.clauses import clause_starts
from liaison.extract.zh.continuations import continuations
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side
from liaison.extract.zh.people import people_in
from liaison.extract.zh.places import chinese_locality
from liaison.extract.zh.sides import subject_side
from liaison.extract.zh.titles import ChainPerson
from liaison.model.types import FuzzyDate, Span

# the visit told in a sentence of its own: "…率中共代表团于7月10日至14日访问老挝。"
_VISIT_TOLD = re.compile(g.VISIT_RE.pattern.removesuffix("[，,]") + "[，,。]")
# a sentence in which neither ``visit_head`` nor ``visit_to_china`` can find a visit lacks what this finds
VISIT_GUARD = guard_of((_VISIT_TOLD, g.VISIT_CHINA_RE))
# (访问期间，)(代表团)(还): the opening of a sentence whose subject is the delegation, or nobody
_DELEGATION_OPENING = cue("delegation_opening")


def visit_head(r: Reading, span: Span, sent: str, before: Sequence[Draft] = ()) -> Draft | None:
    """The visit a sentence tells, as a draft without counterpart: the leader, the country visited and
    the visit's days (a range gives its month). A delegation named without its leader ("中联部代表团于3月6日至9日
    对圣普进行访问") is the one met before as its leader's party ("…会见中联部四局局长王赫明一行")."""
    if not may_occur(_VISIT_TOLD, sent):
        return None  # (no clause start can match: most sentences)
    for pos in clause_starts(sent):
        m = match_at(_VISIT_TOLD, sent, pos)
        if m is None:
            continue
        visited = m.group("where") or m.group("where2") or m.group("where3") or m.group("where5") or ""
        if not may_name_a_country(visited):
            continue  # (出席…后, 参观…: no country whoever the subject is; the subject, the cost, is not read)
        host = subject_side(m, span[0], r.gaz)
        if (host is None or not host.people) and _DELEGATION_NOUN.search(m.group("subj")):
            host = _party_met_before(r, before, span[0])
        if host is None or not host.people:
            continue
        country = next((iso for _s, _e, iso in find_countries(visited) if iso != host.country), None)
        if country is None and host.country not in (None, "CN") and chinese_locality(visited):
            country = "CN"  # 老挝…考察团访问吉林省 / 访问我省: a foreign delegation's visit to a province of China
        if country is None:
            continue
        found = find_date(sent[: m.end()], r.doc.published, span[0])
        head = Draft.found("meeting", span, sent, host, Side(country=country), found)
        if head.date is not None and head.date.precision == "day" and found and "至" in sent[: m.end()]:
            head.date = FuzzyDate(head.date.iso[:7], "month")
        return head
    return None


def led_delegation_met(span: Span, sent: str, found: Sequence[Draft]) -> Draft | None:
    """A meeting whose subject leads a delegation ("河内市委副书记阮文峰率领的越南河内市高级代表团在广州会见了…",
    "X率…代表团…拜会了…"), as the visit its delegation's later meetings belong to ("随后，代表团还拜会了…"): the
    leader's side, the counterpart's country, the meeting's day."""
    if "率" not in sent:
        return None  # (most sentences name no one leading: no pattern made per leader)
    for d in found:
        if not d.host.people or d.guest.country in (None, d.host.country):
            continue
        leader = re.escape(d.host.people[0][0].native)
        if re.search(rf"{leader}[^，。；]{{0,4}}?率领?的?[^，。；]{{0,30}}?{DELEGATION_HEAD}", sent):
            return Draft("meeting", span, sent, d.host, Side(country=d.guest.country), d.date, None, None, None)
    return None


def may_name_a_country(visited: str) -> bool:
    """Whether ``visit_head`` can find the country of the place a visit names, whoever the visitor: a country named
    in it, or a locality of China (taken only for a foreign visitor). False for most clauses its pattern matches
    ("出席…后", "参观…": no place), so the subject, read only then, is not read for them."""
    return bool(find_countries(visited)) or chinese_locality(visited)


def visit_to_china(r: Reading, span: Span, sent: str) -> Draft | None:
    """A foreign delegation's visit to China told in a sentence of its own ("应中联部邀请，韩国新国家党国会
    议员南景弼率该党国会议员代表团访华。"), as a draft without counterpart (its days give the month)."""
    if not may_occur(g.VISIT_CHINA_RE, sent):
        return None  # (no clause start can match: most sentences)
    for pos in clause_starts(sent):
        m = match_at(g.VISIT_CHINA_RE, sent, pos)
        if m is None:
            continue
        visitor = subject_side(m, span[0], r.gaz)
        if visitor is None or not visitor.people or visitor.country in (None, "CN"):
            continue
        found = find_date(sent[: m.end()], r.doc.published, span[0])
        head = Draft.found("meeting", span, sent, visitor, Side(country="CN"), found)
        if head.date is not None and head.date.precision == "day" and found and "至" in sent[: m.end()]:
            head.date = FuzzyDate(head.date.iso[:7], "month")
        return head
    return None


def host_met(r: Reading, span: Span, sent: str, visit: Draft) -> list[Draft]:
    """A chronicle's "全国政协副主席、中联部部长王家瑞会见。" right after a delegation's visit: the host named
    meets the visit's leader, on some day of the visit."""
    m = g.HOST_MET_RE.match(sent.strip())
    if m is None:
        return []
    host = subject_side(m, span[0] + sent.find(sent.strip()), r.gaz)
    if host is None or not host.people or host.country in (None, visit.host.country):
        return []
    return [Draft("meeting", span, sent, host, visit.host, visit.date, None, None, None)]


def delegation_clauses(
    r: Reading, span: Span, sent: str, visit: Draft, post: bool, before: Sequence[Draft] = ()
) -> list[Draft]:
    """The meetings of a sentence whose subject is the visiting delegation (or missing), as the visit
    leader's: "访问期间，代表团分别会见了A，B，并同C举行会谈". An escort going with the delegation ("访问期间，
    徐大使陪同代表团会见了A，B，C等") is a non-lead of its side, named in full or by surname and post as before."""
    m = _DELEGATION_OPENING.match(sent)
    if m is None or (m.end() == 0 and not (g.CONT_MEET_RE.match(sent) or g.CONT_WITH_RE.match(sent))):
        return []
    host = visit.host
    if m.group("escort"):
        escorts = _escorts(r, span[0] + m.start("escort"), m.group("escort"), visit, before, post)
        known = {p.native for p, _c in host.people}
        host = replace(host, deputies=[*host.deputies, *(e for e in escorts if e[0].native not in known)])
    date, date_span = visit.date, None
    if (day := find_date(sent[: m.end()], r.doc.published, span[0])) is not None:
        date, date_span = day  # "9日，代表团前往胡志明市，会见了…": the day the opening tells, not the visit's
    head = Draft("meeting", span, sent, host, Side(country=visit.guest.country), date, date_span, None, None)
    return continuations(r.doc, span, sent, m.end(), head, r.gaz, visit.guest.country, True, None, post)


# the subject of a visit told by its delegation alone: 中联部代表团, 中共代表团一行
_DELEGATION_NOUN = re.compile(r"(?:代表团|访问团|考察团)(?:一行)?$")
# what follows a leader named for the party they lead: 王赫明一行, 王赫明率领的代表团
_PARTY_AFTER = re.compile(r"(?:一行|率领的[^，。；]{0,12}?代表团)")


def _party_met_before(r: Reading, before: Sequence[Draft], at: int = -1) -> Side | None:
    """The side of the latest earlier draft whose last person is named for their party ("王赫明一行"); else, in
    the text before ``at``, the last person so named as met by their own side's envoy (…驻圣普大使徐迎真会见中联部
    四局局长王赫明一行: no draft, one side's)."""
    text = r.doc.text
    for d in reversed(before):
        for side in (d.guest, d.host):
            if side.people and _PARTY_AFTER.match(text, side.people[-1][0].span[1]):
                return side
    for m in reversed(list(_MET_PARTY.finditer(text, 0, max(at, 0)))):
        people = people_in(m.group("who"), m.start("who"), r.gaz)
        if people and people[-1].span[1] == m.end("who") and (country := side_of(people[-1].title, r.gaz)):
            return Side(people=[(people[-1], country)], country=country)
    return None


# a delegation's leader met, named for the party they lead: "会见中联部四局局长王赫明一行"
_MET_PARTY = re.compile(r"(?:会见|会晤|接见)了?(?P<who>[^，,。；;、]{2,30}?)(?=一行|率领的[^，。；]{0,12}?代表团)")


# 徐大使: a person named before, by surname and post
SHORT_POST = re.compile(r"^(?P<surname>[^\W\d_])(?P<post>大使|总领事|参赞|部长|副部长|局长|主任|书记)$")


def _escorts(
    r: Reading, at: int, text: str, visit: Draft, before: Sequence[Draft], post: bool
) -> list[tuple[ChainPerson, str | None]]:
    """The people of an escort phrase, on the delegation's side: "驻老挝大使徐迎真" in full, or "徐大使" as the
    person of that surname whose title ends with that post in an earlier draft."""
    country = visit.host.country
    people = [(p, country) for p in people_in(text, at, r.gaz, post=post)]
    if people or (short := SHORT_POST.match(text.strip())) is None:
        return people
    for d in reversed(before):
        for p, _c in (*d.host.people, *d.guest.people):
            if shortened(p, short):
                return [(p, country)]
    # named in full earlier in a sentence no draft came of (驻圣普大使徐迎真会见中联部…一行: one side's own)
    doc, named = r.doc.text, short["post"] + short["surname"]
    where = doc.rfind(named, 0, at)
    if where < 0:
        return []
    start = max(doc.rfind(c, 0, where) for c in "，,。；;\n") + 1  # the clause holding it
    for given in (2, 1, 3):  # the given name's length
        for p in people_in(doc[start : where + len(named) + given], start, r.gaz):
            if shortened(p, short):
                return [(p, country)]
    return []


def shortened(person: ChainPerson, short: re.Match[str]) -> bool:
    """Whether "徐大使" (``SHORT_POST``) is the person: of that surname, their title ending with that post."""
    return person.native.startswith(short["surname"]) and (person.title or "").endswith(short["post"])


__all__ = ["SHORT_POST", "VISIT_GUARD", "delegation_clauses", "host_met", "shortened", "visit_head", "visit_to_china"]
