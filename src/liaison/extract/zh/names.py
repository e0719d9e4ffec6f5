"""Person names: pinyin for Chinese names (family name first), the people table, readings by
origin or a marked pinyin fallback for foreign ones.

``romanise("蔡奇")`` -> ``"Cai Qi"``. Family names take their surname reading (曾 Zeng, 单 Shan,
仇 Qiu ...), compound family names (欧阳, 司马 ...) stay one word. Foreign names written in Chinese
(苏林, 梅德韦杰夫) map through the gazetteer's ``[[person]]`` table (``kb/data/people_*.toml``,
user-extendable), else are read by origin (``readings``), else get pinyin marked as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from liaison.extract.prefilter import first_char_guarded
from liaison.extract.zh.japanese import split_reading
from liaison.extract.zh.readings import pinyin_fallback, read_name
from liaison.kb.gazetteer import Gazetteer, PersonEntry
from liaison.model.types import NameSource, OrgRef

_LIST_SEP = re.compile(r"[、，,]")

# Surname readings that differ from the character's most common reading.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "仇": "qiu",
    "解": "xie",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "尉": "yu",
    "黑": "he",
    "缪": "miao",
    "繁": "po",
    "员": "yun",
    "贲": "ben",
    "种": "chong",
    "秘": "bi",
    "冼": "xian",
    "洗": "xian",
    "万": "wan",
    "任": "ren",
    "华": "hua",
    "纪": "ji",
    "燕": "yan",
    "过": "guo",
    "宓": "mi",
    "芮": "rui",
    "召": "shao",
    "翟": "zhai",
    "藏": "zang",
    "臧": "zang",
    "长": "chang",
    "沈": "shen",
    "石": "shi",
    "相": "xiang",
    "将": "jiang",
    "折": "she",
    "阚": "kan",
    "隗": "wei",
    "句": "gou",
    "蔚": "yu",
    "重": "chong",
    "弗": "fu",
    "祭": "zhai",
    "都": "du",
    "参": "can",
    "朝": "chao",
    "角": "jue",
    "柏": "bai",
    "薄": "bo",
    "卜": "bu",
    "车": "che",
    "谌": "shen",
    "褚": "chu",
    "叶": "ye",
    "汤": "tang",
    "殷": "yin",
    "宁": "ning",
    "能": "nai",
    "尹": "yin",
    "于": "yu",
    "应": "ying",
    "贾": "jia",
    "甄": "zhen",
}
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "Ouyang",
    "司马": "Sima",
    "上官": "Shangguan",
    "诸葛": "Zhuge",
    "东方": "Dongfang",
    "皇甫": "Huangfu",
    "尉迟": "Yuchi",
    "公孙": "Gongsun",
    "慕容": "Murong",
    "长孙": "Zhangsun",
    "宇文": "Yuwen",
    "司徒": "Situ",
    "夏侯": "Xiahou",
    "轩辕": "Xuanyuan",
    "令狐": "Linghu",
    "端木": "Duanmu",
    "百里": "Baili",
    "呼延": "Huyan",
    "澹台": "Tantai",
    "万俟": "Moqi",
    "西门": "Ximen",
    "南宫": "Nangong",
    "独孤": "Dugu",
    "申屠": "Shentu",
    "闻人": "Wenren",
    "钟离": "Zhongli",
    "拓跋": "Tuoba",
}
# Common single-character family names (used to tell a Chinese name from a transliteration; 洪 and 朴 too:
# 洪秀柱, 朴泰成).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞洪朴"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谌区乐盖栗仝辜"
    "习铁咸阎鞠井信敬揭逯初宿门危原邰诸茅郁闻荆蔺郜冀郗綦钮"
)
_NAME_CHARS = re.compile(r"^[\u3400-\u9fff]+$")


@lru_cache(maxsize=4096)
def _given_pinyin(given: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported on first use: loading costs ~0.2 s

    return "".join(lazy_pinyin(given, style=Style.NORMAL, v_to_u=False)).replace("v", "ü")


def split_chinese_name(native: str) -> tuple[str, str]:
    """(family name, given name) of a Chinese name."""
    if len(native) >= 3 and native[:2] in COMPOUND_SURNAMES:
        return native[:2], native[2:]
    return native[:1], native[1:]


def pinyin_name(native: str) -> str:
    """``"王沪宁"`` -> ``"Wang Huning"``; ``"欧阳明高"`` -> ``"Ouyang Minggao"``."""
    family, given = split_chinese_name(native)
    if family in COMPOUND_SURNAMES:
        fam = COMPOUND_SURNAMES[family]
    elif family in SURNAME_READINGS:
        fam = SURNAME_READINGS[family].capitalize()
    else:
        fam = _given_pinyin(family).capitalize()
    if not given:
        return fam
    return f"{fam} {_given_pinyin(given).capitalize()}"


def looks_chinese(native: str) -> bool:
    """A 2–3 character name starting with a common family name (or 4 with a compound one)."""
    if not _NAME_CHARS.match(native):
        return False
    if native[:2] in COMPOUND_SURNAMES:
        return 3 <= len(native) <= 4
    return 2 <= len(native) <= 3 and native[0] in COMMON_SURNAMES


def looks_japanese(native: str) -> bool:
    """A Japanese name of four or five characters, a family name and a given name the readings table both knows
    (二阶俊博, 山口那津男): a name even where it stands bare ("二阶俊博上周在东京同…会谈")."""
    return 4 <= len(native) <= 5 and _NAME_CHARS.match(native) is not None and split_reading(native) is not None


def looks_vietnamese(native: str) -> bool:
    """A Vietnamese woman's name of four characters, a family name then 氏 (阮氏金银, 武氏映春, 黎氏秋姮): a
    name even where it stands bare ("与阮氏金银举行会谈")."""
    if len(native) != 4 or native[1] != "氏":
        return False
    return native[0] in COMMON_SURNAMES and _NAME_CHARS.match(native) is not None


def known_person(native: str, gazetteer: Gazetteer, side: str | None = None) -> PersonEntry | None:
    return gazetteer.person(native, side)


class Romanised(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    country: str | None  # from the people table
    source: NameSource
    entry: PersonEntry | None = None


def romanise(
    native: str,
    chinese: bool,
    gazetteer: Gazetteer,
    side: str | None = None,
    post: OrgRef | None = None,
    said: str | None = None,
) -> Romanised:
    """The Latin-script name of a name as written, and how it was obtained.

    ``chinese`` says whether the person's side writes names in Chinese characters natively
    (mainland, Taiwan, Hong Kong, Macau): such names are pinyin. A foreign name is looked up in the
    people table (``side``, a country or organisation id, also admits the forms naming someone only
    there; ``post``, the organisation of the holder's post, and ``said``, the title as written, must
    agree with a surname alone: ``Gazetteer.person``), then as name parts (扎帕罗夫 -> Japarov), then
    read by its origin (``readings``), and pinyin of its characters is the last resort."""
    entry = gazetteer.person(native, side, post, said)
    if entry is None and not chinese:
        entry = named_in_full(native, gazetteer, side, post, said)
    if entry is not None:
        aliases = tuple(a for a in (*entry.aliases, entry.name_es or "") if a and a != entry.name)
        return Romanised(entry.name, tuple(dict.fromkeys(aliases)), entry.country, "table", entry)
    if not _CJK_CHAR.search(native):
        return Romanised(native, (), None, "as-written")
    if chinese and _NAME_CHARS.match(native):
        return Romanised(pinyin_name(native), (), None, "pinyin")
    parts = [p for p in _PART_SEP.split(native) if p]
    if parts and all(p in gazetteer.name_parts for p in parts):
        return Romanised(" ".join(gazetteer.name_parts[p] for p in parts), (), None, "table-part")
    reading = read_name(native, side)
    if reading is not None:
        return Romanised(reading.name, reading.aliases, None, reading.source)
    return Romanised(pinyin_fallback(native), (), None, "pinyin-fallback")


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_PART_SEP = re.compile(r"[·•・]")
_FULL_NAME_SEP = re.compile(r"[·•・\-－—]")


def named_in_full(
    native: str, gazetteer: Gazetteer, side: str | None = None, post: OrgRef | None = None, said: str | None = None
) -> PersonEntry | None:
    """The table person a full name written with given names names: ``唐纳德·图斯克`` -> Donald
    Tusk, when the part after a separator is a form of the person (图斯克) and every part before it
    transcribes one of the person's Latin given names, in order (``transcription.sounds_like``);
    ``米歇尔·奥巴马`` is not Barack Obama."""
    for m in _FULL_NAME_SEP.finditer(native):
        head, tail = native[: m.start()], native[m.end() :]
        entry = gazetteer.person(tail, side, post, said) if head and tail else None
        if entry is None:
            continue
        given = [p for p in _FULL_NAME_SEP.split(head) if p]
        for latin in (entry.name, *entry.aliases):
            tokens = [t for t in re.split(r"[\s\-]+", latin) if t][:-1]  # the family name is the tail's
            if _transcribes_in_order(given, tokens):
                return entry
    return None


def _transcribes_in_order(parts: list[str], tokens: list[str]) -> bool:
    from liaison.kb.transcription import sounds_like

    at = 0
    for part in parts:
        while at < len(tokens) and not sounds_like(tokens[at], part):
            at += 1
        if at == len(tokens):
            return False
        at += 1
    return True


# Characters Chinese uses to transliterate foreign names (音译用字), written from general knowledge;
# the foreign names of the people table add theirs (``transliteration_chars``).
_TRANSLIT = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦包保鲍贝本比彼毕庇宾滨波玻伯勃博布步查察昌朝彻楚川茨慈聪达大代黛戴丹"
    "道德登邓迪狄蒂第丁东都杜敦多朵俄厄鄂恩尔法凡范方菲斐费芬丰佛夫弗伏福甫富盖甘冈高戈哥格根耿"
    "古瓜圭贵桂哈海亥汉豪好浩何赫黑亨洪侯胡华怀环黄惠霍基吉极季济加佳迦贾坚简杰捷金京久居居卡凯"
    "堪坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾累黎里理力历立丽利莉连廉良林琳玲凌刘留柳龙"
    "隆卢鲁陆路伦轮罗洛吕律玛马迈麦曼芒毛茂梅美门蒙孟米密敏明摩莫默姆木穆纳娜乃奈南楠瑙内能尼妮"
    "涅宁纽农努诺欧帕派潘庞培佩彭皮珀朴普齐奇恰千乔钦切琴琼丘秋屈却让热仁日荣茹瑞若撒萨塞赛三桑"
    "色瑟森沙莎山尚绍舍申什施石史士舒斯松宋苏素索塔泰坦汤唐陶特滕提蒂天廷通图土托瓦万旺威韦维"
    "温文沃乌巫吾伍武西希锡夏仙贤香祥谢辛欣新休修许旭雅亚延扬耶叶伊依以亿易因英尤于宇雨约月云"
    "扎詹哲珍祯郑芝朱卓兹宗佐左泽扬琪娅娃姬丝尚玉惹咖喀伦妃蓬赞仑颂帕沁萨汶坤差颇贡卜"
    "卫义祖得列干焦罕翰席治措琦珊露薇芙萝雯"
    "冯楞当"  # 冯德莱恩, 阿玛尔巴伊斯格楞, 伊素福·卡当贝
    "底末"  # 苏格拉底, 莫哈末 (Mohamad, as Malaysia's Chinese press writes it)
    "·•-－—"
)
# Words a person name never contains: time words, verbs, function words, groups and places.
_NOT_IN_NAME = re.compile(
    r"已经|刚刚|刚才|有关|定期|期间|当天|当日|当晚|当夜|次日|翌日|今天|昨天|明天|上周|本月|月初|年底|以来|之后|之前|正式|双边"
    r"|三方|多边|取消|推迟|不满|相信|努力|准备|亲切|批示|指示|精神|原则|立场|协议|合作|会晤|会谈|会见|通话"
    r"|电话|学生|官员|高官|军官|人士|嘉宾|亲属|遗属|配偶|夫妇|陪同|全程|合影|加冕|飞行员|部队|领导|同志"
    r"|代表|成员|群众|民众|记者|专家|港口|重镇|官邸|首都|总部|签署|举行|发表|讲话|声明|达成|拨冗|线下|线上"
    r"|集体|开始|结束|抵达|出席|参加|计划|以及|及其|等人|方面|各方|双方|事件|问题|局势|个人|名义"
    r"|拉美|欧美|中东|北约|东盟|非盟|欧盟|亚太|西方|中亚|南亚|东亚"
    r"|全部|全体|悉数|在座|身份|战略|发展|变化|安全|经济|工作|利用|选举|获胜|批评|讨论|公开|亮相|突然"
    r"|决定|前往|迎接|送行|到来|离开|步出|舱门|乘车|来自|来到|受到|紧扣|随后|不久|几天|继续|延续|上任"
    r"|道歉|深入|紧急|如约|约定|商定|私下|联名|庄园|一行|热情|第[一二三四五六七八九十百]"
    r"|推动|促进|迎上|上前|前去"  # more verbs (推动特朗普总统访华, 科比塔迎上前去)
    r"|率领|带领"  # 由马华总秘书黄家泉率领马华代表团出席…: the verb after the name
    r"|本人|自己|本身|特别|尤其|格外|十分"  # reflexives and degree adverbs (她本人, 特别行政区)
)
# Words a name never starts with (就坠机事件, 以个人, 在会上): 于 and 向 are family names.
_NOT_NAME_START = re.compile(r"^(?:[就在称对并以与同和及从把被]|让(?![·•\-－]))")  # 让·查尔斯 (Jean-) is a name
# Single characters no name has after its first character (的, 了, 称, 就 …).
_NOT_IN_NAME_CHAR = re.compile(r"[的了们就称已并也还时我你他她这该]")
# Two country abbreviations, or one with 方: 俄乌, 黎以, 美方 — sides, not people.
_ABBREVIATIONS = "中俄美乌英法德日韩朝越老古蒙柬巴塞以伊叙黎沙土印菲泰意澳加欧非"
_SIDES_WORD = re.compile(f"^[{_ABBREVIATIONS}][{_ABBREVIATIONS}方]$")
# China and a partner by its one-character abbreviation (中哈关系, 中摩合作, 中斯) or a partner with
# 方 (斯方, 科方): the two sides of a relation, never a name, titled or not. (Not 中川, 中山, 中村:
# Japanese family names.)
_PARTNERS = _ABBREVIATIONS[1:] + "哈摩斯科赞坦津缅孟尼吉塔阿埃希葡荷比瑞丹挪芬波捷匈罗保克墨秘智委哥玻厄新马文"
_RELATION_WORD = re.compile(f"^(?:中[{_PARTNERS}]|[{_PARTNERS}]方)$")
# A region by its direction and continent (西非, 东欧, 中亚, 南美): a place, never a name.
_REGION_WORD = re.compile(r"^[东西南北中][非欧亚美]$")
# Where a name runs on into the words after it (普京在…, 特朗普于上周, 冯德莱恩称, 韩正于…)
_NAME_RUNS_ON = first_char_guarded(re.compile(
    # …热情迎接, 莫迪致贺电, 黎怀忠致贺函, 绍伊古大将
    r"热情|致(?:[贺慰唁谢]?(?:电|信|函)|慰问[电信]|辞|$)|[大上中少]将(?:$|军)|步下|加冕"
    r"|在|于|以|就|称|应约|应邀|是|计划|乘|陪同|全程|等|当天|当日|本月|上周|上月|听取|分别|向|对|曾|已|将"
    r"|也|亦|还|说|表示|一行|夫妇|亲切|同(?!志)|与|和(?!$|以?及|等)|从"  # (a name may end on 和: 苏长和, 武东和以及…)
    r"|为首"  # 以…副主席阮如魁为首的…代表团: the delegation's head
    r"|[及偕携]夫人"  # 通沙万·丰威汉及夫人一行于7月25日礼节性拜会: the spouse left unnamed
    r"|亲王|昨[日天晚夜]|[上下]午"  # 韩桑林亲王昨日下午在…, 连战昨晚抵达: an honorific after the name, a time
    r"|[昨今][(（]"  # 昨(1)日, 今(2)晚: a day in brackets, as Hong Kong's and Taiwan's press write it
    r"|博士|医生|先生|女士|阁下|同志"  # 外交部长维文医生, 玻空·南马冯博士, 张氏梅同志: a courtesy title after the name
    r"|[作做](?:了)?(?:专题)?(?:宣介|宣讲|主旨)"  # 孙海燕作宣介: a briefing's speaker
    r"|(?:再次|正式)?(?:当选|连任|就任|荣任|出任)"  # 祝贺越共中央总书记苏林当选: the election after the name
))


_CJK_NAMING = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP", "VN", "SG"})
_TABLE_CHARS: dict[int, tuple[int, frozenset[str]]] = {}


def _table_chars(gazetteer: Gazetteer) -> frozenset[str]:
    """Characters of the foreign names in the people table (cached per gazetteer)."""
    cached = _TABLE_CHARS.get(id(gazetteer))
    if cached is not None and cached[0] == len(gazetteer.people):
        return cached[1]
    chars: set[str] = set()
    for entry in gazetteer.people:
        if entry.country in _CJK_NAMING:
            continue
        for native in entry.native:
            if not looks_chinese(native):
                chars.update(native)
    _TABLE_CHARS[id(gazetteer)] = (len(gazetteer.people), frozenset(chars))
    return _TABLE_CHARS[id(gazetteer)][1]


def is_transliteration(native: str, gazetteer: Gazetteer | None = None, single: bool = False) -> bool:
    """Every character is one Chinese uses for foreign names (``马克龙``, ``迪亚斯-卡内尔``);
    ``single``: one character suffices."""
    extra = _table_chars(gazetteer) if gazetteer is not None else frozenset()
    letters = [c for c in native if c not in _JOINERS]
    return len(letters) >= (1 if single else 2) and all(c in _TRANSLIT or c in extra for c in letters)


_JOINERS = "·•-－—"
# 之 of 之后, 之前, 之际 after a foreign name the clause ran on into ("会见…大使莫尔古洛夫之后")
_BEFORE_AFTER = "之"


def trim_name(native: str, gazetteer: Gazetteer | None = None) -> str:
    """``普京在`` -> ``普京``: the name without the words it runs on into (unchanged if none).

    With the people table, a foreign name also ends where a known person's name or a
    transliteration ends and a character no transliteration uses begins: ``普京则`` -> ``普京``,
    ``费尔南德斯互`` -> ``费尔南德斯``, ``卡尔切夫斯基参`` (参议长 split from its head) ->
    ``卡尔切夫斯基``."""
    m = _NAME_RUNS_ON.search(native, 2)
    if m:
        native = native[: m.start()]
    if native.endswith("和") and len(native) > 2 and not looks_chinese(native):
        # 若昂和(时任副总统…): "and" after a transliteration; a Chinese name may end on it (苏长和)
        native = native[:-1]
    for k in (3, 2):
        if len(native) > k and looks_chinese(native[:k]) and _TRIP_AFTER.match(native, k):
            return native[:k]  # 中国外交部长王毅到访柬埔寨, 刘建超过境新加坡: the trip after a Chinese name
    if len(native) == 4 and native[3] in _ALL_OF_THEM and looks_chinese(native[:3]):
        return native[:3]  # 习近平、张德江、王岐山都分别会见了李显龙: "all of them" after a list's last name
    if gazetteer is None or gazetteer.person(native) is not None or looks_chinese(native):
        return native
    words = _NOT_IN_NAME.search(native, 2) or _AFTER_NAME.search(native, 2)
    if words and gazetteer.person(native[: words.start()]) is not None:
        return native[: words.start()]  # 普京延续…
    if read_name(native, "JP") is not None:
        return native  # 村山富市, 茂木敏充: a Japanese name read whole, not a transliteration running on
    if native.endswith(_BEFORE_AFTER) and is_transliteration(native[:-1], gazetteer):
        return native[:-1]  # 莫尔古洛夫之(后): "after meeting X"
    for end in range(len(native) - 1, 1, -1):
        head, tail = native[:end], native[end:]
        if tail[0] in _JOINERS or is_transliteration(tail[:1], gazetteer, single=True):
            continue
        if len(tail) == 2 and _PART_SEP.search(head) and is_transliteration(tail[-1], gazetteer, single=True):
            continue  # 伊素福·卡当贝: a sound the table lacks inside a joined name, not a word after it
        sound = len(head) >= 3 and len(tail) <= 2 and is_transliteration(head, gazetteer)
        if sound or gazetteer.person(head) is not None:
            return head
    return native


# "all of them", closing a list of subjects before its verb (…王岐山都分别会见了): no given name ends a full
# three-character name with it
_ALL_OF_THEM = "都均"
# the trip a subject's name runs on into (王毅到访柬埔寨, 刘建超过境新加坡)
_TRIP_AFTER = re.compile(r"到访|过境|出访")
# What else follows a subject's name in its clause (普京则…, 马克里互致贺电, 奥尔特加和穆里略联名…)
_AFTER_NAME = re.compile(
    r"当地|当晚|当$|则|互|如约|一道|深入|紧急|继续|延续|上任|联名|先|因|热情|专程|特意|亲自|首先|随即|随后|又|均|都|再次|一起"
)


def runs_on(tail: str) -> bool:
    """Whether ``tail`` is what a trimmed name ran on into (在, 于上周, 称 …), not more people."""
    return bool(_NAME_RUNS_ON.match(tail) or _AFTER_NAME.match(tail)) and not _LIST_SEP.search(tail)


def _starts_with_country(native: str) -> bool:
    """``美国艾奥瓦``, ``俄罗斯东``: a country's name in front, which no person's name has (short
    ones such as 马里 or 加纳 do start names: 马里奥; nor does a given name written like a country's and set off by
    the name dot: 萨尔瓦多·巴尔德斯·梅萨, Salvador)."""
    from liaison.extract.zh.countries import find_countries

    return any(
        s == 0 and e < len(native) and (native[e - 1] == "国" or e >= 3) and native[e] not in _NAME_DOTS
        for s, e, _iso in find_countries(native)
    )


_NAME_DOTS = "·•・‧．.-－"


def plausible_name(native: str, titled: bool, gazetteer: Gazetteer) -> bool:
    """Whether ``native`` can be a person's name.

    Known people always are. Otherwise no time word, verb, function word or group word may
    occur in it; a name with a title chain bound to it needs nothing more, a bare one must look
    Chinese (a family name and a short given name) or be a transliteration."""
    if gazetteer.person(native) is not None:
        return True
    if len(native) < 2 or _NOT_IN_NAME.search(native) or _NOT_IN_NAME_CHAR.search(native, 1):
        return False
    if _NOT_NAME_START.match(native) or _starts_with_country(native):
        return False
    if _RELATION_WORD.match(native) or _REGION_WORD.match(native):
        return False
    if titled:
        return True
    if _SIDES_WORD.match(native):
        return False
    return (looks_chinese(native) or looks_vietnamese(native) or looks_japanese(native)
            or is_transliteration(native, gazetteer))


_CJK_RUN_AFTER = re.compile(r"(?:[·•・‧][\u3400-\u9fff]+)+")
_CJK_RUN_BEFORE = re.compile(r"[\u3400-\u9fff]+(?:[·•・‧][\u3400-\u9fff]+)*[·•・‧]$")
_FULL_FORMS_SEEN = 12  # how many places naming the part are read


def places_naming(text: str, part: str, limit: int) -> Iterator[int]:
    """The offsets of the first ``limit`` places ``text`` writes ``part`` (not overlapping)."""
    at = text.find(part)
    for _ in range(limit):
        if at < 0:
            return
        yield at
        at = text.find(part, at + len(part))


def full_form(text: str, part: str, gazetteer: Gazetteer) -> str | None:
    """The one full form the article writes of a foreign name it also gives by one part alone: ``沙伦赛`` of
    ``老挝外交部部长沙伦赛·贡玛希``, later "16日，沙伦赛在万象会见了王毅" (a Lao given name); ``比埃拉加略`` of
    "由众议长何塞·比埃拉加略率领的" (a surname). Read where the part stands joined by a name separator to
    others: after it, up to where the name runs on (``trim_name``); before it, from the end of the post that
    opens the run (``titles.HEAD_RE``). None when the part is itself joined, or the article gives none or two."""
    from liaison.extract.zh.titles import HEAD_RE

    if len(part) < 2 or _PART_SEP.search(part) or not _CJK_CHAR.search(part):
        return None
    found: set[str] = set()
    for at in places_naming(text, part, _FULL_FORMS_SEEN):
        end = at + len(part)
        after = _CJK_RUN_AFTER.match(text, end)
        if after is not None:
            full = trim_name(text[at : after.end()], gazetteer)
            if _PART_SEP.search(full) and _PART_SEP.split(full)[-1]:
                found.add(full)
        before = _CJK_RUN_BEFORE.search(text, max(0, at - 24), at)
        if before is not None:
            run = before.group()
            heads = list(HEAD_RE.finditer(run))
            start = heads[-1].end() if heads else 0
            head = run[start:]
            first = _PART_SEP.split(head)[0]
            if 1 <= len(first) <= 4 and not head.startswith(tuple("·•・‧")):
                found.add(head + text[at:end])
    return found.pop() if len(found) == 1 else None
