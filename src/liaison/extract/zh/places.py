"""Where an event took place: ``在北京``, ``在京``, ``在人民大会堂``, ``在曼谷`` -> English city names.

Venues resolve to their city (钓鱼台国宾馆 -> Beijing, 白宫 -> Washington, 越共中央驻地 -> Hanoi).
A phrase that names no known city (a country, an unknown venue, a clause read as a place) gives no
location: locations are always cities.
"""

from __future__ import annotations

import re

from liaison.kb.countries import city_country
from liaison.model.types import Span

# "Chinese forms:English city"
_CITY_TABLE = """
北京|京|人民大会堂|钓鱼台国宾馆|钓鱼台|中南海|怀仁堂|瀛台|国家会议中心|北京饭店|中国共产党历史展览馆:Beijing
上海|沪:Shanghai
天津:Tianjin
重庆:Chongqing
广州:Guangzhou
深圳:Shenzhen
杭州|西湖国宾馆:Hangzhou
南京:Nanjing
成都:Chengdu
西安:Xi'an
武汉:Wuhan
长沙:Changsha
厦门:Xiamen
福州:Fuzhou
青岛:Qingdao
大连:Dalian
哈尔滨:Harbin
沈阳:Shenyang
长春:Changchun
昆明:Kunming
南宁:Nanning
海口:Haikou
三亚:Sanya
博鳌:Boao
乌鲁木齐:Urumqi
拉萨:Lhasa
天津:Tianjin
苏州:Suzhou
济南:Jinan
郑州:Zhengzhou
合肥:Hefei
南昌:Nanchang
贵阳:Guiyang
兰州:Lanzhou
西宁:Xining
银川:Yinchuan
呼和浩特:Hohhot
太原:Taiyuan
石家庄:Shijiazhuang
香港:Hong Kong
澳门:Macau
台北:Taipei
河内:Hanoi
胡志明市:Ho Chi Minh City
万象:Vientiane
金边:Phnom Penh
曼谷:Bangkok
吉隆坡:Kuala Lumpur
雅加达:Jakarta
马尼拉:Manila
仰光:Yangon
内比都:Naypyidaw
平壤:Pyongyang
首尔:Seoul
东京:Tokyo
大阪:Osaka
乌兰巴托:Ulaanbaatar
莫斯科|克里姆林宫:Moscow
圣彼得堡:Saint Petersburg
喀山:Kazan
符拉迪沃斯托克:Vladivostok
明斯克:Minsk
阿斯塔纳:Astana
阿拉木图:Almaty
塔什干:Tashkent
撒马尔罕:Samarkand
比什凯克:Bishkek
杜尚别:Dushanbe
阿什哈巴德:Ashgabat
巴库:Baku
埃里温:Yerevan
第比利斯:Tbilisi
新德里:New Delhi
伊斯兰堡:Islamabad
达卡:Dhaka
科伦坡:Colombo
加德满都:Kathmandu
德黑兰:Tehran
巴格达:Baghdad
大马士革:Damascus
利雅得:Riyadh
吉达:Jeddah
多哈:Doha
阿布扎比:Abu Dhabi
迪拜:Dubai
开罗:Cairo
安卡拉:Ankara
伊斯坦布尔:Istanbul
柏林:Berlin
巴黎:Paris
伦敦:London
罗马:Rome
马德里:Madrid
里斯本:Lisbon
布鲁塞尔:Brussels
海牙:The Hague
阿姆斯特丹:Amsterdam
日内瓦:Geneva
伯尔尼:Bern
达沃斯:Davos
维也纳:Vienna
斯德哥尔摩:Stockholm
奥斯陆:Oslo
哥本哈根:Copenhagen
赫尔辛基:Helsinki
华沙:Warsaw
布拉格:Prague
布达佩斯:Budapest
贝尔格莱德:Belgrade
雅典:Athens
华盛顿:Washington
纽约:New York
旧金山:San Francisco
渥太华:Ottawa
墨西哥城:Mexico City
哈瓦那:Havana
加拉加斯:Caracas
马那瓜:Managua
巴西利亚:Brasília
里约热内卢:Rio de Janeiro
圣保罗:São Paulo
布宜诺斯艾利斯:Buenos Aires
圣地亚哥:Santiago
利马:Lima
波哥大:Bogotá
基多:Quito
拉巴斯:La Paz
蒙得维的亚:Montevideo
堪培拉:Canberra
悉尼:Sydney
墨尔本:Melbourne
惠灵顿:Wellington
奥克兰:Auckland
约翰内斯堡:Johannesburg
比勒陀利亚:Pretoria
开普敦:Cape Town
内罗毕:Nairobi
亚的斯亚贝巴:Addis Ababa
达累斯萨拉姆:Dar es Salaam
多多马:Dodoma
阿布贾:Abuja
达喀尔:Dakar
罗安达:Luanda
马普托:Maputo
哈拉雷:Harare
卢萨卡:Lusaka
阿尔及尔:Algiers
拉巴特:Rabat
突尼斯市:Tunis
布城:Putrajaya
万隆:Bandung
巴厘岛:Bali
岘港:Da Nang
琅勃拉邦:Luang Prabang
暹粒:Siem Reap
斯里巴加湾市:Bandar Seri Begawan
斯里巴加湾:Bandar Seri Begawan
帝力:Dili
马累:Malé
廷布:Thimphu
喀布尔:Kabul
卡拉奇:Karachi
拉合尔:Lahore
孟买:Mumbai
安曼:Amman
贝鲁特:Beirut
耶路撒冷:Jerusalem
特拉维夫:Tel Aviv
拉姆安拉:Ramallah
科威特城:Kuwait City
麦纳麦:Manama
马斯喀特:Muscat
萨那:Sanaa
吉布提市:Djibouti
摩加迪沙:Mogadishu
坎帕拉:Kampala
基加利:Kigali
布琼布拉|基特加:Bujumbura
利隆圭:Lilongwe
哈博罗内:Gaborone
温得和克:Windhoek
马塞卢:Maseru
姆巴巴内:Mbabane
塔那那利佛:Antananarivo
路易港:Port Louis
莫罗尼:Moroni
布拉柴维尔:Brazzaville
金沙萨:Kinshasa
利伯维尔:Libreville
马拉博:Malabo
雅温得:Yaoundé
班吉:Bangui
恩贾梅纳:N'Djamena
尼亚美:Niamey
科托努|波多诺伏:Cotonou
洛美:Lomé
阿克拉:Accra
阿比让|亚穆苏克罗:Abidjan
蒙罗维亚:Monrovia
弗里敦:Freetown
科纳克里:Conakry
比绍:Bissau
班珠尔:Banjul
巴马科:Bamako
瓦加杜古:Ouagadougou
努瓦克肖特:Nouakchott
普拉亚:Praia
圣多美:São Tomé
朱巴:Juba
喀土穆:Khartoum
阿斯马拉:Asmara
的黎波里:Tripoli
沙姆沙伊赫:Sharm El Sheikh
卡萨布兰卡:Casablanca
瓦莱塔:Valletta
尼科西亚:Nicosia
索非亚:Sofia
布加勒斯特:Bucharest
基希讷乌:Chișinău
基辅:Kyiv
维尔纽斯:Vilnius
里加:Riga
塔林:Tallinn
雷克雅未克:Reykjavík
都柏林:Dublin
卢森堡市:Luxembourg
布拉迪斯拉发:Bratislava
卢布尔雅那:Ljubljana
萨格勒布:Zagreb
萨拉热窝:Sarajevo
波德戈里察:Podgorica
斯科普里:Skopje
地拉那:Tirana
普里什蒂纳:Pristina
汉堡:Hamburg
慕尼黑:Munich
法兰克福:Frankfurt
米兰:Milan
巴塞罗那:Barcelona
马赛:Marseille
波城:Pau
上比利牛斯:Hautes-Pyrénées
爱丁堡:Edinburgh
梵蒂冈城:Vatican City
摩纳哥城:Monaco
瓦杜兹:Vaduz
安道尔城:Andorra la Vella
圣马力诺市:San Marino
纽约联合国总部:New York
洛杉矶:Los Angeles
西雅图:Seattle
芝加哥:Chicago
檀香山:Honolulu
安克雷奇:Anchorage
多伦多:Toronto
温哥华:Vancouver
蒙特利尔:Montreal
危地马拉城:Guatemala City
特古西加尔巴:Tegucigalpa
圣萨尔瓦多:San Salvador
圣何塞:San José
巴拿马城:Panama City
圣多明各:Santo Domingo
太子港:Port-au-Prince
金斯敦:Kingston
拿骚:Nassau
布里奇敦:Bridgetown
西班牙港:Port of Spain
乔治敦:Georgetown
帕拉马里博:Paramaribo
亚松森:Asunción
苏克雷:Sucre
瓜亚基尔:Guayaquil
卡斯特里:Castries
罗索:Roseau
巴斯特尔:Basseterre
贝尔莫潘:Belmopan
莫尔斯比港:Port Moresby
苏瓦:Suva
阿皮亚:Apia
努库阿洛法:Nuku'alofa
维拉港:Port Vila
霍尼亚拉:Honiara
塔拉瓦:Tarawa
帕利基尔:Palikir
马朱罗:Majuro
富纳富提:Funafuti
阿瓦鲁阿:Avarua
亚伦:Yaren
布里斯班:Brisbane
珀斯:Perth
阿德莱德:Adelaide
德班:Durban
蒙巴萨:Mombasa
桑给巴尔:Zanzibar
索契:Sochi
海参崴:Vladivostok
叶卡捷琳堡:Yekaterinburg
新西伯利亚:Novosibirsk
努尔苏丹:Astana
巴黎联合国教科文组织总部:Paris
黄山:Huangshan
乌镇:Wuzhen
庆州:Gyeongju
釜山:Busan
仁川:Incheon
贝伦:Belém
索菲亚:Sofia
迈阿密:Miami
"""

