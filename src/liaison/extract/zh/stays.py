"""One-sided visits (issue 13): a visitor's stay told with no host named, "伊素福·卡当贝率该党干部考察团访华",
"陈凤翔…随后率中共友好代表团到乌干达访问", "…苏林率越南高级代表团于2月5日至6日对老挝进行国事访问", a stay whose
length is told with its days ("对中国进行为期3天（8月18日至20日）的国事访问"), a delegation landing in Taiwan
("彭清华率广西代表团乘机抵台", TW) (cue ``stay_visit``).

A sentence telling one titled person of a known side leading a delegation ("率…团") to another country, or making a
formal visit that answers an invitation ("应…的邀请，…本扬来华进行正式友好访问"), that no draft holds yet (a visit
with a meeting reported is the meeting), is a visit of that person at recall confidence, dated from its first day.
A visitor whose title names no country known takes the country written last before the name ("尼日尔争取民主和
社会主义党副总书记伊素福·卡当贝": NE). Announced, welcomed, begun or ended visits, an invitation of another's, a visit
that is the background of another act ("访问期间") are none (``stay_not_held``), nor a visit of another year than the
item's (recalled), nor one whose visitor the sentence does not name alone. A departure for a visit "对X进行…访问"
is the visit's report ("苏林率越南高级代表团离开首都河内，启程对老挝…进行国事访问"), and so is setting off on it
("山口那津男30日启程访华"; not "启程，将于…访华"); the inviter named in "应A的邀请" takes no part. A province or city
visited that names no country ("越通社河内——…对太原省进行工作访问") is of the foreign dateline city's country.
"""

from __future__ import annotations

import re

from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.extract.prefilter import may_occur
from liaison.extract.zh.capacity import side_of
from liaison.extract.zh.countries import find_countries
from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.draft import Attendee, Draft, Reading, Side
from liaison.extract.zh.people import country_of, international_official, people_in
from liaison.extract.zh.places import CITIES, city_in
from liaison.extract.zh.recall import known_people, phrases_people
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.countries import city_country, country_of_host
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import FuzzyDate

_VISIT = cue("stay_visit")
_NOT_HELD = cue("stay_not_held")
_CHINA = "CN"
_TAIWAN = "TW"  # 抵台, 访台: the island, a side of its own (cross-strait exchanges are two sides)


