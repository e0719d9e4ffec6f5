"""Build event frames from the clauses of one Chinese news item.

Each sentence is tried against the clause patterns (``grammar``); a match gives the host side
(subject chain) and the counterpart(s) (object chain, delegation leader). ``分别``/``先后`` with
several counterparts gives one event each. Attendee lists (``…等参加会见``) and spouses
(``和夫人…``) join the events as non-lead participants. No foreign side, no event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import (
    CHINESE_SIDES,
    capacities,
    international_org,
    known_party,
    organisation,
    parties_in,
    side_of,
)
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.datelines import DATELINE as _DATELINE
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.kinds import TRIGGER_RE, is_remote, kind_of
from liaison.extract.zh.names import looks_chinese, plausible_name, romanise, runs_on, trim_name
from liaison.extract.zh.places import CITIES, find_place
from liaison.extract.zh.titles import (
    HEAD_RE,
    ChainPerson,
    parse_people,
    postposed_people,
    postposed_person,
    strip_relative,
)
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import (
    CHANNELS,
    Channel,
    Document,
    EventFrame,
    EventKind,
    FuzzyDate,
    OrgRef,
    Participant,
    PersonMention,
    Span,
)

_ATTENDING = re.compile(r"参加|出席|陪同")
_POST_END = re.compile(r"[长员理席记统相]")
_DELEGATION = re.compile(r"代表团|考察团|团组|一行")
_IDCPC = re.compile(r"(中共中央对外联络部|中央对外联络部|中联部)")
_HOLD = re.compile(r"举办|举行|召开")
_PARTY_AUDIENCE = re.compile(r"政党|党派|政治组织")
_ONLINE = re.compile(r"视频|线上|连线")
_DIPLOMATS = re.compile(r"使节|外交官|驻华")
_PARTY_DELEGATION = re.compile(r"(?<!两)党|政党|干部考察团|干部代表团")
_LEGISLATORS = re.compile(r"议员|议会|国会")

_NOT_NAMES = re.compile(
    r"^(?:双方|两国|两党|中方|外方|与会|大家|人们|记者|有关|习主席|他们|她们|我们|各方|该党|本党)"
    r"|^(?:他|她|其|我|该|本|各|这|那)$|来华|访华|访问|进行|举行"
)
_HK_MO = re.compile(r"香港|澳门|特别行政区|特区")
_CONGRATULATED = re.compile(
    r"^祝贺(?P<name>[^，。；、]{2,16}?)(?:再次|正式)?(?:当选|就任|连任|荣任|被推举|被选举|被选为|出任|宣誓)"
)
_PAST = re.compile(r"^[^，。]{0,12}?(?:去年|前年|今年\d{1,2}月|上个?月|此前|曾经|曾|多年来|以来)")
# X表示，/ X指出： — the rest of the paragraph is that person's reported speech
_SPEECH_OPENING = re.compile(
    r"^(?:[^，。；“”]{1,30}[，,])?[^，。；“”]{1,40}?(?:表示|指出|强调|说|认为|介绍|回忆|谈到|宣布)[，：:]"
)


@dataclass
class Side:
    """The people of one side of an exchange and what their chains say."""

    people: list[tuple[ChainPerson, str | None]] = field(default_factory=list)  # (person, country)
    phrase: str = ""  # the whole phrase (chains + delegation)
    country: str | None = None
    delegation: str = ""
    party: OrgEntry | None = None  # the delegation's party
    international: set[str] = field(default_factory=set)  # heads of international organisations


@dataclass
class Draft:
    """An event being built from one clause."""

    kind: EventKind
    sentence: Span
    clause: str
    host: Side
    guest: Side
    date: FuzzyDate | None
    date_span: Span | None
    location: str | None
    location_span: Span | None
    extra_evidence: list[Span] = field(default_factory=list)
    attendees: list[tuple[ChainPerson, str | None, bool]] = field(default_factory=list)  # + lead
    bare_speaker: bool = False  # the counterpart may be named without a title when speaking
    remote: bool | None = None  # set when the clause's own words would mislead (共同以视频方式出席)


_NOT_NAME_WORDS = re.compile(
    r"^(?:等|与|同|和|在|对|向|为|于|从|这|那|多|两|首|再|年内|此|我|你|您|专门|去年|今年|前年|不久前|近年"
    r"|都|也|还|已|曾|停止|联名|赴|分别|先后|收到|到|安排)|(?:次|度)$|的|期间|报道|媒体|迎送|迎接"
    r"|(?:交流|交往|通话|会晤|会谈|会见|合作|关系|问题|当天|当日|今天|日前|近日)$"
)
_NOT_TITLES = re.compile(r"^(?:两国|双方|各国|两党|与|同|和|我|他|她|其|在)")
# an unnamed subject ends in a post or a body: 韩国…党代表, 也门政府代表团
_UNNAMED_SUBJECT = re.compile(
    "(?:" + HEAD_RE.pattern + r"|党|代表团|政府|议会|国会|外交部|国防部|军方|官员|高官|方面)$"
)
# a meeting expected, agreed, hoped for or called off has not happened
_NOT_HAPPENED = re.compile(
    r"期待|计划|拟于|拟同|拟与|准备|有望|预计|同意(?!大利)|希望|愿意|愿同|愿与|取消|推迟|拒绝"
    r"|将于|将在|将同|将与|即将"
)
# a heading line of a news roundup: short, without a full stop
_DURING = re.compile(r"^[^，。]{0,12}期间|^[^，。]{1,30}?还(?:分别|先后)?(?:会见|同|与)")
_HEADING = re.compile(r"^[^。！？!?]{4,40}$")
_COMMA = re.compile(r"[，,]")
# what follows the counterpart's name in the object: 时(表示…), a date or place (特朗普18日, 普京11日在…)
_OBJECT_TAIL = re.compile(
    r"时(?:表示|说|指出|强调|称|介绍).*$|时$|(?:表示|致以)(?:问候|祝贺|慰问|哀悼|吊唁|祝福|感谢).*$|(?<=[^\d])(?:当地时间)?\d{1,2}日(?:[上下]午|晚)?(?:在.*)?$"
)
# 和夫人<name>: a spouse joining one of the principals (checked against each principal's name)
_SPOUSE = re.compile(
    r"和夫人([\u4e00-\u9fff·\-]{2,8}?)(?=为|同|举行|出席|在|一起|共同|参加|观看|会见|，|。|、|陪同|参观|欢迎|$)"
)
_NAME_JOINER = re.compile(r"[·•\-－—]")


def _valid_person(p: ChainPerson, gaz: Gazetteer | None = None, listed: bool = False) -> bool:
    """Whether a parsed person is one; ``listed``: named in an attendee list (X、Y等参加会见), which
    vouches for bare names as much as a title does."""
    if _NOT_NAMES.match(p.native) or g.SPEECH_WORDS.search(p.native) or _NOT_NAME_WORDS.search(p.native):
        return False
    if p.title and _NOT_TITLES.match(p.title):
        return False
    if len(p.native) > 8 and not _NAME_JOINER.search(p.native):
        return False  # a phrase, not a name
    if p.native in CITIES and (gaz is None or gaz.person(p.native) is None):
        return False  # 旧金山: a place, not a person (unless the people table says so: 罗索)
    if any(s == 0 and e == len(p.native) for s, e, _iso in find_countries(p.native)):
        return False
    return gaz is None or plausible_name(p.native, p.title is not None or listed, gaz)


def _trimmed(p: ChainPerson, gaz: Gazetteer) -> ChainPerson:
    """The person with the words their name runs on into dropped (普京在 -> 普京)."""
    if gaz.person(p.native) is not None:
        return p
    name = trim_name(p.native)
    if name == p.native:
        return p
    return ChainPerson(name, (p.span[0], p.span[0] + len(name)), p.title, p.title_span)


def _people(text: str, offset: int, gaz: Gazetteer, bare: bool = False, post: bool = False) -> list[ChainPerson]:
    """The people of a phrase; ``post``: also a name written before its post (普京总统), which
    the genre does only in an item's opening paragraph (later it is reported speech)."""
    people = [q for p in parse_people(text, offset, bare_names=bare) if _valid_person(q := _trimmed(p, gaz), gaz, bare)]
    if post and not people:
        # 习近平主席同希奇莱马总统举行会谈 / 分别会见德索萨总统和科斯塔总理
        text = text.rstrip("。！；")
        one = postposed_person(text, offset)
        late = postposed_people(text, offset) or ([one] if one else [])
        if late and all(_valid_person(p, gaz) for p in late):
            people = late
    return people


