"""Arrivals: a visiting leader arrives and is met, as web reports open a visit.

"越共中央总书记阮富仲及越南高级代表团抵达首都北京国际机场，开始…正式访问。…刘建超同志，越南驻华大使
范星梅…到北京机场迎接" is one visit: the visitor and whoever met them (the first of the other side leads).
"国民党荣誉主席连战一行昨天抵达北京，…陈云林、常务副主任郑立中…在机场空桥闸口接机", "山口那津男30日启程访华"
(no one named meeting them) too, as is a leader arriving abroad to visit a country the sentence names
("习近平和夫人抵达河内，开始对越南进行国事访问": the host country without people). Not when the item
already reads an exchange of the visitor (a visit during which a meeting is reported is that meeting).
An arrival whose clause opens with its time and names no one is of the subject of the sentence's first clause
("美国总统奥巴马正式展开…中国之行，今天下午乘空军一号专机从上海飞抵北京，继续访华行程").
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.attach import DELEGATION_HEAD, delegation_leader_after, delegation_leader_before
from liaison.extract.zh.capacity import CHINESE_SIDES
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.datelines import strip_dateline
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.grammar import WHEN
from liaison.extract.zh.people import country_of, listed_countries
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.countries import city_country
from liaison.model.types import Span

_ARRIVAL = cue("arrival")
_GREETING = cue("greeting")
_VISIT = cue("arrival_visit")
_WHERE_MET = cue("where_met")
_COMMA = cue("clause_comma")
_GREETED_BY = cue("greeted_by")
_NOT_HAPPENED = cue("recall_not_happened")
_RECEIVED_BY = cue("received_by")
_SHOOK_HANDS = cue("greeters_shook_hands")
# a host named before the post (米歇尔总统, as a handshake on arrival is told): the name, then one post
_NAME_THEN_POST = re.compile(
    r"^(?P<name>[\u3400-\u9fff·•‧]{2,12}?)(?P<post>副?(?:总统|总理|首相|议长|国王|女王|王储|主席|外长|外交部长|部长|市长|省长))$"
)
_LIST_SPLIT = re.compile(r"、|以及|和|及")
_CRAFT = re.compile(r"(?:所|一行)?(?:乘坐|搭乘|乘)的?(?:专机|飞机|包机|航班|座机)$")
_FOLLOWING = 3  # sentences after the arrival that may name who met the visitor
# a city written by its one-character name after 抵 (抵京, 抵澳 as Hong Kong's and Macao's press write an arrival)
_SHORT_CITY = {"抵京": "Beijing", "抵澳": "Macau", "抵港": "Hong Kong", "抵沪": "Shanghai", "抵穗": "Guangzhou"}
_SPOUSE = re.compile(r"[和及偕携]夫人")
_DAY_ONLY = re.compile(rf"(?:{WHEN})?")
# the arrival's clause opening with its time, no subject of its own: "，今天下午乘空军一号专机从上海飞抵北京"
_DAY_WORD = r"(?:今天|昨天|今日|昨日|当天|当日|[0-9０-９一二三四五六七八九十]{1,3}日)"
_DAY_PART = r"(?:上午|下午|中午|晚上|傍晚|凌晨|早上|晚间)"
_TIME_OPENS = re.compile(rf"\s*(?:{_DAY_WORD}{_DAY_PART}?|{_DAY_PART})")
_DELEGATION = re.compile(DELEGATION_HEAD)
# a delegation and the one who leads it, before the arrival: 张高丽率领的高级别中国代表团 / 宋涛率中共代表团
_LED_DELEGATION = re.compile(rf"率(?:领)?的?[^，。；]{{0,20}}?{DELEGATION_HEAD}")
_PRECEDING = 2  # sentences before the arrival that may tell the visit it opens ("…并对朝鲜进行正式友好访问。")


def arrivals(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A visit draft for each arrival of a leader of one side met by people of another (or arriving in
    China, "启程访华"), unless a draft of the item already holds the visitor: "阮富仲…抵达…北京国际机场…
    刘建超…到北京机场迎接"."""
    if not may_occur(_ARRIVAL, r.doc.text) or not any(_ARRIVAL.search(r.doc.text[a:b]) for a, b in r.sentences):
        return list(drafts)
    known = known_people(r, drafts)
    held = {p.native for d in drafts if d.confidence >= 1.0 for p, _c in d.host.people + d.guest.people}
    out = list(drafts)
    unmet: dict[str, int] = {}  # visitor -> index in ``out`` of their visit met by no one named yet
    landed: list[Draft] = []  # arrivals abroad told with no visit word, met by the other side
    for i, span in enumerate(r.sentences):
        sent = r.doc.text[span[0] : span[1]]
        m = _ARRIVAL.search(sent)
        if m is None or span in r.headings or _NOT_HAPPENED.search(sent, 0, m.start()):
            continue
        before = r.doc.text[r.sentences[max(i - _PRECEDING, 0)][0] : span[0]]
        # a delegation led by someone named arriving ("张高丽率领的中国代表团抵达尼泊尔") is on a visit (whether
        # abroad, below: a country or city of another side than the leader's)
        led_delegation = _LED_DELEGATION.search(sent, 0, m.start()) is not None
        # an arrival that opens no visit (a flight, a stopover), here or just before, is read only when it is abroad
        # and someone of the other side met the visitor (总统…专机降落在昆明…，总统在机场受到…外交部副部长…的接待)
        visit_told = bool(_VISIT.search(sent) or _VISIT.search(before) or led_delegation)
        commas = [c for c in _COMMA.finditer(sent, 0, m.start())]
        start = commas[-1].end() if commas else 0
        if len(commas) > 0 and _DAY_ONLY.fullmatch(sent, start, m.start()):
            # 中央外事办主任杨洁篪，周三（19日）抵达新加坡: the visitor set off by a comma before their day
            start = commas[-2].end() if len(commas) > 1 else 0
        # 习近平和夫人彭丽媛抵达…: the visitor is named before the spouse
        spouse = _SPOUSE.search(sent, start, m.start())
        if sent.startswith("由", start) and led_delegation:
            start += 1  # 由张高丽率领的中国代表团抵达…: the leader after 由
        subject = sent[start : spouse.start() if spouse else m.start()]
        if craft := _CRAFT.search(subject):  # 总统乘坐的专机降落在…: the one the aircraft carried
            subject = subject[: craft.start()]
        visitors = _named(r, span[0] + start, subject, known) or _delegation_led(r, span[0], subject)
        if not visitors and commas and _TIME_OPENS.match(subject):
            visitors = _first_clause_subject(r, span[0], sent[: commas[0].start()], known)
        if not visitors:
            continue
        visitor, side = visitors[0]
        if side is None and led_delegation and (named := find_countries(subject[visitor.span[1] - span[0] - start :])):
            side = named[0][2]  # 政治局委员张高丽率领的中国代表团: a post naming no country, the delegation's
        greeters = _greeters(r, span, i, sent, m.end(), known, visitor.native)
        hosts = [(p, c) for p, c in greeters if c != side]
        if visitor.native in held and visitor.native not in unmet and not _met_apart(visitor, hosts, out):
            continue
        where = m.group("where")
        place = find_place("在" + where, span[0] + m.start("where") - 1) if where else None
        if place is None and (city := _SHORT_CITY.get(m.group("china") or "")):  # 美国总统特朗普抵京访华: Beijing
            place = city, (span[0] + m.start("china") + 1, span[0] + m.start("china") + 2)
        # the country arrived in is the one visited when the visit is told after the arrival ("抵达新加坡，开始为期
        # 3天的访问"), not when it is a visit ending before it ("结束对越南的国事访问后飞抵新加坡")
        arrived_in = where or "" if _VISIT.search(sent, m.end()) or led_delegation else ""
        visited = _visited(sent[m.end() :], place[0] if place else None, arrived_in)
        abroad = side is not None and visited is not None and visited != side
        landed_abroad = side is not None and place is not None and city_country(place[0]) not in (None, side)
        if not visit_told and not (hosts and landed_abroad):
            continue  # (the city landed in, not a country the greeters' posts name: 抵达北京…越南驻华大使)
        if not hosts and not (m.group("china") and side not in CHINESE_SIDES) and not abroad:
            continue
        if led_delegation and not _VISIT.search(sent) and not _VISIT.search(before) and not abroad:
            continue  # (a delegation arriving at home, or where no country is named, opens no visit read here)
        lead = strip_dateline(sent)  # （北京20日综合电）…杨洁篪，周三（19日）抵达: the dateline's day is no arrival's
        found = find_date(sent[lead : m.start()], r.doc.published, span[0] + lead) or find_date(
            sent[lead:], r.doc.published, span[0] + lead
        )
        if abroad:  # a host whose post names no country (米歇尔总统) met the visitor in the country visited
            hosts = [(p, c if c is not None else visited) for p, c in hosts]
            greeters = [(p, c if c is not None else visited) for p, c in greeters]
        host = Side(people=hosts[:1], country=hosts[0][1] if hosts else (visited if abroad else "CN"))
        guest = Side(people=[(visitor, side)], country=side)
        d = Draft.found("visit", span, sent, host, guest, found, place)
        # a greeter whose post names no country (文化相崔益奎 after 朝鲜劳动党…书记崔泰福) is of the host's side
        d.attendees = [Attendee(p, c or host.country, False) for p, c in greeters if (p, c) not in hosts[:1]]
        if not visit_told:
            landed.append(d)  # (read last: a later arrival the item tells as a visit is the one kept)
            continue
        if visitor.native in unmet:  # the headline told the arrival; the body says who met the visitor
            if hosts and is_foreign_pair(d):
                out[unmet.pop(visitor.native)] = d
            continue
        if is_foreign_pair(d) or (not hosts and (abroad or side not in CHINESE_SIDES)):
            out.append(d)
            held.add(visitor.native)
            if not hosts:
                unmet[visitor.native] = len(out) - 1
    # an arrival abroad told with no visit word, met by the other side: when no other arrival is read and the item
    # reads no exchange of the visitor with those who met them (…抵达北京。…司长在机场接机。…在上海与市委书记会面:
    # a visit beside that meeting)
    read_arrivals: set[str] = set()
    for d in landed:
        visitor = d.guest.people[0][0]
        if visitor.native in read_arrivals or not is_foreign_pair(d):
            continue
        visits = [o for o in out if o.kind == "visit" and visitor.native in {p.native for p, _c in o.guest.people}]
        if visitor.native not in held or (not visits and _met_apart(visitor, d.host.people, out)):
            out.append(d)
            held.add(visitor.native)
            read_arrivals.add(visitor.native)
    return out