# Seats of state, parliament and party whose city the text leaves unsaid (general knowledge).
_VENUE_TABLE = """
越共中央驻地|越共中央总部|越南国会大厦|越南主席府|主席府|越南政府总部:Hanoi
老挝主席府|老挝国会大厦|老挝人革党中央驻地|老挝人革党中央总部|老挝总理府:Vientiane
柬埔寨和平大厦|和平大厦|柬埔寨国会大厦:Phnom Penh
白宫|椭圆形办公室|美国国会大厦|国会山:Washington
海湖庄园:Palm Beach
马来西亚国家王宫|马来西亚国家皇宫:Kuala Lumpur
独立宫:Minsk
克里姆林宫|俄罗斯联邦政府大厦|俄罗斯国家杜马大楼:Moscow
爱丽舍宫|马提尼翁府:Paris
唐宁街|白金汉宫|威斯敏斯特宫:London
青瓦台|龙山总统府|韩国国会大厦:Seoul
首相官邸|日本国会大厦:Tokyo
锦绣山太阳宫|锦绣山迎宾馆|百花园国宾馆:Pyongyang
革命宫:Havana
米拉弗洛雷斯宫:Caracas
总统府卡萨罗萨达|玫瑰宫:Buenos Aires
普拉纳尔托宫:Brasília
国民宫:Mexico City
巴基斯坦总统府|巴基斯坦总理府:Islamabad
印度尼西亚国会大厦|印尼国会大厦:Jakarta
新加坡总统府|新加坡国会大厦:Singapore
泰国总理府|泰国政府大厦:Bangkok
总统府马拉卡南宫|马拉卡南宫:Manila
蒙古国国家宫:Ulaanbaatar
阿克奥尔达:Astana
联邦总理府|德国总理府:Berlin
"""

