"""Latin names for foreign people written in Chinese (issue 14): full names matched to the people
table by forward transcription, Chinese diplomats named in pinyin whatever side their chain gave
them, names cut where the clause runs on, relation and region words that are no people.

Real CCTV items are read from ../shared/corpus at test time (skipped when missing)."""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.names import plausible_name, romanise
from liaison.kb.gazetteer import default_gazetteer
from liaison.kb.transcription import sounds_like
from liaison.model.types import Article, Participant
from tests.conftest import SHARED
from tests.extract.real_dev_pages import cctv_items

# every item the tests below read, fetched in one pass over the archive
_IDS = frozenset(
    {
        "xwlb-20140905-01", "xwlb-20150109-01", "xwlb-20120821-02", "xwlb-20120718-00", "xwlb-20120903-06",
        "xwlb-20120719-00", "xwlb-20121017-04", "xwlb-20121021-01", "xwlb-20180328-02", "xwlb-20190524-02",
        "xwlb-20141118-02", "xwlb-20130909-01", "xwlb-20130603-02", "xwlb-20190325-00", "xwlb-20180728-02",
        "xwlb-20250921-03",
    }
)


def _participants(doc_id: str) -> list[Participant]:
    from liaison.normalise import normalise

    item = cctv_items(_IDS).get(doc_id)
    if item is None:
        pytest.skip(f"{doc_id} not found in {SHARED / 'corpus'}")
    article = Article(doc_id, item["text"], item.get("url") or "", "cctv", item.get("title"),
                      item.get("published"), language="zh")
    events = extract_events(normalise(article), default_gazetteer())
    return [p for ev in events for p in ev.participants]


def _named(doc_id: str, native: str) -> Participant:
    people = [p for p in _participants(doc_id) if p.person.native == native]
    assert people, [p.person.native for p in _participants(doc_id)]
    return people[0]


@pytest.mark.parametrize(
    ("latin", "chinese"),
    [("Donald", "唐纳德"), ("Ursula", "乌尔苏拉"), ("Thomas", "托马"), ("Mahamadou", "穆罕默杜"),
     ("Maithripala", "迈特里帕拉"), ("Vladimir", "弗拉基米尔"), ("Hillary", "希拉里"), ("José", "何塞"),
     ("Emmanuel", "埃马纽埃尔"), ("Recep", "雷杰普")],
)
def test_a_given_name_and_its_transcription_sound_alike(latin: str, chinese: str) -> None:
    assert sounds_like(latin, chinese)


@pytest.mark.parametrize(
    ("latin", "chinese"),
    [("Barack", "米歇尔"), ("Andrej", "安娜"), ("Bill", "希拉里"), ("Ali", "穆罕默德"), ("Anna", "安德烈")],
)
def test_another_given_name_does_not(latin: str, chinese: str) -> None:
    assert not sounds_like(latin, chinese)


@pytest.mark.parametrize(
    ("doc_id", "native", "name"),
    [
        ("xwlb-20140905-01", "唐纳德·图斯克", "Donald Tusk"),
        ("xwlb-20150109-01", "迈特里帕拉·西里塞纳", "Maithripala Sirisena"),
        ("xwlb-20120821-02", "尼科斯·阿纳斯塔西亚迪斯", "Nicos Anastasiades"),
        ("xwlb-20120718-00", "穆罕默杜·伊素福", "Mahamadou Issoufou"),
        ("xwlb-20120903-06", "米洛·久卡诺维奇", "Milo Đukanović"),
        ("xwlb-20120719-00", "托马·博尼·亚伊", "Boni Yayi"),
    ],
)
def test_a_full_name_joins_the_table_person_its_surname_names(doc_id: str, native: str, name: str) -> None:
    p = _named(doc_id, native)
    assert (p.person.name, p.person.name_source) == (name, "table")


def test_a_relative_with_the_surname_is_not_the_table_person() -> None:
    gaz = default_gazetteer()
    assert romanise("米歇尔·奥巴马", False, gaz, "US").name != romanise("奥巴马", False, gaz, "US").name
    assert romanise("唐纳德·图斯克", False, gaz, "EU").name == romanise("图斯克", False, gaz, "EU").name


@pytest.mark.parametrize(("doc_id", "native"), [("xwlb-20121017-04", "刘健"), ("xwlb-20121021-01", "李军")])
def test_a_chinese_ambassador_is_named_in_pinyin(doc_id: str, native: str) -> None:
    p = _named(doc_id, native)
    assert p.person.name_source == "pinyin" and p.person.name == {"刘健": "Liu Jian", "李军": "Li Jun"}[native]


