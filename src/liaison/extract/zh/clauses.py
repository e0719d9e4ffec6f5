"""Drafts from the clauses of one sentence (``grammar``): "S同O举行会谈", "S会见O", "S致电O",
"S同O共同出席…", "S访问X期间…".

Each clause start after a comma may open a subject, up to reported speech; a meeting expected or
called off ("将于", "取消") is no event; "分别" splits counterparts into one event each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from liaison.extract.prefilter import first_char_guarded, guard_of, match_at, may_occur
from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import MISSION_POST, bare_post, posted_country, side_of
from liaison.extract.zh.continuations import continuations
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Side, is_foreign_pair
from liaison.extract.zh.groups import group_country, separately, several_sides
from liaison.extract.zh.kinds import CALL_RE, CO_CHAIR_RE, TRIGGER_RE, co_chaired, is_remote, kind_of
from liaison.extract.zh.places import CITIES, chinese_locality, city_in, find_place
from liaison.extract.zh.pronouns import GROUP_PRONOUNS, PRONOUNS, SPOKEN_BY, antecedent_date, pronoun_side, speaker_side
from liaison.extract.zh.sides import COMMA, object_side, subject_side
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.countries import city_country
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventKind, Span

DATELINE = cue("dateline")
_PAST = cue("past")
# a meeting expected, agreed, hoped for or called off has not happened
_NOT_HAPPENED = cue("not_happened")
# the attendance words right before a meeting verb: "参加了会见", "陪同会谈" (the sentence lists attendees)
_ATTENDED_VERB = re.compile(r"(?:参加|出席|陪同|参与)了?$")
_CONGRATULATED_POST = cue("congratulated_post")
_FUTURE = re.compile(r"将")
_COURTESY_CALL = re.compile(r"礼节性|禮節性")
# a space between two Chinese characters: a headline glued to its lede on one line ("李强晤耶伦 称中方…合作共赢
# 国务院总理李强在北京，会见访华的美国财长耶伦") opens a clause
_CLAUSE_MARK = first_char_guarded(re.compile("[：:，,]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])"))
_CLAUSE_PATTERNS = (
    g.WITH_RE, g.RECEIVED_BY_RE, g.MEET_RE, g.TO_RE, g.WIRE_RE, g.JOINT_RE, g.RECEIVED_RE, g.SENT_RE
)
_CLAUSE_GUARD = guard_of((*_CLAUSE_PATTERNS, g.VISIT_RE))  # what a clause start is tried for, looked for once


@lru_cache(maxsize=256)
def clause_starts(sent: str) -> tuple[int, ...]:
    """Where a subject may start: the sentence start and each clause after a comma, up to
    reported speech (应…邀请，X… / 在…之际，X…). (Cached: the clause patterns and the visit told,
    ``delegations``, read the same sentence.)"""
    starts = [0]
    for mark in _CLAUSE_MARK.finditer(sent):  # (the marks alone, not every character)
        i, ch = mark.start(), mark.group()
        if ch in "：:" and sent.endswith(("消息", "讯", "电"), 0, i):
            starts.append(i + 1)  # [ 2007-04-30 ] 中国日报网环球在线消息：…: a byline after page furniture
        if ch == " ":
            starts.append(i + 1)
        if ch in "，,":
            if g.SPEECH_CUE.search(sent, 0, i):
                break
            starts.append(i + 1)
    return tuple(starts)


def holds_cue(sent: str, calls: bool = True, co_chairs: bool = True) -> bool:
    """Whether a sentence holds a cue of the clause patterns: a meeting or message word, a call on someone, a
    session co-chaired. ``calls``, ``co_chairs``: False when the item holds none of those anywhere (asked once per
    item: ``may_occur``), so that they are not looked for sentence by sentence."""
    return bool(TRIGGER_RE.search(sent) or (calls and CALL_RE.search(sent)) or (co_chairs and co_chaired(sent)))


def item_cues(text: str) -> tuple[bool, bool]:
    """Whether a call on someone and a session co-chaired may be told anywhere in ``text`` (``holds_cue``)."""
    return may_occur(CALL_RE, text), may_occur(CO_CHAIR_RE, text)


_Seated = tuple[ChainPerson, str | None]  # a person and their side


def _bare_sides(host: Side, sides: dict[str, str]) -> None:
    """A subject named bare takes the side the item's titled mention gave them (沙伦赛 of "老挝外交部部长
    沙伦赛·贡玛希"), the full form's first part counting as the name."""
    host.people = people = _told_sides(host.people, sides)
    host.country = next((c for _p, c in people if c), None)


