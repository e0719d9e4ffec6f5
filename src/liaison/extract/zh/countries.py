"""Country and place names as CCTV writes them, mapped to ISO codes and English names.

Written by us from general knowledge. Longest form wins, so ``印度尼西亚`` beats ``印度`` and
``几内亚比绍`` beats ``几内亚``.
"""

from __future__ import annotations

import re

# "Chinese forms (|-separated):ISO:English name" — first form is the full name.
_COUNTRY_TABLE = """
中国|中华人民共和国:CN:China
越南|越南社会主义共和国:VN:Vietnam
老挝|老挝人民民主共和国:LA:Laos
古巴|古巴共和国:CU:Cuba
朝鲜|朝鲜民主主义人民共和国:KP:North Korea
韩国|大韩民国:KR:South Korea
日本:JP:Japan
蒙古国|蒙古:MN:Mongolia
俄罗斯|俄罗斯联邦:RU:Russia
白俄罗斯:BY:Belarus
乌克兰:UA:Ukraine
哈萨克斯坦:KZ:Kazakhstan
乌兹别克斯坦:UZ:Uzbekistan
吉尔吉斯斯坦:KG:Kyrgyzstan
塔吉克斯坦:TJ:Tajikistan
土库曼斯坦:TM:Turkmenistan
阿塞拜疆:AZ:Azerbaijan
亚美尼亚:AM:Armenia
格鲁吉亚:GE:Georgia
摩尔多瓦:MD:Moldova
德国|德意志联邦共和国:DE:Germany
法国|法兰西共和国:FR:France
英国|大不列颠及北爱尔兰联合王国:GB:the United Kingdom
爱尔兰:IE:Ireland
意大利:IT:Italy
西班牙:ES:Spain
葡萄牙:PT:Portugal
荷兰:NL:the Netherlands
比利时:BE:Belgium
卢森堡:LU:Luxembourg
瑞士:CH:Switzerland
奥地利:AT:Austria
瑞典:SE:Sweden
挪威:NO:Norway
丹麦:DK:Denmark
芬兰:FI:Finland
冰岛:IS:Iceland
波兰:PL:Poland
捷克|捷克共和国:CZ:the Czech Republic
斯洛伐克:SK:Slovakia
匈牙利:HU:Hungary
罗马尼亚:RO:Romania
保加利亚:BG:Bulgaria
希腊:GR:Greece
塞浦路斯:CY:Cyprus
马耳他:MT:Malta
塞尔维亚:RS:Serbia
克罗地亚:HR:Croatia
斯洛文尼亚:SI:Slovenia
波黑|波斯尼亚和黑塞哥维那:BA:Bosnia and Herzegovina
黑山:ME:Montenegro
北马其顿|马其顿:MK:North Macedonia
阿尔巴尼亚:AL:Albania
爱沙尼亚:EE:Estonia
拉脱维亚:LV:Latvia
立陶宛:LT:Lithuania
土耳其:TR:Turkey
美国|美利坚合众国:US:the United States
加拿大:CA:Canada
墨西哥:MX:Mexico
危地马拉:GT:Guatemala
洪都拉斯:HN:Honduras
萨尔瓦多:SV:El Salvador
尼加拉瓜:NI:Nicaragua
哥斯达黎加:CR:Costa Rica
巴拿马:PA:Panama
多米尼加:DO:the Dominican Republic
多米尼克:DM:Dominica
海地:HT:Haiti
牙买加:JM:Jamaica
巴哈马:BS:the Bahamas
巴巴多斯:BB:Barbados
格林纳达:GD:Grenada
特立尼达和多巴哥|特多:TT:Trinidad and Tobago
安提瓜和巴布达:AG:Antigua and Barbuda
委内瑞拉:VE:Venezuela
哥伦比亚:CO:Colombia
厄瓜多尔:EC:Ecuador
秘鲁:PE:Peru
玻利维亚:BO:Bolivia
巴西:BR:Brazil
智利:CL:Chile
阿根廷:AR:Argentina
乌拉圭:UY:Uruguay
巴拉圭:PY:Paraguay
圭亚那:GY:Guyana
苏里南:SR:Suriname
澳大利亚:AU:Australia
新西兰:NZ:New Zealand
巴布亚新几内亚:PG:Papua New Guinea
斐济:FJ:Fiji
萨摩亚:WS:Samoa
汤加:TO:Tonga
瓦努阿图:VU:Vanuatu
所罗门群岛:SB:the Solomon Islands
基里巴斯:KI:Kiribati
密克罗尼西亚:FM:Micronesia
瑙鲁:NR:Nauru
印度:IN:India
巴基斯坦:PK:Pakistan
孟加拉国|孟加拉:BD:Bangladesh
斯里兰卡:LK:Sri Lanka
尼泊尔:NP:Nepal
不丹:BT:Bhutan
马尔代夫:MV:the Maldives
阿富汗:AF:Afghanistan
伊朗:IR:Iran
伊拉克:IQ:Iraq
叙利亚:SY:Syria
黎巴嫩:LB:Lebanon
约旦:JO:Jordan
以色列:IL:Israel
巴勒斯坦:PS:Palestine
沙特阿拉伯|沙特:SA:Saudi Arabia
阿联酋|阿拉伯联合酋长国:AE:the United Arab Emirates
卡塔尔:QA:Qatar
科威特:KW:Kuwait
巴林:BH:Bahrain
阿曼:OM:Oman
也门:YE:Yemen
埃及:EG:Egypt
利比亚:LY:Libya
突尼斯:TN:Tunisia
阿尔及利亚:DZ:Algeria
摩洛哥:MA:Morocco
毛里塔尼亚:MR:Mauritania
苏丹:SD:Sudan
南苏丹:SS:South Sudan
埃塞俄比亚:ET:Ethiopia
厄立特里亚:ER:Eritrea
吉布提:DJ:Djibouti
索马里:SO:Somalia
肯尼亚:KE:Kenya
乌干达:UG:Uganda
卢旺达:RW:Rwanda
布隆迪:BI:Burundi
坦桑尼亚:TZ:Tanzania
莫桑比克:MZ:Mozambique
马拉维:MW:Malawi
赞比亚:ZM:Zambia
津巴布韦:ZW:Zimbabwe
博茨瓦纳:BW:Botswana
纳米比亚:NA:Namibia
南非:ZA:South Africa
莱索托:LS:Lesotho
斯威士兰|埃斯瓦蒂尼:SZ:Eswatini
马达加斯加:MG:Madagascar
毛里求斯:MU:Mauritius
塞舌尔:SC:Seychelles
科摩罗:KM:Comoros
安哥拉:AO:Angola
刚果（布）|刚果(布)|刚果共和国:CG:the Republic of the Congo
刚果（金）|刚果(金)|刚果民主共和国|民主刚果:CD:the Democratic Republic of the Congo
加蓬:GA:Gabon
赤道几内亚:GQ:Equatorial Guinea
喀麦隆:CM:Cameroon
中非共和国:CF:the Central African Republic
乍得:TD:Chad
尼日尔:NE:Niger
尼日利亚:NG:Nigeria
贝宁:BJ:Benin
多哥:TG:Togo
加纳:GH:Ghana
科特迪瓦:CI:Côte d'Ivoire
利比里亚:LR:Liberia
塞拉利昂:SL:Sierra Leone
几内亚:GN:Guinea
几内亚比绍:GW:Guinea-Bissau
塞内加尔:SN:Senegal
冈比亚:GM:the Gambia
马里:ML:Mali
布基纳法索:BF:Burkina Faso
佛得角:CV:Cabo Verde
圣多美和普林西比:ST:São Tomé and Príncipe
泰国:TH:Thailand
柬埔寨:KH:Cambodia
缅甸:MM:Myanmar
马来西亚:MY:Malaysia
新加坡:SG:Singapore
印度尼西亚|印尼:ID:Indonesia
菲律宾:PH:the Philippines
文莱:BN:Brunei
东帝汶:TL:Timor-Leste
列支敦士登:LI:Liechtenstein
摩纳哥:MC:Monaco
圣马力诺:SM:San Marino
安道尔:AD:Andorra
梵蒂冈|教廷:VA:the Holy See
圣卢西亚:LC:Saint Lucia
圣文森特和格林纳丁斯:VC:Saint Vincent and the Grenadines
圣基茨和尼维斯:KN:Saint Kitts and Nevis
伯利兹:BZ:Belize
马绍尔群岛:MH:the Marshall Islands
帕劳:PW:Palau
图瓦卢:TV:Tuvalu
库克群岛:CK:the Cook Islands
纽埃:NU:Niue
科索沃:XK:Kosovo
波多黎各:PR:Puerto Rico
格陵兰:GL:Greenland
法属波利尼西亚:PF:French Polynesia
新喀里多尼亚:NC:New Caledonia
百慕大:BM:Bermuda
直布罗陀:GI:Gibraltar
法罗群岛:FO:the Faroe Islands
开曼群岛:KY:the Cayman Islands
英属维尔京群岛:VG:the British Virgin Islands
阿鲁巴:AW:Aruba
库拉索:CW:Curaçao
关岛:GU:Guam
美属萨摩亚:AS:American Samoa
西撒哈拉:EH:Western Sahara
"""


