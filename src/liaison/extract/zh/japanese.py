"""Japanese readings of Japanese names as the Chinese press writes them (simplified characters).

Kanji in names have several readings each (毅 is Takeshi for 岩屋毅 and Tsuyoshi for 高木毅), so
readings are kept per family name and per given name, as the people bearing them read them, not
per character. Written by us from general knowledge for the names the CCTV archive (2012–2026)
shows and common ones; a whole name whose given name reads otherwise than the table says is in
``_WHOLE``. A name not split into a known family name and a known given name gets no reading (its
pinyin is then the marked last resort), never a guess.
"""

from __future__ import annotations

FAMILY: dict[str, str] = {
    "安倍": "Abe", "岸田": "Kishida", "二阶": "Nikai", "鸠山": "Hatoyama", "山口": "Yamaguchi",
    "石破": "Ishiba", "河野": "Kono", "大岛": "Oshima", "森山": "Moriyama", "井上": "Inoue", "菅": "Suga",
    "福田": "Fukuda", "林": "Hayashi", "宗冈": "Muneoka", "三村": "Mimura", "谷垣": "Tanigaki",
    "谷内": "Yachi", "麻生": "Aso", "海江田": "Kaieda", "玄叶": "Gemba", "西田": "Nishida",
    "福岛": "Fukushima", "河相": "Kawai", "横路": "Yokomichi", "额贺": "Nukaga", "高木": "Takagi",
    "二之汤": "Ninoyu", "原田": "Harada", "中西": "Nakanishi", "榊原": "Sakakibara", "河村": "Kawamura",
    "伊达": "Date", "野田": "Noda", "北村": "Kitamura", "山崎": "Yamazaki", "吉田": "Yoshida",
    "岩屋": "Iwaya", "野中": "Nonaka", "齐藤": "Saito", "斋藤": "Saito", "村山": "Murayama",
    "小泉": "Koizumi", "茂木": "Motegi", "上川": "Kamikawa", "石井": "Ishii", "小渊": "Obuchi",
    "桥本": "Hashimoto", "森": "Mori", "细川": "Hosokawa", "羽田": "Hata", "海部": "Kaifu",
    "宫泽": "Miyazawa", "竹下": "Takeshita", "中曾根": "Nakasone", "田中": "Tanaka", "铃木": "Suzuki",
    "佐藤": "Sato", "高村": "Komura", "町村": "Machimura", "冈田": "Okada", "前原": "Maehara",
    "枝野": "Edano", "志位": "Shii", "小泽": "Ozawa", "加藤": "Kato", "松本": "Matsumoto",
    "渡边": "Watanabe", "伊藤": "Ito", "中村": "Nakamura", "小林": "Kobayashi", "山本": "Yamamoto",
    "高桥": "Takahashi", "木村": "Kimura", "清水": "Shimizu", "松野": "Matsuno", "古屋": "Furuya",
    "武部": "Takebe", "逢泽": "Aisawa", "福山": "Fukuyama", "近藤": "Kondo", "野村": "Nomura",
    "丹羽": "Niwa", "赤羽": "Akaba", "泉": "Izumi", "玉木": "Tamaki", "岸": "Kishi", "菅原": "Sugawara",
    "石原": "Ishihara", "小池": "Koike", "江田": "Eda", "大村": "Omura", "村上": "Murakami",
    "山田": "Yamada", "中山": "Nakayama", "中谷": "Nakatani", "稻田": "Inada", "小野寺": "Onodera",
}
GIVEN: dict[str, str] = {
    "晋三": "Shinzo", "文雄": "Fumio", "俊博": "Toshihiro", "由纪夫": "Yukio", "那津男": "Natsuo",
    "茂": "Shigeru", "太郎": "Taro", "洋平": "Yohei", "理森": "Tadamori", "裕": "Hiroshi",
    "义久": "Yoshihisa", "义伟": "Yoshihide", "康夫": "Yasuo", "芳正": "Yoshimasa", "正二": "Shoji",
    "明夫": "Akio", "祯一": "Sadakazu", "正太郎": "Shotaro", "万里": "Banri", "光一郎": "Koichiro",
    "实仁": "Makoto", "瑞穗": "Mizuho", "周夫": "Chikao", "孝弘": "Takahiro", "福志郎": "Fukushiro",
    "毅": "Takeshi", "智": "Satoshi", "稔": "Minoru", "宏明": "Hiroaki", "定征": "Sadayuki",
    "建夫": "Takeo", "忠一": "Chuichi", "滋": "Shigeru", "拓": "Taku", "忠智": "Tadatomo",
    "广务": "Hiromu", "铁夫": "Tetsuo", "纯一郎": "Junichiro", "佳彦": "Yoshihiko", "直人": "Naoto",
    "富市": "Tomiichi", "喜朗": "Yoshiro", "龙太郎": "Ryutaro", "惠三": "Keizo", "克也": "Katsuya",
    "一郎": "Ichiro", "敏充": "Toshimitsu", "阳子": "Yoko", "伸晃": "Nobuteru", "胜信": "Katsunobu",
    "幸男": "Yukio", "诚司": "Seiji", "正彦": "Masahiko", "信孝": "Nobutaka", "百合子": "Yuriko",
    "朋美": "Tomomi", "五典": "Itsunori", "博之": "Hiroyuki", "元": "Gen", "和夫": "Kazuo",
}
# Whole names whose given name reads otherwise than GIVEN says.
_WHOLE: dict[str, tuple[str, str]] = {"高木毅": ("Takagi", "Tsuyoshi")}


def split_reading(native: str) -> tuple[str, str] | None:
    """(family, given) readings of a Japanese name written in Chinese, or None if not both known.

    ``岸田文雄`` -> ("Kishida", "Fumio"); the longest known family name wins (二之汤 before 二)."""
    if native in _WHOLE:
        return _WHOLE[native]
    for cut in range(min(3, len(native) - 1), 0, -1):
        family, given = native[:cut], native[cut:]
        if family in FAMILY and given in GIVEN:
            return FAMILY[family], GIVEN[given]
    return None


def family_reading(native: str) -> str | None:
    """The reading of a family name written alone (``二之汤`` -> Ninoyu), or None."""
    return FAMILY.get(native)
