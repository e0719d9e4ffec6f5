"""Country and place names as CCTV writes them, mapped to ISO codes; their English names are the records'
(``liaison.kb.countries``: rigour plus our additions).

Written by us from general knowledge; the forms Taiwan and Hong Kong pages use (寮國, 莫三比克) follow the
mainland ones, in simplified characters as the text is read. Longest form wins, so ``印度尼西亚`` beats ``印度`` and
``几内亚比绍`` beats ``几内亚``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from liaison.kb.countries import record_name

# "Chinese forms (|-separated):ISO" — first form is the full name.
_COUNTRY_TABLE = """
中国|中华人民共和国:CN
越南|越南社会主义共和国:VN
老挝|老挝人民民主共和国:LA
古巴|古巴共和国:CU
朝鲜|朝鲜民主主义人民共和国|北韩:KP
韩国|大韩民国|南韩:KR
日本:JP
蒙古国|蒙古:MN
俄罗斯|俄国|俄罗斯联邦:RU
白俄罗斯:BY
乌克兰:UA
哈萨克斯坦:KZ
乌兹别克斯坦:UZ
吉尔吉斯斯坦|吉尔吉斯:KG
塔吉克斯坦:TJ
土库曼斯坦:TM
阿塞拜疆:AZ
亚美尼亚:AM
格鲁吉亚:GE
摩尔多瓦:MD
德国|德意志联邦共和国:DE
法国|法兰西共和国:FR
英国|大不列颠及北爱尔兰联合王国:GB
爱尔兰:IE
意大利:IT
西班牙:ES
葡萄牙:PT
荷兰:NL
比利时:BE
卢森堡:LU
瑞士:CH
奥地利:AT
瑞典:SE
挪威:NO
丹麦:DK
芬兰:FI
冰岛:IS
波兰:PL
捷克|捷克共和国:CZ
斯洛伐克:SK
匈牙利:HU
罗马尼亚:RO
保加利亚:BG
希腊:GR
塞浦路斯:CY
马耳他:MT
塞尔维亚:RS
克罗地亚:HR
斯洛文尼亚:SI
波黑|波斯尼亚和黑塞哥维那|波士尼亚:BA
黑山:ME
北马其顿|马其顿:MK
阿尔巴尼亚:AL
爱沙尼亚:EE
拉脱维亚:LV
立陶宛:LT
土耳其:TR
美国|美利坚合众国:US
加拿大:CA
墨西哥:MX
危地马拉:GT
洪都拉斯:HN
萨尔瓦多:SV
尼加拉瓜:NI
哥斯达黎加:CR
巴拿马:PA
多米尼加:DO
多米尼克:DM
海地:HT
牙买加:JM
巴哈马:BS
巴巴多斯:BB
格林纳达:GD
特立尼达和多巴哥|特多|千里达及托巴哥|千里达:TT
安提瓜和巴布达:AG
委内瑞拉:VE
哥伦比亚:CO
厄瓜多尔|厄瓜多:EC
秘鲁:PE
玻利维亚:BO
巴西:BR
智利:CL
阿根廷:AR
乌拉圭:UY
巴拉圭:PY
圭亚那:GY
苏里南:SR
澳大利亚:AU
新西兰:NZ
巴布亚新几内亚:PG
斐济:FJ
萨摩亚:WS
汤加:TO
瓦努阿图:VU
所罗门群岛:SB
基里巴斯|吉里巴斯:KI
密克罗尼西亚:FM
瑙鲁|诺鲁:NR
印度:IN
巴基斯坦:PK
孟加拉国|孟加拉:BD
斯里兰卡:LK
尼泊尔:NP
不丹:BT
马尔代夫|马尔地夫:MV
阿富汗:AF
伊朗:IR
伊拉克:IQ
叙利亚:SY
黎巴嫩:LB
约旦:JO
以色列:IL
巴勒斯坦:PS
沙特阿拉伯|沙特:SA
阿联酋|阿拉伯联合酋长国|阿拉伯联合大公国:AE
卡塔尔:QA
科威特:KW
巴林:BH
阿曼:OM
也门:YE
埃及:EG
利比亚:LY
突尼斯:TN
阿尔及利亚:DZ
摩洛哥:MA
毛里塔尼亚|茅利塔尼亚:MR
苏丹:SD
南苏丹:SS
埃塞俄比亚:ET
厄立特里亚|厄利垂亚:ER
吉布提:DJ
索马里:SO
肯尼亚:KE
乌干达:UG
卢旺达:RW
布隆迪|蒲隆地:BI
坦桑尼亚:TZ
莫桑比克:MZ
马拉维:MW
赞比亚:ZM
津巴布韦:ZW
博茨瓦纳:BW
纳米比亚:NA
南非:ZA
莱索托|赖索托:LS
斯威士兰|埃斯瓦蒂尼:SZ
马达加斯加:MG
毛里求斯:MU
塞舌尔|塞席尔:SC
科摩罗|葛摩:KM
安哥拉:AO
刚果（布）|刚果(布)|刚果共和国:CG
刚果（金）|刚果(金)|刚果民主共和国|民主刚果:CD
加蓬:GA
赤道几内亚:GQ
喀麦隆:CM
中非共和国:CF
乍得:TD
尼日尔:NE
尼日利亚:NG
贝宁:BJ
多哥:TG
加纳:GH
科特迪瓦:CI
利比里亚:LR
塞拉利昂:SL
几内亚:GN
几内亚比绍:GW
塞内加尔:SN
冈比亚:GM
马里:ML
布基纳法索:BF
佛得角:CV
圣多美和普林西比|圣普:ST
泰国:TH
柬埔寨:KH
缅甸:MM
马来西亚|大马:MY
新加坡|星国:SG
印度尼西亚|印尼:ID
菲律宾:PH
文莱:BN
东帝汶:TL
列支敦士登:LI
摩纳哥:MC
圣马力诺:SM
安道尔:AD
梵蒂冈|教廷:VA
圣卢西亚|圣露西亚:LC
圣文森特和格林纳丁斯|圣文森及格瑞那丁|圣文森:VC
圣基茨和尼维斯|圣克里斯多福及尼维斯:KN
伯利兹|贝里斯:BZ
马绍尔群岛:MH
帕劳:PW
图瓦卢|吐瓦鲁:TV
库克群岛:CK
纽埃:NU
科索沃:XK
波多黎各:PR
格陵兰:GL
法属波利尼西亚:PF
新喀里多尼亚:NC
百慕大:BM
直布罗陀:GI
法罗群岛:FO
开曼群岛:KY
英属维尔京群岛:VG
阿鲁巴:AW
库拉索:CW
关岛:GU
美属萨摩亚:AS
西撒哈拉:EH
寮国|寮国人民民主共和国:LA
莫三比克:MZ
衣索比亚:ET
纽西兰:NZ
澳洲:AU
义大利:IT
沙乌地阿拉伯:SA
坦尚尼亚:TZ
肯亚:KE
奈及利亚:NG
辛巴威:ZW
尚比亚:ZM
贝南:BJ
迦纳:GH
索马利亚:SO
亚塞拜然:AZ
瓜地马拉:GT
宏都拉斯:HN
哥斯大黎加:CR
多明尼加:DO
克罗埃西亚:HR
斯洛维尼亚:SI
赛普勒斯:CY
波札那:BW
模里西斯:MU
卢安达:RW
加彭:GA
维德角:CV
马拉威:MW
汶莱:BN
索罗门群岛:SB
万那杜:VU
巴布亚纽几内亚:PG
突尼西亚:TN
布吉纳法索:BF
蒙特内哥罗:ME
甘比亚:GM
吉布地:DJ
千里达及托巴哥:TT
史瓦帝尼:SZ
帛琉:PW
"""

# A foreign state, province or prefecture written with its suffix (州, 省, 县, 道, 府, 都, 边疆区), which a post
# may name instead of its country ("下萨克森州州总理西格马·加布里尔", "华盛顿州州长英斯利", "北海道知事"): of that
# country, and so a foreign city written with 市 ("胡志明市市委副书记阮湖海", "河内市委书记"; issue 13, visitset).
# Full forms only (no 加州: 参加州长见面会), none a Chinese place's name.
_REGION_TABLE = """
巴登-符腾堡州|巴伐利亚州|勃兰登堡州|不来梅州|黑森州|梅克伦堡-前波美拉尼亚州|下萨克森州|北莱茵-威斯特法伦州|北威州|莱茵兰-普法尔茨州|萨尔州|萨克森州|萨克森-安哈尔特州|石勒苏益格-荷尔斯泰因州|图林根州:DE
阿拉巴马州|阿拉斯加州|亚利桑那州|阿肯色州|加利福尼亚州|科罗拉多州|康涅狄格州|特拉华州|佛罗里达州|佐治亚州|夏威夷州|爱达荷州|伊利诺伊州|印第安纳州|艾奥瓦州|爱荷华州|堪萨斯州|肯塔基州|路易斯安那州|缅因州|马里兰州|马萨诸塞州|密歇根州|明尼苏达州|密西西比州|密苏里州|蒙大拿州|内布拉斯加州|内华达州|新罕布什尔州|新泽西州|新墨西哥州|纽约州|北卡罗来纳州|北达科他州|俄亥俄州|俄克拉何马州|俄勒冈州|宾夕法尼亚州|罗得岛州|南卡罗来纳州|南达科他州|田纳西州|得克萨斯州|德克萨斯州|犹他州|佛蒙特州|弗吉尼亚州|华盛顿州|西弗吉尼亚州|威斯康星州|怀俄明州:US
新南威尔士州|维多利亚州|昆士兰州|西澳大利亚州|南澳大利亚州|塔斯马尼亚州:AU
安大略省|魁北克省|不列颠哥伦比亚省|阿尔伯塔省|萨斯喀彻温省|马尼托巴省|新斯科舍省|新不伦瑞克省:CA
北海道|东京都|大阪府|京都府|青森县|岩手县|宫城县|秋田县|山形县|福岛县|茨城县|栃木县|群马县|埼玉县|千叶县|神奈川县|新潟县|富山县|石川县|福井县|山梨县|长野县|岐阜县|静冈县|爱知县|三重县|滋贺县|兵库县|奈良县|和歌山县|鸟取县|岛根县|冈山县|广岛县|山口县|德岛县|香川县|爱媛县|高知县|福冈县|佐贺县|长崎县|熊本县|大分县|宫崎县|鹿儿岛县|冲绳县:JP
京畿道|江原道|忠清北道|忠清南道|全罗北道|全罗南道|庆尚北道|庆尚南道|济州道|济州特别自治道:KR
莫斯科州|滨海边疆区|哈巴罗夫斯克边疆区|阿穆尔州|犹太自治州|新西伯利亚州|伊尔库茨克州|斯维尔德洛夫斯克州:RU
胡志明市|河内市|海防市|岘港市|芹苴市:VN
万象市:LA
金边市:KH
平壤市:KP
"""


def _parse(table: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in table.strip().splitlines():
        forms, iso = line.rsplit(":", 1)
        english = record_name(iso) or iso
        for form in forms.split("|"):
            out[form] = (iso, english)
    return out


COUNTRIES: dict[str, tuple[str, str]] = _parse(_COUNTRY_TABLE)
ENGLISH_BY_ISO: dict[str, str] = {}
for _iso, _en in COUNTRIES.values():
    ENGLISH_BY_ISO.setdefault(_iso, _en)
# the regions after the countries: a region's English name is its country's
COUNTRIES.update({form: v for form, v in _parse(_REGION_TABLE).items() if form not in COUNTRIES})

# One-character abbreviations used before party/state words (越共, 老方, 古方 ...): only
# read when directly followed by 共/方/党/国, so that ordinary words are not mistaken.
SHORT_FORMS: dict[str, str] = {
    "越": "VN",
    "老": "LA",
    "古": "CU",
    "朝": "KP",
    "韩": "KR",
    "日": "JP",
    "蒙": "MN",
    "俄": "RU",
    "德": "DE",
    "法": "FR",
    "英": "GB",
    "美": "US",
    "柬": "KH",
    "巴": "PK",
    "塞": "RS",
}

# One-character abbreviations written straight before a post in news copy (俄总统, 美国务卿, 乌外长):
# read only at the start of a title chain and when a post follows at once.
_TITLE_SHORT_FORMS = {
    **SHORT_FORMS,
    "乌": "UA",
    "以": "IL",
    "伊": "IR",
    "叙": "SY",
    "土": "TR",
    "意": "IT",
    "澳": "AU",
    "加": "CA",
    "匈": "HU",
    "波": "PL",
    "埃": "EG",
    "沙": "SA",
    "黎": "LB",
    "菲": "PH",
    "泰": "TH",
    "缅": "MM",
    "西": "ES",
    "葡": "PT",
    "荷": "NL",
    "希": "GR",
}
_TITLE_SHORT_RE = re.compile(
    # 柬国总理 (Hong Kong's press): the abbreviation with 国
    "^(?:前|时任|新任)?([" + "".join(_TITLE_SHORT_FORMS) + "])国?"
    "(?=总统|副总统|总理|副总理|首相|外长|外交部长|外交大臣|防长|国防部长|财长|国务卿|议长|总统助理|外交部|国防部"
    "|政府|军|驻)"
)


def title_short_country(title: str) -> str | None:
    """``俄总统`` -> ``RU``: the country a one-character abbreviation at a chain's start names (one the page set up
    too: ``瓦总理`` on a page naming 瓦努阿图, ``page_short_forms``)."""
    if (m := _TITLE_SHORT_RE.match(title)) is not None:
        return _TITLE_SHORT_FORMS[m.group(1)]
    page = _PAGE_SHORT[0]
    if page is not None and (m := _PAGE_SHORT_RE.match(title)) is not None:
        return page.country(m.group(1))
    return None


# A page that names a foreign country in full may then write it by its first character before a post (驻瓦努阿图大使…
# 拜会瓦总统X; 吉里巴斯…吉国总统): read only for a character no other country the page names opens with.
_PAGE_SHORT: list[_PageShortForms | None] = [None]
# (a person's post only; never a character that also opens a common word before a post: 新总统 is "the new president")
_PAGE_SHORT_RE = re.compile(
    r"^(?:前|时任|新任)?([\u4e00-\u9fff])国?(?=总统|副总统|总理|副总理|首相|外长|外交部长|防长|国防部长|议长)"
)
_NOT_PAGE_SHORT = frozenset("新南北东中大前原副代总现首圣")


class _PageShortForms:
    """The foreign countries a page names in full, by first character: read at the first post asked of (most pages
    have none: searching a whole page for every country costs more than all such posts)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._forms: dict[str, str] | None = None

    def country(self, char: str) -> str | None:
        if self._forms is None:
            by_char: dict[str, set[str]] = {}
            for start, end, iso in find_countries(self._text):
                if end - start >= 2:
                    by_char.setdefault(self._text[start], set()).add(iso)
            closed = _NOT_PAGE_SHORT | _TITLE_SHORT_FORMS.keys()
            self._forms = {ch: next(iter(isos)) for ch, isos in by_char.items()
                           if len(isos) == 1 and "CN" not in isos and ch not in closed}
        return self._forms.get(char)


