"""When an exchange took place, no finer than the text says: real pages and readouts.

An event its own sentences do not date takes the month of the stay the story tells ("from Jan. 8 to 13",
"from Saturday to Tuesday", "5月12日至21日") or of a vague time ("Earlier this week", "Hace unas semanas",
"近日"), not the day of the dateline, of an event told before or of the page; the day the lead gives
the story ("Today President Biden participated") is the day; with none of these, the page's date to its
month, marked as coming from the publication date.
"""

from __future__ import annotations

from pathlib import Path

from real_dev_pages import page_events, readout_events

from liaison.extract.zh.datelines import dateline_date
from liaison.model.types import EventFrame, FuzzyDate


def _dates(events: tuple[EventFrame, ...]) -> list[str | None]:
    return [e.date.iso if e.date else None for e in events]


def _named(events: tuple[EventFrame, ...], name: str) -> EventFrame:
    return next(e for e in events if any(p.person.name == name for p in e.participants))


def test_meetings_during_a_visit_told_from_one_day_to_another_take_its_month() -> None:
    # "led a CPC delegation on a visit to the United States from Jan. 8 to 13. During the visit, Liu met ..."
    events = page_events("web-en-001")
    assert _named(events, "Antony Blinken").date == FuzzyDate.parse("2024-01-12")  # the caption's day
    assert _named(events, "António Guterres").date == FuzzyDate.parse("2024-01")
    assert all(e.date_source == "text" for e in events)


def test_a_visit_from_weekday_to_weekday_is_dated_to_the_month_not_the_dateline_day() -> None:
    # "HANOI, Oct. 22 (Xinhua) -- Qu Qingshan ... led a CPC delegation on a visit to Vietnam from Saturday to Tuesday."
    events = page_events("web-en-005")
    assert events and set(_dates(events)) == {"2024-10"}


def test_a_meeting_with_its_own_day_keeps_it_and_the_others_of_the_visit_take_the_month() -> None:
    # "visit Pakistan from December 18th to 21st. On December 19th, Nawaz Sharif ... met ... with Zheng.
    # ... During his visit to Pakistan, Zheng also met respectively with ..."
    events = page_events("web-en-103")
    assert events[0].date == FuzzyDate.parse("2016-12-19")
    assert _named(events, "Shehbaz Sharif").date == FuzzyDate.parse("2016-12")


def test_a_stay_told_just_after_the_meeting_dates_it_to_its_month() -> None:
    # "Medvedev met with China's leader Xi Jinping in Beijing ... During the December 20-21 visit, ..."
    events = page_events("web-en-108")
    assert _named(events, "Xi Jinping").date == FuzzyDate.parse("2022-12")


def test_spanish_visit_from_one_weekday_to_this_one_and_a_few_weeks_ago() -> None:
    # "realizó una visita a Chile del miércoles a este jueves."
    assert set(_dates(page_events("web-es-010"))) == {"2024-08"}
    # "LIMA, 18 mar (Xinhua) — ... realizó una visita a Perú de domingo a martes. Durante la visita, Ma se reunió ..."
    assert set(_dates(page_events("web-es-128"))) == {"2025-03"}
    # "Hace unas semanas ... un encuentro secreto con el Presidente Gabriel Boric" (page of 20 August)
    assert "2024-08" in _dates(page_events("web-es-130"))


def test_portuguese_stay_from_one_day_to_another_of_a_month() -> None:
    # "Ao longo de duas semanas, de 20 a 31 de julho, uma delegação ... foi recebida por Wang Lequan e por ..."
    events = page_events("web-pt-019")
    assert events and set(_dates(events)) == {"2011-07"}


def test_a_page_that_dates_nothing_gives_its_month_from_the_publication_date() -> None:
    # "Vice President of the Prosperity Party, Adem Farah and ... Liu Jianchao held a webinar discussion." (28 June)
    (event,) = page_events("web-en-162")
    assert event.date == FuzzyDate.parse("2022-06")
    assert event.date_source == "published"


def test_readouts_two_days_of_talks_and_a_trip_earlier_this_week(shared: Path) -> None:
    found = readout_events(shared, "whb-01095", "whb-00235", "whb-00141")
    # "Jake Sullivan met on January 26-27 with ... Wang Yi in Bangkok"
    assert set(_dates(found["whb-01095"])) == {"2024-01"}
    # "Earlier this week, Deputy National Security Advisor Jon Finer traveled to Nigeria, ..."
    assert found["whb-00235"] and set(_dates(found["whb-00235"])) == {"2021-10"}
    # "Today President Joseph R. Biden Jr. participated in ...": "Today" opens the sentence, not a title
    assert _dates(found["whb-00141"]) == ["2021-07-16"]


def test_chinese_stay_and_messages_sent_in_recent_days_take_the_month() -> None:
    # "…率中國共產黨友好代表團於5月12日至21日赴上述兩國作正式友好訪問。訪利期間，黃先耀拜會了…"
    events = page_events("web-zh-110")
    assert len(events) == 4 and set(_dates(events)) == {"2013-05"}
    # "新华网北京6月30日电 …一些外国领导人、政党和政治组织近日纷纷致电或致函表示热烈祝贺。"
    messages = page_events("web-zh-063")
    assert messages and set(_dates(messages)) == {"2011-06"}


def test_a_dateline_in_chinese_numerals_is_the_reference_of_that_day() -> None:
    # "中新社纽约九月二十二日电 …杨洁篪当日在出席非洲发展高级别会议后，分别会见了…" on a page of the 23rd
    events = page_events("web-zh-089")
    assert events and set(_dates(events)) == {"2008-09-22"}
    filed = dateline_date("中新社北京十一月三日电 国家主席", FuzzyDate.parse("2008-11-05"))
    assert filed == FuzzyDate.parse("2008-11-03")


def test_a_date_kept_to_its_month_loses_only_its_day() -> None:
    assert FuzzyDate.parse("2024-05-14").month() == FuzzyDate.parse("2024-05")
    assert FuzzyDate.parse("2024-05").month() == FuzzyDate.parse("2024-05")
    assert FuzzyDate.parse("2024").month() == FuzzyDate.parse("2024")