def _told_sides(people: list[_Seated], sides: dict[str, str]) -> list[_Seated]:
    """``people``, each named bare and of no side given the side the item's titled mention gave them: their own
    form's, else that of a full form it begins ("沙伦赛" of "沙伦赛·贡玛希")."""
    return [
        (p, c if c is not None or p.title is not None
         else sides.get(p.native) or next((v for k, v in sides.items() if k.startswith(p.native + "·")), None))
        for p, c in people
    ]


def _guest_sides(guest: Side, sides: Callable[[], dict[str, str]], headline: str | None) -> None:
    """A counterpart named bare takes the side the item's titled mention gave them before the headline's country
    ("中国和老挝加强双边合作" … "应老挝外交部部长沙伦赛·贡玛希邀请，中国外长王毅…" … "沙伦赛在万象会见了王毅": 王毅 is
    of China, not of the Laos the headline names); one the item never titles takes the headline's, as before."""
    if any(c is None and p.title is None for p, c in guest.people):
        guest.people = people = _told_sides(guest.people, sides())
        guest.country = guest.country or next((c for p, c in people if c and p.native not in guest.international), None)
    if headline is not None:
        guest.people = [(p, c or (None if p.native in guest.international else headline)) for p, c in guest.people]
        if guest.country is None and not guest.international:
            guest.country = headline


