"""The two sides of a clause: the subject (host) and the object (counterpart).

"习近平在人民大会堂会见越共中央总书记苏林": the subject 习近平 is the host; the object, with its relative
clause and trailing "时表示…" dropped, gives 苏林 of Vietnam. "会见以X为团长的…代表团" reads the delegation
and its leader; an unnamed subject counts when it names its country (韩国…党代表).
"""

from __future__ import annotations

import re

from liaison.extract.prefilter import first_char_guarded
from liaison.extract.zh import grammar as g
from liaison.extract.zh.capacity import bare_post, parties_in, side_of, unmarked_post
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue, cue_source
from liaison.extract.zh.draft import Side
from liaison.extract.zh.led_sides import led_delegation_side
from liaison.extract.zh.names import looks_chinese, looks_japanese, runs_on
from liaison.extract.zh.people import (
    country_of,
    international_official,
    people_in,
    surname_word_opens_name,
    valid_person,
)
from liaison.extract.zh.titles import HEAD_RE, ChainPerson, postposed_chinese, strip_relative
from liaison.extract.zh.told_sides import person_country
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document

_ATTENDING = cue("attending")
_VISITING = cue("visiting_subject")
_POST_END = cue("post_end")
_DELEGATION = cue("delegation")
_HK_MO = cue("hong_kong_macao")
_CONGRATULATED = cue("congratulated")
_TAIWAN = cue("taiwan_side")
_ALSO_HOSTED = re.compile(r"^并(?:设宴)?(?:宴请|款待|招待)了?")
# an unnamed subject ends in a post or a body: 韩国…党代表, 也门政府代表团
_UNNAMED_SUBJECT = first_char_guarded(
    re.compile("(?:" + HEAD_RE.pattern + "|" + cue_source("unnamed_subject_bodies") + ")$")
)

COMMA = re.compile(r"[，,]")
# the Chinese side left unnamed as its leader(s), with a time or place after: 中国领导人同日下午在人民大会堂(会见舒默)
_CHINESE_LEADER = re.compile(
    r"(?:中国|中方|中国国家)领导人(?:同日|当天|当日|昨日|昨天|今天)?(?:上午|下午|晚上|晚间)?(?:在.{2,12}?)?"
)
# a subject described by kinship first: <A>的儿子、<B>
_KIN = re.compile(r"的(?:儿子|长子|次子|女儿|长女|父亲|母亲|妻子|丈夫|兄长|弟弟)、")
# where a caption places someone in the photo: （左）, （右二）
_CAPTION_PLACE = re.compile(r"[（(][左右中前后][一二三四五六七八九]?[）)]$")

# what follows the counterpart's name in the object: 时(表示…), a date or place (特朗普18日, 普京11日在…)
_OBJECT_TAIL = cue("object_tail")
_RELATIVES_OF = cue("relatives_of")


def headline_country(doc: Document) -> str | None:
    """The foreign country the item's headline names ("习近平会见越南国家主席" -> VN), if any."""
    for _s, _e, iso in find_countries(doc.article.title or ""):
        if iso != "CN":
            return iso
    return None


def _speech_in(subj: str) -> bool:
    """Whether a speech or time word (表示, 将, 曾…) stands in a subject, other than a family name that is also a word
    opening the name that ends it (中共中央政治局常委、书记处书记曾庆红)."""
    return any(not surname_word_opens_name(subj, w.start()) for w in g.SPEECH_WORDS.finditer(subj))


