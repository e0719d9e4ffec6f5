"""Chinese web pages, session 33 (issue 13, zhfurther33): a page that names a foreign country in full then writes it
by its first character before a post ("在瓦努阿图首都…拜会了瓦总理X"), which no fixed table of abbreviations holds;
the talks of a visit by invitation told by "两国…代表团举行了会谈" (the visitor's and the inviter's); a counterpart
met by the post alone the item gave one person before ("…会见了老挝政府副总理兼国防部长"). Sentences restated in the
pages' constructions, read with the people unknown (as on blind pages)."""

from __future__ import annotations

from liaison.extract.zh.countries import page_short_forms, title_short_country
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str) -> tuple[EventFrame, ...]:
    return sentence_events(text, published, blind=True)


def test_a_list_of_posts_opened_by_the_pages_short_form_is_that_countrys() -> None:
    evs = _events("2009年1月12日，商务部副部长傅自应率领中国政府代表团，在瓦努阿图首都维拉港先后拜会了瓦总理纳塔佩、"
                  "副总理兼司法部长利尼以及外交部长卡尔通加。", "2009-01-14")
    assert sorted(seats(ev).get("傅自应") for ev in evs) == [("CN", True)] * 3
    assert {n for ev in evs for n, (side, _lead) in seats(ev).items() if side == "VU"} == {"纳塔佩", "利尼", "卡尔通加"}


def test_a_character_two_countries_of_the_page_open_with_names_neither() -> None:
    with page_short_forms("吉尔吉斯斯坦和吉里巴斯的代表出席。"):
        assert title_short_country("吉国总统") is None
    with page_short_forms("吉里巴斯独立40周年。"):
        assert title_short_country("吉国总统") == "KI"
    assert title_short_country("吉国总统") is None


def test_the_two_countries_delegations_talks_after_a_visit_by_invitation_are_the_visitors_and_the_inviters() -> None:
    (ev,) = _events("老挝国会主席巴妮•雅陶都率领的老挝国会代表团3月10日结束了应越南国会主席阮氏金银邀请、于3月5日至10日"
                    "对越南进行的友好访问。访越期间，越老两国国会代表团举行了会谈。", "2017-03-11")
    assert ev.kind == "talks"
    assert seats(ev) == {"巴妮•雅陶都": ("LA", True), "阮氏金银": ("VN", True)}


def test_a_counterpart_met_by_the_post_alone_the_item_gave_them_before_is_that_person() -> None:
    evs = _events("12月7日，越共中央总书记阮富仲在河内会见了正在越南访问的老挝政府副总理兼国防部长"
                  "占沙蒙·占雅拉大将一行。当天，越南政府总理范明政在政府总部也会见了老挝政府副总理兼国防部长。",
                  "2022-12-08")
    assert [seats(ev) for ev in evs] == [
        {"阮富仲": ("VN", True), "占沙蒙·占雅拉": ("LA", True)},
        {"范明政": ("VN", True), "占沙蒙·占雅拉": ("LA", True)},
    ]


def test_they_who_also_met_someone_besides_the_host_are_the_delegation_met_before() -> None:
    evs = _events("5月8日，中联部部长刘建超在北京会见了以越共中央书记处书记黎怀忠为团长的越共代表团。在华期间，"
                  "除了同刘建超会晤，他们还同中共中央政治局委员、中央外办主任王毅举行了会晤。", "2024-05-09")
    assert [seats(ev) for ev in evs] == [
        {"刘建超": ("CN", True), "黎怀忠": ("VN", True)},
        {"黎怀忠": ("VN", True), "王毅": ("CN", True)},
    ]