# Read as a place only after 在 (the whole phrase): a city-state (在新加坡), a parliament named by
# its body (在越南国会). Elsewhere these name no place: 新加坡总理, 越南国会主席.
_AFTER_AT_TABLE = """
越南国会:Hanoi
老挝国会:Vientiane
新加坡:Singapore
摩纳哥:Monaco
科威特:Kuwait City
梵蒂冈:Vatican City
"""


def _parse(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        forms, english = line.rsplit(":", 1)
        for form in forms.split("|"):
            out[form] = english
    return out


CITIES: dict[str, str] = {**_parse(_CITY_TABLE), **_parse(_VENUE_TABLE)}
_AFTER_AT: dict[str, str] = _parse(_AFTER_AT_TABLE)
_CITY_RE = re.compile("|".join(sorted(map(re.escape, CITIES), key=len, reverse=True)))
# 在<place> before the verb: stops at the verb or a preposition that starts the next phrase
_AT = re.compile(
    r"在([^，。、；]{1,24}?)(?=以视频|通过视频|同|与|和|会见|会晤|会谈|举行|分别|先后|集体|共同|主持|出席|接受|$"
    # a lead clause of its own, time and place: "12月1日在老挝首都万象，A、B分别会见…" (not 在…期间/后/时，)
    r"|(?<!期间)(?<!之际)(?<![后前时中])[，,])"
)


def city_in(text: str) -> tuple[str, Span] | None:
    """The first city or venue of the place table written in ``text``, as written, with its span."""
    m = _CITY_RE.search(text)
    return (m.group(0), m.span()) if m else None


def resolve_place(phrase: str) -> str | None:
    """The English city a place phrase names (``广西南宁`` -> Nanning, ``白宫`` -> Washington), else
    None: a country, an unknown venue or a stray clause (``与…``, ``结束…``) is no location."""
    phrase = phrase.strip()
    if not phrase:
        return None
    m = _CITY_RE.search(phrase)
    if m:
        return CITIES[m.group(0)]
    return _AFTER_AT.get(phrase)


# a stay in a city: "在沪期间，…俞正声会见了参访团一行" (the city alone: 在上海合作组织峰会期间 is a time)
_STAY = re.compile(r"在([^，。、；]{1,4}?)期间[，,]")


def find_place(text: str, offset: int = 0) -> tuple[str, Span] | None:
    """The first ``在…`` place phrase in a clause, resolved, with its span (``offset``-shifted)."""
    m = _AT.search(text)
    if m:
        place = resolve_place(m.group(1))
        if place:
            return place, (offset + m.start(1), offset + m.end(1))
    stay = _STAY.search(text)
    if stay and stay.group(1) in CITIES:
        return CITIES[stay.group(1)], (offset + stay.start(1), offset + stay.end(1))
    # venues named without 在 (钓鱼台国宾馆会见)
    m = _CITY_RE.search(text)
    if m and len(m.group(0)) >= 3:
        return CITIES[m.group(0)], (offset + m.start(), offset + m.end())
    return None


# a province, region or city of China, or the page's own (我省, 本市: a provincial page's), opening a place visited
_CHINESE_LOCALITY = re.compile(
    r"^(?:(?:我|本|该)(?:省|市|区|州|县)"
    r"|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)"
    r"|(?:内蒙古|广西|西藏|宁夏|新疆)|(?:北京|天津|上海|重庆)(?!大学))"
)


def chinese_locality(visited: str) -> bool:
    """Whether the place a visit names is in China: a province or municipality, the page's own province or city
    (访问我省), or a city the place table gives China's."""
    if _CHINESE_LOCALITY.match(visited):
        return True
    found = city_in(visited)
    return found is not None and found[1][0] == 0 and city_country(CITIES[found[0]]) == "CN"