def subject_side(m: re.Match[str], base: int, gaz: Gazetteer, post: bool = False) -> Side | None:
    """The host side of a clause: the people of its subject ("习近平在人民大会堂会见…" -> 习近平),
    or an unnamed subject that names its country (韩国…党代表) or is China's unnamed leader (中国领导人);
    None when the subject is no side."""
    subj = m.group("subj")
    if not (m.groupdict().get("obj") or "visit").strip() or _ATTENDING.search(subj):
        return None
    if _speech_in(subj) and not _POST_END.search(subj[-3:]):
        return None
    start = base + m.start("subj")
    subj = _CAPTION_PLACE.sub("", subj)  # 國民黨副主席蕭旭岑（左），昨於…會見: a caption's 左/右 is no part of the name
    if (visiting := _VISITING.match(subj)) is not None:
        # 正在法國訪問的國務委員兼外長王毅，…與法國總統馬克龍會晤: the trip is no part of the posts
        subj, start = subj[visiting.end() :], start + visiting.end()
    people = people_in(subj, start, gaz, post=post)
    bare = not people and bool(people := _bare_leaders(subj, start, gaz))  # 习近平、李克强、张德江…先后
    if (kin := _KIN.search(subj)) is not None:
        # 柬埔寨首相洪森的兒子、柬埔寨候任首相洪馬內…會見: the one described by kinship is no host
        people = [p for p in people if p.span[0] >= start + kin.end()]
    side = Side(phrase=subj)
    end = max(people[-1].span[1], (people[-1].title_span or (0, 0))[1]) if people else -1
    if people and end < start + len(subj):
        people += _sharing_title(people[-1], subj[end - start :], end, gaz)
        end = people[-1].span[1]
    if people and (end == start + len(subj) or runs_on(subj[end - start :])):
        last = people[-1]
        if last.title is None and not (len(last.native) <= 3 or looks_japanese(last.native)
                                       or person_country(last.native, gaz)):
            return None
        side.people = [(p, led_delegation_side(p, subj, p.span[1] - start, gaz) or country_of(p, gaz))
                       for p in people]
        side.country = next((c for _p, c in side.people if c), None)
        if bare:
            side.people = [(p, c or side.country) for p, c in side.people]  # listed with the known ones
        return side
    if (led := _led_subject(subj, start, gaz, post)) is not None:
        return led
    if post and (envoy := _own_envoy(subj, start)) is not None:
        side.people, side.country = [(envoy, "CN")], "CN"
        return side
    # an unnamed subject still counts when it names its country (韩国…党代表)
    if (country := unnamed_subject_country(subj, gaz)) is not None:
        side.country = country
        return side
    if _CHINESE_LEADER.fullmatch(subj.strip()):
        side.country = "CN"  # 中国领导人同日下午在人民大会堂会见舒默: China's side left unnamed
        return side
    return None


def unnamed_subject_country(subj: str, gaz: Gazetteer) -> str | None:
    """The foreign country a subject naming nobody names when it ends in a post or a body (韩国…党代表, 也门政府代表团).
    (Its ending, a short search, is looked at before its country, a scan of the gazetteer's organisations over the
    whole subject: most subjects end in neither.)"""
    if _UNNAMED_SUBJECT.search(subj) is None:
        return None
    country = side_of(subj, gaz)
    return country if country and country != "CN" else None


_PARTY_TAIL = re.compile(r"(?:一行|及夫人)$")
# a delegation named by its titled leader alone: <title><name>代表团(一行)
_NAMED_DELEGATION = re.compile(
    r"^(?P<who>[^，,。；、]{3,60}?)(?P<deleg>代表团|访问团|考察团|参访团|参观团|友好团)(?:一行)?$"
)
# the heads of a mission an embassy's own page names before their post (何炜大使拜会…, 严宇清总领事会见…)
_ENVOY_POSTS = frozenset({"大使", "总领事", "临时代办", "代办"})


def _own_envoy(subj: str, start: int) -> ChainPerson | None:
    """A Chinese name written before a mission head's post as the whole subject ("何炜大使", "使馆临时代办王伟代办" is
    not): China's envoy, as the embassies' pages write their own head (``titles.postposed_chinese``)."""
    piece = subj.strip()
    p = postposed_chinese(piece, start + subj.find(piece))
    if p is None or p.title not in _ENVOY_POSTS or p.span[0] != start + subj.find(piece):
        return None
    return p


def _led_subject(subj: str, start: int, gaz: Gazetteer, post: bool) -> Side | None:
    """A delegation named with its leader as the subject ("以越共中央政治局委员、河内市委书记黄忠海为首的河内市高级
    代表团…礼节性拜访…"): the leader is the host."""
    led = g.LED_RE.match(subj)
    if led is None or not _DELEGATION.search(led.group("deleg")):
        return None
    lead_text, lead_off = led.group("lead"), start + led.start("lead")
    if lead_text.startswith(("由", "以")):
        lead_text, lead_off = lead_text[1:], lead_off + 1
    people = [p for p in people_in(lead_text, lead_off, gaz, post=post) if p.title]
    if not people:
        return None
    side = Side(phrase=subj, delegation=led.group("deleg"))
    side.people = [(p, led_delegation_side(p, subj, p.span[1] - start, gaz) or country_of(p, gaz)
                    or side_of(led.group("deleg"), gaz)) for p in people]
    side.country = next((c for _p, c in side.people if c), None)
    return side


