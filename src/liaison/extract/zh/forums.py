"""Multilateral meetings, forums and seminars, with the people a report lists as taking part.

"1月24日，中共中央对外联络部以视频方式举行中国同东南亚、南亚国家“一带一路”政党共商会议。斯里兰卡人民阵线党
领袖、政府总理马欣达，…罗德韦杰克等…100余人参会。中联部部长宋涛表示，…": one event (a video conference)
with the Chinese host side and each named foreign leader. "…理论研讨会以视频形式召开。宋涛与A，B等…出席研讨会
并致辞", "第十届中美政党对话在北京举行，…宋涛出席开幕式并发表讲话" are seminars. The people come from the
sentence holding it and the sentences after it that list who attended or spoke (over one naming nobody that
tells its theme: "第十一届中英政党对话在伦敦举行。双方以“…”为主题，开展了…交流。…刘建超出席对话并作主旨讲话").
A bilateral forum names its foreign side by its short form (中美政党对话: the US), which suffices with one side's
people named, and so does a forum of the world's parties ("中国共产党与世界政党高层对话会3日在北京闭幕。杨洁篪出席
闭幕式并讲话"; one announced to be attended, "习近平今天将出席开幕式", names no participant yet); such a forum
attended ("刘建超在纽约出席中美1.5轨对话框架下专题座谈") counts as held, and so does a forum of political parties
attended ("刘建超以视频方式出席世界政党峰会并致辞。越共中央总书记苏林出席并讲话") with foreign people named.
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import may_occur
from liaison.extract.zh.capacity import CHINESE_SIDES, MISSION_POST, posted_country, unmarked_post
from liaison.extract.zh.clauses import DATELINE
from liaison.extract.zh.countries import SHORT_FORMS, find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Draft, Reading, Side, is_foreign_pair
from liaison.extract.zh.people import country_of, international_official, listed_countries
from liaison.extract.zh.places import find_place
from liaison.extract.zh.recall import known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson, postposed_chinese
from liaison.model.types import EventKind, Span

# <held> a meeting, forum or seminar: 举行…共商会议 / 研讨会以视频形式召开 / 政党对话在北京举行
_FORUM = cue("forum")
_SEMINAR_NOUN = cue("forum_seminar")
_ATTENDED = cue("forum_attended")
_PARTY_FORUM_ATTENDED = cue("party_forum_attended")
_ONLINE = cue("online")
_NOT_HAPPENED = cue("recall_not_happened")
# a sentence listing who attended or spoke: X、Y等出席并致辞 / …100余人参会 / X表示
_TOOK_PART = cue("forum_took_part")
_SPEECH_OPENING = cue("speech_opening")
_BILATERAL = cue("recall_exchange")
# 中国共产党与世界政党高层对话会: parties of many countries, no one foreign country named
_WORLD_PARTIES = cue("world_parties")
# 习近平今天将出席开幕式并发表主旨讲话: taking part announced, not yet done
_FUTURE_PART = cue("future_part")
# 来自东南亚、南亚10国的政党代表参加了论坛: the foreign side of a party forum, told unnamed
_FOREIGN_PARTIES = cue("foreign_parties_attending")
# 在中国驻非盟使团举办的…研讨会上 / 出席了中国驻埃塞俄比亚使馆…共同主办的…论坛: a mission's seminar
_MISSION_SEMINAR = cue("mission_seminar")
# 出席当地华侨华人举办的…座谈会: China's people abroad
_COMPATRIOTS = cue("compatriots")
# 郭业洲在媒体吹风会上表示: speaking of a forum to the press is no taking part in it
_PRESS_BRIEFING = re.compile(r"吹风会")
_FOLLOWING = 3  # sentences after the one holding the forum that may list its participants
# leaving for the forum, told before it: "…乘专机离开北京，出席在柬埔寨金边举行的东亚领导人系列会议" (not yet held)
_SETTING_OUT = re.compile(r"离开北京|离京|离开[^，,。；]{1,6}前往|启程")


def forums(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A draft for each multilateral meeting, forum or seminar the item holds with foreign people named
    (or a foreign country in its name) that no draft was read from: "…以视频方式举行…政党共商会议。
    马欣达，…罗德韦杰克等…参会" gives one video conference with the host and both leaders."""
    # (which of the three can match in some part of the item: each is looked for only in an item that may hold it)
    forum, attended, party_forum = (may_occur(c, r.doc.text) for c in (_FORUM, _ATTENDED, _PARTY_FORUM_ATTENDED))
    if not (forum or attended or party_forum):  # (none can match)
        return list(drafts)
    claimed = {d.sentence for d in drafts}
    held = {p.native for d in drafts for p, _c in d.host.people + d.guest.people}
    out = list(drafts)
    again: set[Span] = set()  # sentences telling a forum already read again
    for i, span in enumerate(r.sentences):
        if span in claimed or span in r.headings or span in again:
            continue
        sent = r.doc.text[span[0] : span[1]]
        m = _FORUM.search(sent) if forum else None
        if m is None and attended and (a := _ATTENDED.search(sent)) is not None and (
            pair_country(a.group()) is not None or _WORLD_PARTIES.search(a.group())
            or _both_sides(_people(r, span, sent[: a.start()]))
        ):
            # 刘建超在纽约出席中美1.5轨对话框架下专题座谈: a bilateral forum attended; 刘海星出席中国共产党与世界
            # 政党高层对话会并发表主旨讲话: a forum of the world's parties; "阮春胜为越方代表团团长，…李书磊为中方代表团
            # 团长，出席研讨会": attended by people of China and of a foreign side named before the verb
            m = a
        envoy: tuple[ChainPerson, str | None] | None = None
        if m is None and attended and (a := _ATTENDED.search(sent)) is not None:
            # 驻加纳大使卢坤应邀出席…研讨会并致辞: a Chinese envoy attending a seminar in the country of the post
            envoy = _envoy(_people(r, span, sent[: a.start()])) or _envoy_named_first(sent[: a.start()], span[0])
            if envoy is not None and _COMPATRIOTS.search(sent):
                envoy = None  # 出席当地华侨华人举办的…座谈会: China's people abroad, no foreign side
            m = a if envoy is not None else None
        elif m is not None and _COMPATRIOTS.search(sent) and not _both_sides(_people(r, span, sent)):
            continue  # 驻加纳大使卢坤出席当地华侨华人举办的…座谈会: compatriots abroad and China's envoy only
        if m is None and party_forum:
            m = _PARTY_FORUM_ATTENDED.search(sent)  # 以视频方式出席世界政党峰会: the attendees' seminar
        if m is None or _NOT_HAPPENED.search(sent, 0, m.start()):
            continue
        if _SETTING_OUT.search(sent, 0, m.start()):
            continue  # "应A、B邀请，温家宝乘专机离开北京，出席…会议": on the way, the inviters no participants
        if _BILATERAL.search(sent):
            continue  # "同…出席高峰论坛的普京举行会谈": a talk the clause patterns read
        attended = m.re is _ATTENDED or m.re is _PARTY_FORUM_ATTENDED
        people = _people(r, span, sent) or (_known_bare(r, span, sent, drafts) if attended else [])
        for later in r.sentences[i + 1 : i + 1 + _FOLLOWING]:
            text = r.doc.text[later[0] : later[1]]
            speech = _SPEECH_OPENING.match(text)
            if speech is not None:
                text = text[: speech.end()]  # 中联部部长宋涛表示，…: the speaker, not what they said
            elif forum and _SAME_FORUM.match(text) and _FORUM.search(text) and later not in claimed:
                again.add(later)  # "论坛…开幕。会议以视频形式举行，…": the same forum told again, not another
                continue
            elif later in claimed or (forum and _FORUM.search(text)):
                break
            elif not _TOOK_PART.search(text):
                if _people(r, later, text):
                    break
                continue  # "双方以“…”为主题，开展了…交流": the theme, naming nobody, before who attended
            if _FUTURE_PART.search(text) or _PRESS_BRIEFING.search(text):
                continue  # 习近平今天将出席开幕式 / 郭业洲在媒体吹风会上表示: no participant (yet)
            people += [p for p in _people(r, later, text) if p[0].native not in {q[0].native for q in people}]
            if speech is not None:
                break
        start = max(sent.rfind("，", 0, m.start()), sent.rfind(",", 0, m.start())) + 1
        nxt = r.sentences[i + 1] if i + 1 < len(r.sentences) else None
        told_after = r.doc.text[nxt[0] : nxt[1]] if nxt is not None else ""
        # a forum of parties attended, whose sentence or the next says parties of several countries sent people
        said = m.re is _PARTY_FORUM_ATTENDED and any(
            _FOREIGN_PARTIES.search(r.doc.text, a, b) for a, b in r.sentences[i : i + 2]
        )
        if envoy is not None:
            people = [(p, "CN", False) if p.native == envoy[0].native else (p, c, igo) for p, c, igo in people]
            if all(p.native != envoy[0].native for p, _c, _igo in people):
                people.insert(0, (envoy[0], "CN", False))  # 严宇清总领事: read by ``postposed_chinese`` only
        d = _draft(r, span, sent, sent[start : m.end()], people, online_after=_online_after(told_after),
                   parties_said=said, abroad=envoy)
        if d is not None and d.guest.people and all(p.native in held for p, _c in d.guest.people):
            continue  # the same people as an exchange already read (a sentence told twice)
        if d is not None and is_foreign_pair(d):
            out.append(d)
            claimed.add(span)
    return out