def _country_of(p: ChainPerson, gaz: Gazetteer) -> str | None:
    """The side a person's own words place them on: their title, else the people table."""
    country = side_of(p.title, gaz)
    if country is None and (entry := gaz.person(p.native)) is not None:
        country = entry.country
    return country


def _headline_country(doc: Document) -> str | None:
    for _s, _e, iso in find_countries(doc.article.title or ""):
        if iso != "CN":
            return iso
    return None


def _subject(m: re.Match[str], base: int, gaz: Gazetteer, post: bool = False) -> Side | None:
    subj = m.group("subj")
    if not (m.groupdict().get("obj") or "visit").strip() or _ATTENDING.search(subj):
        return None
    if g.SPEECH_WORDS.search(subj) and not _POST_END.search(subj[-3:]):
        return None
    start = base + m.start("subj")
    people = _people(subj, start, gaz, post=post)
    side = Side(phrase=subj)
    end = max(people[-1].span[1], (people[-1].title_span or (0, 0))[1]) if people else -1
    if people and (end == start + len(subj) or runs_on(subj[end - start :])):
        last = people[-1]
        if last.title is None and not (len(last.native) <= 3 or gaz.person(last.native)):
            return None
        side.people = [(p, _country_of(p, gaz)) for p in people]
        side.country = next((c for _p, c in side.people if c), None)
        return side
    # an unnamed subject still counts when it names its country (韩国…党代表)
    country = side_of(subj, gaz)
    if country and country != "CN" and _UNNAMED_SUBJECT.search(subj):
        side.country = country
        return side
    return None