def object_side(text: str, offset: int, gaz: Gazetteer, headline: str | None, post: bool = False) -> Side:
    """The counterpart phrase: relative clause dropped, delegation leader(s) read."""
    text = text.rstrip("。！； ")  # and the spaces a moved Latin gloss (洪馬內（Hun Manet）) left before the stop
    if not g.LED_RE.match(text):
        text = COMMA.split(text, maxsplit=1)[0]
    text = _OBJECT_TAIL.sub("", text)
    if (also := _ALSO_HOSTED.match(text)) is not None:
        text, offset = text[also.end() :], offset + also.end()  # 会见并宴请X: X is the one met
    cut = strip_relative(text)
    text, offset = text[cut:], offset + cut
    side = Side(phrase=text)
    own: ChainPerson | None = None
    led = g.LED_RE.match(text)
    if led:
        lead_text = led.group("lead")
        lead_off = offset + led.start("lead")
        if lead_text.startswith("由"):
            lead_text, lead_off = lead_text[1:], lead_off + 1
        cut = strip_relative(lead_text)
        people = people_in(lead_text[cut:], lead_off + cut, gaz, post=post)
        side.delegation = led.group("deleg")
        if (more := _NEXT_LED.search(side.delegation)) is not None:
            # 分别会见由A率领的代表团、由B率领的代表团: each delegation's leader is a counterpart
            side.delegation = side.delegation[: more.start()]
            people += _leaders_listed(side.delegation, more, offset + led.start("deleg"), gaz, post)
    else:
        text = COMMA.split(text, maxsplit=1)[0]
        # 会见了布赫同志亲属: the late comrade's relatives are met, not he
        people = [p for p in people_in(text, offset, gaz, post=post)
                  if not _RELATIVES_OF.match(text, p.span[1] - offset)]
        if not people:
            people = _known_bare_list(text, offset, gaz)
        if not people and (by_leader := _NAMED_DELEGATION.match(text)) is not None:
            # 会见越南北宁省委书记阮英俊代表团一行: the delegation written after its titled leader's name
            who = by_leader.group("who")
            found = people_in(who, offset, gaz, post=post)
            if found and found[-1].title and found[-1].span[1] == offset + len(who):
                people, side.delegation = found, by_leader.group("deleg")
        if not people and post and (own := _own_envoy(_PARTY_TAIL.sub("", text), offset)) is not None:
            people = [own]  # 越南国家主席梁强会见何炜大使(一行): China's envoy (``_own_envoy``)
        if not people and (cm := _CONGRATULATED.match(text)):
            # 致电祝贺宋赛当选连任老挝政府总理: the name before 当选
            s = offset + cm.start("name")
            taken = cm.group("post")
            # 祝贺马英九当选中国国民党下任主席: the post taken is the title (its side read below)
            taken_span = (offset + cm.start("post"), offset + cm.end("post")) if taken else None
            named = ChainPerson(cm.group("name"), (s, s + len(cm.group("name"))), taken, taken_span)
            people = [named] if valid_person(named, gaz) and not HEAD_RE.search(named.native) else []
    if not led and not people and _DELEGATION.search(text):
        side.delegation = text  # unnamed delegation: the phrase itself says whose it is
    deleg_parties = parties_in(side.delegation, gaz) if side.delegation else []
    side.party = deleg_parties[0] if deleg_parties else None
    for p in people:
        if international_official(p, gaz):
            # 联合国秘书长, 欧盟委员会主席: the organisation is the side, no country
            side.international.add(p.native)
            side.people.append((p, None))
            continue
        country = "CN" if p is own else side_of(p.title, gaz)
        if country == "CN" and led and side.party is not None and side.party.country != "CN":
            # 以中央书记处书记…何氏洁为团长的越南共产党代表团: posts without their country are the delegation's
            country = "CN" if find_countries(p.title or "") else side.party.country
        if country == "CN" and not led and _listed_after_foreign(side, text, offset, p) and _post_of_list(p, gaz):
            # 分别会见越共中央总书记阮富仲、国家主席陈大光: a bare post in a list keeps the country before it
            country = side.people[-1][1]
        if country is None and p.title and _HK_MO.search(p.title):
            country = "HK"
        if country is None and taiwan_title(p.title):
            country = "TW"
        if country is None and side.party is not None:
            country = side.party.country
        if country is None:
            country = person_country(p.native, gaz)  # the people table's, else the one the item's posts tell
        if country is None and not led and p.title and _listed_after_foreign(side, text, offset, p):
            # 同蒙古国总理A、…、商会会长B等会见: a post of no country in the list keeps it
            country = side.people[-1][1]
        if country is None and led:
            country = side_of(side.delegation, gaz)  # 以朱穆之为团长的中国新闻代表团: the delegation's country
        if country is None and headline:
            country = headline
        side.people.append((p, country))
    side.country = next((c for p, c in side.people if c and p.native not in side.international), None)
    if side.country is None and not side.international:
        side.country = side_of(text, gaz) or (side.party.country if side.party else None)
    if led and led.group("deputies"):
        # 以朱穆之为团长、王珍和李伯悌为副团长的中国新闻代表团: the deputies attend on the delegation's side
        at = offset + led.start("deputies")
        for p in people_in(led.group("deputies"), at, gaz, bare=True, post=post):
            side.deputies.append((p, side_of(p.title, gaz) if p.title else side.country))
    if side.country is None and side.delegation and _TAIWAN.match(side.delegation):
        side.country = "TW"  # 台湾民意代表交流参访团一行
    if side.country is None and not side.people and headline:
        side.country = headline
    return side