@pytest.mark.parametrize(
    ("doc_id", "native", "name"),
    [
        ("xwlb-20180328-02", "温敏", "Win Myint"),  # 向缅甸当选总统温敏致贺电
        ("xwlb-20190524-02", "莫迪", "Narendra Modi"),  # 莫迪致贺电
        ("xwlb-20141118-02", "绍伊古", "Sergei Shoigu"),  # 绍伊古大将
        ("xwlb-20250921-03", "卡克拉马尼斯", "Nikitas Kaklamanis"),
    ],
)
def test_names_end_before_the_words_they_run_on_into(doc_id: str, native: str, name: str) -> None:
    assert _named(doc_id, native).person.name == name


@pytest.mark.parametrize(
    ("doc_id", "native"),
    [("xwlb-20130909-01", "乌斯曼诺夫"), ("xwlb-20130603-02", "卡斯蒂略"), ("xwlb-20190325-00", "托内利")],
)
def test_a_greeter_is_named_without_the_welcome(doc_id: str, native: str) -> None:
    natives = [p.person.native for p in _participants(doc_id)]
    assert native in natives and not any(n.startswith(native) and n != native for n in natives)


def test_a_phrase_after_a_spouse_is_no_part_of_her_name() -> None:
    natives = [p.person.native for p in _participants("xwlb-20180728-02")]  # 科比塔迎上前去, 彭丽媛步下舷梯
    assert not any("迎上" in n or "步下" in n for n in natives)


@pytest.mark.parametrize(
    "word",
    ["中哈", "中摩", "中斯", "斯方", "科方", "西非", "东欧", "中亚", "特别", "本人", "推动特朗普", "科比塔迎上前去"],
)
def test_relation_region_and_ordinary_words_are_no_people(word: str) -> None:
    assert not plausible_name(word, titled=True, gazetteer=default_gazetteer())


@pytest.mark.parametrize("name", ["中川", "中山", "阿方索", "斯科特", "西里尔"])
def test_names_sharing_their_first_character_with_those_words_stay_names(name: str) -> None:
    assert plausible_name(name, titled=True, gazetteer=default_gazetteer())


@pytest.mark.parametrize(("written", "name"), [("村山富市", "Murayama Tomiichi"), ("茂木敏充", "Motegi Toshimitsu")])
def test_a_japanese_name_is_read_whole_not_cut_as_a_transliteration(written: str, name: str) -> None:
    from liaison.extract.zh.names import trim_name

    gaz = default_gazetteer()
    assert trim_name(written, gaz) == written
    assert romanise(written, False, gaz, "JP").name == name


def test_a_foreign_name_given_by_one_part_takes_the_full_form_written_elsewhere() -> None:
    """Restated from real-dev web-zh-085 and web-zh-156: a Lao minister named later by his given name alone, a
    Chilean speaker by his surname alone; the full form the article writes once is an alias."""
    from liaison.extract.zh.names import full_form

    gaz = default_gazetteer()
    lao = ("应老挝外交部长沙伦赛·贡玛希(Saleumxay Kommasith)邀请，中国外长王毅16日至17日访问老挝。"
           "16日，沙伦赛在万象会见了王毅。")
    assert full_form(lao, "沙伦赛", gaz) == "沙伦赛·贡玛希"
    assert full_form(lao, "王毅", gaz) is None
    chile = "万里今天下午会见了由众议长何塞·比埃拉加略率领的智利众议院代表团。比埃拉加略说，智利是中国的朋友。"
    assert full_form(chile, "比埃拉加略", gaz) == "何塞·比埃拉加略"
    two = "会见了何塞·比埃拉加略和胡安·比埃拉加略。比埃拉加略说，两国友好。"
    assert full_form(two, "比埃拉加略", gaz) is None  # two full forms: the part names neither for sure

    # end to end, of someone the people table does not know (a blind article's people mostly)
    text = "万里会见智利客人\n" + chile + "今天上午全国人大常委会副委员长孙起孟同比埃拉加略一行举行了工作会谈。"
    from liaison.normalise import normalise

    events = extract_events(normalise(Article("t", text, "", "web", None, "1991-08-26", language="zh")), gaz)
    short = [p for ev in events for p in ev.participants if p.person.native == "比埃拉加略"]
    assert short and all("何塞·比埃拉加略" in p.person.aliases for p in short)


def test_all_of_them_after_a_list_of_subjects_is_no_part_of_the_last_name() -> None:
    """Restated from real-dev web-zh-183: "…中央纪委书记王岐山都分别会见了李显龙" names 王岐山, not 王岐山都."""
    from liaison.extract.zh.names import trim_name

    gaz = default_gazetteer()
    assert trim_name("王岐山都", gaz) == "王岐山"
    assert trim_name("张成都", gaz) == "张成都"  # a three-character name ending in 都 keeps it
    text = ("新加坡总理访华\n20日，国家主席习近平、全国人大常委会委员长张德江、"
            "中央纪委书记王岐山都分别会见了新加坡总理李显龙。")
    from liaison.normalise import normalise

    events = extract_events(normalise(Article("t", text, "", "web", None, "2016-09-21", language="zh")), gaz)
    natives = {p.person.native for ev in events for p in ev.participants}
    assert "王岐山" in natives and "王岐山都" not in natives
