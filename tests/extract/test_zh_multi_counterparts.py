"""Chinese extractor: items reporting several counterparts, one event each; joint attendance of a
ceremony (in person or by video) as an exchange of kind "other". Short sentences written for the tests."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.extract.zh.titles import parse_people, postposed_people
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-10-25", title: str | None = None) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title, published, language="zh"))
    return extract_events(doc, default_gazetteer())


def _guests(ev: EventFrame, host: str) -> list[str]:
    return [p.person.native for p in ev.participants if p.lead and p.person.native != host]


def test_names_before_their_posts_in_a_list_are_each_a_person() -> None:
    people = postposed_people("费尔南多总统和佩德罗总理")
    assert [(p.native, p.title) for p in people] == [("费尔南多", "总统"), ("佩德罗", "总理")]
    assert postposed_people("费尔南多总统和外交部") == []


def test_sultan_of_a_sultanate_is_a_title_but_sudan_stays_a_country() -> None:
    people = parse_people("文莱苏丹哈吉、泰国总理素拉")
    assert [(p.native, p.title) for p in people] == [("哈吉", "文莱苏丹"), ("素拉", "泰国总理")]
    assert [p.native for p in parse_people("苏丹总统布尔汉")] == ["布尔汉"]


def test_visit_with_postposed_counterparts_met_separately() -> None:
    text = "国家副主席韩正于当地时间10月21日至23日访问葡萄牙，在里斯本分别会见费尔南多总统和佩德罗总理。"
    evs = _events(text)
    assert [_guests(e, "韩正") for e in evs] == [["费尔南多"], ["佩德罗"]]
    for ev in evs:
        assert ev.kind == "meeting"
        assert ev.location == "Lisbon"
        assert ev.date is not None and (ev.date.iso, ev.date.precision) == ("2024-10", "month")
        assert {p.side for p in ev.participants if p.person.native != "韩正"} == {"PT"}


def test_two_cities_go_with_the_counterparts_in_order() -> None:
    text = (
        "全国人大常委会委员长赵乐际10月18日至20日对马来西亚进行正式友好访问，"
        "在吉隆坡和布城分别会见最高元首易卜拉欣、总理安华，与下议院议长约哈里举行会谈。"
    )
    evs = _events(text)
    assert [(e.kind, _guests(e, "赵乐际"), e.location) for e in evs] == [
        ("meeting", ["易卜拉欣"], "Kuala Lumpur"),
        ("meeting", ["安华"], "Putrajaya"),
        ("talks", ["约哈里"], "Kuala Lumpur"),
    ]


def test_separately_met_list_across_commas_gives_one_event_each() -> None:
    text = (
        "国务院副总理丁薛祥10日下午在成都分别会见来华出席论坛的塞尔维亚副议长马尔科，"
        "乌兹别克斯坦第一副总理拉希姆，伊朗副总统阿里。"
    )
    evs = _events(text)
    assert [_guests(e, "丁薛祥") for e in evs] == [["马尔科"], ["拉希姆"], ["阿里"]]
    assert [p.side for e in evs for p in e.participants if p.person.native != "丁薛祥"] == ["RS", "UZ", "IR"]
    assert all(e.location == "Chengdu" and e.date is not None and e.date.iso == "2024-10-10" for e in evs)


def test_ruler_and_crown_prince_of_a_sultanate() -> None:
    text = "国家副主席韩正10月21日至23日访问文莱，在斯里巴加湾分别会见文莱苏丹哈吉、王储穆赫塔迪。"
    evs = _events(text)
    assert [_guests(e, "韩正") for e in evs] == [["哈吉"], ["穆赫塔迪"]]
    assert all(e.location == "Bandar Seri Begawan" and "state" in e.channel for e in evs)


def test_also_met_separately_after_a_visit_clause() -> None:
    evs = _events("在巴期间，王岐山还分别会见新任副总统若昂和时任副总统安东尼奥。", title="王岐山访问巴西")
    assert [_guests(e, "王岐山") for e in evs] == [["若昂"], ["安东尼奥"]]
    assert all(p.side == "BR" for e in evs for p in e.participants if p.person.native != "王岐山")


def test_bilateral_meetings_with_leaders_of_several_countries() -> None:
    text = "此访期间，习近平主席还同墨西哥总统洛佩斯、斐济总理兰布卡举行友好双边会见。"
    evs = _events(text)
    assert [_guests(e, "习近平") for e in evs] == [["洛佩斯"], ["兰布卡"]]


def test_a_list_without_separately_stays_one_meeting() -> None:
    evs = _events("韩正还会见了美国国务卿安东尼、总统特使约翰。")
    assert [sorted(_guests(e, "韩正")) for e in evs] == [["安东尼", "约翰"]]


def test_unnamed_group_met_is_named_by_the_later_paragraphs() -> None:
    text = (
        "会议期间，赵乐际还会见了巴西、巴基斯坦议会领导人。"
        "在会见巴西众议长莫塔时，赵乐际表示，中方愿同巴方加强交流。"
        "在会见巴基斯坦国民议会议长萨迪克时，赵乐际表示，两国立法机构要互学互鉴。"
    )
    evs = _events(text)
    assert [(_guests(e, "赵乐际"), e.channel) for e in evs] == [
        (["莫塔"], ("legislature",)),
        (["萨迪克"], ("legislature",)),
    ]
    assert all(len(e.evidence) == 2 for e in evs)


def test_joint_attendance_by_video_from_one_place_is_not_remote() -> None:
    text = (
        "当地时间7月3日中午，国家主席习近平同哈萨克斯坦总统托卡耶夫在阿斯塔纳总统府"
        "以视频方式共同出席中欧跨里海直达快运开通仪式。"
    )
    (ev,) = _events(text, published="2024-07-03")
    assert (ev.kind, ev.location, ev.remote) == ("other", "Astana", False)
    assert ev.date is not None and ev.date.iso == "2024-07-03"
    assert _guests(ev, "习近平") == ["托卡耶夫"]


def test_joint_attendance_by_video_from_apart_is_remote() -> None:
    (ev,) = _events("国家主席习近平在北京同塔吉克斯坦总统拉赫蒙以视频方式共同出席大楼落成仪式。")
    assert (ev.kind, ev.location, ev.remote) == ("other", None, True)


def test_joint_attendance_in_person() -> None:
    (ev,) = _events("国务院总理李强20日在吉隆坡同马来西亚总理安华共同出席东海岸铁路车站动工仪式。")
    assert (ev.kind, ev.location, ev.remote, _guests(ev, "李强")) == ("other", "Kuala Lumpur", False, ["安华"])


def test_joint_attendance_needs_a_named_counterpart() -> None:
    assert _events("国务院总理李强同各界代表共同出席招待会。") == ()


def test_greetings_wired_to_a_former_monarch() -> None:
    (ev,) = _events("同日，习近平还致电退位的丹麦前女王玛格丽特二世表示问候和祝福。")
    assert ev.kind == "message"
    assert _guests(ev, "习近平") == ["玛格丽特二世"]


def test_also_met_during_a_visit_keeps_the_visit_date_and_the_host_title() -> None:
    text = (
        "国家副主席韩正10月21日至23日访问新加坡，分别会见尚达曼总统和黄循财总理。"
        "访新期间，韩正还会见了新加坡副总理颜金勇。"
    )
    evs = _events(text)
    assert [_guests(e, "韩正") for e in evs] == [["尚达曼"], ["黄循财"], ["颜金勇"]]
    last = evs[-1]
    assert last.date is not None and (last.date.iso, last.date.precision) == ("2024-10", "month")
    host = next(p for p in last.participants if p.person.native == "韩正")
    assert host.person.title == "国家副主席"