def _delegation_led(r: Reading, upto: int, subject: str) -> list[tuple[ChainPerson, str | None]]:
    """A delegation arriving under its name alone ("朝鲜劳动党友好参观团当天到达北京") is led by the leader an
    earlier sentence named it with ("以…朴泰成为团长的朝鲜劳动党友好参观团…赴中国访问"), else a later one
    ("本次訪問團由…李伯元率領")."""
    m = _DELEGATION.search(subject)
    if m is None:
        return []
    led = delegation_leader_before(r, upto, subject[: m.end()]) or delegation_leader_after(r, upto, subject[: m.end()])
    return [led] if led is not None else []


def _met_apart(visitor: ChainPerson, hosts: list[tuple[ChainPerson, str | None]], drafts: list[Draft]) -> bool:
    """The visitor's exchanges the item reads are with others than those who met them on arrival: the arrival
    is a visit of its own ("…抵达华盛顿安德鲁斯空军基地。美国副总统拜登和夫人专程到机场，热情欢迎习近平…"
    then "他前往白宫与奥巴马会面"; "…昨天抵达北京…陈云林…接机" then "贾庆林为连战接风洗尘")."""
    if not hosts:
        return False
    met = {
        p.native
        for d in drafts
        if visitor.native in {p.native for p, _c in d.host.people + d.guest.people}
        for p, _c in d.host.people + d.guest.people
    }
    return not any(p.native in met for p, _c in hosts)


