"""Title chains written before names: ``中共中央政治局常委、中央书记处书记蔡奇``.

A chain is a run of titles joined by ``、`` (sometimes ``，`` or ``兼``) that ends in a name; a
list of people is several such chains joined by ``、``/``和``/``及``. Titles end in a head word
(书记, 主席, 总理, 部长 ...); whatever follows the last head word of a chain, up to a separator, is
the name. ``parse_people`` returns each person with the chain bound to them, spans included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.prefilter import first_char_guarded
from liaison.extract.zh.countries import find_countries
from liaison.model.types import Span

_BARE_SPLIT = re.compile(r"([、，,]|和|及)")
# between a name and the next person: a mark, or 和/及/与 -- which end a name before a mark or closing the phrase
# ("复旦大学…院长苏长和，江西省委副秘书长…": 苏长和, no "and" before a comma, 以及 or 等: "大使武东和以及…")
_GAP_SEP = re.compile(r"[、，,]|以及|(?:和|及|与)(?![、，,。；]|以?及|等)")

# Head words a title ends in; longest first. The look-ahead keeps 委员会, 书记处, 总统府 ... out.
_HEADS = (
    "第一副总理 副总理 总理 首相 副首相 总统 副总统 国家主席 副主席 主席 委员长 副委员长 常务委员 常委 委员 候补委员 "
    "总书记 第一书记 常务书记 副书记 书记 部长 副部长 外长 外交部长 财长 防长 国务卿 大臣 议长 副议长 "
    "主任 副主任 院长 副院长 会长 副会长 总会长 副总会长 董事长 理事长 总干事 秘书长 副秘书长 总秘书 "
    "领导人 领袖 党首 党魁 干事长 "
    "代表 大使 总领事 副总领事 特使 国王 王储 女王 亲王 王后 太子 埃米尔 总督 州长 市长 县长 省长 署长 局长 "
    "司令 参谋长 "
    "总裁 行长 副行长 总经理 副总经理 首席执行官 行政长官 教授 团长 副团长 负责人 发言人 顾问 议员 "
    "主席团成员 成员 总检察长 参议长 众议长 天皇 "
    "专员 候选人 助理 大公 外相 外务相 太后 校长 "
    "元首 首脑 联合主席 名誉主席 创始人 总指挥 主管 总长 州长 部长会议主席 政府首脑 夫人 "
    "公主 王位继承人 王储继承人 司令官 学者 企业家 参赞 公使 武官 巡视员 协调员 协调人 总协调人 "
    "组长 副组长 "  # 中央青年工作组组长A: a working group's head (zhlost31)
    "州督 知事 "  # 新南威尔士州州督巴希尔 (an Australian state's governor), 北海道知事高桥春美 (a Japanese prefecture)
    "司长 副司长 "  # 外交部亚洲司司长, 澳门特别行政区行政法务司司长
    "主委 副主委 "  # 国民党台中市委员会副主委陈明振: 主任委员 as Taiwan's press shortens it
    "区长 副区长"  # 区长A以及区议会主席B等全程陪同: a district's head, at home and abroad (attend33)
).split()
# 苏丹 is also Sudan: a head only after a sultanate (文莱苏丹哈桑纳尔, 柔佛州苏丹易卜拉欣)
_SULTAN = r"(?<=文莱)苏丹|(?<=阿曼)苏丹|(?<=阿曼国)苏丹|(?<=州)苏丹"
# a minister styled by the ministry and 相 (DPRK and Japan: 文化相崔益奎, 外务省副相金永日, 防卫相中谷元), not 相
# in a name
_MINISTER_XIANG = r"(?<=[务務化育防力济濟健政易道业業卫衛产產法学學动動通境省])副?相"
# 国王 is no head in 英国王子/王后/王太后 (a country ending in 国, then the royal's post)
_ROYALS = r"(?<=国)王子|(?<=国)王后|(?<=国)王太后"
HEAD_RE = first_char_guarded(re.compile(
    "(?:"
    + "|".join(h if h != "国王" else "国王(?!子|后|太后)" for h in sorted(set(_HEADS), key=lambda h: (-len(h), h)))
    + "|"
    + _SULTAN
    + "|"
    + _MINISTER_XIANG
    + "|"
    + _ROYALS
    + ")(?![会团处府馆部院局室级])"
))
SEPARATORS = "、，,"
_JOINERS = re.compile(r"^(?:和|及|以及|与|同)")
_NAME_OK = re.compile(r"^[\u3400-\u9fff·•\-－—]{1,24}$")  # (a joined name, then 在 and a place: trimmed later)
# relative clause in front of a guest's chain: 来华进行国事访问的, 应…邀请访华的, 出席…的
_RELATIVE = re.compile(
    r"^.*?(?:来华|访华|来访|访问|出席|参加|邀请|举办|举行|进行|前来|到访|在华|赴华|应邀|与会|参会|陪同|率团|来京|抵京)"
    r"[^、，。]*?的"
)
# trailing words after a name that are not part of it
_NOT_NAME_END = first_char_guarded(re.compile(
    r"(?:团|党|部|组|处|院|局|厅|界|人士|机构|组织|政府|议会|国会|会|委|办|馆|中心|协会|坛|展|节|(?:比|大|联|竞|球|杯)赛|式|动|国家|地区)$"
    r"|先生|女士|举行|会见|会谈|出席|参加|表示|访问|邀请|共同|双方|两国|两党|各国|人员|代表团"
))
_NAME_TAIL = first_char_guarded(re.compile(
    r"(?:等人|等|一行|夫妇|同志|先生|女士|阁下|陛下|殿下|亲王|们|分别|先后|一同|当天|当日|今天|日前|近日|也|的邀请|邀请"
    r"|昨日|昨天|昨晚|上午|下午|中午|晚上"
    r"|[昨今][(（][0-9０-９]{1,2}[)）][日晚]?|昨"  # 韩正昨(1)日, 苏格拉底今(2)晚: a day in brackets
    # the manner after the name: 副部长陈洲以视频方式出席…
    r"|(?:以|通过)(?:视频|线上|网络)(?:连线)?(?:方式|形式)?)+$"
))
# an honorific written after a name, as Cambodian papers style their senior figures (洪森亲王, 韩桑林亲王):
# no post then, however the word also names a prince's post before a name
_HONORIFIC_AFTER_NAME = ("亲王",)


# What a title chain picks up in front of the posts: a dateline (新华社…电) or byline ((记者…)), a time,
# a headline run in before a space, and a clause ending in 的 (率…访问的, 刚刚抵达…的, 正在…访问的).
_TITLE_LEAD = re.compile(
    r"(?:新华社|中新社|央视网消息)[^，。、]{0,24}?(?:电|：|:)\s*|[（(][^）)]{0,20}[）)]\s*"
    r"|(?:当地时间)?\d{1,2}[日号](?:上午|下午|中午|晚上?|早上)?|当地时间(?:上午|下午|中午|晚上?)?"
    r"|[^，。、]*\s+|应(?!急|用|届|对|变|该|当|聘)(?=[^，。、]{2})"
)
_TITLE_CLAUSE = re.compile(
    r"^(?P<lead>率)?[^、，。]*?(?:率|访问|抵达|赶赴|赶回|出席|参加|前往|离任|上任|当选|访华|来华|正在|刚刚|即将|获得|组阁"
    r"|退位|代行|研讨会)[^、，。]*?的"
)


def title_lead(title: str) -> int:
    """How many leading characters of a title chain are no part of the posts (0 if none).

    A clause ending in 的 goes when it leads a delegation (率…的), when the posts after it name
    their own country, or when it names none (古巴新当选的国家主席 keeps its 古巴)."""
    cut = 0
    while (m := _TITLE_LEAD.match(title, cut)) and m.end() > cut and m.end() < len(title):
        cut = m.end()
    m = _TITLE_CLAUSE.match(title[cut:])
    if m and m.end() < len(title) - cut:
        after = title[cut + m.end() :]
        if m.group("lead") or find_countries(after) or not find_countries(m.group(0)):
            cut += m.end()
    return cut + _words_before_country(title[cut:])


def _words_before_country(title: str) -> int:
    """A clause the chain took in before the country its posts open with, naming no post itself: "如果要用一个词来
    形容新加坡总理" is 新加坡总理 (not "驻新加坡大使", "时任新加坡总理": a prefix of four characters at least)."""
    countries = find_countries(title)
    if not countries:
        return 0
    at = min(start for start, _end, _iso in countries)
    before = title[:at]
    if len(before) < 4 or HEAD_RE.search(before) or before.endswith(("驻", "前", "原", "时任", "现任")):
        return 0
    return at


