"""Latin-script names for foreign people written in Chinese, and international officials' sides.

Sentences are written for the tests in the shape of CCTV items (no corpus text is copied).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.hangul import korean_name
from liaison.extract.zh.names import romanise
from liaison.extract.zh.readings import japanese, pinyin_fallback, read_name, vietnamese
from liaison.kb.gazetteer import default_gazetteer, load_gazetteer
from liaison.model.types import Article, EventFrame, Participant
from liaison.normalise import normalise


def _events(text: str) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", None, "2024-05-20", language="zh"))
    return extract_events(doc, default_gazetteer())


def _person(events: tuple[EventFrame, ...], native: str) -> Participant:
    found = [p for ev in events for p in ev.participants if p.person.native == native]
    assert found, f"{native} not among {[p.person.native for ev in events for p in ev.participants]}"
    return found[0]


# --- readings by origin ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("native", "name", "written"),
    [
        ("阮富仲", "Nguyen Phu Trong", "Nguyễn Phú Trọng"),
        ("武文赏", "Vo Van Thuong", "Võ Văn Thưởng"),
        ("范明政", "Pham Minh Chinh", "Phạm Minh Chính"),
        ("丁进勇", "Dinh Tien Dung", "Đinh Tiến Dũng"),
        ("阮氏金银", "Nguyen Thi Kim Ngan", "Nguyễn Thị Kim Ngân"),
    ],
)
def test_sino_vietnamese_reading_with_and_without_diacritics(native: str, name: str, written: str) -> None:
    reading = vietnamese(native)
    assert reading is not None
    assert (reading.name, reading.aliases, reading.source) == (name, (written,), "reading-vi")


@pytest.mark.parametrize(
    ("native", "north", "name"),
    [
        ("金正恩", True, "Kim Jong Un"),
        ("崔龙海", True, "Choe Ryong Hae"),
        ("朴泰成", True, "Pak Thae Song"),
        ("李善权", True, "Ri Son Gwon"),  # k voiced to g after n inside the given name
        ("金德训", True, "Kim Tok Hun"),  # but not at its start
        ("金与正", True, "Kim Yo Jong"),
        ("文在寅", False, "Moon Jae-in"),
        ("朴槿惠", False, "Park Geun-hye"),
        ("李在明", False, "Lee Jae-myeong"),
    ],
)
def test_sino_korean_reading_as_each_side_writes_it(native: str, north: bool, name: str) -> None:
    assert korean_name(native, north=north) == name


@pytest.mark.parametrize(
    ("native", "name"),
    [
        ("岸田文雄", "Kishida Fumio"),
        ("安倍晋三", "Abe Shinzo"),  # long vowels unmarked
        ("二阶俊博", "Nikai Toshihiro"),  # 阶 read as the Japanese 階
        ("福岛瑞穗", "Fukushima Mizuho"),
        ("岩屋毅", "Iwaya Takeshi"),
        ("高木毅", "Takagi Tsuyoshi"),  # 毅 read as its bearer reads it
        ("谷垣祯一", "Tanigaki Sadakazu"),
        ("谷内正太郎", "Yachi Shotaro"),
        ("二之汤智", "Ninoyu Satoshi"),  # the longest family name first
    ],
)
def test_japanese_reading_family_name_first_with_western_order_alias(native: str, name: str) -> None:
    reading = japanese(native)
    assert reading is not None
    family, given = name.split()
    assert (reading.name, reading.aliases, reading.source) == (name, (f"{given} {family}",), "reading-ja")


def test_japanese_name_with_unknown_parts_gets_no_guess() -> None:
    assert japanese("岸田某某") is None
    assert japanese("二之汤") == ("Ninoyu", (), "reading-ja")  # a family name alone


def test_no_gpl_reader_is_used() -> None:
    import sys

    japanese("岸田文雄")
    assert "pykakasi" not in sys.modules


def test_readings_only_for_their_origin() -> None:
    assert read_name("阮富仲", "VN") is not None
    assert read_name("阮富仲", "TH") is None
    assert read_name("阮富仲", None) is None
    assert read_name("Nguyen", "VN") is None


def test_pinyin_fallback_one_word_per_part() -> None:
    assert pinyin_fallback("默克尔") == "Mokeer"
    assert pinyin_fallback("巴沙尔·阿萨德") == "Bashaer Asade"
    assert pinyin_fallback("迪亚斯-卡内尔") == "Diyasi Kaneier"


# --- the people table --------------------------------------------------------------------


def test_table_then_local_form_then_name_parts_then_pinyin() -> None:
    gaz = default_gazetteer()
    merkel = romanise("默克尔", False, gaz, "DE")
    assert (merkel.name, merkel.source) == ("Angela Merkel", "table")
    # a surname alone names Spain's premier only on Spain's side
    assert romanise("桑切斯", False, gaz, "ES").name == "Pedro Sánchez"
    other = romanise("桑切斯", False, gaz, "CO")
    assert (other.name, other.source) == ("Sánchez", "table-part")
    assert romanise("苏尔坦·本·扎耶德", False, gaz, "AE")[::3] == ("Sultan bin Zayed", "table-part")
    fallback = romanise("加内夫", False, gaz, "BG")
    assert (fallback.name, fallback.source) == ("Jianeifu", "pinyin-fallback")
    assert romanise("王小明", True, gaz, "CN")[::3] == ("Wang Xiaoming", "pinyin")


def test_spanish_form_is_an_alias_and_a_lookup_form() -> None:
    gaz = default_gazetteer()
    putin = romanise("普京", False, gaz, "RU")
    assert putin.name == "Vladimir Putin" and "Vladímir Putin" in putin.aliases
    entry = gaz.person("Vladímir Putin")
    assert entry is not None and entry.name == "Vladimir Putin" and entry.wikidata == "Q7747"


def test_table_entries_are_unambiguous_and_their_bodies_exist() -> None:
    gaz = default_gazetteer()
    owners: dict[str, set[str]] = {}
    for entry in gaz.people:
        for form in entry.native:
            owners.setdefault(form, set()).add(entry.name)
        assert not entry.org or entry.org in gaz.orgs, entry
        assert not entry.wikidata or entry.wikidata.startswith("Q"), entry
    assert {f: names for f, names in owners.items() if len(names) > 1} == {}
    # a form naming someone only on one side is never also a form naming someone everywhere
    assert {f for e in gaz.people for f in e.local} & set(owners) == set()
    assert len(gaz.people) >= 1000


def test_users_extend_the_table(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        'person = [{name = "Ana Example", native = ["安娜·样例"], country = "UY", wikidata = "Q1"}]\n'
        '[[name_part]]\nnative = "样例"\nname = "Example"\n',
        encoding="utf-8",
    )
    gaz = load_gazetteer([tmp_path])
    assert romanise("安娜·样例", False, gaz, "UY")[::3] == ("Ana Example", "table")
    assert gaz.name_parts["样例"] == "Example"


# --- extraction ----------------------------------------------------------------------------


def test_vietnamese_guest_read_by_origin() -> None:
    events = _events("全国人大常委会委员长赵乐际20日在北京会见越南国会副主席阮德海。")
    hai = _person(events, "阮德海")
    assert (hai.person.name, hai.person.name_source, hai.side) == ("Nguyen Duc Hai", "reading-vi", "VN")
    assert "Nguyễn Đức Hải" in hai.person.aliases


def test_north_korean_guest_read_as_kcna_writes() -> None:
    events = _events("中共中央政治局常委王沪宁20日在北京会见朝鲜最高人民会议常任委员会副委员长姜尹石。")
    kang = _person(events, "姜尹石")
    assert (kang.person.name, kang.person.name_source) == ("Kang Yun Sok", "reading-ko")


def test_japanese_guest_read_family_name_first() -> None:
    events = _events("全国政协主席王沪宁20日在北京会见日本众议院议长额贺福志郎。")
    nukaga = _person(events, "额贺福志郎")
    assert (nukaga.person.name, nukaga.person.name_source) == ("Nukaga Fukushiro", "reading-ja")
    assert "Fukushiro Nukaga" in nukaga.person.aliases


def test_unknown_transliteration_gets_marked_pinyin() -> None:
    events = _events("全国人大常委会副委员长李鸿忠20日在北京会见保加利亚国民议会副议长加内夫。")
    ganev = _person(events, "加内夫")
    assert (ganev.person.name, ganev.person.name_source, ganev.side) == ("Jianeifu", "pinyin-fallback", "BG")


def test_table_names_keep_the_chinese_form_as_native() -> None:
    events = _events("国家主席习近平20日在人民大会堂会见西班牙首相桑切斯。")
    sanchez = _person(events, "桑切斯")
    assert (sanchez.person.name, sanchez.person.native, sanchez.person.name_source) == (
        "Pedro Sánchez", "桑切斯", "table",
    )


# --- international officials ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "native", "org"),
    [
        ("国家主席习近平20日在北京会见联合国秘书长古特雷斯。", "古特雷斯", "un"),
        ("国务院总理李强20日在北京会见欧盟委员会主席冯德莱恩。", "冯德莱恩", "eu_commission"),
        ("国务院总理李强20日在北京会见国际货币基金组织总裁格奥尔基耶娃。", "格奥尔基耶娃", "imf"),
        ("国家副主席韩正20日在北京会见新开发银行行长罗塞芙。", "罗塞芙", "ndb"),
    ],
)
def test_international_official_has_the_body_and_no_country(sentence: str, native: str, org: str) -> None:
    official = _person(_events(sentence), native)
    assert official.side is None and official.person.country is None
    assert official.person.organization is not None and official.person.organization.key == org
    assert official.person.name_source == "table"


def test_international_official_named_without_post_keeps_the_body() -> None:
    events = _events("国家主席习近平20日在北京会见古特雷斯。")
    guterres = _person(events, "古特雷斯")
    assert guterres.side is None
    assert guterres.person.organization is not None and guterres.person.organization.key == "un"


def test_international_official_with_a_national_post_keeps_the_country() -> None:
    events = _events("国务院总理李强20日在北京会见葡萄牙总理科斯塔。")
    costa = _person(events, "科斯塔")
    assert (costa.side, costa.person.name) == ("PT", "António Costa")