def _visited(rest: str, city: str | None, where: str = "") -> str | None:
    """The country an arrival opens a visit to: the first named after the arrival (开始对越南进行国事访问),
    else the arrival city's, or the country arrived in ("抵达新加坡，开始为期3天的访问")."""
    named = find_countries(rest) or find_countries(where)
    return named[0][2] if named else city_country(city)


def _first_clause_subject(
    r: Reading, base: int, clause: str, known: dict  # type: ignore[type-arg]
) -> list[tuple[ChainPerson, str | None]]:
    """The visitor of an arrival whose clause opens with its time and names no one: the subject of the
    sentence's first clause ("美国总统奥巴马正式展开…中国之行，今天下午乘…专机从上海飞抵北京"), the spouse after
    "和夫人" left out; no one when that clause names more than one."""
    spouse = _SPOUSE.search(clause)
    people = _named(r, base, clause[: spouse.start()] if spouse else clause, known)
    return people if len(people) == 1 else []


def _named(r: Reading, base: int, text: str, known: dict) -> list[tuple[ChainPerson, str | None]]:  # type: ignore[type-arg]
    """The people ``text`` names with a title, or bare when the item named them with one before."""
    titled = [(p, country_of(p, r.gaz)) for p in phrases_people(r, base, text)]
    # (a post naming no country after a foreigner listed before it: theirs)
    people = [(p, c) for (p, _own), c in zip(titled, listed_countries(r.doc.text, titled), strict=True)]
    if not people:
        for native, k in known.items():
            at = text.find(native)
            if at >= 0:
                bare = ChainPerson(native, (base + at, base + at + len(native)), k.person.title, None)
                people.append((bare, k.country))
    return people