def _object(text: str, offset: int, gaz: Gazetteer, headline: str | None, post: bool = False) -> Side:
    """The counterpart phrase: relative clause dropped, delegation leader(s) read."""
    text = text.rstrip("。！；")
    if not g.LED_RE.match(text):
        text = _COMMA.split(text, maxsplit=1)[0]
    text = _OBJECT_TAIL.sub("", text)
    cut = strip_relative(text)
    text, offset = text[cut:], offset + cut
    side = Side(phrase=text)
    led = g.LED_RE.match(text)
    if led:
        lead_text = led.group("lead")
        lead_off = offset + led.start("lead")
        if lead_text.startswith("由"):
            lead_text, lead_off = lead_text[1:], lead_off + 1
        cut = strip_relative(lead_text)
        people = _people(lead_text[cut:], lead_off + cut, gaz, post=post)
        side.delegation = led.group("deleg")
    else:
        text = _COMMA.split(text, maxsplit=1)[0]
        people = _people(text, offset, gaz, post=post)
        if not people and (cm := _CONGRATULATED.match(text)):
            # 致电祝贺宋赛当选连任老挝政府总理: the name before 当选
            s = offset + cm.start("name")
            named = ChainPerson(cm.group("name"), (s, s + len(cm.group("name"))), None, None)
            people = [named] if _valid_person(named, gaz) and not HEAD_RE.search(named.native) else []
    if not led and not people and _DELEGATION.search(text):
        side.delegation = text  # unnamed delegation: the phrase itself says whose it is
    deleg_parties = parties_in(side.delegation, gaz) if side.delegation else []
    side.party = deleg_parties[0] if deleg_parties else None
    for p in people:
        if _international(p, gaz):
            # 联合国秘书长, 欧盟委员会主席: the organisation is the side, no country
            side.international.add(p.native)
            side.people.append((p, None))
            continue
        country = side_of(p.title, gaz)
        if country is None and p.title and _HK_MO.search(p.title):
            country = "HK"
        if country is None and side.party is not None:
            country = side.party.country
        if country is None:
            entry = gaz.person(p.native)
            country = entry.country if entry and entry.country else None
        if country is None and headline:
            country = headline
        side.people.append((p, country))
    side.country = next((c for p, c in side.people if c and p.native not in side.international), None)
    if side.country is None and not side.international:
        side.country = side_of(text, gaz) or (side.party.country if side.party else None)
    if side.country is None and not side.people and headline:
        side.country = headline
    return side


def _international(p: ChainPerson, gaz: Gazetteer) -> bool:
    """An official of an international body: by the post (联合国秘书长), or, with no national post,
    as the people table knows them (古特雷斯)."""
    if international_org(p.title, gaz) is not None:
        return True
    entry = gaz.person(p.native)
    return entry is not None and bool(entry.org) and not entry.country and side_of(p.title, gaz) is None


def _clause_starts(sent: str) -> list[int]:
    """Where a subject may start: the sentence start and each clause after a comma, up to
    reported speech (应…邀请，X… / 在…之际，X…)."""
    starts = [0]
    for i, ch in enumerate(sent):
        if ch in "，,":
            if g.SPEECH_CUE.search(sent, 0, i):
                break
            starts.append(i + 1)
    return starts


