"""One-sided visits in Chinese (issue 13, ``zh/stays.py``): a chronicle's "X率该党干部考察团访华" with no host
named is a visit of X (restated from the 当代世界 chronicle of web-zh-107); the host who met the next item's
visitor keeps that meeting alone; an invitation of another's and a visit of another year are none."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events

_CHRONICLE = (
    "大事记\n"
    "■ 4月6日至15日，应中共中央对外联络部的邀请，"
    "尼日尔争取民主和社会主义党副总书记伊素福·卡当贝率该党干部考察团访华。\n"
    "■ 4月7日至16日，应中共中央对外联络部之邀，厄瓜多尔主权祖国联盟运动总书记加洛·莫拉率该党干部考察团访华。"
    "中共中央政治局委员、中央书记处书记、中组部部长赵乐际会见。\n"
)


def test_a_study_tour_told_without_host_is_a_visit_and_a_met_visitor_keeps_the_meeting() -> None:
    events = sentence_events(_CHRONICLE, "2013-11-16")
    kinds = sorted((ev.kind, tuple(sorted(seats(ev)))) for ev in events)
    assert [k for k, _ in kinds] == ["meeting", "visit"]
    (visit,) = (ev for ev in events if ev.kind == "visit")
    ((who, (side, lead)),) = seats(visit).items()
    assert who.startswith("伊素福") and side == "NE" and lead
    assert visit.date is not None and visit.date.iso.startswith("2013-04")


def test_an_invitation_of_another_and_a_visit_of_another_year_are_no_visits() -> None:
    text = (
        "标题\n"
        "新华社北京11月7日电 坎代主席邀请李鹏委员长再次访问老挝，李鹏委员长表示感谢。\n"
        "前中国国家主席江泽民于一九九七年到美国进行国事访问。\n"
    )
    assert not [ev for ev in sentence_events(text, "2000-11-07") if ev.kind == "visit"]