def _names_then_posts(r: Reading, base: int, text: str) -> list[tuple[ChainPerson, str | None]]:
    """Hosts written name first, post after ("米歇尔总统、赫米尼耶议长"): each item of the list; a name the people
    table knows takes its country, else none (the arrival gives the visited country's)."""
    out: list[tuple[ChainPerson, str | None]] = []
    pos = 0
    for part in _LIST_SPLIT.split(text):
        start = text.find(part, pos)
        pos = start + len(part)
        m = _NAME_THEN_POST.match(part.strip())
        if m is None:
            continue
        at = base + start + (len(part) - len(part.lstrip()))
        name_span = (at + m.start("name"), at + m.end("name"))
        post_span = (at + m.start("post"), at + m.end("post"))
        entry = r.gaz.person(m.group("name"))
        person = ChainPerson(m.group("name"), name_span, m.group("post"), post_span)
        out.append((person, entry.country if entry else None))
    return out


def _greeters(
    r: Reading, span: Span, i: int, sent: str, after: int, known: dict, visitor: str  # type: ignore[type-arg]
) -> list[tuple[ChainPerson, str | None]]:
    """Who met the visitor: the people before a greeting verb (迎接, 接机) in the rest of the sentence or
    in the next sentences, or after it ("今天到机场接机的是国台办副主任陈元丰等人", in any later sentence); the
    visitor named again before the verb greets no one ("朗伊总理和夫人上岸时，专程…迎接客人的…吴文英")."""
    texts = [(span[0] + after, sent[after:])]
    texts += [(s[0], r.doc.text[s[0] : s[1]]) for s in r.sentences[i + 1 : i + 1 + _FOLLOWING]]
    texts += [
        (s[0], text)
        for s in r.sentences[i + 1 + _FOLLOWING :]
        if (g := _GREETING.search(text := r.doc.text[s[0] : s[1]])) and _GREETED_BY.match(text, g.end())
    ]
    def others(people: list[tuple[ChainPerson, str | None]]) -> list[tuple[ChainPerson, str | None]]:
        return [(p, c) for p, c in people if p.native not in visitor and visitor not in p.native]

    for base, text in texts:
        if (shook := _SHOOK_HANDS.search(text)) is not None:  # 同前来迎接的A总统、B议长等热情握手
            at = base + shook.start("list")
            return others(_named(r, at, shook.group("list"), known) or _names_then_posts(r, at, shook.group("list")))
        if (received := _RECEIVED_BY.search(text)) is not None:  # 总统在机场受到A、B以及C的接待和欢迎
            return others(_named(r, base + received.start("list"), received.group("list"), known))
        g = _GREETING.search(text)
        if g is not None and (named := _GREETED_BY.search(text, g.end())) is not None and named.start() == g.end():
            return _named(r, base + named.end(), text[named.end() :], known)  # 到机场接机的是陈元丰等人
        if g is not None:
            before = text[: g.start()]
            place = _WHERE_MET.search(before)  # …范星梅到北京机场迎接: the place is no part of the name
            return others(_named(r, base, before[: place.start()] if place else before, known))
    return []


__all__ = ["arrivals"]
