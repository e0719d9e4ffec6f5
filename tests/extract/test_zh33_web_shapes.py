"""Chinese web pages, session 33 (issue 13, zh33): general constructions of agency and provincial reports whose
principal the grammar left unseated. The subject leading a delegation told between the name and the meeting
("…副部长X率领…代表团，在维拉港分别拜会了…"), and a titled name written before an announcement's 将于 or a bare month
("…总书记X将于10月…访华"), which a later sentence names bare as the subject. Sentences restated in the pages'
constructions, read with the people unknown (as on blind pages)."""

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