def _parse(table: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in table.strip().splitlines():
        forms, iso, english = line.rsplit(":", 2)
        for form in forms.split("|"):
            out[form] = (iso, english)
    return out


COUNTRIES: dict[str, tuple[str, str]] = _parse(_COUNTRY_TABLE)
ENGLISH_BY_ISO: dict[str, str] = {}
for _iso, _en in COUNTRIES.values():
    ENGLISH_BY_ISO.setdefault(_iso, _en)

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
    "^(?:前|时任|新任)?([" + "".join(_TITLE_SHORT_FORMS) + "])"
    "(?=总统|副总统|总理|副总理|首相|外长|外交部长|外交大臣|防长|国防部长|财长|国务卿|议长|总统助理|外交部|国防部"
    "|政府|军|驻)"
)


def title_short_country(title: str) -> str | None:
    """``俄总统`` -> ``RU``: the country a one-character abbreviation at a chain's start names."""
    m = _TITLE_SHORT_RE.match(title)
    return _TITLE_SHORT_FORMS[m.group(1)] if m else None


_COUNTRY_RE = re.compile("(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)) + ")")


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """Every country name in ``text`` as (start, end, ISO code), longest match first."""
    out = []
    for m in _COUNTRY_RE.finditer(text):
        form = m.group(1)
        # 中国 inside 中国国民党 is the KMT's name, not China the side
        if form == "中国" and text.startswith("国民党", m.end()):
            continue
        out.append((m.start(), m.end(), COUNTRIES[form][0]))
    return out


def english_name(iso: str) -> str | None:
    return ENGLISH_BY_ISO.get(iso)


def government_of(iso: str) -> str | None:
    """``Government of the Netherlands`` for ``NL``."""
    name = english_name(iso)
    return f"Government of {name}" if name else None