@dataclass(frozen=True)
class ChainPerson:
    """One named person with the title chain written before the name (absolute spans)."""

    native: str
    span: Span
    title: str | None
    title_span: Span | None


def strip_relative(text: str) -> int:
    """How many leading characters of a guest phrase are a relative clause (来华访问的 …)."""
    best = 0
    for m in _RELATIVE.finditer(text):
        best = m.end()
        break
    return best


# sequence and time words a clause puts before its subject's name (随后李克强总理…)
# heads that open a piece of a bare list but are no part of the name: adverbs, and the collective label a
# provincial paper puts before its officials ("省领导徐向国、张安顺、余建参加会见", "自治区领导余远辉、梁胜利参加会见")
_NAME_HEAD = re.compile(
    r"^(?:随后|随即|此后|其后|之后|同时|近日|日前|当天|当日|今天|昨天"
    r"|(?:省|市|区|县|州|盟|自治区|自治州|党政|地方)领导(?:同志)?"
    r"|(?:丹斯里|拿督斯里|拿汀斯里|拿督|拿汀)+)"  # Malaysian honorifics (拿督斯里安华 is 安华: Datuk Seri Anwar)
)


def _clean_name(text: str) -> tuple[int, int] | None:
    """Bounds of the name inside ``text`` (tails like 等/一行 and heads like 随后 dropped), or None
    if not a name."""
    start, end = 0, len(text)
    while start < end and text[start] in SEPARATORS + " ":
        start += 1
    if (head := _NAME_HEAD.match(text, start)) and end - head.end() >= 2:
        start = head.end()
    m = _NAME_TAIL.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    name = text[start:end]
    if not name or not _NAME_OK.match(name) or HEAD_RE.search(name) or _NOT_NAME_END.search(name):
        return None
    return start, end