def one_sided_visits(r: Reading, drafts: list[Draft]) -> list[Draft]:
    """The drafts and a visit for each sentence telling a stay no draft holds (see the module):
    "陈凤翔…随后率中共友好代表团到乌干达访问" gives 陈凤翔's visit to Uganda."""
    if not may_occur(_VISIT, r.doc.text):
        return list(drafts)  # no sentence can tell a stay (its words occur nowhere in the item)
    held = {p.native for d in drafts for side in (d.host, d.guest) for p, _c in side.people}
    added: list[Draft] = []
    for span in r.sentences:
        if span in r.headings:
            continue
        sent = r.doc.text[span[0] : span[1]]
        visit = _VISIT.search(sent)
        if visit is None or _another_year(sent, r.doc.published):
            continue
        checked = _SET_OFF.sub("", _invitations_dropped(sent))
        if visit.group("to") and visit.group(0).startswith("前往"):
            # "率…代表团前往老挝琅勃拉邦省参观访问": going there to visit is the visit's own verb, not a departure
            checked = checked.replace("前往" + visit.group("to"), "到" + visit.group("to"), 1)
        if _NOT_HELD.search(_departure_dropped(checked) if visit.group("country") else checked):
            continue
        invited = [m.span() for m in _INVITED_BY.finditer(sent)]
        people = [p for p in phrases_people(r, span[0], sent) if p.span[1] - span[0] <= visit.start()
                  and not any(a <= p.span[0] - span[0] < b for a, b in invited)]
        members: list[tuple[ChainPerson, str | None]] = []
        if not people and (composed := _composed_after(r, span, sent[: visit.start()])) is not None:
            # "某议员联盟代表团应邀访华。代表团由会长A，B和C等组成": the first member leads
            people, members = composed
        if len(people) != 1 or people[0].native in held:
            continue
        (p,) = people
        formal = bool(invited) and _FORMAL.search(visit.group(0)) is not None
        set_off = _SET_OFF.search(sent, p.span[1] - span[0], visit.start() + 1) is not None
        if not (_LEADS.search(sent, p.span[1] - span[0], visit.start()) or formal or set_off or members):
            continue  # the genre's stay: "X率…团" before the visit, not a bare "X访问了Y" (a visit told in passing)
        side = country_of(p, r.gaz) or _country_before(sent[: max(p.span[0] - span[0], 0)])
        side = side or _titled_elsewhere(r, p.native) or (_country_before(sent[: visit.start()]) if members else None)
        side = side or _outlet_country(r)
        named = (visit.group("country") or visit.group("to") or visit.group("named") or visit.group("at")
                 or visit.group("ended") or "")
        visited = ([_CHINA] if visit.group("china") else [_TAIWAN] if visit.group("taiwan")
                   else [code for _a, _b, code in find_countries(named)])
        visited = visited or _province_abroad(named, sent[: p.span[0] - span[0]], r.gaz)
        visited = visited or _named_above(named, sent[: visit.start()], side)
        if side is None or international_official(p, r.gaz) or not visited or visited[0] == side:
            continue
        found = find_date(sent, r.doc.published, span[0], first_day=True)
        host = Side(country=visited[0])
        guest = Side(people=[(p, side)], country=side)
        d = Draft.found("visit", span, sent, host, guest, found, confidence=RECALL_CONFIDENCE)
        d.attendees = [Attendee(q, c or side, False, member=True) for q, c in members[1:]]
        added.append(d)
        held.add(p.native)
    return [*drafts, *added]


_LEADS = re.compile(r"(?:率(?:领)?|为首的|为团长的)[^，,；;。]{0,30}?(?:团|代表|一行)")  # (以X为首的…代表团)
# the delegation the visit's sentence names as its subject, and the next sentence telling who makes it up ("代表团由
# 韩中议员联盟会长…金太年，…金成愿…和…洪起元等10多名议员组成")
_DELEGATION_SUBJECT = re.compile(r"(?:代表团|访问团|考察团|参访团|访华团)[^，,；;。]{0,12}?$")
_COMPOSED = re.compile(
    r"(?:该|这个|此)?(?:代表团|访问团|考察团|参访团|访华团)由(?P<list>[^。；;]{4,200}?)(?:等[^，,。；;]{0,12}?)?组成"
)


def _composed_after(
    r: Reading, span: tuple[int, int], before: str
) -> tuple[list[ChainPerson], list[tuple[ChainPerson, str | None]]] | None:
    """A visit whose subject is a delegation named alone, its members listed in the next sentence: the first member
    (the visitor) and every member with the side their post names."""
    subject = before.split("，")[-1].split(",")[-1]
    if not _DELEGATION_SUBJECT.search(re.sub(r"[（(][^）)]*[）)]", "", subject).rstrip("应邀受")):
        return None
    i = r.sentences.index(span)
    if i + 1 >= len(r.sentences):
        return None
    nxt = r.sentences[i + 1]
    m = _COMPOSED.match(r.doc.text, nxt[0], nxt[1])
    if m is None:
        return None
    listed = [p for p in people_in(m.group("list"), m.start("list"), r.gaz, bare=True) if p.title]
    if not listed:
        return None
    return [listed[0]], [(p, country_of(p, r.gaz)) for p in listed]