def drafts_from_sentence(
    doc: Document,
    span: Span,
    gaz: Gazetteer,
    headline: str | None,
    text: str | None = None,
    post: bool = False,
    quoted: bool = False,
    sides: Callable[[], dict[str, str]] | None = None,
    met_before: Callable[[str], str | None] | None = None,
    told: bool = False,
) -> list[Draft]:
    """The drafts of one sentence. ``quoted``: the sentence goes on someone's reported speech
    (李强表示，…。去年，两国元首两度会晤…), so only a subject at its very start counts. ``sides``: the
    country of each person the item names with a title (asked only for a subject named bare: 沙伦赛在万象会见了王毅).
    ``met_before``: the side of a delegation met again by its head noun alone ("…会见了台湾…参访团一行。…
    俞正声会见了参访团一行"), as an earlier draft of the item holds it. ``told``: the caller found the sentence
    holds a cue (``holds_cue``)."""
    sent = text if text is not None else doc.text[span[0] : span[1]]
    if not told and not holds_cue(sent):
        return []
    lead = DATELINE.match(sent)
    if lead:
        sent = sent[lead.end() :]
        span = (span[0] + lead.end(), span[1])
    base = span[0]
    if _PAST.search(sent):
        post = False  # 今年10月，习近平总书记同通伦总书记举行会晤: a past meeting recalled
    starts = [0] if quoted else list(clause_starts(sent))
    spoken = SPOKEN_BY.match(sent) if sides is not None else None
    if spoken is not None and spoken.end() not in starts:
        starts = sorted([*starts, spoken.end()])  # 安华说，他于29日接见了…: the speaker's own act, quoted or not
    for pos in starts:
        if _CLAUSE_GUARD is not None and _CLAUSE_GUARD.search(sent, pos) is None:
            break  # no clause pattern (nor the visit) can match here or at any later start
        for rx in _CLAUSE_PATTERNS:
            m = match_at(rx, sent, pos)
            if m is None:
                continue
            host = subject_side(m, base, gaz, post)
            pronoun = host is None and sides is not None and m.group("subj") in PRONOUNS | GROUP_PRONOUNS
            if pronoun and sides is not None and spoken is not None and m.start("subj") == spoken.end():
                host = speaker_side(sent, base, sides(), gaz)
            elif pronoun and sides is not None:
                host = pronoun_side(doc, span, m.group("subj"), sides(), gaz, base + m.start("subj"))
            if host is None or _NOT_HAPPENED.search(sent, m.start("subj"), m.start("verb")):
                continue
            if _ATTENDED_VERB.search(sent, m.start("subj"), m.start("verb")):
                continue  # "A与B参加了会见": those who attended a meeting told before, not one of their own
            verb = m.group("verb")
            obj_off = base + m.start("obj")
            guest = object_side(m.group("obj"), obj_off, gaz, None if sides is not None else headline, post)
            if sides is not None:
                _guest_sides(guest, sides, headline)
            if sides is not None and host.country is None and guest.people:
                _bare_sides(host, sides())
            if verb == "座谈" and _COMPATRIOTS.search(m.group("obj")):
                continue  # 与在韩侨胞、中资企业和留学生代表座谈: China's people abroad, no foreign side
            if not guest.people and guest.country is None and not guest.delegation:
                if not _parties_of_many(m.group("obj")):
                    continue  # 8日和9日在京…: the 和 was no preposition
                guest.foreign = True  # 会见来华出席论坛的多国政党领导人: foreign parties nobody names (multi25)
            if not guest.people and verb.startswith("座谈") and not guest.delegation:
                # 与在韩侨胞、中资企业代表座谈: a sit-down with groups, no counterpart named (not a delegation, multi25:
                # 同越南共产党干部考察团座谈交流)
                continue
            if not guest.people and guest.country is None and met_before is not None:
                guest.country = met_before(guest.delegation)
            clause = sent[: m.end()]
            sent_message = rx in (g.TO_RE, g.WIRE_RE, g.RECEIVED_RE, g.SENT_RE)
            kind: EventKind = "message" if sent_message else kind_of(verb, clause)
            if kind == "message":
                _posts_congratulated(guest, sent, m.start("obj"), base, gaz)
            if kind == "message" and guest.country is None:
                # 致电X，祝贺他当选…总统: the country is in the rest of the sentence
                rest = sent[m.end() :]
                c = next((iso for _s, _e, iso in find_countries(rest) if iso != "CN"), None)
                guest.country = c or headline
                guest.people = [(p, c or country) for p, country in guest.people]
            if rx is g.JOINT_RE:
                if m.group("verb") == "主持" and not _co_chaired(sent, m, host, guest):
                    continue
                joint = _joint(doc, span, sent, m, host, guest)
                return [joint] if guest.people and is_foreign_pair(joint) else []
            drafts = _split(doc, span, sent, m, kind, host, guest, gaz)
            if pronoun and host is not None:
                antecedent_date(doc, host, drafts)
            if not any(is_foreign_pair(d) for d in drafts):
                continue  # 习近平和夫人彭丽媛…会见: the 和 joined the host's spouse; try the next reading
            if kind != "message" and drafts and not quoted:
                obj_end = m.end() if rx is g.WITH_RE else m.start("obj")
                comma = COMMA.search(sent, obj_end)
                told_on = sent
                if (semi := _SEMICOLON.search(sent, obj_end)) and (comma is None or semi.start() < comma.start()):
                    # a subjectless meeting clause right after a semicolon goes on with the same subject (…通电话；
                    # 分别会见A和B), up to the next semicolon only
                    rest = sent[semi.end() :]
                    if g.CONT_MEET_RE.match(rest) or g.CONT_WITH_RE.match(rest):
                        after = _SEMICOLON.search(sent, semi.end())
                        comma, told_on = semi, sent[: after.start()] if after else sent
                if comma and not g.LED_RE.match(m.group("obj")):
                    first = drafts[0]
                    courtesy = _COURTESY_CALL.search(sent, m.start("subj"), m.start("verb")) is not None
                    meet = drafts if rx is g.MEET_RE and (verb == "会见" or courtesy) else None
                    # 礼节性拜访A，B以及C: courtesy calls, one on each
                    more = continuations(
                        doc, span, told_on, comma.end(), first, gaz, headline, separately(m) or courtesy, meet, post
                    )
                    drafts += more
            return drafts
        m = None if quoted else match_at(g.VISIT_RE, sent, pos)
        if m is not None and m.group("where5") and not _in_china(m.group("where5")):
            m = None  # 率团赴古巴访问，会见了…: read by the visit's own passes (``stays``, ``delegations``), not here
        if m is not None and (host := subject_side(m, base, gaz, post)) is not None:
            visited = next((m.group(w) for w in _VISITED if m.group(w)), "")
            country = next((iso for _s, _e, iso in find_countries(visited) if iso != "CN"), None) or headline
            if country is None and host.country not in (None, "CN") and _CHINESE_BODY.match(visited):
                country = "CN"  # 秋美爱访问中共中央党校，与常务副校长何毅亭会晤: the posts are of the body visited
            found = find_date(sent[: m.end()], doc.published, base)
            head = Draft.found("meeting", span, sent, host, Side(), found)
            return continuations(doc, span, sent, m.end(), head, gaz, country, True, None, post)
    return []


