"""Chinese web reports of a trip's round of meetings and of a chronicle of party exchanges: a bare post
in a 分别会见 list (国家主席陈大光 after 越共中央总书记阮富仲) keeps the country before it; a chronicle's
"…率该党代表团访华。王家瑞会见。"; a banquet held to welcome a guest, with its attendees; "会见时在座";
an arrival told after the sentence announcing the visit; a welcome ceremony followed by "欢迎仪式后，
两国元首举行会谈" (the arrival the day before is the same visit); captions of file photos are no event.
Real pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame, FuzzyDate
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2024-05-10") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def test_a_bare_post_in_a_list_of_counterparts_keeps_the_country_before_it() -> None:
    # 新闻联播: "分别会见越共中央总书记阮富仲、国家主席陈大光、总理阮春福,与阮氏金银举行会谈,会见祖国阵线主席阮善仁"
    events = _page("web-zh-092")
    met = {n: side for ev in events for n, (side, _lead) in _people(ev).items() if n != "张德江"}
    assert met == {"阮富仲": "VN", "陈大光": "VN", "阮春福": "VN", "阮氏金银": "VN", "阮善仁": "VN"}
    assert len(events) == 5 and all(_people(ev)["张德江"] == ("CN", True) for ev in events)
    (a, b) = _events("李强10日在河内分别会见越共中央总书记苏林、国家主席梁强。")
    assert {_people(ev)["梁强"] for ev in (a, b) if "梁强" in _people(ev)} == {("VN", True)}


def test_a_chronicle_host_met_after_a_delegation_visit_meets_its_leader() -> None:
    # 简讯: "应中共中央对外联络部的邀请，韩国新国家党国会议员南景弼率该党国会议员代表团访华。…王家瑞会见。"
    events = _page("web-zh-107")
    pairs = {frozenset(_people(ev)) for ev in events}
    met = {frozenset({"王家瑞", "南景弼"}), frozenset({"王家瑞", "吳埃敏"}), frozenset({"趙樂際", "加洛·莫拉"})}
    assert met <= pairs
    (ev,) = _events("4月7日至16日，应中联部邀请，厄瓜多尔主权祖国联盟运动总书记加洛·莫拉率该党干部考察团访华。"
                    "中共中央政治局委员、中组部部长赵乐际会见。", "2013-05-01")
    assert _people(ev) == {"赵乐际": ("CN", True), "加洛·莫拉": ("EC", True)}
    # a visit with no one meeting it, then an unrelated sentence: no meeting
    assert not _events("韩国新国家党国会议员南景弼率该党代表团访华。双方会见。")


def test_a_banquet_to_welcome_a_guest_is_a_meeting_with_its_attendees() -> None:
    # 越通社: "…通伦·西苏里…举行了宴会，欢迎越共中央总书记苏林及越南高级代表团来访。
    # 越南政府总理范明政、国会主席陈青敏也一同出席了宴会。"
    (ev,) = _page("web-zh-096")
    assert ev.kind == "meeting" and ev.date == FuzzyDate.parse("2026-02-05")
    assert _people(ev) == {
        "通伦·西苏里": ("LA", True), "苏林": ("VN", True), "范明政": ("VN", False), "陈青敏": ("VN", False)
    }


def test_a_person_present_when_the_meeting_was_held_is_an_attendee() -> None:
    # 云南日报: "李紀恒在昆明會見了…本揚·沃拉吉率領的老撾代表團一行。中共中央對外聯絡部部長宋濤會見時在座。"
    (ev,) = _page("web-zh-095")
    assert _people(ev)["宋濤"] == ("CN", False)
    assert {"李紀恒", "本揚·沃拉吉"} <= set(_people(ev))


def test_an_arrival_after_the_sentence_announcing_the_visit_and_file_photos() -> None:
    # 香港01: "…李強…率中國黨政代表團…赴平壤…並對朝鮮進行正式友好訪問。李強表示…。李強9日…抵達平壤順安國際機場。
    # 朝鮮…朴泰成率…到機場迎接…"; captions of file photos (9月4日, 9月29日) are no event of the report
    (ev,) = _page("web-zh-104")
    assert ev.kind == "visit" and ev.location == "Pyongyang" and ev.date == FuzzyDate.parse("2025-10-09")
    assert _people(ev) == {"李強": ("CN", True), "朴泰成": ("KP", True), "王亞軍": ("CN", False)}
    text = ("新华社北京10月10日电 李强10日在北京会见越南总理范明政。\n"
            "2025年9月4日，习近平在北京会见朝鲜领导人金正恩（Reuters）")
    assert {frozenset(_people(ev)) for ev in _events(text, "2025-10-10")} == {frozenset({"李强", "范明政"})}


def test_a_welcome_ceremony_followed_by_talks_is_the_visit_the_arrival_opened() -> None:
    # 时代报: arrival in Guangzhou (18日), welcome ceremony in Beijing (19日), "欢迎仪式后，两国元首举行会谈"
    (ev,) = _page("web-zh-093")
    assert ev.kind == "talks" and ev.date == FuzzyDate.parse("2024-08-19")
    assert set(_people(ev)) == {"习近平", "苏林"}


def test_a_headline_naming_one_side_only_is_the_exchange_the_body_names() -> None:
    # 博聞社: headline "中联部长宋涛与朝鲜劳动党代表团会谈", body "宋涛31日在北京同…李洙墉及其率领的…代表团举行会谈"
    (ev,) = _page("web-zh-106")
    assert ev.kind == "talks" and set(_people(ev)) == {"宋涛", "李洙墉"}


def test_counterparts_met_one_after_another_are_one_meeting_each() -> None:
    text = "国家主席习近平5日在杭州连续会见了德国总理默克尔、英国首相特雷莎·梅和法国总统奥朗德3位外国领导人。"
    events = _events(text, "2016-09-06")
    assert sorted(n for ev in events for n in _people(ev) if n != "习近平") == ["奥朗德", "特雷莎·梅", "默克尔"]
    assert len(events) == 3