def _posts_only(text: str, heads: list[re.Match[str]]) -> list[re.Match[str]]:
    """The heads that are posts: an honorific right after a chain's name (…主席洪森亲王) is the name's
    tail (alone, ``哈桑亲王``, it stays the post written after the name)."""
    out: list[re.Match[str]] = []
    for m in heads:
        before = text[out[-1].end() : m.start()] if out else ""
        if m.group() in _HONORIFIC_AFTER_NAME and len(before) >= 2 and _clean_name(before) == (0, len(before)):
            continue
        out.append(m)
    return out


def parse_people(text: str, offset: int = 0, bare_names: bool = False) -> list[ChainPerson]:
    """Split ``text`` into people, each with the title chain before the name.

    ``bare_names``: pieces without any title head are names (attendee lists ``石泰峰、王东峰``);
    otherwise such pieces continue the title (``内阁地方政府、农村发展和合作社部长…``).
    """
    if bare_names and (split := _postposed_split(text, offset)) is not None:
        return split
    people: list[ChainPerson] = []
    heads = _posts_only(text, list(HEAD_RE.finditer(text)))
    if not heads:
        if bare_names:
            pos = 0
            for piece in _BARE_SPLIT.split(text):
                if piece and piece not in "、，,和及":
                    b = _clean_name(piece)
                    if b and 2 <= b[1] - b[0] <= 12:
                        s = offset + pos + b[0]
                        people.append(ChainPerson(piece[b[0] : b[1]], (s, s + b[1] - b[0]), None, None))
                pos += len(piece)
        else:
            b = _clean_name(text)
            if b:
                people.append(ChainPerson(text[b[0] : b[1]], (offset + b[0], offset + b[1]), None, None))
        return people
    title_start = 0
    if bare_names:
        # bare names before the first titled piece: 王毅、中共中央政治局委员…蔡奇
        first = heads[0].start()
        cut = max(text.rfind(s, 0, first) for s in SEPARATORS)
        if cut > 0:
            people.extend(parse_people(text[:cut], offset, bare_names=True))
            title_start = cut + 1
    for i, m in enumerate(heads):
        gap_end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        gap = text[m.end() : gap_end]
        final = i + 1 == len(heads)
        if not gap:
            continue
        if gap[0] in SEPARATORS or gap[0] == "兼" or (gap.startswith(("和", "及")) and not final):
            continue  # the same person's chain goes on
        # 和 one character into a name is part of it (工商会会长恩和图布新): a name has two characters at least
        sep = next((g for g in _GAP_SEP.finditer(gap) if g.start() >= 2 or g.group() not in "和及与"), None)
        if sep is not None and final and sep.end() == len(gap) and sep.group() in "和及与":
            sep = None  # 院长苏长和 closing the phrase: no "and" ends it
        if sep is None and not final:
            continue  # 国务委员兼…: words between two heads belong to the title
        name_text = gap if sep is None else gap[: sep.start()]
        bounds = _clean_name(name_text)
        if bounds is None:
            continue
        n_start = m.end() + bounds[0]
        n_end = m.end() + bounds[1]
        title = text[title_start : m.end()].strip(SEPARATORS + " ")
        t_off = text.index(title, title_start) if title else title_start
        lead = title_lead(title) if title else 0
        title, t_off = title[lead:], t_off + lead
        people.append(
            ChainPerson(
                native=text[n_start:n_end],
                span=(offset + n_start, offset + n_end),
                title=title or None,
                title_span=(offset + t_off, offset + t_off + len(title)) if title else None,
            )
        )
        title_start = m.end() + (sep.end() if sep else len(gap))
        if final and bare_names and sep is not None and people[-1].native == text[n_start:n_end]:
            # 国会议员金某、朴某在座: bare names after the last titled one share its post
            people += _sharing_post(text, m.end() + sep.start(), offset, people[-1])
    return people