# A formal visit answering an invitation is the genre's stay too, with no delegation word ("应习近平的邀请，…本扬来华
# 进行正式友好访问"); a bare "访问了Y" is not.
_FORMAL = re.compile(r"(?:国事|正式|工作|友好|官方)访问")
# setting off on the visit told right before it: "山口那津男30日启程访华" is the visit's report (not "启程，将于…访华")
_SET_OFF = re.compile(r"启程(?=[，,]?(?:访华|赴|对))")
# a province or city visited, named without its country ("对太原省进行工作访问")
_PROVINCE = re.compile(r"[省市州县]$")
_INVITED_BY = re.compile(r"[应受][^，,；;。]{0,40}?(?:邀请|之邀)")
_DEPARTURE = re.compile(r"(?:乘[^，,；;。]{0,6}?)?(?:离开|离京)[^，,；;。]{0,8}(?:[，,]?(?:启程|前往))?")
_YEAR = re.compile(r"([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年")
_DIGITS = str.maketrans("〇零一二三四五六七八九０１２３４５６７８９", "00123456789012345678 9".replace(" ", ""))


def _invitations_dropped(sent: str) -> str:
    """``sent`` less the invitation the visit answers ("应A邀请", "受A之邀"): an invitation of another, "坎代主席邀请
    李鹏委员长再次访问老挝", is a visit still to come."""
    return _INVITED_BY.sub("", sent)


def _departure_dropped(sent: str) -> str:
    """``sent`` less the departure that opens a formal visit ("率越南高级代表团离开首都河内，启程对老挝…进行国事访问",
    "乘包机离开北京，前往平壤出席…，并对朝鲜进行正式友好访问"): the report of the visit, not a visit still to come.
    Only for a visit "对X进行…访问"; a departure at its end ("结束…访问") stays none."""
    return _DEPARTURE.sub("", sent)


def _another_year(sent: str, published: FuzzyDate | None) -> bool:
    """Whether ``sent`` writes a year other than the item's ("前中国国家主席江泽民于一九九七年到美国进行国事访问" in a
    story of 2010; any year when the item's is unknown): a visit recalled."""
    years = [m.group(1).translate(_DIGITS) for m in _YEAR.finditer(sent)]
    return bool(years) and (published is None or any(y != published.iso[:4] for y in years))


def _province_abroad(named: str, before: str, gaz: Gazetteer) -> list[str]:
    """The country of a province or city visited that names none ("越通社河内——…对太原省进行工作访问"): that of
    the foreign dateline city written before the visitor (Hanoi: VN); none for a Chinese one, nor with no dateline."""
    if not _PROVINCE.search(named) or side_of(named, gaz) == _CHINA:
        return []
    found = city_in(before)
    country = city_country(CITIES[found[0]]) if found else None
    return [country] if country and country != _CHINA else []


# 对上述三国进行友好访问: the countries the sentence named before (the inviters')
_ABOVE = re.compile(r"上述(?:[一二两三四五六七八九十\d]{1,2})?(?:国|国家)")


def _named_above(named: str, before: str, side: str | None) -> list[str]:
    """The countries a visit "对上述三国" refers to: those named before it in the sentence, not the visitor's
    ("应新加坡政府、印尼民主党、马来西亚巫统邀请，…孙春兰率中共代表团…对上述三国进行友好访问": Singapore first)."""
    if not _ABOVE.fullmatch(named.strip()):
        return []
    return [iso for _a, _b, iso in find_countries(before) if iso != side and iso != _CHINA]


def _titled_elsewhere(r: Reading, native: str) -> str | None:
    """The side a visitor named bare takes from the post the item gave them elsewhere ("…浙江省委书记、省人大常委会
    主任易炼红。…易炼红率代表团在印度尼西亚、泰国访问": China's)."""
    known = known_people(r, []).get(native)
    return known.country if known is not None else None


def _outlet_country(r: Reading) -> str | None:
    """The country of the outlet's address, for a visitor no post, phrase nor mention gives a side: a provincial
    delegation abroad told by its own province's paper ("以省委委员、省人民议会副主席阮如魁为首的乂安省工作代表团
    一行前往老挝华潘省参观访问" on baonghean.vn: VN). The visit's own country is checked by the caller."""
    return country_of_host(r.doc.article.url)


def _country_before(text: str) -> str | None:
    """The country named last in ``text`` (the visitor's phrase before the name)."""
    found = find_countries(text)
    return found[-1][2] if found else None