_SEMICOLON = re.compile(r"[；;]")


def _in_china(place: str) -> bool:
    """A place visited in China: a province or city of it, or China itself ("…考察团到中国访问，其间先后会见了A，B")."""
    return chinese_locality(place) or place in ("中国", "我国")
_VISITED = ("where", "where2", "where3", "where4", "where5")  # the groups of ``g.VISIT_RE`` naming the place visited
_MANY_COUNTRIES = cue("many_countries")
_COMPATRIOTS = cue("compatriots")
_PARTY_GROUP = cue("party_audience")
_WORLD_PARTIES = cue("world_parties")


def _parties_of_many(obj: str) -> bool:
    """The object is the parties' people of many countries, nobody named ("来华出席论坛的多国政党领导人",
    "各国政党代表", "外国政党代表团")."""
    head = obj.split("，")[0]
    return bool(_WORLD_PARTIES.search(head) or (_MANY_COUNTRIES.search(head) and _PARTY_GROUP.search(head)))


# a Chinese body or China visited by a foreign guest: 中共中央党校, 中联部, 中国
_CHINESE_BODY = re.compile(r"(?:中共|中国|中华人民共和国|中央|中联部|全国人大|全国政协)")


def _posts_congratulated(guest: Side, sent: str, obj: int, base: int, gaz: Gazetteer) -> None:
    """致电连战、吴伯雄，对他们续任中国国民党荣誉主席表示祝贺: the post is the title of the people
    written bare, and their side when their chains named none."""
    comma = COMMA.search(sent, obj)
    m = _CONGRATULATED_POST.match(sent, comma.start()) if comma is not None else None
    if m is None or not guest.people or any(p.title for p, _c in guest.people):
        return
    post, span = m.group("post"), (base + m.start("post"), base + m.end("post"))
    country = side_of(post, gaz)
    guest.people = [(replace(p, title=post, title_span=span), country or c) for p, c in guest.people]
    guest.country = guest.country or country


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
    """The drafts of a clause S…O: date and place before the verb (在<place>), one draft per
    counterpart when they were met separately (分别会见A、B) or are of different countries (双边)."""
    base = span[0]
    before_verb = sent[: m.start("verb")]
    # the clause's own day first (…于10月28日…；张荣恭14日也…会谈: the 14th), else one the sentence opens with;
    # in the clause, the day of the verb's own stretch (连战昨晚抵达北京，今天与习近平会面: today)
    cut = max(sent.rfind("，", m.start(), m.start("verb")), sent.rfind(",", m.start(), m.start("verb"))) + 1
    found = find_date(sent[cut : m.start("verb")], doc.published, base + cut) if cut > m.start() else None
    found = found or find_date(sent[m.start() : m.start("verb")], doc.published, base + m.start())
    found = found or find_date(before_verb, doc.published, base)
    date, date_span = (found[0], found[1]) if found else (None, None)
    remote = is_remote(kind, sent[: m.end()])
    location = loc_span = None
    if not remote and kind != "message":
        place = m.group("place")
        where = find_place("在" + place, base + m.start("place") - 1) if place else find_place(before_verb, base)
        if where:
            location, loc_span = where
    city = location or _dateline_city(sent[: m.start()])
    host = _bare_post_abroad(host, guest, city, gaz)
    guest = _bare_post_abroad(guest, host, city, gaz)
    separate = len(guest.people) > 1 and (separately(m) or several_sides(m, kind, guest))
    groups = [[gp] for gp in guest.people] if separate else [guest.people]
    hosts = [host]
    several = len(groups) == 1 or kind == "message"
    if separately(m) and several and len(host.people) > 1 and all(
        p.title or c for p, c in host.people
    ):
        # 西里塞纳和维克勒马辛哈…分别会见了…代表团: each host met the counterpart; 连战、吴伯雄也分别向胡锦涛、习近平
        # 致电: each sender wrote to each recipient (named bare when their side is known: 习近平、李克强…先后
        # 向新加坡领导人发去唁电)
        hosts = [replace(host, people=[hp], country=hp[1] or host.country) for hp in host.people]
    drafts = []
    for one in hosts:
        for group in groups:
            gside = replace(guest, people=list(group))
            if group:
                gside.country = group_country(group, guest)
            drafts.append(Draft(kind, span, sent, one, gside, date, date_span, location, loc_span))
    return drafts


