"""One-sided visits in Chinese (issue 13, ``zh/stays.py``): a chronicle's "X率该党干部考察团访华" with no host
named is a visit of X (restated from the 当代世界 chronicle of web-zh-107); the host who met the next item's
visitor keeps that meeting alone; an invitation of another's and a visit of another year are none; a departure
for a visit "对X进行…访问" is its report (web-zh-402, web-zh-104), a departure home or for a meeting none."""

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


def test_a_departure_for_a_state_visit_is_the_visit_and_the_inviter_takes_no_part() -> None:
    # 越通社 (web-zh-402, restated): the leader leaves his capital "启程对老挝…进行国事访问", the inviter's titles long
    text = (
        "越共中央总书记启程访问老挝\n"
        "应老挝人民革命党中央委员会总书记、老挝人民民主共和国主席通伦·西苏里的邀请，2月5日，越共中央总书记苏林"
        "率越南高级代表团离开首都河内，启程对老挝人民民主共和国进行国事访问。\n"
        "这距越南迎接老挝总书记、国家主席仅一个多星期。\n"
    )
    (visit,) = [ev for ev in sentence_events(text, "2026-02-05") if ev.kind == "visit"]
    assert {who: side for who, (side, _lead) in seats(visit).items()} == {"苏林": "VN"}
    # 香港01 (web-zh-104, restated): leaving by charter plane "前往平壤出席…，并对朝鲜进行正式友好访问"
    text = (
        "李强到访平壤\n"
        "应朝鲜劳动党中央委员会和朝鲜民主主义人民共和国政府邀请，国务院总理李强10月9日上午率中国党政代表团乘包机"
        "离开北京，前往平壤出席朝鲜劳动党建党80周年庆祝活动，并对朝鲜进行正式友好访问。\n"
        "中国驻朝鲜大使王亚军也到机场迎接。\n"
    )
    (visit,) = [ev for ev in sentence_events(text, "2025-10-09") if ev.kind == "visit"]
    assert {who: side for who, (side, _lead) in seats(visit).items()} == {"李强": "CN"}


def test_a_departure_home_or_for_a_meeting_is_no_visit() -> None:
    text = (
        "标题\n"
        "新华社北京11月7日电 国家主席习近平率代表团结束对老挝的国事访问，乘专机离开万象回国。\n"
        "国务院总理李强率代表团离开北京，前往上海出席会议。\n"
    )
    assert not [ev for ev in sentence_events(text, "2025-11-07") if ev.kind == "visit"]
