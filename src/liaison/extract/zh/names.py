"""Person names: pinyin for Chinese names (family name first), table look-up for foreign ones.

``romanise("蔡奇")`` -> ``"Cai Qi"``. Family names take their surname reading (曾 Zeng, 单 Shan,
仇 Qiu ...), compound family names (欧阳, 司马 ...) stay one word. Foreign names transliterated
into Chinese (苏林, 梅德韦杰夫) are never pinyin-ised: they map through the gazetteer's
``[[person]]`` table (``kb/data/people_zh.toml``, user-extendable), else stay as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.kb.gazetteer import Gazetteer, PersonEntry

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
# Common single-character family names (used to tell a Chinese name from a transliteration).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谌区乐盖栗仝"
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


def known_person(native: str, gazetteer: Gazetteer) -> PersonEntry | None:
    return gazetteer.person(native)


def romanise(native: str, chinese: bool, gazetteer: Gazetteer) -> tuple[str, tuple[str, ...], str | None]:
    """(canonical name, aliases, country from the table) for a name as written.

    ``chinese`` says whether the person's side writes names in Chinese characters natively
    (mainland, Taiwan, Hong Kong, Macau); a foreign name without a table entry stays as written.
    """
    entry = gazetteer.person(native)
    if entry is not None:
        return entry.name, tuple(a for a in entry.aliases if a != entry.name), entry.country
    if chinese and _NAME_CHARS.match(native):
        return pinyin_name(native), (), None
    return native, (), None