# 、由B率领的代表团 after a first delegation named with its leader: the next of a list of delegations
_NEXT_LED = re.compile(r"[、，和及]由(?=[^，。；]{2,60}?(?:率领|带领)的)")
_LED_ITEM = re.compile(r"由(?P<lead>[^，。；、]{2,60}?)(?:率领|带领)的(?P<deleg>[^，。；、]*)")


def _leaders_listed(first: str, more: re.Match[str], at: int, gaz: Gazetteer, post: bool) -> list[ChainPerson]:
    """The leaders of the delegations listed after the first ("由蒙古人民党总书记阿玛尔巴伊斯格楞率领的代表团、由日本
    公明党党首山口那津男率领的代表团": 山口那津男), each with a title of their own (``at``: where the list after the
    first delegation's leader starts)."""
    text = more.string
    people: list[ChainPerson] = []
    for m in _LED_ITEM.finditer(text, more.start()):
        people += [p for p in people_in(m.group("lead"), at + m.start("lead"), gaz, post=post) if p.title]
    return people


def _post_of_list(p: ChainPerson, gaz: Gazetteer) -> bool:
    """A post read as China's by default that, listed after a foreign person, is theirs: one naming no country
    (国家主席), or a ministry's naming nothing only China has ("分别同蒙古国总理…、外交部部长巴特策策格") held by
    someone the people table does not place in China."""
    if bare_post(p.title, gaz):
        return True
    entry = gaz.person(p.native)
    return unmarked_post(p.title) and (entry is None or entry.country != "CN")


_LIST_JOINS = frozenset({"、", "和", "及", "以及", "、以及"})


def _listed_after_foreign(side: Side, text: str, offset: int, p: ChainPerson) -> bool:
    """``p`` follows a person of a foreign side in the same object list, joined by 、, 和, 及 or 以及."""
    if not side.people or side.people[-1][1] in (None, "CN"):
        return False
    start = (p.title_span or p.span)[0]
    return text[side.people[-1][0].span[1] - offset : start - offset] in _LIST_JOINS


_BARE_TAIL = re.compile(r"(?:[、和](?P<name>[^、和，,。；]{2,4}))+")


def _sharing_title(titled: ChainPerson, rest: str, offset: int, gaz: Gazetteer) -> list[ChainPerson]:
    """中国国民党荣誉主席连战、吴伯雄: the bare names listed after a titled person share the post when the people
    table knows each of them as of the same country (none when any is unknown or of another side)."""
    if titled.title is None or _BARE_TAIL.fullmatch(rest) is None:
        return []
    names = list(re.finditer(r"[^、和]+", rest))
    own = gaz.person(titled.native)
    known = [gaz.person(m.group()) for m in names]
    if own is None or any(k is None or k.country != own.country for k in known):
        return []
    return [
        ChainPerson(m.group(), (offset + m.start(), offset + m.end()), titled.title, titled.title_span) for m in names
    ]


def _known_bare_list(text: str, offset: int, gaz: Gazetteer) -> list[ChainPerson]:
    """连战、吴伯雄: a list of bare names, each a person the people table knows."""
    pieces = list(re.finditer(r"[^、和及]+", text))
    if len(pieces) < 2 or any(gaz.person(m.group()) is None for m in pieces):
        return []
    return _bare_chain(pieces, offset)


def _bare_leaders(text: str, offset: int, gaz: Gazetteer) -> list[ChainPerson]:
    """A subject listing bare Chinese names ("习近平、李克强、张德江、张高丽先后向新加坡领导人发去唁电", as a commentary
    writes leaders it need not present), the people table knowing at least one and each of those of one country:
    the names, the unknown ones of the known ones' country (``told_sides``); [] otherwise."""
    pieces = list(re.finditer(r"[^、和]+", text))
    if len(pieces) < 2 or not all(looks_chinese(m.group()) for m in pieces):
        return []
    known = {k.country for m in pieces if (k := gaz.person(m.group())) is not None}
    return _bare_chain(pieces, offset) if len(known) == 1 else []


def _bare_chain(pieces: list[re.Match[str]], offset: int) -> list[ChainPerson]:
    """The people of a list of bare names (no title, no country of their own words)."""
    return [ChainPerson(m.group(), (offset + m.start(), offset + m.end()), None, None) for m in pieces]


def taiwan_title(title: str | None) -> bool:
    """A chain with a post of Taiwan (参访团团长、台湾两岸民意代表交流基金会董事长)."""
    return bool(title) and any(_TAIWAN.match(seg) for seg in re.split(r"[、，,]", title or ""))
