"""What a title chain says about its holder: side (country), organisation and capacity (channel).

Chinese chains: ``总书记`` makes the CPC the organisation; otherwise the last post named decides
(国务院总理 -> State Council, 全国政协主席 -> CPPCC, 中央书记处书记 -> CPC ...). Foreign chains: the
first party named (a party body like 国际部 when the chain goes on to it), else the state.
Capacity per post: 政协 -> other; 人大/议会/议长 -> legislature; 党/政治局/书记 -> party;
总统/总理/部长/政府 -> state. Former posts (前…) give no capacity.

Party roles the text leaves unsaid come from explicit knowledge only (``known_party``): the
``party`` of a gazetteer person (CPC leaders styled by a state title, 洪森), and the ruling party
of a party-state for the holder of one of its top posts (越南国家主席 -> CPV).
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.extract.party_names import party_key, zh_party_names
from liaison.extract.prefilter import first_char_guarded
from liaison.extract.zh.countries import COUNTRIES, find_countries, government_of, title_short_country
from liaison.extract.zh.legislatures import legislature_of
from liaison.extract.zh.places import chinese_locality
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Channel, OrgRef

_FORMER = re.compile(r"前(?!进|线|沿|锋)")
_PARTY_WORD = re.compile(r"([\u4e00-\u9fff]{1,6}党)")

CHINESE_SIDES = frozenset({"CN", "TW", "HK", "MO"})
# a Chinese mission abroad or its head, the place after 驻 (中国驻马来西亚大使, 驻拉各斯总领事; not 驻华:
# a foreign envoy to China)
MISSION_POST = re.compile(
    r"(?:中国|中华人民共和国)?常?驻(?!华)(?P<where>[^，,。；、\s]{1,12}?)(?:特命全权)?"
    r"(?P<post>大使馆|大使|总领事|领事|使馆|使团)"
)

# a chain opening on a mission abroad no country's name qualifies (驻越南大使, 中国驻古巴大使, 前驻美大使), the
# place a country's: China's own envoy (a foreign one is 越南驻老挝大使 or 越南驻华大使)
_ENVOY_ABROAD = (
    r"(?:前|时任|新任|原)?(?:中国|中华人民共和国)?常?驻(?!华|港|澳|沪|穗)(?P<where>[^，,。；、\s]{1,12}?)(?:特命全权)?"
    r"(?:大使|总领事|代办|临时代办)"
)
_OWN_MISSION = re.compile(_ENVOY_ABROAD)


def _own_mission(title: str) -> bool:
    """A chain opening on China's own envoy abroad (``_OWN_MISSION``), the place no Chinese side's."""
    m = _OWN_MISSION.match(title)
    return m is not None and not any(iso in CHINESE_SIDES for _s, _e, iso in find_countries(m.group("where")))


def posted_country(where: str) -> str | None:
    """The foreign country a mission's place names (None for a city, or China's own sides)."""
    return next((iso for _s, _e, iso in find_countries(where) if iso not in CHINESE_SIDES), None)

_CN_MARKERS = first_char_guarded(re.compile(
    r"中共|国务院|国务委员|全国人大|全国政协|国家主席|国家副主席|中央军委|中联部|中央书记处|中央纪委|国家监委|"
    r"外交部|中央政治局|政治局常委|"
    # ministries written bare as China's press writes its own (商务部副部长王某); listed after a foreigner, a
    # ministry naming nothing only China has is theirs (``unmarked_post``)
    # (the full 部+post only: a bare "商务部长" listed after foreigners is one of theirs)
    r"^(?:商务部|文化和旅游部|农业农村部|生态环境部|交通运输部|工业和信息化部|自然资源部|住房和城乡建设部"
    r"|人力资源和社会保障部)(?:副部长|部长助理|部长)|"
    # the CPC's and the state's central bodies as their short forms name them (中组部副部长高选民, 中央台办主任)
    r"中组部|中宣部|中央统战部|中央台办|中央外办|中纪委|中央政法委|中央编译局|中央党校|国家发改委|全国总工会|共青团中央|"
    r"全国妇联|全国友协|"
    # a Chinese province, region or municipality opening a post: 福建省政协副主席, 宁夏回族自治区党委书记
    r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西"
    r"|甘肃|青海)省|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区|"
    # a municipality's posts (上海市副市长, 北京市市长, 上海台办副主任)
    r"(?:北京|天津|上海|重庆)(?:市(?:委|政府|人大|政协|副?市?长|副?秘书长|纪委)|市?(?:外办|台办))|"
    # Hong Kong's and Macao's posts (澳门特别行政区行政法务司司长, 香港特区政府政务司司长, 行政长官): China's side
    r"特别行政区|(?:香港|澳门)特区|^行政长官"
))
_SEGMENT_SPLIT = re.compile(r"[、，,]|兼")

_OTHER = re.compile(r"政协")
_LEGISLATURE = re.compile(
    r"人大|议会|国会|议长|呼拉尔|参议院|众议院|上院|下院|议员|立法|反对党领袖|杜马|联邦委员会|参议员|众议员"
)
_PARTY = first_char_guarded(re.compile(
    r"党|政治局|书记处|书记|纪委|检查委员会|^中央|中联部|国际部|组织部|宣传部|统战部|联络部|中共|中央委员(?!会)|"
    r"(?:越|古|日|俄|法|美|葡|希|印|南非|巴西|智利|意|西)共(?!和|同|识|赢|享|建|商|计)"
))
_STATE = first_char_guarded(re.compile(
    r"国家主席|国家副主席|总统|总理|首相|政府|部长|外长|大臣|国王|(?:文莱|阿曼|州)苏丹|王储|女王|亲王|埃米尔|署长|大使|总领事|总督|内阁|"
    r"州长|市长|省长|国务|元首|外交|财长|防长|国务卿|行政长官|王室"
))

# party-states: country -> gazetteer id of the ruling party (general knowledge)
RULING_PARTIES: dict[str, str] = {"CN": "cpc", "VN": "cpv", "LA": "lprp", "CU": "pcc_cu", "KP": "wpk"}
# top state posts of a party-state, whose holders sit in the ruling party's leadership
_PARTY_STATE_TOP = re.compile(
    r"(?:国家主席|总理|国会主席|国务委员会委员长|国务委员长|最高人民会议常任委员会委员长|全国人大常委会委员长|全国政协主席)$"
)
# (the post ends the segment: 国家主席特使 is an envoy)

# Chinese posts -> gazetteer id of the body they belong to (checked per segment, last wins)
_CN_BODIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"全国政协"), "cppcc"),
    (re.compile(r"全国人大常委会"), "npcsc"),
    (re.compile(r"全国人大"), "npc"),
    (re.compile(r"中央纪委|国家监委"), "ccdi"),
    (re.compile(r"中联部|中共中央对外联络部|中央对外联络部"), "idcpc"),
    (re.compile(r"外交部"), "cn_mfa"),
    (re.compile(r"[国國][台臺][办辦]|国务院台湾事务办公室|國務院臺灣事務辦公室"), "cn_tao"),  # 中國國台辦主任宋濤
    (re.compile(r"国务院|国务委员"), "cn_state_council"),
    (re.compile(r"国家(?:副)?主席|^(?:中华人民共和国|中国)?(?:副)?主席$"), "cn_gov"),  # 中华人民共和国主席, 习主席
    # China's envoy abroad (驻圣普大使, 中国驻古巴大使, 何炜大使): the government's
    (re.compile(rf"^{_ENVOY_ABROAD}$|^(?:大使|总领事|临时代办)$"), "cn_gov"),
    (re.compile(r"中央书记处|政治局|中共中央|中央委员|[省市县区]委|党委|纪委|党组"), "cpc"),  # 省委常委, 自治区党委书记
)


def segments(title: str) -> list[str]:
    return [s for s in _SEGMENT_SPLIT.split(title) if s]


def capacities(title: str | None) -> set[Channel]:
    """The channels the posts of one chain stand for ("越共中央总书记、国家主席": party and state).

    Kept for the last 4,096 chains asked (a new set each time): frames, channels and messages ask
    again of the same titles, some seven times each."""
    return set(_kept_capacities(title or ""))


@lru_cache(maxsize=4096)
def _kept_capacities(title: str) -> frozenset[Channel]:
    return frozenset(_capacities(title))


def _capacities(title: str) -> set[Channel]:
    out: set[Channel] = set()
    for seg in segments(title):
        if _FORMER.search(seg):
            continue
        if _OTHER.search(seg):
            out.add("other")
        elif _LEGISLATURE.search(seg):
            out.add("legislature")
        elif _PARTY.search(seg) or zh_party_names(seg):
            out.add("party")  # 乌干达全国抵抗运动总书记: a movement's post is a party post
        elif _STATE.search(seg):
            out.add("state")
    return out


def known_party(
    native: str, title: str | None, country: str | None, gazetteer: Gazetteer, home: bool = False
) -> OrgEntry | None:
    """The party a principal is a known leader of though the chain may not say so: the gazetteer's
    ``party`` of the person, else the ruling party of a foreign party-state for one of its top posts
    (China's own too with ``home``: 全国政协主席贾庆林 leads in the CPC)."""
    entry = gazetteer.person(native)
    if entry is not None and entry.party and (party := gazetteer.org(entry.party)) is not None:
        return party
    if country is None or (country == "CN" and not home) or country not in RULING_PARTIES:
        return None
    for seg in segments(title or ""):
        if _PARTY_STATE_TOP.search(seg) and not _FORMER.search(seg) and "副" not in seg:
            return gazetteer.org(RULING_PARTIES[country])
    return None


def orgs_in(text: str, gazetteer: Gazetteer) -> list[tuple[int, OrgEntry]]:
    """Gazetteer organisations named in ``text`` with their positions."""
    return [(span[0], entry) for span, entry in gazetteer.find_orgs(text)]


def side_of(title: str | None, gazetteer: Gazetteer) -> str | None:
    """The country a chain places its holder on (first org or country named), CN for Chinese posts."""
    if not title:
        return None
    if (short := title_short_country(title)) is not None:
        return short  # 俄外交部长: the abbreviation opens the chain
    if _own_mission(title):
        return "CN"  # 驻越南大使 opening the chain: China's envoy there, as China's press and embassies write it
    hits: list[tuple[int, str]] = [(pos, e.country) for pos, e in orgs_in(title, gazetteer) if e.country]
    hits += [(s, iso) for s, _e, iso in find_countries(title)]
    if hits:
        return min(hits)[1]
    if _CN_MARKERS.search(title) or _LOCAL_POST.match(title) or _named_local_post(title):
        return "CN"
    return None


def _named_local_post(title: str) -> bool:
    """A provincial or city post written after a place of China ("深圳市委常委、组织部长", "广东省委书记"): China's
    (not "广宁省委书记", a province of Vietnam, nor "河内市委书记": ``find_countries`` has read those first)."""
    m = _LOCAL_POST.search(title, 0, 12)
    return m is not None and m.start() >= 2 and chinese_locality(title[: m.start()])


# a provincial or city post written without its province, as a province's own paper writes its leaders
# ("省委副书记李殿勋", "省政协副主席肖百灵", "省委书记、省人大常委会主任唐登杰"), and an autonomous region's
# as its paper writes them ("自治区党委书记张三", "自治区副主席李四"): a Chinese post
_LOCAL_POST = re.compile(
    r"副?[省市](?:委|人大|政协|长|政府|纪委|外办)|副?自治区(?:党委|人大|政协|政府|纪委|外办|代?主席)"
)


# words that tie a post to China even without a country name (中共中央…, 国务院…, 全国人大…)
_CHINA_WORDS = re.compile(r"中国|中华|中共|国务院|国务委员|全国人大|全国政协|中央|国家主席|国家副主席")


def unmarked_post(title: str | None) -> bool:
    """A post whose words name no country and nothing only China has (外交部长, 初级产品部长, 反对党外交事务
    发言人): in a list of foreign counterparts it is of their country."""
    if not title or title_short_country(title) is not None or find_countries(title):
        return False
    return _CHINA_WORDS.search(title) is None


def bare_post(title: str | None, gazetteer: Gazetteer) -> bool:
    """A chain naming no country and no organisation with a country (国家主席, 总理): Chinese only by default."""
    if not title or title_short_country(title) is not None or find_countries(title):
        return False
    return not any(e.country for _pos, e in orgs_in(title, gazetteer))


def international_org(title: str | None, gazetteer: Gazetteer) -> OrgEntry | None:
    """The international organisation a chain's post belongs to (联合国秘书长, 欧盟委员会主席),
    when it is named before any country; such a post says nothing of its holder's nationality."""
    if not title:
        return None
    first_country = min((s for s, _e, _iso in find_countries(title)), default=len(title))
    for pos, entry in orgs_in(title, gazetteer):
        if pos >= first_country:
            break
        if entry.kind in ("other", "international") and entry.country in (None, "EU"):
            return entry
    return None


def parties_in(text: str, gazetteer: Gazetteer, country: str | None = None) -> list[OrgEntry]:
    """Parties named in ``text`` (party bodies count as their party), in order, deduplicated.

    A party written without its country (``英国保守党、工党``) is looked up with the country
    prefixed when ``country`` is known.
    """
    out: list[OrgEntry] = []
    known_spans: list[tuple[int, int]] = []
    for span, entry in gazetteer.find_orgs(text):
        party = gazetteer.party_of(entry)
        if party and country and party.country not in (None, country, "CN") and not _names_country(text, span):
            continue  # 捷克众议长、社民党副主席: a bare name (社民党) of another country's party
        known_spans.append(span)
        if party and party not in out:
            out.append(party)
    # parties the gazetteer does not know, by the form of their names (南非共产党, 人民党主席 of a Spaniard)
    for (a, b), name, iso in zh_party_names(text, country):
        if any(a < kb and ka < b for ka, kb in known_spans) or gazetteer.lookup_org(name) is not None:
            continue
        entry = OrgEntry(id=party_key(name, iso), name=name, kind="party", country=iso, aliases=(name,))
        if all(e.id != entry.id for e in out):
            out.append(entry)
    if country:
        names = [f for f, (iso, _en) in COUNTRIES.items() if iso == country]
        for m in _PARTY_WORD.finditer(text):
            word = m.group(1)
            # 联邦议院社民党: the party's name may be the word's tail
            for tail in (word[k:] for k in range(len(word) - 1)):
                hits = [gazetteer.lookup_org(cname + tail) for cname in names]
                found = next((f for h in hits if h and (f := gazetteer.party_of(h)) is not None), None)
                if found is not None:
                    if found not in out:
                        out.append(found)
                    break
    return out


def _names_country(text: str, span: tuple[int, int]) -> bool:
    """Whether the organisation at ``span`` is written with its own country (韩国共同民主党)."""
    return any(a == span[0] or (a >= span[0] and b <= span[1]) for a, b, _iso in find_countries(text[: span[1]]))


def organisation(
    title: str | None, side: str | None, gazetteer: Gazetteer, fallback: OrgEntry | None = None
) -> OrgRef | None:
    """The main organisation a chain's posts belong to."""
    if not title:
        return fallback.ref() if fallback else None
    if side == "CN":
        if "总书记" in title:
            return _ref(gazetteer, "cpc")
        found: str | None = None
        for seg in segments(title):
            for rx, key in _CN_BODIES:
                if rx.search(seg):
                    found = key
                    break
        return _ref(gazetteer, found) if found else None
    hits = orgs_in(title, gazetteer)
    if side and side != "CN" and not names_china(title):
        # 外交部部长黎怀忠 among 苏林's entourage, 外交部长维文 of Singapore: a bare 外交部 of a foreign side
        # is its own country's, not China's ministry (the country's government below)
        hits = [(pos, e) for pos, e in hits if e.country != "CN"]
    for pos, entry in hits:
        party = gazetteer.party_of(entry)
        if party is None:
            continue
        # a party body later in the chain (朝鲜劳动党…、国际部部长; 越共中央委员、中央对外部部长) is the post's
        # organisation, a body under the central committee too
        body = _party_body_in(title[pos:], party, gazetteer, title)
        return body.ref() if body is not None else party.ref()
    # a body of the ruling party without the party's name (中央宣教部部长 among 苏林's entourage)
    ruling = gazetteer.org(RULING_PARTIES[side]) if side and side != "CN" and side in RULING_PARTIES else None
    if ruling is not None and (body := _party_body_in(title, ruling, gazetteer, title, bare=True)) is not None:
        return body.ref()
    if hits:
        return hits[0][1].ref()
    if (legislature := legislature_of(title, side, gazetteer)) is not None:
        return legislature
    if fallback is not None and ("党" in title or not side):
        return fallback.ref()
    if side and side != "CN" and capacities(title) & {"state"} and "前" not in title:
        # 美国国务卿布林肯: a post naming no body, of the body it heads, with or without its country named
        named = {iso for _s, _e, iso in find_countries(title)}
        for word, suffix in _POST_BODIES.items():
            if word in title and named <= {side} and (body := gazetteer.org(f"{side.lower()}_{suffix}")) is not None:
                return body.ref()
    if side and side != "CN" and not find_countries(title) and capacities(title) & {"state"}:
        # 国防部长潘文江 of a Vietnamese side: the country's ministry when the gazetteer knows it
        for word, suffix in _MINISTRIES.items():
            if word in title and (ministry := gazetteer.org(f"{side.lower()}_{suffix}")) is not None:
                return ministry.ref()
    if side and capacities(title) & {"state"}:
        name = government_of(side)
        if name:
            return OrgRef(key=None, name=name, kind="state", country=side)
    return fallback.ref() if fallback else None


_CJK = re.compile(r"[\u4e00-\u9fff]")


def names_china(title: str) -> bool:
    """Whether a chain ties its post to China by name (中国外交部, 中共中央对外联络部)."""
    return _CHINA_WORDS.search(title.replace("中央", "")) is not None or any(
        iso == "CN" for _s, _e, iso in find_countries(title)
    )


# bare ministries of a foreign side, by the suffix of their gazetteer ids (vn_mfa, vn_mod, vn_mps)
_MINISTRIES = {"外交部": "mfa", "国防部": "mod", "公安部": "mps"}
# posts naming no body, by the suffix of the gazetteer id of the body they sit in (us_state_dept)
_POST_BODIES = {"国务卿": "state_dept"}


def _party_body_in(
    rest: str, party: OrgEntry, gazetteer: Gazetteer, title: str, bare: bool = False
) -> OrgEntry | None:
    """The party body a chain names after its party (朝鲜劳动党…、国际部部长; 越共中央委员、中央对外部部长), or
    with ``bare`` without it (中央办公厅主任). A body under the central committee is not the post's
    organisation in a chain holding a secretariat seat (中央书记处常务书记、中央组织部部长: the party's)."""
    prefixes = sorted((a for a in party.aliases if _CJK.search(a)), key=len, reverse=True)
    direct = {c.id for c in gazetteer.children(party.id)}
    for child in _party_bodies(gazetteer, party.id):
        if child.id not in direct and "书记处" in title:
            continue
        if bare and child.id in direct:
            continue
        for alias in child.aliases:
            tail = alias.removeprefix(party.aliases[0] if party.aliases else "")
            shorts = {tail, tail.removeprefix("中央")} if not bare else set()
            shorts.add(alias)
            cut = next((alias[len(a) :] for a in prefixes if _CJK.search(alias) and alias.startswith(a)), None)
            if cut is not None:
                shorts |= {cut, cut.removeprefix("中央")} if not bare else {cut}
            for short in shorts:
                if short and len(short) >= 3 and short in rest:
                    return child
    return None


def _party_bodies(gazetteer: Gazetteer, key: str) -> list[OrgEntry]:
    """A party's bodies: those directly under it, then those under its central committee."""
    direct = [c for c in gazetteer.children(key) if c.kind == "party_body"]
    return direct + [g for c in direct for g in gazetteer.children(c.id) if g.kind == "party_body"]


def _ref(gazetteer: Gazetteer, key: str) -> OrgRef | None:
    entry = gazetteer.org(key)
    return entry.ref() if entry else None