def mission_seminars(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """A seminar a Chinese mission holds, attended by foreign officials its sentence names, none of the mission's people
    named ("非盟某主任A在中国驻非盟使团举办的“…”研讨会上祝贺…", "某国部长B、C等出席了中国驻该国使馆…共同主办的
    “…论坛”"): one seminar of theirs, China's side the mission. Not a sentence a draft was read from, nor people a
    draft already seats."""
    if not may_occur(_MISSION_SEMINAR, r.doc.text):
        return drafts
    claimed = {d.sentence for d in drafts}
    held = {p.native for d in drafts for p, _c in d.host.people + d.guest.people}
    out = list(drafts)
    for span in r.sentences:
        sent = r.doc.text[span[0] : span[1]]
        m = _MISSION_SEMINAR.search(sent)
        if m is None or span in claimed or _FUTURE_PART.search(sent):
            continue
        # those named before the seminar (its attendees or speakers), of a side other than China's; a post naming no
        # country (外交部国务部长) is of the country the sentence named last before it ("埃塞俄比亚…部长厄格季、…")
        guests = []
        for p, c, igo in _people(r, span, sent[: m.start()]):
            if not igo and (c is None or (c == "CN" and unmarked_post(p.title))):
                before = [iso for _a, _b, iso in find_countries(sent[: (p.title_span or p.span)[0] - span[0]])]
                c = next((iso for iso in reversed(before) if iso not in CHINESE_SIDES), c)
            if p.native not in held and (igo or (c is not None and c not in CHINESE_SIDES)):
                guests.append((p, c))
        if not guests:
            continue
        country = next((c for _p, c in guests if c), None)
        guest = Side(people=guests, country=country, international={p.native for p, c in guests if c is None})
        guest.foreign = country is None
        d = Draft.found("seminar", span, sent, Side(country="CN"), guest, find_date(sent, r.doc.published, span[0]))
        if is_foreign_pair(d):
            out.append(d)
            claimed.add(span)
    return out


def _envoy(people: list[tuple[ChainPerson, str | None, bool]]) -> tuple[ChainPerson, str | None] | None:
    """The one person before a seminar's verb who heads a Chinese mission abroad ("驻加纳大使卢坤"), with the country
    posted to (None when the post names a city: "驻拉各斯总领事"); None unless that is everyone named there."""
    if len(people) != 1:
        return None
    p = people[0][0]
    m = MISSION_POST.fullmatch(p.title or "")  # 驻加纳大使, 中国驻拉各斯总领事
    if m is None or m.group("post") not in ("大使", "总领事"):
        return None
    return p, posted_country(m.group("where"))


def _envoy_named_first(before: str, base: int) -> tuple[ChainPerson, str | None] | None:
    """A mission's head an embassy's page names before the post, the subject of a seminar's verb ("5月7日，严宇清总领事
    应邀出席…": ``titles.postposed_chinese``), with no country: the one posted to is not told."""
    start = max(before.rfind(sep) for sep in "，,。；\n ") + 1
    piece = _INVITED.sub("", before[start:])
    p = postposed_chinese(piece, base + start)
    return (p, None) if p is not None and p.title in ("大使", "总领事") else None


_INVITED = re.compile(r"(?:应邀|受邀|亦|也|还)+$")


def _both_sides(people: list[tuple[ChainPerson, str | None, bool]]) -> bool:
    """Whether ``people`` hold someone of China and someone of a known foreign side (not an international official)."""
    countries = {c for _p, c, igo in people if c is not None and not igo}
    return bool(countries & CHINESE_SIDES) and bool(countries - CHINESE_SIDES)


# 中美政党对话 / 中越理论研讨会 / 中俄两党…论坛: China and one short form, the two sides of a bilateral forum
# (巴 and 塞 name two countries each; 中非, 中拉 are continents)
_PAIR = re.compile("中([" + "".join(k for k in SHORT_FORMS if k not in "巴塞") + "])(?![共方])")


def pair_country(held: str) -> str | None:
    """The foreign side a bilateral forum's name gives with China's ("第十届中美政党对话" -> US), when it
    names one pair only ("中日韩" names three)."""
    pairs = _PAIR.findall(held)
    if len(pairs) != 1 or re.search("中[" + "".join(SHORT_FORMS) + "]{2}", held):
        return None
    return SHORT_FORMS[pairs[0]]


def _people(r: Reading, span: Span, text: str) -> list[tuple[ChainPerson, str | None, bool]]:
    """The titled people of one sentence: (person, country, international official); a post naming no country
    is of the foreign side listed right before it (``listed_countries``)."""
    people = phrases_people(r, span[0], text)
    own = [(p, country_of(p, r.gaz)) for p in people]
    igo = [international_official(p, r.gaz) for p in people]
    listed = listed_countries(r.doc.text, [(p, None if o else c) for (p, c), o in zip(own, igo, strict=True)])
    return [(p, c if o else lc, o) for (p, c), o, lc in zip(own, igo, listed, strict=True)]


def _known_bare(
    r: Reading, span: Span, text: str, drafts: list[Draft]
) -> list[tuple[ChainPerson, str | None, bool]]:
    """The people ``text`` names bare whom the item named with a title before ("刘建超在纽约出席…")."""
    out: list[tuple[ChainPerson, str | None, bool]] = []
    for native, k in known_people(r, drafts).items():
        at = text.find(native)
        if at >= 0:
            bare = ChainPerson(native, (span[0] + at, span[0] + at + len(native)), k.person.title, None)
            out.append((bare, k.country, k.international))
    return out


# "论坛于6月25日上午开幕。此次会议以视频形式举行，…": the forum, named again, held by video in the next sentence
_SAME_FORUM = re.compile(r"^(?:此次|本次|这次|该)?(?:会议|论坛|研讨会|座谈会|对话会|对话|宣介会)")


def _online_after(text: str) -> bool:
    """Whether the sentence after a forum's tells it was held by video ("此次会议以视频形式举行")."""
    return bool(_SAME_FORUM.match(text)) and bool(_ONLINE.search(text))


def _draft(
    r: Reading, span: Span, sent: str, held: str, people: list[tuple[ChainPerson, str | None, bool]],
    *, online_after: bool = False, parties_said: bool = False, abroad: tuple[ChainPerson, str | None] | None = None,
) -> Draft | None:
    hosts: list[tuple[ChainPerson, str | None]] = [(p, c) for p, c, igo in people if not igo and c in CHINESE_SIDES]
    # a guest is someone of a known foreign side (a county secretary of no known side is no foreign guest)
    guests: list[tuple[ChainPerson, str | None]] = [
        (p, c) for p, c, igo in people if igo or (c is not None and c not in CHINESE_SIDES)
    ]
    named = next((iso for _s, _e, iso in find_countries(held) if iso not in CHINESE_SIDES), None) or pair_country(held)
    if abroad is not None:
        named = named or abroad[1]
    country = next((c for _p, c in guests if c), named)
    # 中国共产党与世界政党高层对话会3日在北京闭幕。杨洁篪出席闭幕式并讲话: a forum of the world's parties has a
    # foreign side even when no foreign leader is named
    # (and so has a forum of parties whose report says parties of several countries sent people: "陈洲以视频方式
    # 出席…“一带一路”政党论坛并致辞。…来自…10国的政党代表参加")
    world = not guests and named is None and (bool(_WORLD_PARTIES.search(held)) or parties_said or abroad is not None)
    if not hosts or (not guests and named is None and not world):
        return None
    remote = bool(_ONLINE.search(sent)) or online_after
    kind: EventKind = "seminar" if _SEMINAR_NOUN.search(held) else ("video_conference" if remote else "meeting")
    lead = DATELINE.match(sent)  # 新华网万象4月30日电…29日举办: the day held, not the day filed
    cut = lead.end() if lead else 0
    found = find_date(sent[cut:], r.doc.published, span[0] + cut) or find_date(sent, r.doc.published, span[0])
    place = None if remote else find_place(sent[cut:], span[0] + cut) or find_place(sent, span[0])
    host = Side(people=hosts, country="CN")
    guest = Side(people=guests, country=country, international={p.native for p, _c, igo in people if igo})
    guest.foreign = world
    d = Draft.found(kind, span, sent, host, guest, found, place)
    d.remote = remote
    return d


__all__ = ["forums", "mission_seminars"]
