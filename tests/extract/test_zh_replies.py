"""A reply told after the message it answers (issue 13, session 9): "习近平10月19日致电郑丽文女士，祝贺其当选中国
国民党主席。郑丽文女士当天也覆电致谢。" is two messages, the reply the other way on the message's day (覆电 is
Taiwan's form of 复电; the courtesy title 女士 and the day before 也 are no part of the name). Real page web-zh-082
(a Taiwanese outlet) read from quality/real-dev, and a short text in the same construction."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _messages(events: tuple[EventFrame, ...]) -> list[tuple[str, str, str]]:
    return [
        (e.participants[0].person.native, e.participants[1].person.native, e.date.iso if e.date else "")
        for e in events if e.kind == "message" and len(e.participants) == 2
    ]


def test_a_reply_told_the_same_day_is_a_message_the_other_way() -> None:
    assert ("鄭麗文", "習近平", "2025-10-19") in _messages(page_events("web-zh-082"))


def test_the_same_construction_in_a_short_text() -> None:
    events = sentence_events(
        "新华社北京10月22日电 中共中央总书记习近平10月19日致电洪秀柱女士，祝贺其当选中国国民党主席。洪秀柱女士当天也"
        "覆电致谢。", "2025-10-22")
    assert ("洪秀柱", "习近平", "2025-10-19") in _messages(events)