@contextmanager
def page_short_forms(text: str) -> Iterator[None]:
    """Inside the block, ``title_short_country`` also reads the first character of each foreign country ``text``
    names in full (the one country the page names with that character) as that country."""
    saved = _PAGE_SHORT[0]
    _PAGE_SHORT[0] = _PageShortForms(text)
    try:
        yield
    finally:
        _PAGE_SHORT[0] = saved


_COUNTRY_RE = re.compile("(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)) + ")")


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """Every country name in ``text`` as (start, end, ISO code), longest match first.

    Kept for the last 8,192 short texts asked (a new list each time): the passes ask again of the
    same titles and phrases ("越共中央总书记", "老挝人民革命党中央总书记、国家主席"), some five times each."""
    if len(text) > _FOUND_LENGTH:
        return _find_countries(text)
    return list(_kept_countries(text))


_FOUND_LENGTH = 200  # characters of a text kept at most (longer ones come back seldom)


@lru_cache(maxsize=8192)
def _kept_countries(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(_find_countries(text))


def _find_countries(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _COUNTRY_RE.finditer(text):
        form = m.group(1)
        # 中国 inside 中国国民党 is the KMT's name, not China the side
        if form == "中国" and text.startswith("国民党", m.end()):
            continue
        # 内蒙古: China's region, not Mongolia
        if form in ("蒙古", "蒙古国") and text[m.start() - 1 : m.start()] == "内":
            continue
        # 大马 is Malaysia as its Chinese press writes it, not in 大马士革 (Damascus) or 大马路 (a road)
        if form == "大马" and text.startswith(("士革", "路"), m.end()):
            continue
        # 国安委中国事务高级主任: a foreign post for China affairs, not China the side
        if form == "中国" and text.startswith("事务", m.end()):
            continue
        out.append((m.start(), m.end(), COUNTRIES[form][0]))
    return out


def english_name(iso: str) -> str | None:
    return ENGLISH_BY_ISO.get(iso)


def government_of(iso: str) -> str | None:
    """``Government of the Netherlands`` for ``NL``."""
    name = english_name(iso)
    return f"Government of {name}" if name else None