def _sharing_post(text: str, at: int, offset: int, titled: ChainPerson) -> list[ChainPerson]:
    """The bare names listed from ``at`` to the end of ``text`` (``、千俊镐``), each with ``titled``'s post; none
    unless every piece is a name."""
    out: list[ChainPerson] = []
    pos = at
    for piece in _BARE_SPLIT.split(text[at:]):
        if piece and piece not in "、，,和及":
            b = _clean_name(piece)
            if b is None or not 2 <= b[1] - b[0] <= 5 or b[1] != len(piece):
                return []
            s = offset + pos + b[0]
            out.append(ChainPerson(piece[b[0] : b[1]], (s, s + b[1] - b[0]), titled.title, titled.title_span))
        pos += len(piece)
    return out


def _postposed_split(text: str, offset: int) -> list[ChainPerson] | None:
    """An attendee list holding a Chinese name written before its post ("王某副秘书长", "使馆李某公使和该党议员金某、
    朴某"): that piece is its person, the pieces around it read as usual; None when no piece is one."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^、，,和及]+", text)]
    found = {i: q for i, (a, b) in enumerate(pieces) if (q := postposed_chinese(text[a:b], offset + a)) is not None}
    if not found:
        return None
    people: list[ChainPerson] = []
    run: int | None = None  # where the run of ordinary pieces before the next postposed one starts
    for i, (a, _b) in enumerate(pieces):
        if i in found:
            if run is not None:
                people += parse_people(text[run:pieces[i - 1][1]], offset + run, bare_names=True)
                run = None
            people.append(found[i])
        elif run is None:
            run = a
    if run is not None:
        people += parse_people(text[run:], offset + run, bare_names=True)
    return people


# what a Chinese name written before its post never holds (中国驻韩国大使: 韩国 is no name)
_NOT_NAME_BEFORE_POST = re.compile(r"[国府院阁会部党省州市委局厅署军邦盟团组处界馆驻]")
# the posts written after a name (an office's head or a mission's diplomat), not a role of many (华侨代表, 学生代表)
_POSTS_AFTER_NAME = frozenset(
    "公使 参赞 公参 武官 大使 总领事 副总领事 领事 秘书长 副秘书长 部长 副部长 主任 副主任 主席 副主席 会长 副会长 "
    "院长 副院长 总理 副总理 书记 副书记 局长 副局长 董事长 理事长 市长 副市长 省长 副省长 委员长 副委员长 主委 副主委 "
    "议长 副议长 总书记 司长 处长".split()
)


# a rank written before a post, never a name before it: 常任副会长, 首席代表, 高级顾问
_RANK_WORD = re.compile(
    r"常任|首席|第一|高级|资深|专职|兼职|特别|特命|全权|驻|代理|临时|候任|新任|前任|当选|名誉|执行|常务"
)


def postposed_chinese(piece: str, offset: int = 0) -> ChainPerson | None:
    """A Chinese name written before its post, as embassies' and institutions' pages write their own people
    ("严宇清总领事", "俞小萱副秘书长", "使馆方坤公使": the words before the name are its body's): the last post closes
    the piece and the two or three characters before it are a name with a common family name."""
    from liaison.extract.zh.names import looks_chinese  # (names reads no titles: no import cycle at use)

    heads = list(HEAD_RE.finditer(piece))
    if not heads or heads[-1].end() != len(piece.rstrip()):
        return None
    post = heads[-1]
    if post.group() not in _POSTS_AFTER_NAME:
        return None
    for size in (3, 2):
        start = post.start() - size
        name = piece[start : post.start()] if start >= 0 else ""
        if (not name or not looks_chinese(name) or _NOT_NAME_BEFORE_POST.search(name) or find_countries(name)
                or _RANK_WORD.search(name)):
            continue  # (常任副会长, 首席副会长: a rank before the post, no name)
        if any(h.end() > start for h in heads[:-1]) or (start > 0 and HEAD_RE.search(piece, 0, start)):
            return None  # 外交部长王毅部长: a post before the name already titles it
        s, t = offset + start, offset + post.start()
        return ChainPerson(name, (s, s + size), post.group(), (t, t + len(post.group())))
    return None


# Posts written after a name: 习近平主席, 普京总统, 哈桑王储, 斯克利亚尔第一副总理
_POSTS_AFTER = (
    "第一副总理|副总理|总理|副总统|总统|首相|国王|女王|王储|亲王|副主席|主席|总书记|参议长|众议长|议长|委员长|公主"
    "|秘书长|总干事|埃米尔|苏丹|大公|外长|阁下|陛下|殿下"
    "|副部长|部长|副主任|主任"  # 黎怀忠部长, 顺通主任: an office's head as the region's papers name them
).split("|")
_POSTPOSED = re.compile(r"(?P<name>[\u4e00-\u9fff·\-]{2,12}?)(?P<title>" + "|".join(_POSTS_AFTER) + ")$")
_POSTS_ENDING = (*_POSTS_AFTER, "\n")  # what a piece ``_POSTPOSED`` matches ends with (``$``: or before a last newline)
_NOT_POSTPOSED_NAME = re.compile(
    r"[国府院阁会部党省州市委局厅署军邦盟团组处方界]"
    r"|代理|临时|候任|新任|前任|当选|名誉|执行|常务"
)


def postposed_people(text: str, offset: int = 0) -> list[ChainPerson]:
    """A list of names each followed by its post (``德索萨总统和科斯塔总理``); empty unless every
    piece of the list is one."""
    people: list[ChainPerson] = []
    pos = 0
    for piece in re.split(r"[、，,和及与]", text):
        person = postposed_person(piece, offset + pos) if piece else None
        if person is None:
            return []
        people.append(person)
        pos += len(piece) + 1
    return people


def postposed_person(text: str, offset: int = 0) -> ChainPerson | None:
    """A name followed by its post (``普京总统``) at the end of ``text``, else None."""
    cut = max(text.rfind(s) for s in SEPARATORS + "和与及")
    piece_off = cut + 1
    piece = text[piece_off:]
    # (a match from the piece's start only, ending in a post: ``match``, not a search at every place, and only
    # when the piece ends as a post does; the same answer as ``search`` and a match starting at 0)
    m = _POSTPOSED.match(piece) if piece.endswith(_POSTS_ENDING) else None
    if m is None:
        return None
    name = m.group("name")
    heads = list(HEAD_RE.finditer(piece))
    if not heads or heads[-1].start() != m.start("title") or any(h.end() <= m.start("title") for h in heads):
        return None  # 国家主席, 财政部长: the post is longer than the suffix, or a title precedes it
    bounds = _clean_name(name)
    if bounds is None or bounds[1] != len(name):
        return None
    name = name[bounds[0] :]
    if _NOT_POSTPOSED_NAME.search(name) or find_countries(name):
        return None
    s = offset + piece_off + bounds[0]
    t = offset + piece_off + m.start("title")
    return ChainPerson(name, (s, s + len(name)), m.group("title"), (t, t + len(m.group("title"))))
