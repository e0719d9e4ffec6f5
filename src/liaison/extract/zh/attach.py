"""Passes that complete drafts from the item's later sentences: groups named later, speakers,
separate meetings' evidence, attendee lists and spouses.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.extract.prefilter import guard_of, match_at, may_occur
from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import CHINESE_SIDES, bare_post, side_of
from liaison.extract.zh.countries import SHORT_FORMS, find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.datelines import strip_dateline
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.kinds import kind_of
from liaison.extract.zh.names import looks_chinese, plausible_name, trim_name
from liaison.extract.zh.people import country_of, international_official, people_in, valid_person
from liaison.extract.zh.pronouns import pronoun_side
from liaison.extract.zh.recall import Known, known_people
from liaison.extract.zh.sides import taiwan_title
from liaison.extract.zh.titles import ChainPerson, postposed_chinese
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import FuzzyDate, Span


def name_unnamed_groups(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """会见了巴西、俄罗斯议会领导人。在会见巴西众议长莫塔时…在会见俄罗斯联邦委员会主席马特维延科时…:
    an unnamed group met is the titled people each later 在会见X时 names, one event each."""
    doc, sentences, gaz = r.doc, r.sentences, r.gaz
    out: list[Draft] = []
    named = {p.native for d in drafts for p, _c in d.guest.people}
    for i, d in enumerate(drafts):
        if d.guest.people or d.kind != "meeting" or not d.host.people:
            out.append(d)
            continue
        stop = next((o.sentence[0] for o in drafts[i + 1 :] if o.sentence[0] > d.sentence[0]), len(doc.text))
        found: list[Draft] = []
        for span in sentences:
            if not d.sentence[0] < span[0] < stop:
                continue
            m = g.SEPARATE_RE.search(doc.text, span[0], span[1])
            if m is None:
                continue
            for p in people_in(m.group("who"), m.start("who"), gaz):
                country = side_of(p.title, gaz)
                if p.title is None or p.native in named or country in (None, "CN", d.host.country):
                    continue
                named.add(p.native)
                guest = Side(people=[(p, country)], phrase=m.group("who"), country=country)
                found.append(replace(d, guest=guest, extra_evidence=[span], attendees=[]))
        if not found and _named_one_by_one(d, drafts[i + 1 :]):
            continue
        out += found or [d]
    return out


def _named_one_by_one(d: Draft, later: list[Draft]) -> bool:
    """"书记会见了蒙古国政要。…书记分别同蒙古国总理A、外长B等会见": the group met unnamed is the people a
    later sentence's meetings of the same host name, one by one (the group itself is no exchange more)."""
    host = frozenset(p.native for p, _c in d.host.people)
    if d.guest.country == "CN" and d.host.country in (None, "CN"):
        return False  # a Chinese group met by a host of no known foreign side: no exchange told one by one
    return d.guest.country not in (None, d.host.country) and any(
        o.sentence[0] > d.sentence[0] and o.guest.people and o.guest.country == d.guest.country
        and frozenset(p.native for p, _c in o.host.people) == host
        for o in later
    )


# the head nouns of a visiting delegation: 代表团, 访问团, 考察团, 参访团 (参访团一行), 参观团 (友好参观团), 交流团
# (台中市政党交流团)
DELEGATION_HEAD = r"(?:代表团|访问团|考察团|参访团|参观团|交流团)"
# 由X率领(正在访问越南)的Y代表团 / 以X为团长的Y代表团: a delegation and its leader, named in an earlier sentence
# (its members may be listed between the two: 以A为团长，由B、C、D等…组成的…考察团)
_LED_BEFORE = re.compile(
    r"(?:由|以)?(?P<lead>[^，。；由以]{2,60}?)(?:率领|带领|为团长|为首)(?:、[^，。；的]{2,40}?为副团长)?"
    r"(?:[，,]由(?P<members>[^。；]{2,200}?)组成)?"
    r"(?:正在|前来)?[^，。；的]{0,10}?的"
    rf"(?P<deleg>[^，。；]{{0,20}}?{DELEGATION_HEAD})"
)
# X率…代表团(访问…) / X率…一行25人到昆明访问: the leader of a delegation told by the verb, as web reports tell a visit
# ("老挝人民革命青年团中央办公厅主任暖通·苏宛维赛率老挝9省团省委书记…一行25人到昆明访问")
_LEADS_BEFORE = re.compile(
    rf"(?P<lead>[^，。；由以]{{2,60}}?)率(?:领)?(?!领的)(?P<deleg>[^，。；]{{0,30}}?(?:{DELEGATION_HEAD}|一行))"
)
# the two ways a sentence names a delegation with its leader before it (由X率领的…代表团, X率…代表团)
LEADER_BEFORE_PATTERNS = (_LED_BEFORE, _LEADS_BEFORE)
# 本次访问团由X率领: the leader of a delegation told after it arrived
_LED_AFTER = re.compile(
    rf"(?:^|[，。；])(?:据悉[，,]?)?(?P<deleg>[^，。；、]{{0,20}}?{DELEGATION_HEAD})(?:一行)?由(?P<lead>[^，。；]{{2,60}}?)"
    r"(?:率领|带领|带队|率团)"
)
# 参访团团长、…董事长饶颖奇在会见中…: the leader of a delegation met, named in a later sentence
_LEADER_AFTER = re.compile(
    rf"(?:^|[，。；])(?P<deleg>[^，。；、]{{0,20}}?{DELEGATION_HEAD})(?:的)?团长[、，:：]?"
    r"(?P<lead>[^，。；]{2,60}?)(?=在会|在座谈|于|表示|说|指出|，|。|$)"
)


