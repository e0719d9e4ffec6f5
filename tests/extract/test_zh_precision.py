"""Chinese extractor precision: names that are no names, sides without evidence, roundups.

Sentences written for the tests (invented names where the people table is not involved)."""

from __future__ import annotations

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.capacity import side_of
from liaison.extract.zh.names import is_transliteration, plausible_name, trim_name
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, title: str | None = None, published: str = "2025-03-10") -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title, published, language="zh"))
    return extract_events(doc, default_gazetteer())


def _leads(ev: EventFrame) -> list[tuple[str, str | None]]:
    return [(p.person.native, p.side) for p in ev.participants if p.lead]


@pytest.mark.parametrize("word", ["定期", "到年底", "收到", "俄乌", "美方", "就坠机事件", "三方", "全校学生", "线下"])
def test_words_that_are_no_names(word: str) -> None:
    assert not plausible_name(word, titled=False, gazetteer=default_gazetteer())


@pytest.mark.parametrize("name", ["卡洛斯", "迪亚斯-卡内尔", "阿卜杜拉·本·扎耶德", "王建国", "欧阳明高"])
def test_names_that_are_names(name: str) -> None:
    assert plausible_name(name, titled=False, gazetteer=default_gazetteer())


def test_transliteration_characters() -> None:
    assert is_transliteration("马科斯·贝拉诺")
    assert not is_transliteration("石油重镇")


def test_a_name_running_on_into_the_clause_is_trimmed() -> None:
    assert trim_name("普京在") == "普京"
    assert trim_name("贝尔多于上周") == "贝尔多"
    assert trim_name("李在明") == "李在明"  # 在 inside a name is kept


def test_roundup_headings_and_function_words_give_no_participants() -> None:
    text = (
        "央视网消息（新闻联播）：\n甲国总理称对乙国首相临时取消会晤不满\n"
        "甲国总理马诺斯12日表示，乙国首相取消了原定的会晤。\n"
        "丙国外长会见丁国外长\n丙国外长卡尔维斯11日在首都会见到访的丁国外长。\n"
        "丙国外长卡尔维斯11日在首都会见到访的德国外长贝塔斯。"
    )
    evs = _events(text, title="国际联播快讯")
    assert [_leads(e) for e in evs] == [[("卡尔维斯", None), ("贝塔斯", "DE")]]


def test_foreign_leaders_by_title_get_their_countries() -> None:
    text = "俄罗斯总统普京在与美国总统特朗普通电话时表示，双方将保持沟通。"
    (ev,) = _events(text, title="俄美元首通电话")
    assert _leads(ev) == [("普京", "RU"), ("特朗普", "US")]


def test_abbreviated_country_before_a_post() -> None:
    gaz = default_gazetteer()
    assert side_of("俄外交部长", gaz) == "RU"
    assert side_of("乌总统", gaz) == "UA"
    assert side_of("外交部长", gaz) == "CN"


def test_untitled_unknown_host_gets_no_side() -> None:
    text = "另据报道，马诺斯18日与德国总理贝塔斯通电话，讨论双边关系。"
    (ev,) = _events(text, title="国际联播快讯")
    assert _leads(ev) == [("马诺斯", None), ("贝塔斯", "DE")]


def test_known_host_without_title_keeps_table_side() -> None:
    text = "习近平同俄罗斯总统普京举行小范围会晤。"
    (ev,) = _events(text, title="中俄元首会晤")
    assert _leads(ev) == [("习近平", "CN"), ("普京", "RU")]


def test_international_official_gets_no_country_from_the_host() -> None:
    text = "日本首相石田18日在东京会见联合国秘书长古特雷斯。"
    (ev,) = _events(text, title="日本首相会见联合国秘书长")
    assert ("古特雷斯", None) in _leads(ev)


def test_meeting_only_planned_is_no_event() -> None:
    text = "甲国外长马诺斯和乙国外长贝塔斯已同意将在下月会面。"
    assert _events(text, title="两国外长同意会面") == ()


def test_date_after_the_counterpart_is_not_part_of_the_name() -> None:
    text = "俄罗斯总统普京和美国总统特朗普18日通电话。"
    (ev,) = _events(text, title="国际联播快讯")
    assert _leads(ev) == [("普京", "RU"), ("特朗普", "US")]


def test_spouse_reading_does_not_hide_the_real_counterpart() -> None:
    text = "8月2日，国家主席习近平和夫人彭丽媛在北京亲切会见泰国国王哇集拉隆功。"
    (ev,) = _events(text, title="习近平夫妇会见泰国国王")
    assert ("哇集拉隆功", "TH") in _leads(ev)
    assert ("彭丽媛", "TH") not in [(p.person.native, p.side) for p in ev.participants]


@pytest.mark.parametrize(
    "text",
    [
        # a commemoration: the leader meets the late comrade's relatives, nobody of another side
        "纪念布赫同志诞辰100周年座谈会24日在京举行。原全国人大常委会副委员长布赫同志是蒙古族的优秀儿女。"
        "座谈会前，赵乐际会见了布赫同志亲属。",
        "纪念胡绳同志诞辰100周年座谈会10日在北京举行，俞正声出席。会前，俞正声会见了胡绳同志的家属。",
    ],
)
def test_relatives_of_a_late_comrade_are_no_counterpart(text: str) -> None:
    assert _events(text) == ()


def test_a_named_counterpart_beside_relatives_is_still_met() -> None:
    events = _events("5日，习近平在北京会见了越共中央总书记阮富仲，以及胡志明同志亲属代表。")
    assert [n for ev in events for n, _ in _leads(ev)].count("阮富仲") == 1