def _dateline_city(text: str) -> str | None:
    """The city written before a clause's subject (a dateline's: "新华社万象3月5日电 国家主席通伦…")."""
    found = city_in(text)
    return CITIES[found[0]] if found else None


def _bare_post_abroad(side: Side, other: Side, city: str | None, gaz: Gazetteer) -> Side:
    """One side named only by a post no country's name qualifies ("国家主席通伦4日在万象会见了…中共代表团",
    "李书磊在万象会见国家主席通伦"), the other side Chinese: a foreign leader, of the country the people
    table gives them, else of the foreign city the exchange is in; China's otherwise (the posts read as
    Chinese: 国家主席)."""
    if side.country not in (None, "CN") or other.country != "CN" or not side.people or side.international:
        return side  # (首相安华在布城接见中国驻马大使: a post of no country's, as Malaysia's press writes its premier;
        # not an international body's official, 新开发银行行长)
    if not all(p.title and bare_post(p.title, gaz) for p, _c in side.people):
        return side
    known = {e.country for p, _c in side.people if (e := gaz.person(p.native)) is not None and e.country}
    # (a post China's own press uses, 省委书记, 国家主席, is China's: only one of no side is placed by the diplomat)
    abroad = (city_country(city) if city else None) or (_posted_to(other) if side.country is None else None)
    country = next(iter(known)) if len(known) == 1 else abroad
    if country is None or country == "CN":
        return side
    return replace(side, people=[(p, country) for p, _c in side.people], country=country)


def _posted_to(side: Side) -> str | None:
    """The country the Chinese side's diplomat is posted to ("中国驻马来西亚大使欧阳玉靖": MY), where a host named by
    a bare post receives them ("首相安华在布城接见…")."""
    for p, _c in side.people:
        m = MISSION_POST.search(p.title or "")
        if m is not None and (country := posted_country(m.group("where"))) is not None:
            return country
    return None


def _co_chaired(sent: str, m: re.Match[str], host: Side, guest: Side) -> bool:
    """A session two chairs of different sides held (王毅和高虎城共同主持开幕式 is China's alone; a session
    announced, …将于18日举行，A与B共同主持, has not happened)."""
    if _FUTURE.search(sent, 0, m.start("verb")):
        return False
    return guest.country is not None and guest.country != (host.country or "CN")


# what two co-chairs hold or attend, named after the verb in the clause: a seminar, forum or theory workshop
_SEMINAR_HELD = re.compile(r"[^，。；]{0,40}?(?:研讨会|座谈会|论坛|研修班|宣介会|理论研讨)")


def _joint(doc: Document, span: Span, sent: str, m: re.Match[str], host: Side, guest: Side) -> Draft:
    """S同O(在<place>)(以视频方式)共同出席<ceremony>: an exchange of kind "other"; 共同主持 <a joint
    committee's session>: the two chairs meet (a video conference when joined by video); remote only when
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
    kind: EventKind = "other" if m.group("verb") == "出席" else "video_conference" if remote else "meeting"
    if _SEMINAR_HELD.match(sent, m.end()):
        kind = "seminar"  # 与越南国会常务副主席丛氏放共同主持召开了…研讨会: a seminar the two chair
    d = Draft(
        kind,
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