def attach_leaders_named_before(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A delegation met without its leader's name ("分别会见越南高级代表团", "与乌克兰共产党代表团举行会谈")
    is the one a sentence before named with its leader ("由越共中央…常务书记黎鸿英率领的越南党、国家高级代表团"):
    the leader is the counterpart; else the one a later sentence names as its leader ("会见了台湾…参访团一行。
    …参访团团长、…董事长饶颖奇在会见中…")."""
    doc, gaz = r.doc, r.gaz
    for i, d in enumerate(drafts):
        if d.guest.people or d.kind == "seminar" or not d.guest.delegation or not d.host.people:
            continue
        hosts = {p.native for p, _c in d.host.people}
        for span in reversed([s for s in r.sentences if s[0] <= d.sentence[0]]):
            sent = doc.text[span[0] : span[1]]
            leaders: list[tuple[ChainPerson, str | None]] = []
            for m in (*_LED_BEFORE.finditer(sent), *_LEADS_BEFORE.finditer(sent)):
                deleg = m.group("deleg")
                for p in _leaders_in(m.group("lead"), span[0] + m.start("lead"), gaz):
                    # (陈明振副主委: a name before its post, the body's words before the name give the side)
                    c = side_of(p.title, gaz) or (side_of(m.group("lead"), gaz) if p.title else None)
                    if p.title is None and _same_delegation(deleg, d.guest.delegation):
                        c = side_of(deleg, gaz)  # 以朱穆之为团长的中国新闻代表团 … 接见了中国新闻代表团
                    if (p.title or c) and p.native not in hosts and c and c != d.host.country:
                        leaders.append((p, c))
            # (a country the delegation met does not name itself, "考察团一行", is only the item's guess)
            told = d.guest.country if side_of(d.guest.delegation, gaz) is not None else None
            leaders = [(p, c) for p, c in leaders if told in (None, c)]
            if leaders:
                d.guest.people = leaders[:1]
                d.guest.country = leaders[0][1]
                _members_listed(r, sent, span[0], d)
                break
        if not d.guest.people and (after := _leader_named_after(r, d, hosts)) is not None:
            d.guest.people = [after]
        if not d.guest.people and (again := _led_before(d, drafts[:i])) is not None:
            d.guest.people = [again]
    return drafts


def _leaders_in(lead: str, at: int, gaz: Gazetteer) -> list[ChainPerson]:
    """The people of a delegation's leader phrase; else a Chinese name written before its post, the body's words
    before the name ("中国国民党台中市委员会陈明振副主委率…交流团": 陈明振, 副主委)."""
    people = people_in(lead, at, gaz)
    if people:
        return people
    own = postposed_chinese(lead, at)
    return [own] if own is not None and valid_person(own, gaz) else []


_LIST_CLOSED = re.compile(r"等(?=[\d一二三四五六七八九十几多数]|人)")


def _members_listed(r: Reading, sent: str, base: int, d: Draft) -> None:
    """The titled members listed with the leader ("以斯里兰卡共产党总书记维拉辛哈为团长，由丹麦共产党主席赫丁、美国
    共产党联合主席康布隆…等20个国家21个共产党领导人…组成的…考察团"): attendees of the delegation met, each of the side
    their post names (else the leader's)."""
    held = {p.native for p, _c in d.guest.people + d.host.people} | {a.person.native for a in d.attendees}
    for m in _LED_BEFORE.finditer(sent):
        if not m.group("members"):
            continue
        listed = _LIST_CLOSED.split(m.group("members"), maxsplit=1)[0]  # …奥莫勒等20个国家…的领导人: the names only
        for p in people_in(listed, base + m.start("members"), r.gaz):
            if p.title and p.native not in held:
                held.add(p.native)
                d.attendees.append(Attendee(p, side_of(p.title, r.gaz) or d.guest.country, False))


def _led_before(d: Draft, earlier: list[Draft]) -> tuple[ChainPerson, str | None] | None:
    """The leader of a delegation met again by its head noun alone ("俞正声会见了参访团一行"), as the
    earlier draft meeting it under its full name holds them."""
    head = same_delegation_head(d.guest.delegation)
    if head is None:
        return None
    for e in reversed(earlier):
        if e.guest.people and e.guest.country == d.guest.country and head in e.guest.delegation:
            return e.guest.people[0]
    return None


def delegation_leader_before(r: Reading, upto: int, delegation: str) -> tuple[ChainPerson, str] | None:
    """The titled leader an earlier sentence gives ``delegation`` ("以…朴泰成为团长的朝鲜劳动党友好参观团"),
    with their side, for the delegation named again ("朝鲜劳动党友好参观团当天到达北京")."""
    for span in reversed([s for s in r.sentences if s[1] <= upto]):
        sent = r.doc.text[span[0] : span[1]]
        for m in _LED_BEFORE.finditer(sent):
            if not _same_delegation(_bare(m.group("deleg")), _bare(delegation)):
                continue
            for p in people_in(m.group("lead"), span[0] + m.start("lead"), r.gaz):
                c = side_of(m.group("deleg"), r.gaz) or side_of(p.title, r.gaz)  # 朝鲜劳动党…参观团: its party
                if p.title and c:
                    return p, c
    return None


def delegation_leader_after(r: Reading, after: int, delegation: str) -> tuple[ChainPerson, str] | None:
    """The titled leader a later sentence gives the delegation that arrived under its name alone
    ("…基隆市黨部寧波訪問團今天到達甬城，…。…本次訪問團由中國國民黨基隆市黨部主任委員李伯元率領"), with their side
    (the delegation's, else their post's): the sentence names it again or as "本次/该/此" + its head noun."""
    for span in (s for s in r.sentences if s[0] >= after):
        sent = r.doc.text[span[0] : span[1]]
        for m in _LED_AFTER.finditer(sent):
            named = m.group("deleg")
            if not (named.startswith(("本次", "该", "此")) or _same_delegation(_bare(named), _bare(delegation))):
                continue
            for p in people_in(m.group("lead"), span[0] + m.start("lead"), r.gaz):
                c = side_of(delegation, r.gaz) or side_of(p.title, r.gaz)
                if p.title and c:
                    return p, c
    return None


def _leader_named_after(r: Reading, d: Draft, hosts: set[str]) -> tuple[ChainPerson, str | None] | None:
    """The titled leader a later sentence gives the delegation met ("参访团团长、…董事长饶颖奇"), of the
    delegation's side."""
    for span in r.sentences:
        if span[0] <= d.sentence[0]:
            continue
        sent = r.doc.text[span[0] : span[1]]
        for m in _LEADER_AFTER.finditer(sent):
            if not _same_delegation(_bare(m.group("deleg")), _bare(d.guest.delegation)):
                continue
            for p in people_in(m.group("lead"), span[0] + m.start("lead"), r.gaz):
                c = side_of(p.title, r.gaz) or ("TW" if p.title and taiwan_title(p.title) else None) or d.guest.country
                if p.title and p.native not in hosts and c and c == d.guest.country and c != d.host.country:
                    return p, c
    return None


# 参访团一行, 会见了代表团全体成员
_HEAD_ALONE = re.compile(rf"(?:该|这个)?(?P<head>{DELEGATION_HEAD})(?:一行|全体成员|全体|成员)?")


def same_delegation_head(delegation: str) -> str | None:
    """The head noun of a delegation named by it alone ("参访团一行" -> "参访团"), else None."""
    m = _HEAD_ALONE.fullmatch(delegation)
    return m.group("head") if m else None


def leads_told_before(before: str) -> str | None:
    """The foreign country of the last visit ``before`` tells by its leader's verb ("暖通·苏宛维赛率老挝9省团省委书记…
    一行25人到昆明访问": the leader's post names Laos), for a delegation met by its head noun alone."""
    for m in reversed(list(_LEADS_BEFORE.finditer(before))):
        named = [iso for _s, _e, iso in find_countries(m.group(0)) if iso not in CHINESE_SIDES]
        if named:
            return named[0]
    return None


def _bare(delegation: str) -> str:
    """A delegation's words without 一行 (参访团一行 is the 参访团)."""
    return delegation.removesuffix("一行")


def _same_delegation(named: str, met: str) -> bool:
    """The delegation met is the one named with its leader (the same words, or one within the other)."""
    return bool(named and met) and (named in met or met in named)


def attach_speakers(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A counterpart left unnamed (…议员代表团) is the one who speaks for it later (X等表示)."""
    doc, sentences, gaz = r.doc, r.sentences, r.gaz
    for d in drafts:
        if d.guest.people or d.kind == "seminar" or not d.guest.country:
            continue
        for span in sentences:
            if span[0] <= d.sentence[0]:
                continue
            sent = doc.text[span[0] : span[1]]
            m = g.SPEAKER_RE.match(sent)
            if not m:
                continue
            people = [p for p in people_in(m.group("who"), span[0], gaz) if p.title or d.bare_speaker]
            hosts = {p.native for p, _c in d.host.people}
            for p in people:
                if p.title is None:
                    entry = gaz.person(p.native)
                    known = entry.country if entry else None
                    if (
                        p.native in hosts
                        or (known or (None if looks_chinese(p.native) else d.guest.country)) != d.guest.country
                    ):
                        continue
                    d.guest.people.append((p, d.guest.country))
                    continue
                c = side_of(p.title, gaz) or ("TW" if taiwan_title(p.title) else None)
                if c and c != (d.host.country or "CN") and (c not in CHINESE_SIDES or c == d.guest.country):
                    d.guest.people.append((p, c))
            if d.guest.people:
                break
    return drafts


def attach_separate_evidence(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """"在会见巴西众议长莫塔时，…": a later sentence telling a separate meeting with a counterpart is
    evidence of that counterpart's event (with no draft, none: the sentences are not read)."""
    if not drafts:
        return drafts
    doc, sentences = r.doc, r.sentences
    for span in sentences:
        m = g.SEPARATE_RE.search(doc.text[span[0] : span[1]])
        if not m:
            continue
        who = m.group("who")
        for d in drafts:
            named = any(p.native == who or who in p.native for p, _c in d.guest.people)
            if named and span not in d.extra_evidence and span != d.sentence:
                d.extra_evidence.append(span)
    return drafts


# 和夫人<name>: a spouse joining one of the principals (checked against each principal's name)
_SPOUSE = cue("spouse")
_NAMED_AFTER = cue("attendees_named_after")
# (在)会见X时 / 在同X会谈时 / 与X的会谈中: one meeting of a roundup told by its part
_MEETING_PART = cue("meeting_part")
# 当天的三场外事活动: the meetings of a roundup share the day of the first
_SAME_DAY = cue("same_day_meetings")
# 密集会晤四国领导人 / 会见了七位客人: the leaders met counted, to be listed next
_COUNTED = cue("counted_leaders")
# 越共中央总书记阮富仲、巴基斯坦总理夏巴兹、…，: a list of titled people opening a clause
_LISTED = cue("listed_people")
_PRESENT = cue("attendees_present")
# 第一排依次坐着A、B等党政官员 / 陪同在旁：A、B: those seated or standing by at the meeting told before
_SEATED = cue("attendees_seated")
# 王滬寧依次與A、B等台灣各界人士代表親切握手: the met group's people, on the guests' side (or their title's)
_HANDSHAKE = cue("attendees_handshake")
_MEMBERS = cue("delegation_members")
# 访问团成员包括：A、B等 / 团员除X外，另有A、B等人: the members of a delegation, listed on their own
_MEMBER_LIST = cue("delegation_member_list")
# 美方除特朗普外还有国务卿蓬佩奥、…等人: one side's people, the side named by its short form
_SIDE_ROSTER = cue("side_roster")
# 在A、B陪同下，X会见了Y: the escorts of the exchange the same sentence tells
ESCORTED = cue("escorted_by")
# what follows the escorts: the exchange itself in the same clause (after a comma, the subject first)
_ESCORTED_EXCHANGE = re.compile(r"[，,]?[^，,。；]{0,40}?(?:会见|会晤|会谈|接见|拜会|看望|探望)")


# an attendance clause ending on the meeting it names again: 一同出席了这次会见
_THIS_MEETING = re.compile(r"(?:出席|参加|陪同)了?(?:这次|此次|上述)(?:会见|会谈|会晤)$")
_ATTENDED_MEETING = re.compile(r"(?:(?:参加|出席|陪同)(?:会见|会谈|会晤)|在座)[。！]?$")
_MEMBERS_CLAUSE = re.compile(r"(?:代表团|访问团|考察团|参访团|访华团)(?:的)?(?:主要)?成员")
# an exchange told before a sentence's last clause: that clause lists those present at it alone (not its time, which
# opens a list: "会见时，A，B在座")
_EXCHANGE_BEFORE = re.compile(r"(?:会见|会谈|会晤|拜会|拜访|接见|宴请|通话)(?!时|[中后前][，,]|期间)")
_GLOSS_SPACES = re.compile(r"\s+(?=[。！]?$)")
_COMMA = re.compile("[，,]")
_ATTRIBUTION = re.compile(r"据[^，,。；]{1,12}?(?:消息|报道|报导)[，,]")  # an opening source clause, before a list
_PRONOUN_SUBJECT = re.compile(r"[他她](?!们)")  # a clause opening on a pronoun alone (他还在脸书上发布了…)
_LEFT_WITH = re.compile(r"同机离京")
_HONORIFIC_GAP = re.compile(r"(?:医生|博士|先生|女士|阁下)?、")
_ATTENDANCE_GUARD = guard_of((g.ATTEND_RE, _NAMED_AFTER, _PRESENT, _MEMBER_LIST, _SIDE_ROSTER, _SEATED, _HANDSHAKE))


def _no_gloss_spaces(text: str) -> str:
    """``_GLOSS_SPACES.sub("", text)``: spaces before the end (or before a full stop ending the text, or a last
    newline) dropped; a text with no space among its last three characters has none of them."""
    return _GLOSS_SPACES.sub("", text) if any(c.isspace() for c in text[-3:]) else text


def _attendee_lists(sent: str, written: str) -> list[tuple[int, re.Match[str]]]:
    """The attendee lists of a sentence, each with its line's offset: a line the page ended without a full
    stop (``written``: the sentence as the page has it, where "蒋树声、戴秉国、郑万通等出席" ends a paragraph) is
    read on its own, and so are the first clause ("古巴驻华大使X一同出席了这次会见，双方肯定了…") and a last
    clause naming the meeting attended, after a comma or a semicolon ("…交换了意见，中联部副部长马辉参加会见。",
    "…会见了梁强；蔡奇、王毅亦有参加会见。"); a list after an opening source clause is read without it
    ("据越通社消息，A、B…到北京机场迎接…")."""
    if (both := _clause_lists(sent)) is not None:
        return both  # 刘海星等参加会见，越南驻华大使范清平在座: two lists, one per clause
    pieces = [(0, sent)]
    if (source := _ATTRIBUTION.match(sent)) is not None:
        pieces.insert(0, (source.end(), sent[source.end() :]))  # 据越通社消息，A、B到北京机场迎接…: not a name
    if (comma := _COMMA.search(sent)) is not None and _THIS_MEETING.search(sent, 0, comma.start()):
        pieces.append((0, sent[: comma.start()]))  # 古巴驻华大使X一同出席了这次会见，双方…: the first clause alone
    # (after the last comma or semicolon; 0: none)
    last = max(sent.rfind("，"), sent.rfind(","), sent.rfind("；"), sent.rfind(";")) + 1
    # (the spaces a moved Latin gloss left before the full stop dropped: spaces among the last three characters)
    tail = _no_gloss_spaces(sent[last:]) if last else ""
    exchange_before = bool(last) and _EXCHANGE_BEFORE.search(sent, 0, last) is not None
    if last and _ATTENDED_MEETING.search(tail):
        # …交换了意见，中联部副部长马辉参加会见。: the last clause alone; first when an exchange is told before it
        # ("…会见…代表团，越共中央对外部部长A、中国驻越南大使B在座": no post runs on over the comma)
        pieces.insert(0 if exchange_before else len(pieces), (last, tail))
    elif exchange_before and _MEMBERS_CLAUSE.match(tail) and match_at(_MEMBER_LIST, tail):
        pieces.insert(0, (last, tail))  # …会见…代表团，代表团成员包括A、B。: the members of the delegation met
    if "\n" in written and len(written) == len(sent):
        at = 0
        for line in written.split("\n"):
            pieces.append((at, sent[at : at + len(line)]))
            at += len(line) + 1
    out = []
    for at, line in pieces:
        m = _attendance(line)
        if m and not g.SPEECH_WORDS.search(m.group("list")) and "迎送" not in m.group("list"):
            out.append((at, m))
            break
    return out


def _attendance(line: str) -> re.Match[str] | None:
    """The attendance pattern ``line`` matches whole, if any."""
    if _ATTENDANCE_GUARD is not None and _ATTENDANCE_GUARD.search(line) is None:
        return None
    return (
        match_at(g.ATTEND_RE, line)
        or match_at(_NAMED_AFTER, line)
        or match_at(_PRESENT, line)
        or match_at(_MEMBER_LIST, line)
        or match_at(_SIDE_ROSTER, line)
        or match_at(_SEATED, line)
        or match_at(_HANDSHAKE, line)
    )


def _clause_lists(sent: str) -> list[tuple[int, re.Match[str]]] | None:
    """A sentence of two or more clauses each an attendee list of its own ("中联部部长刘海星等参加会见，越南驻华
    大使范清平在座。"): each clause's list; None when some clause is not one."""
    if _COMMA.search(sent) is None or (_ATTENDANCE_GUARD is not None and _ATTENDANCE_GUARD.search(sent) is None):
        return None
    out: list[tuple[int, re.Match[str]]] = []
    at = 0
    for clause in _COMMA.split(sent):
        m = _attendance(clause)
        if m is None or g.SPEECH_WORDS.search(m.group("list")) or _COMMA.search(m.group("list")):
            return None
        out.append((at, m))
        at += len(clause) + 1
    return out


def _listed_after(text: str, before: tuple[ChainPerson, str | None], p: ChainPerson, gaz: Gazetteer) -> bool:
    """``p``, with a bare post (国会主席), follows a foreign person after 、 alone (an honorific may close the name
    before it: "新加坡外交部长维文医生、副总理…尚达曼"): the post is that country's."""
    prev, country = before
    start = (p.title_span or p.span)[0]
    gap = _HONORIFIC_GAP.fullmatch(text, prev.span[1], start)
    return country not in (None, "CN") and gap is not None and bare_post(p.title, gaz)


def _foreign_written(p: ChainPerson, gaz: Gazetteer) -> bool:
    """A name written as a foreign one (joined by ·, or no Chinese family name: "胡安·佩雷斯", "坎潘") whose post names
    no side: no Chinese side is its default."""
    return side_of(p.title, gaz) is None and ("·" in p.native or not looks_chinese(p.native))


def _foreign_of(d: Draft, before: tuple[ChainPerson, str | None] | None) -> str | None:
    """The foreign side an attendee named as a foreigner is of: the one listed before them, else the draft's one
    foreign side ("阿根廷驻华大使A，正义党国际书记胡安·佩雷斯参加会见": Argentina)."""
    if before is not None and before[1] is not None and before[1] not in CHINESE_SIDES:
        return before[1]
    foreign = {c for c in (d.host.country, d.guest.country) if c is not None and c not in CHINESE_SIDES}
    return foreign.pop() if len(foreign) == 1 else None


def attach_attendees(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """"王毅、王小洪等参加会见", "参加会见的有王毅、王小洪", "王小洪在座", "丁薛祥等陪同人员同机抵达",
    "第一排依次坐着俞正声、…王沪宁等党政官员": the listed people attend the last event told (all events told
    before, with "上述");
    "习近平和夫人彭丽媛为…和夫人…举行欢迎宴会": each principal's spouse attends on their side. With no draft there
    is no one to attend: the sentences are not read (most items)."""
    if not drafts:
        return drafts
    doc, sentences, gaz = r.doc, r.sentences, r.gaz
    for whole in sentences:
        if (_ATTENDANCE_GUARD is not None and _ATTENDANCE_GUARD.search(doc.text, *whole) is None
                and doc.text.find("夫人", *whole) < 0):
            continue  # (no part of it can be an attendee list, nor name a spouse: most sentences)
        # an opening dateline's reporters are no attendees: "新华社南昌11月20日电（记者温馨、程迪、李超）…出席"
        span = (whole[0] + strip_dateline(doc.text[whole[0] : whole[1]]), whole[1])
        sent = doc.text[span[0] : span[1]]
        for at, m in _attendee_lists(sent, doc.article.text[span[0] : span[1]]):
            people = people_in(m.group("list"), span[0] + at + m.start("list"), gaz, bare=True)
            # in the order told (a visit the arrivals pass read comes after the meetings in ``drafts``); a draft of
            # this very sentence starts after its opening dateline ("新华社北京10月11日电 …会见了梁强；蔡奇…参加会见")
            targets = sorted((d for d in drafts if d.sentence[0] <= span[0]), key=lambda d: d.sentence[0])
            what = m.groupdict().get("what")
            chosen = targets if what and ("上述" in what or "以上" in what) else targets[-1:]
            if _LEFT_WITH.search(m.group(0)):
                # 吴政隆等陪同人员同机离京 (in the sentence telling the departure): the visit told next
                chosen = sorted((d for d in drafts if d.sentence[0] >= whole[0]), key=lambda d: d.sentence[0])[:1]
            members = _MEMBERS.match(m.group("list"))  # 代表团成员A、B参加会见: the guests' side
            listed = m.re is _MEMBER_LIST  # the members listed on their own: the trip's first exchange, their side
            if listed:
                chosen = targets[:1]
            roster = SHORT_FORMS.get(m.group("side"), "CN") if m.re is _SIDE_ROSTER else None
            for d in chosen:
                before: tuple[ChainPerson, str | None] | None = None
                met = members or m.re is _HANDSHAKE  # 代表团成员A、B参加会见 / 依次与A、B等握手: the guests' side
                side = _delegation_side(sent, d) if listed else (d.guest.country if met else roster)
                for p in people:
                    default = side or "CN"
                    country = None if international_official(p, gaz) else side_of(p.title, gaz) or default
                    if country == "CN" and before is not None and _listed_after(doc.text, before, p, gaz):
                        country = before[1]  # 越南政府总理范明政、国会主席陈青敏: the bare post is Vietnam's
                    elif country == "CN" and side is None and _foreign_written(p, gaz):
                        country = _foreign_of(d, before) or country
                    d.attendees.append(Attendee(p, country, False, member=listed))
                    before = (p, country)
        _escorts(r, span, sent, drafts)
        _escorting(r, span, sent, drafts)
        # spouses: 习近平和夫人彭丽媛为迪亚斯-卡内尔和夫人奎斯塔举行欢迎宴会
        if "夫人" in sent:
            # not a meeting the recall tier read from a later sentence (会见普拉昌达时)
            for d in (d for d in drafts if d.confidence >= 1.0 or d.sentence[0] <= whole[0]):
                for p, country in d.host.people + d.guest.people:
                    for sm in _SPOUSE.finditer(sent):
                        if not sent.endswith(p.native, 0, sm.start()):
                            continue  # (also "李鹏委员长和夫人朱琳": the principal's post after the name, attend24)
                        s, name = span[0] + sm.start(1), trim_name(sm.group(1), gaz)
                        if not plausible_name(name, True, gaz):
                            continue
                        if any(name.startswith(a.person.native) for a in d.attendees if a.person.native):
                            continue  # "…和夫人朱琳献上鲜花" after "和夫人朱琳": named before, the name run on
                        spouse = ChainPerson(name, (s, s + len(name)), None, None)
                        d.attendees.append(Attendee(spouse, country or "CN", False))
    return drafts


def _escorts(r: Reading, span: Span, sent: str, drafts: list[Draft]) -> None:
    """"在朝鲜劳动党中央书记崔泰福陪同下，刘建超会见了金永南": the escorts attend the exchanges the sentence itself
    tells, on the side their post names (else none known); no one a draft already seats. "他由首相特使A陪同，与B会晤"
    told in a sentence of its own (no exchange framed there): A attends the exchange told last before it."""
    if "陪" not in sent:
        return
    own = [d for d in drafts if d.sentence[0] <= span[0] < d.sentence[1]]
    told = sorted((d for d in drafts if d.sentence[0] <= span[0]), key=lambda d: d.sentence[0])[-1:]
    for m in ESCORTED.finditer(sent) if own or told else ():
        if _ESCORTED_EXCHANGE.match(sent, m.end()) is None:
            continue  # 在斯议长贾亚苏里亚陪同下参观了…: the escort of a tour, not of the exchange
        group = "list" if m.group("list") is not None else "list2"  # 他由特使A陪同，与B会晤 (``cues.escorted_by``)
        if not own and group == "list":
            continue  # (在…陪同下 with no exchange framed in its sentence: as before, unread)
        for p in people_in(m.group(group), span[0] + m.start(group), r.gaz, bare=True):
            for d in own or told:  # 他由A陪同，与B会晤 told again after the exchange: the one told last before
                seated = {q.native for q, _c in d.host.people + d.guest.people} | {a.person.native for a in d.attendees}
                if p.native not in seated:
                    d.attendees.append(Attendee(p, side_of(p.title, r.gaz), False))


# "大使A陪同代表团一行会见了B": the escorts, then whom they escorted to the exchange told again
_ESCORTING = re.compile(
    r"^(?P<list>[^。；：“”，,]{2,120}?)(?:等人|等)?(?:也|还|亦)?(?:一同|一起|全程)?陪同(?P<whom>[^，,。；“”]{1,30}?)"
    r"(?:先后|分别)?(?:会见|拜会|会晤|会谈|拜访|看望|探望)了?(?P<obj>[^。；]*)"
)


def _names_one(text: str, d: Draft) -> bool:
    """Whether ``text`` names a principal of ``d``, in full or by a part of a foreign name: one joined by · ("拉那烈"),
    the end of one written without it ("诺罗敦阿伦列斯梅" named "阿伦列斯梅")."""
    for p, _c in d.host.people + d.guest.people:
        parts = {p.native, *p.native.split("·")}
        if "·" not in p.native and len(p.native) >= 5 and not looks_chinese(p.native):
            parts.update(p.native[k:] for k in range(1, len(p.native) - 2))
        if any(len(part) >= 2 and part in text for part in parts):
            return True
    return False


def _escorting(r: Reading, span: Span, sent: str, drafts: list[Draft]) -> None:
    """"中国驻柬大使A陪同中共代表团一行会见奉党主席B": a later sentence telling an exchange again with its escorts,
    who attend it (the draft told before that holds a principal the sentence names); each on the side
    their post names, else as the people table knows them; no one a draft already seats."""
    m = _ESCORTING.match(sent)
    if m is None or not drafts:
        return
    told = sent[m.start("whom") :]
    named = [d for d in drafts if d.sentence[1] <= span[0] and _names_one(told, d)]
    if not named:
        return
    d = named[-1]
    seated = {q.native for q, _c in d.host.people + d.guest.people} | {a.person.native for a in d.attendees}
    for p in people_in(m.group("list"), span[0] + m.start("list"), r.gaz, bare=True):
        country = country_of(p, r.gaz)
        if p.native not in seated and country is not None:
            d.attendees.append(Attendee(p, country, False))
            seated.add(p.native)


def _delegation_side(sent: str, d: Draft) -> str | None:
    """The side of a delegation whose members ``sent`` lists: the side of a principal it names (团员除张荣恭外，
    另有…), else the guests' (the visiting delegation)."""
    for side in (d.host, d.guest):
        if any(p.native in sent for p, _c in side.people):
            return side.country
    return d.guest.country


def separate_meetings(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """"比如，会见普拉昌达时，双方还谈到…", "在会见X时，杨洁篪表示…": a meeting told only by its part of a
    roundup is an event of its own when no draft holds X -- with the sentence's subject as host, else the
    item's first host. X is named with a title, or bare when the item or the people table gives their side."""
    if not drafts or not may_occur(_MEETING_PART, r.doc.text) or not any(
        _MEETING_PART.search(r.doc.text, a, b) for a, b in r.sentences
    ):
        return drafts
    doc = r.doc
    held = {p.native for d in drafts for p, _c in d.host.people + d.guest.people}
    held |= {a.person.native for d in drafts for a in d.attendees}
    known = known_people(r, drafts)
    first = next((d for d in drafts if d.host.people), None)
    out = list(drafts)
    for span in r.sentences:
        sent = doc.text[span[0] : span[1]]
        for m in _MEETING_PART.finditer(sent):
            part = next(p for p in ("who", "who2", "who3") if m.group(p))
            who = m.group(part)
            guest = _counterpart(r, span[0] + m.start(part), who, known)
            if guest is None or guest[0].native in held:
                continue
            host = _subject(r, span[0], sent[: m.start()], known)
            if host is None and part == "who3":
                # 他还在脸书上发布了与…李克强会面的照片: 他 the person the sentence before names
                clause = sent[: m.start()][sent.rfind("，", 0, m.start()) + 1 :]
                if _PRONOUN_SUBJECT.match(clause):
                    titled = {n: k.country for n, k in known.items() if k.country}
                    side = pronoun_side(doc, span, clause[0], titled, r.gaz)
                    host = side.people[0] if side is not None and side.people else None
            if host is None and part != "who3":
                host = first.host.people[0] if first else None
            if host is None or host[1] == guest[1]:
                continue
            kind = kind_of(m.group("verb") or m.group("verb2") or m.group("verb3"), sent)
            when: tuple[FuzzyDate, Span | None] | None = find_date(sent, doc.published, span[0])
            if when is None and first is not None and first.date is not None and _SAME_DAY.search(doc.text):
                when = (first.date, first.date_span)
            hosts, guests = Side(people=[host], country=host[1]), Side(people=[guest], country=guest[1])
            d = Draft.found(kind, span, sent, hosts, guests, when)
            if is_foreign_pair(d):
                d.confidence = RECALL_CONFIDENCE
                out.append(d)
                held.add(guest[0].native)
    return out


def _counterpart(
    r: Reading, base: int, who: str, known: dict[str, Known]
) -> tuple[ChainPerson, str | None] | None:
    people = people_in(who, base, r.gaz)
    if people and people[0].title:
        p = people[0]
        return p, side_of(p.title, r.gaz) or country_of(p, r.gaz)
    name = who.removesuffix("一行").removesuffix("总统").removesuffix("总理")
    if name in known and known[name].country:
        k = known[name]
        return ChainPerson(name, (base, base + len(name)), k.person.title, k.person.title_span), k.country
    entry = r.gaz.person(name) if plausible_name(name, False, r.gaz) else None
    if entry is not None and entry.country:
        return ChainPerson(name, (base, base + len(name)), None, None), entry.country
    return None


def _subject(
    r: Reading, base: int, before: str, known: dict[str, Known]
) -> tuple[ChainPerson, str | None] | None:
    """The person a clause opens with before 在会见X时 (杨洁篪在会见…时), titled or named before."""
    text = before.rstrip("在，, ")
    text = text[text.rfind("，") + 1 :]
    for p in people_in(text, base + before.find(text), r.gaz):
        if p.title:
            return p, side_of(p.title, r.gaz) or country_of(p, r.gaz)
        if p.native in known:
            return p, known[p.native].country
    return None


def counted_counterparts(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """"习近平在一周之内密集会晤四国领导人。越共中央总书记阮富仲、巴基斯坦总理夏巴兹、坦桑尼亚总统哈桑、德国总理
    朔尔茨，四位来访客人…": a roundup counting the leaders met, then listing them, gives one meeting per listed
    leader no draft holds with the host (recall confidence)."""
    doc, gaz = r.doc, r.gaz
    if not any(_COUNTED.search(doc.text, a, b) for a, b in r.sentences):
        return drafts
    known = known_people(r, drafts)
    held = [{p.native for p, _c in d.host.people + d.guest.people} for d in drafts]
    out = list(drafts)
    for i, span in enumerate(r.sentences):
        sent = doc.text[span[0] : span[1]]
        m = _COUNTED.search(sent)
        if m is None:
            continue
        host = _subject(r, span[0], sent[: m.start()], known)
        if host is None:
            continue
        after = sent[m.end() :].lstrip("：:，,")
        base = span[0] + len(sent) - len(after)
        if not _LISTED.match(after) and i + 1 < len(r.sentences):
            nxt = r.sentences[i + 1]
            after, base = doc.text[nxt[0] : nxt[1]], nxt[0]
        listed = _LISTED.match(after)
        if listed is None:
            continue
        people = [(p, side_of(p.title, gaz) or country_of(p, gaz)) for p in people_in(listed.group(0), base, gaz)]
        if len(people) < 2 or any(c in (None, host[1]) for _p, c in people):
            continue
        when = find_date(sent, doc.published, span[0])
        for p, c in people:
            if any({host[0].native, p.native} <= h for h in held):
                continue
            hosts = Side(people=[host], country=host[1])
            d = Draft.found("meeting", span, sent, hosts, Side(people=[(p, c)], country=c), when)
            d.confidence = RECALL_CONFIDENCE
            out.append(d)
            held.append({host[0].native, p.native})
    return out
