"""Chinese web pages, session 33 (issue 13, zh33): general constructions of agency and provincial reports whose
principal the grammar left unseated. The subject leading a delegation told between the name and the meeting
("…副部长X率领…代表团，在维拉港分别拜会了…"), and a titled name written before an announcement's 将于 or a bare month
("…总书记X将于10月…访华") or before whom invited them ("…副委员长X应汤加议会邀请，…"), which a later sentence names bare
or by a pronoun as the subject; a city's party post of China ("深圳市委常委") is China's. Sentences restated in the
pages' constructions, read with the people unknown (as on blind pages)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str = "2024-05-06") -> tuple[EventFrame, ...]:
    return sentence_events(text, published, blind=True)


def test_a_subject_leading_a_delegation_before_the_place_meets_each_one_called_on() -> None:
    evs = _events("2009年1月12日，商务部副部长傅自应率领中国政府经贸代表团，在维拉港分别拜会了瓦努阿图总理纳塔佩、"
                  "副总理利尼以及外交部长卡尔通加。", "2009-01-13")
    assert sorted(seats(ev).get("傅自应") for ev in evs) == [("CN", True)] * 3
    assert {n for ev in evs for n, (side, _lead) in seats(ev).items() if side == "VU"} == {"纳塔佩", "利尼", "卡尔通加"}


def test_a_subject_leading_a_delegation_with_no_comma_meets_the_one_called_on() -> None:
    (ev,) = _events("1月12日，商务部副部长傅自强率中国政府经贸代表团在万象拜会了老挝国家主席通伦。", "2009-01-13")
    assert seats(ev) == {"傅自强": ("CN", True), "通伦": ("LA", True)}


def test_a_name_titled_before_an_announcements_jiangyu_is_the_bare_subject_met_later() -> None:
    (ev,) = _events("越共中央总书记阮富仲将于10月对中国进行正式访问。阮富仲25日在河内会见了中国驻越南大使熊波。",
                    "2022-10-26")
    assert seats(ev) == {"阮富仲": ("VN", True), "熊波": ("CN", True)}


def test_a_visitor_titled_before_whom_invited_them_is_the_pronoun_met_later() -> None:
    evs = _events("全国人大常委会副委员长丁仲礼应汤加议会邀请，于1月8日至11日率全国人大代表团访问汤加。访问期间，"
                  "他会见了汤加首相图伊奥内托阿，并同汤加议长法卡法努阿举行会谈。", "2020-01-11")
    assert [seats(ev) for ev in evs] == [
        {"丁仲礼": ("CN", True), "图伊奥内托阿": ("TO", True)},
        {"丁仲礼": ("CN", True), "法卡法努阿": ("TO", True)},
    ]


def test_a_city_party_post_of_china_is_chinese_in_a_list_met_by_a_foreign_visitor() -> None:
    evs = _events("柬埔寨人民党中央委员盖本兴在华期间先后会见了中共上海市委常委、宣传部长徐麟，"
                  "深圳市委常委、组织部长张虎等人。", "2010-03-30")
    assert {n: side for ev in evs for n, (side, _lead) in seats(ev).items()} == {
        "盖本兴": "KH", "徐麟": "CN", "张虎": "CN"}


def test_a_pronoun_after_the_clause_telling_its_subjects_trip_is_that_subject() -> None:
    (ev,) = _events("【明报专讯】国家主席习近平正在德国出席二十国集团峰会，当地时间6日他在汉堡会见了新加坡总理李显龙。",
                    "2017-07-07")
    assert seats(ev) == {"习近平": ("CN", True), "李显龙": ("SG", True)}
    assert {p.person.native: p.person.title for p in ev.participants}["习近平"] == "国家主席"


def test_a_pronoun_after_a_clause_naming_someone_aside_is_not_them() -> None:
    evs = _events("5日下午，国家主席习近平会见日本首相安倍晋三。此后两个小时内，除安倍外，他还连续会见了"
                  "英国首相特雷莎·梅。", "2016-09-06")
    assert all(seats(ev).get("习近平") == ("CN", True) for ev in evs) and len(evs) == 2


def test_a_japanese_name_written_bare_is_the_subject_titled_before() -> None:
    (ev,) = _events("日本自民党干事长二阶俊博和公明党干事长井上义久拟于12月下旬访华。二阶俊博上周在东京同中国驻日大使"
                    "程永华举行会谈，确认了上述安排。", "2017-11-20")
    assert seats(ev) == {"二阶俊博": ("JP", True), "程永华": ("CN", True)}


def test_a_call_on_a_head_of_state_as_taiwans_press_writes_it() -> None:
    (ev,) = _events("立法院长苏嘉全11日前往总统府晋见吉里巴斯总统马茂，呈递特使国书。", "2019-07-12")
    people = seats(ev)
    assert people["马茂"] == ("KI", True) and people["苏嘉全"][1] is True


def test_a_foreign_delegation_visiting_china_meets_each_one_listed_after_its_visit() -> None:
    evs = _events("本报讯 以中央委员、中央青年工作组组长盖本兴为团长的柬埔寨人民党青年考察团到中国访问，其间先后会见了"
                  "中共上海市委常委、宣传部长徐麟，深圳市委常委、组织部长张虎等人。", "2010-03-30")
    assert sorted(tuple(sorted(seats(ev))) for ev in evs) == [("张虎", "盖本兴"), ("徐麟", "盖本兴")]