def _separately(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    return groups.get("sep") in ("分别", "先后") or groups.get("sep2") == "分别"


def _drafts_from_sentence(
    doc: Document,
    span: Span,
    gaz: Gazetteer,
    headline: str | None,
    text: str | None = None,
    post: bool = False,
    quoted: bool = False,
) -> list[Draft]:
    """The drafts of one sentence. ``quoted``: the sentence goes on someone's reported speech
    (李强表示，…。去年，两国元首两度会晤…), so only a subject at its very start counts."""
    sent = text if text is not None else doc.text[span[0] : span[1]]
    if not TRIGGER_RE.search(sent):
        return []
    lead = _DATELINE.match(sent)
    if lead:
        sent = sent[lead.end() :]
        span = (span[0] + lead.end(), span[1])
    base = span[0]
    if _PAST.search(sent):
        post = False  # 今年10月，习近平总书记同通伦总书记举行会晤: a past meeting recalled
    for pos in [0] if quoted else _clause_starts(sent):
        for rx in (g.WITH_RE, g.MEET_RE, g.TO_RE, g.WIRE_RE, g.JOINT_RE):
            m = rx.match(sent, pos)
            if m is None:
                continue
            host = _subject(m, base, gaz, post)
            if host is None or _NOT_HAPPENED.search(sent, m.start("subj"), m.start("verb")):
                continue
            verb = m.group("verb")
            obj_off = base + m.start("obj")
            guest = _object(m.group("obj"), obj_off, gaz, headline, post)
            if not guest.people and guest.country is None and not guest.delegation:
                continue  # 8日和9日在京…: the 和 was no preposition
            clause = sent[: m.end()]
            kind: EventKind = "message" if rx in (g.TO_RE, g.WIRE_RE) else kind_of(verb, clause)
            if kind == "message" and guest.country is None:
                # 致电X，祝贺他当选…总统: the country is in the rest of the sentence
                rest = sent[m.end() :]
                c = next((iso for _s, _e, iso in find_countries(rest) if iso != "CN"), None)
                guest.country = c or headline
                guest.people = [(p, c or country) for p, country in guest.people]
            if rx is g.JOINT_RE:
                joint = _joint(doc, span, sent, m, host, guest)
                return [joint] if guest.people and _is_foreign_pair(joint) else []
            drafts = _split(doc, span, sent, m, kind, host, guest, gaz)
            if not any(_is_foreign_pair(d) for d in drafts):
                continue  # 习近平和夫人彭丽媛…会见: the 和 joined the host's spouse; try the next reading
            if kind != "message" and drafts and not quoted:
                obj_end = m.end() if rx is g.WITH_RE else m.start("obj")
                comma = _COMMA.search(sent, obj_end)
                if comma and not g.LED_RE.match(m.group("obj")):
                    first = drafts[0]
                    meet = drafts if verb == "会见" and rx is g.MEET_RE else None
                    more = _continuations(
                        doc, span, sent, comma.end(), first, gaz, headline, _separately(m), meet, post
                    )
                    drafts += more
            return drafts
        m = None if quoted else g.VISIT_RE.match(sent, pos)
        if m is not None and (host := _subject(m, base, gaz, post)) is not None:
            visited = m.group("where") or m.group("where2") or ""
            country = next((iso for _s, _e, iso in find_countries(visited) if iso != "CN"), None) or headline
            found = find_date(sent[: m.end()], doc.published, base)
            head = Draft(
                "meeting",
                span,
                sent,
                host,
                Side(),
                found[0] if found else None,
                found[1] if found else None,
                None,
                None,
            )
            return _continuations(doc, span, sent, m.end(), head, gaz, country, True, None, post)
    return []


def _continuations(
    doc: Document,
    span: Span,
    sent: str,
    start: int,
    head: Draft,
    gaz: Gazetteer,
    country: str | None,
    visit: bool,
    meet: list[Draft] | None = None,
    post: bool = False,
) -> list[Draft]:
    """Drafts for the subjectless clauses after ``start``: 在<city>分别会见A、B，同C举行会谈.

    They share the head's host and date; a place carries over to the next clauses. In a visit
    abroad (``visit``, also set after 分别会见A，B), each titled counterpart of a 会见 list is met
    separately."""
    base = span[0]
    location, loc_span = head.location, head.location_span
    out: list[Draft] = []
    pieces: list[tuple[int, str]] = []
    pos = start
    for chunk in _COMMA.split(sent[start:]):
        pieces.append((pos, chunk))
        pos += len(chunk) + 1
    last_meet: list[Draft] = list(meet or [])
    for off, chunk in pieces:
        if g.SPEECH_CUE.search(chunk):
            break
        m = g.CONT_MEET_RE.match(chunk) or g.CONT_WITH_RE.match(chunk)
        if m is None:
            if last_meet and chunk and not g.NOT_PERSON_CLAUSE.match(chunk):
                extra = _object(chunk, base + off, gaz, country, post)
                if extra.people and extra.people[-1][0].span[1] == base + off + len(chunk.rstrip("。！；")):
                    _extend(last_meet, extra, separate=visit or len(last_meet) > 1, out=out)
                    continue
            last_meet = []
            continue
        verb = m.group("verb")
        kind = kind_of(verb, chunk)
        guest = _object(m.group("obj"), base + off + m.start("obj"), gaz, country, post)
        if not guest.people:
            last_meet = []
            continue
        remote = is_remote(kind, chunk)
        places: list[tuple[str, Span] | None] = []
        if m.group("place"):
            # 在吉隆坡和布城分别会见A、B: A in the first city, B in the second
            at = base + off + m.start("place")
            for name in m.group("place").split("和"):
                places.append(find_place("在" + name, at - 1))
                at += len(name) + 1
            if places[0]:
                location, loc_span = places[0]
        sep = m.group("sep")
        separate = (
            sep in ("分别", "先后") or (visit and verb == "会见" and sep != "集体") or _several_sides(m, kind, guest)
        )
        if g.LED_RE.match(m.group("obj")):
            separate = False
        groups = [[gp] for gp in guest.people] if separate else [guest.people]
        respective = len(places) > 1 and len(places) == len(groups) and all(places)
        drafts = []
        for i, group in enumerate(groups):
            gside = replace(guest, people=list(group))
            gside.country = _group_country(group, guest)
            where = places[i] if respective else None
            drafts.append(
                Draft(
                    kind,
                    span,
                    sent,
                    head.host,
                    gside,
                    head.date,
                    head.date_span,
                    None if remote else (where[0] if where else location),
                    None if remote else (where[1] if where else loc_span),
                )
            )
        out += drafts
        last_meet = drafts if verb == "会见" else []
    return out


def _extend(last: list[Draft], extra: Side, separate: bool, out: list[Draft]) -> None:
    """People in the next comma-separated piece of a 会见 list (会见A，总理B，议长C)."""
    if separate:
        proto = last[-1]
        for gp in extra.people:
            gside = replace(extra, people=[gp])
            gside.country = _group_country([gp], extra)
            d = replace(proto, guest=gside, extra_evidence=[], attendees=[])
            out.append(d)
            last.append(d)
    else:
        last[-1].guest.people.extend(extra.people)


def _several_sides(m: re.Match[str], kind: EventKind, guest: Side) -> bool:
    """同A国总统X、B国总理Y举行双边会见: bilateral meetings with counterparts of different countries
    (or international bodies) are one event each. Without 双边 (or 分别) a list stays one event."""
    if kind != "meeting" or "双边" not in m.string[m.start() : m.end()]:
        return False
    sides = {("igo", p.title) if p.native in guest.international else c for p, c in guest.people}
    sides.discard(None)
    return len(sides) > 1


def _group_country(group: list[tuple[ChainPerson, str | None]], side: Side) -> str | None:
    """The country of one group of counterparts (international officials keep their own)."""
    own = next((c for _p, c in group if c), None)
    if own is not None or all(p.native in side.international for p, _c in group):
        return own
    return side.country


def _split(
    doc: Document,
    span: Span,
    sent: str,
    m: re.Match[str],
    kind: EventKind,
    host: Side,
    guest: Side,
    gaz: Gazetteer,
) -> list[Draft]:
    base = span[0]
    before_verb = sent[: m.start("verb")]
    found = find_date(before_verb, doc.published, base)
    date, date_span = (found[0], found[1]) if found else (None, None)
    remote = is_remote(kind, sent[: m.end()])
    location = loc_span = None
    if not remote and kind != "message":
        place = m.group("place")
        where = find_place("在" + place, base + m.start("place") - 1) if place else find_place(before_verb, base)
        if where:
            location, loc_span = where
    separate = len(guest.people) > 1 and (_separately(m) or _several_sides(m, kind, guest))
    groups = [[gp] for gp in guest.people] if separate else [guest.people]
    drafts = []
    for group in groups:
        gside = replace(guest, people=list(group))
        if group:
            gside.country = _group_country(group, guest)
        drafts.append(Draft(kind, span, sent, host, gside, date, date_span, location, loc_span))
    return drafts


def _joint(doc: Document, span: Span, sent: str, m: re.Match[str], host: Side, guest: Side) -> Draft:
    """S同O(在<place>)(以视频方式)共同出席<ceremony>: an exchange of kind "other"; remote only when
    joined by video from different places (no shared place after the counterpart)."""
    base = span[0]
    found = find_date(sent[: m.start("verb")], doc.published, base)
    video = bool(m.group("manner") or m.group("manner2") or m.group("manner3"))
    location = loc_span = None
    if m.group("place2"):
        where = find_place("在" + m.group("place2"), base + m.start("place2") - 1)
    elif m.group("place") and not video:
        where = find_place("在" + m.group("place"), base + m.start("place") - 1)
    else:
        where = None
    if where:
        location, loc_span = where
    remote = video and not m.group("place2")
    d = Draft(
        "other",
        span,
        sent[: m.end()],
        host,
        guest,
        found[0] if found else None,
        found[1] if found else None,
        None if remote else location,
        None if remote else loc_span,
        remote=remote,
    )
    return d


def _is_foreign_pair(d: Draft) -> bool:
    host_c = d.host.country or "CN"
    guest_c = d.guest.country
    if guest_c is None:
        # an untitled counterpart in object position is foreign unless nothing says so
        if not d.guest.people or d.kind == "message":
            return False
        guest_c = "??"
    if guest_c in ("HK", "MO") or host_c == guest_c:
        return False
    return bool(d.guest.people or d.host.people)


def _reuse_host_titles(d: Draft, earlier: list[Draft]) -> None:
    """A host named bare (韩正还会见了…) keeps the title chain an earlier event of the item gave them."""
    for other in earlier:
        names = [p.native for p, _c in other.host.people]
        if names == [p.native for p, _c in d.host.people] and all(p.title is None for p, _c in d.host.people):
            if any(p.title for p, _c in other.host.people):
                d.host = other.host
            return


def _heading_lines(doc: Document, sentences: list[Span]) -> set[Span]:
    """The story headings of an item bundling several stories (国际联播快讯): whole lines without
    a full stop, after the first line."""
    out: set[Span] = set()
    for span in sentences[1:]:
        line_start = span[0] == 0 or doc.text[span[0] - 1] == "\n"
        line_end = span[1] == len(doc.text) or doc.text[span[1] : span[1] + 1] == "\n"
        if line_start and line_end and _HEADING.match(doc.text[span[0] : span[1]].strip()):
            out.add(span)
    return out


def _sentences(doc: Document) -> Iterable[Span]:
    return doc.sentences


def build_frames(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """Every exchange event the item reports."""
    headline = _headline_country(doc)
    drafts: list[Draft] = []
    sentences = list(_sentences(doc))
    headings = _heading_lines(doc, sentences)
    roundup = len(headings) >= 2
    if roundup:
        headline = None  # the item's title says nothing of its stories
    quoted = False
    for i, span in enumerate(sentences):
        if span in headings:
            continue
        sent = doc.text[span[0] : span[1]]
        if i == 0 or "\n" in doc.text[sentences[i - 1][1] : span[0] + 1]:
            quoted = False  # a new paragraph
        if g.SEMINAR_RE.search(sent) and (d := _seminar(doc, span, sent, gaz)) is not None:
            drafts.append(d)
            continue
        found = _drafts_from_sentence(doc, span, gaz, headline, post=not quoted, quoted=quoted)
        if drafts and _DURING.search(sent):
            for d in found:
                first = drafts[0].date
                if d.date_span is None and first is not None:
                    # 访问期间，X还会见了Y: some day of the visit reported first
                    d.date = FuzzyDate(first.iso[:7], "month") if first.precision == "day" else first
        for d in found:
            _reuse_host_titles(d, drafts)
        quoted = quoted or bool(_SPEECH_OPENING.search(sent))
        for d in found:
            if roundup and not (d.host.people and d.guest.people):
                continue  # a roundup's stories count only with both sides named
            if _is_foreign_pair(d) and not _duplicate(d, drafts):
                drafts.append(d)
    if not drafts and doc.text.strip() and doc.article.title:
        drafts += _heads_of_state(doc, sentences, gaz, headline)
    if not drafts and not doc.text.strip() and doc.article.title:
        # an empty item: the headline is all there is
        for d in _drafts_from_sentence(doc, (0, 0), gaz, headline, text=doc.article.title, post=True):
            if _is_foreign_pair(d):
                d.sentence = (0, 0)
                drafts.append(d)
    if not drafts:
        return ()
    drafts = _name_unnamed_groups(doc, sentences, drafts, gaz)
    _attach_speakers(doc, sentences, drafts, gaz)
    _attach_separate_evidence(doc, sentences, drafts)
    _attach_attendees(doc, sentences, drafts, gaz)
    return tuple(_frame(doc, d, gaz) for d in drafts)


_BOTH_LEADERS = re.compile(
    r"^(?:[^，。；]{0,20}[，,])?(?:两国元首|两国领导人|两国总理|双方)(?:分别)?(?:举行|进行)了?"
    r"(?P<what>[^，。；]{0,12}?)(?P<verb>会谈|会晤)"
)


def _heads_of_state(doc: Document, sentences: list[Span], gaz: Gazetteer, headline: str | None) -> list[Draft]:
    """欢迎仪式后，两国元首举行会谈: the host is the headline's subject (习近平同韩国总统会谈), the
    counterpart the foreign leader who speaks later in the item."""
    title = doc.article.title or ""
    for span in sentences[:2]:
        sent = doc.text[span[0] : span[1]]
        lead = _DATELINE.match(sent)
        body = sent[lead.end() :] if lead else sent
        m = _BOTH_LEADERS.match(body)
        if m is None or headline is None:
            continue
        for draft in _drafts_from_sentence(doc, (0, 0), gaz, headline, text=title, post=True):
            if not draft.host.people or draft.guest.people or draft.guest.country in (None, "CN"):
                continue
            people = []
            for p, c in draft.host.people:
                at = doc.text.find(p.native)
                if at < 0:
                    break
                people.append((ChainPerson(p.native, (at, at + len(p.native)), None, None), c))
            else:
                verb = "会谈" if "会谈" in m.group(0) else m.group("verb")
                base = span[0] + (lead.end() if lead else 0)
                found = find_date(body[: m.start("verb")], doc.published, base)
                host = Side(people=people, phrase=draft.host.phrase, country=draft.host.country)
                guest = Side(phrase=draft.guest.phrase, country=draft.guest.country)
                return [
                    Draft(
                        kind_of(verb, body),
                        span,
                        sent,
                        host,
                        guest,
                        found[0] if found else None,
                        found[1] if found else None,
                        None,
                        None,
                        bare_speaker=True,
                    )
                ]
    return []


def _duplicate(d: Draft, drafts: list[Draft]) -> bool:
    key = {p.native for p, _c in d.host.people + d.guest.people}
    return any(
        key
        and key == {p.native for p, _c in other.host.people + other.guest.people}
        and (other.date == d.date or d.date is None)
        for other in drafts
    )


def _seminar(doc: Document, span: Span, sent: str, gaz: Gazetteer) -> Draft | None:
    """A briefing (宣介会) held by a CPC body for foreign parties or diplomats."""
    m = _IDCPC.search(sent)
    if m is None or not _HOLD.search(sent):
        return None
    found = find_date(sent[: m.start()] or sent, doc.published, span[0])
    host = Side(phrase=m.group(1), country="CN")
    guest = Side(phrase=sent[m.end() :])
    audience = doc.text[span[0] : span[1] + 200]
    guest.country = "??"
    deleg = "政党" if _PARTY_AUDIENCE.search(audience) else ""
    guest.delegation = deleg
    remote = bool(_ONLINE.search(sent))
    location = loc_span = None
    if not remote and (where := find_place(sent[: m.start()], span[0])):
        location, loc_span = where
    d = Draft(
        "seminar", span, sent, host, guest, found[0] if found else None, found[1] if found else None, location, loc_span
    )
    if not deleg and _DIPLOMATS.search(audience):
        d.guest.phrase = "外交官 大使"
    return d


def _name_unnamed_groups(doc: Document, sentences: list[Span], drafts: list[Draft], gaz: Gazetteer) -> list[Draft]:
    """会见了巴西、俄罗斯议会领导人。在会见巴西众议长莫塔时…在会见俄罗斯联邦委员会主席马特维延科时…:
    an unnamed group met is the titled people each later 在会见X时 names, one event each."""
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
            for p in _people(m.group("who"), m.start("who"), gaz):
                country = side_of(p.title, gaz)
                if p.title is None or p.native in named or country in (None, "CN", d.host.country):
                    continue
                named.add(p.native)
                guest = Side(people=[(p, country)], phrase=m.group("who"), country=country)
                found.append(replace(d, guest=guest, extra_evidence=[span], attendees=[]))
        out += found or [d]
    return out


def _attach_speakers(doc: Document, sentences: list[Span], drafts: list[Draft], gaz: Gazetteer) -> None:
    """A counterpart left unnamed (…议员代表团) is the one who speaks for it later (X等表示)."""
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
            people = [p for p in _people(m.group("who"), span[0], gaz) if p.title or d.bare_speaker]
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
                c = side_of(p.title, gaz)
                if c and c != (d.host.country or "CN") and c not in CHINESE_SIDES:
                    d.guest.people.append((p, c))
            if d.guest.people:
                break


def _attach_separate_evidence(doc: Document, sentences: list[Span], drafts: list[Draft]) -> None:
    for span in sentences:
        m = g.SEPARATE_RE.search(doc.text[span[0] : span[1]])
        if not m:
            continue
        who = m.group("who")
        for d in drafts:
            named = any(p.native == who or who in p.native for p, _c in d.guest.people)
            if named and span not in d.extra_evidence and span != d.sentence:
                d.extra_evidence.append(span)


def _attach_attendees(doc: Document, sentences: list[Span], drafts: list[Draft], gaz: Gazetteer) -> None:
    for span in sentences:
        sent = doc.text[span[0] : span[1]]
        m = g.ATTEND_RE.match(sent)
        if m and not g.SPEECH_WORDS.search(m.group("list")) and "迎送" not in m.group("list"):
            people = _people(m.group("list"), span[0], gaz, bare=True)
            targets = [d for d in drafts if d.sentence[0] <= span[0]]
            chosen = targets if m.group("what") and "上述" in m.group("what") else targets[-1:]
            for d in chosen:
                for p in people:
                    d.attendees.append((p, None if _international(p, gaz) else side_of(p.title, gaz) or "CN", False))
        # spouses: 习近平和夫人彭丽媛为迪亚斯-卡内尔和夫人奎斯塔举行欢迎宴会
        if "夫人" in sent:
            for d in drafts:
                for p, country in d.host.people + d.guest.people:
                    for sm in _SPOUSE.finditer(sent):
                        if not sent.endswith(p.native, 0, sm.start()):
                            continue
                        s = span[0] + sm.start(1)
                        spouse = ChainPerson(sm.group(1), (s, s + len(sm.group(1))), None, None)
                        d.attendees.append((spouse, country or "CN", False))


def _mention(
    doc: Document, p: ChainPerson, country: str | None, gaz: Gazetteer, fallback: OrgEntry | None = None
) -> PersonMention:
    chinese = country in CHINESE_SIDES if country else looks_chinese(p.native)
    org = organisation(p.title, country, gaz, fallback)
    named = romanise(p.native, chinese, gaz, country or (org.key if org else None))
    if org is None and named.entry is not None and named.entry.org and (body := gaz.org(named.entry.org)):
        org = body.ref()  # an international official named without a post
    extra: list[Span] = []
    if doc.text:
        at = doc.text.find(p.native)
        while at >= 0 and len(extra) < 20:
            if at != p.span[0]:
                extra.append((at, at + len(p.native)))
            at = doc.text.find(p.native, at + len(p.native))
    return PersonMention(
        name=named.name,
        native=p.native,
        span=p.span,
        aliases=named.aliases,
        title=p.title,
        title_span=p.title_span,
        organization=org,
        country=country,
        extra_spans=tuple(extra),
        name_source=named.source,
    )


_PARTY_RELATIONS = re.compile(r"两党|党际|党与党|党对党|政党交往|党的交往|党际交流")


def _known_parties(people: list[tuple[ChainPerson, str | None]], side: str | None, gaz: Gazetteer) -> list[OrgEntry]:
    """The parties the principals of one side are known leaders of (``known_party``)."""
    out: list[OrgEntry] = []
    for p, c in people:
        party = known_party(p.native, p.title, c or side, gaz)
        if party is not None and party not in out:
            out.append(party)
    return out


def _channels(d: Draft, headline: str = "", gaz: Gazetteer | None = None, text: str = "") -> tuple[Channel, ...]:
    host_caps: set[Channel] = set()
    for p, _c in d.host.people:
        host_caps |= capacities(p.title)
    if not d.host.people:
        host_caps |= capacities(d.host.phrase)
    guest_caps: set[Channel] = set()
    for p, _c in d.guest.people:
        guest_caps |= capacities(p.title)
    deleg = d.guest.delegation
    deleg_party = bool(d.guest.party) or bool(_PARTY_DELEGATION.search(deleg))
    if _LEGISLATORS.search(deleg + d.guest.phrase[:40]):
        guest_caps.add("legislature")
    if d.kind == "seminar":
        if deleg:
            return ("party",)
        return ("state",) if "外交官" in d.guest.phrase else ("other",)
    if not d.guest.people and not d.guest.delegation:
        guest_caps |= capacities(d.guest.phrase)
    guest_party = "party" in guest_caps or deleg_party
    host_party = "party" in host_caps
    chans = (host_caps | guest_caps) - {"party"}
    # one side acts as a party (title, party delegation), the other is a party or, for a host with
    # a party title, a known leader of a party (越南国家主席, 洪森: ``known_party``)
    guest_known = bool(gaz and _known_parties(d.guest.people, d.guest.country, gaz))
    # a guest in a party post met by a known party leader styled by a state or legislative post acts
    # as a party only when the text speaks of party relations (两党两国关系): GOLD_FORMAT's counterpart
    host_known = bool(
        gaz and _PARTY_RELATIONS.search(text) and _known_parties(d.host.people, d.host.country or "CN", gaz)
    )
    if (guest_party and (host_party or deleg_party or host_known)) or (host_party and guest_known):
        chans.add("party")
    if not chans and not any(p.title for p, _c in d.host.people + d.guest.people):
        chans = capacities(headline) - {"party"}  # 欢迎仪式后，李强同X举行会谈: the headline has the posts
    if not chans:
        chans = {"other"}
    return tuple(c for c in CHANNELS if c in chans)  # type: ignore[misc]


def _frame(doc: Document, d: Draft, gaz: Gazetteer) -> EventFrame:
    participants: list[Participant] = []
    seen: set[str] = set()
    host_c = d.host.country or "CN"
    for p, c in d.host.people:
        if p.native not in d.host.international:
            c = c or d.host.country  # no title, no table entry: the side stays unknown
        participants.append(Participant(_mention(doc, p, c, gaz), lead=True, side=c))
        seen.add(p.native)
    for p, c in d.guest.people:
        if p.native in seen:
            continue
        if p.native not in d.guest.international:
            c = c or (d.guest.country if d.guest.country != "??" else None)
        participants.append(Participant(_mention(doc, p, c, gaz, d.guest.party), lead=True, side=c))
        seen.add(p.native)
    for p, c, lead in d.attendees:
        if p.native in seen:
            continue
        participants.append(Participant(_mention(doc, p, c, gaz), lead=lead, side=c))
        seen.add(p.native)
    channel = _channels(d, doc.article.title or "", gaz, doc.text)
    parties: list[OrgRef] = []
    if "party" in channel:
        if host_c == "CN" and (cpc := gaz.org("cpc")):
            parties.append(cpc.ref())
        guest_country = d.guest.country if d.guest.country not in (None, "??") else None
        found = [e for p, _c in d.guest.people for e in parties_in(p.title or "", gaz, guest_country)]
        found += parties_in(d.guest.delegation, gaz, guest_country)
        if host_c != "CN":
            found += [e for p, _c in d.host.people for e in parties_in(p.title or "", gaz)]
        # a principal whose party the chain leaves unsaid: the party they are known to lead
        for people, side in ((d.guest.people, guest_country), (d.host.people, host_c)):
            for p, c in people:
                own = parties_in(p.title or "", gaz, c or side)
                if not own and (known := known_party(p.native, p.title, c or side, gaz)) is not None:
                    found.append(known)
        for entry in found:
            if all(x.key != entry.id for x in parties):
                parties.append(entry.ref())
    date, source = d.date, "text"
    if date is None and doc.published is not None:
        date, source = doc.published, "published"
    elif date is None:
        source = "none"
    evidence = tuple(s for s in [d.sentence, *d.extra_evidence] if s[1] > s[0])
    return EventFrame(
        kind=d.kind,
        date=date,
        date_source=source,  # type: ignore[arg-type]
        location=d.location,
        remote=d.remote
        if d.remote is not None
        else (is_remote(d.kind, d.clause[:200]) if d.kind != "message" else True),
        channel=channel,
        participants=tuple(participants),
        parties=tuple(parties),
        evidence=evidence,
        date_span=d.date_span,
        location_span=d.location_span,
    )


__all__ = ["build_frames"]
