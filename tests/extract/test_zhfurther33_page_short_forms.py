"""Chinese web pages, session 33 (issue 13, zhfurther33): a page that names a foreign country in full then writes it
by its first character before a post ("在瓦努阿图首都…拜会了瓦总理X", "驻瓦努阿图大使…拜会瓦总统X"), which no fixed
table of abbreviations holds. Sentences restated in the pages' constructions, read with the people unknown (as on
blind pages)."""

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
