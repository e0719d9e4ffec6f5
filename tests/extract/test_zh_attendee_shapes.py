"""Chinese attendees and further exchanges in shapes the attendance passes missed (issue 13/16): greeters styled by a
ministry and 相 as the DPRK's and Japan's ministers are ("文化相崔益奎，外务省副相金永日等到机场迎接"), escorts named in
"在A、B陪同下，X会见了Y", lists after "会见时在座的有" and before "参与会见", a call on someone told as a subjectless
clause ("…，还看望了前越南国家主席张晋创"), and a message to a post of a party's 对外部 (the object no longer cut at
对). Real pages of ``quality/real-dev`` read blind, and short sentences restating their constructions."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, seats, sentence_events


def _events(text: str) -> tuple[EventFrame, ...]:
    return sentence_events(text, "2024-03-10", blind=True)


def _one(events: tuple[EventFrame, ...], person: str) -> dict[str, tuple[str | None, bool]]:
    (ev,) = [e for e in events if person in seats(e)]
    return seats(ev)


def test_greeters_styled_by_their_ministry_and_xiang_attend_the_visit() -> None:
    # web-zh-121 (中新网): "…崔泰福，文化相崔益奎，外务省副相金永日等到机场迎接" (traditional script on the page)
    people = _one(page_events("web-zh-121", blind=True), "崔泰福")
    assert people["崔益奎"] == ("KP", False) and people["金永日"] == ("KP", False)


def test_a_minister_styled_with_xiang_is_a_title_not_part_of_the_name() -> None:
    people = _one(_events("日本外相岩屋毅3日在东京会见到访的中联部部长刘建超，防卫相中谷元在座。"), "刘建超")
    assert "中谷元" in people and not any(n.endswith("相中谷元") for n in people)
    assert people["岩屋毅"] == ("JP", True)


def test_escorts_named_in_zai_peitong_xia_attend_the_meeting_of_their_sentence() -> None:
    # the 在…陪同下 of web-zh-1511 ("吴邦国在金永南陪同下检阅了…") and web-zh-2001, told of a meeting
    before = _events("3日，在朝鲜劳动党中央书记崔泰福、国际部部长金成男陪同下，中联部部长刘建超会见了朝鲜最高人民会议"
                     "常任委员长金永南。")
    people = _one(before, "金永南")
    assert people["刘建超"] == ("CN", True) and people["崔泰福"][1] is False and people["金成男"][1] is False
    after = _events("3日，中联部部长刘建超在朝鲜劳动党中央书记崔泰福陪同下，会见了朝鲜最高人民会议常任委员长金永南。")
    people = _one(after, "金永南")
    assert people["刘建超"] == ("CN", True) and people["崔泰福"] == ("KP", False)


def test_an_escort_of_a_visit_to_a_site_is_no_attendee_of_another_sentence() -> None:
    events = _events("3日，中联部部长刘建超在平壤会见朝鲜最高人民会议常任委员长金永南。"
                     "4日，刘建超在朝鲜劳动党中央书记崔泰福陪同下参观了万景台。")
    assert "崔泰福" not in _one(events, "金永南")
    # web-zh-151's "在斯议长贾亚苏里亚陪同下参观了…", told in the sentence of a meeting: the tour's escort
    events = _events("3日，中联部部长刘建超会见了朝鲜最高人民会议常任委员长金永南，并在朝鲜劳动党中央书记崔泰福陪同下"
                     "参观了万景台。")
    assert "崔泰福" not in _one(events, "金永南")


def test_those_seated_at_the_meeting_named_after_the_verb_attend() -> None:
    people = _one(_events("5月5日，中联部部长刘建超在新德里会见印度总理莫迪。会见时在座的有中联部副部长陈凤翔、"
                          "中国驻印度大使徐飞洪。"), "莫迪")
    assert people["陈凤翔"] == ("CN", False) and people["徐飞洪"] == ("CN", False)


def test_those_who_take_part_in_the_meeting_attend_it_not_lead_it() -> None:
    # web-zh-1602's "参与会见的…官员", as a list before the verb
    people = _one(_events("5月5日，中联部部长刘建超在新德里会见印度总理莫迪。印度人民党总书记辛格、中国驻印度大使徐飞洪"
                          "等参与会见。"), "莫迪")
    assert people["辛格"] == ("IN", False) and people["徐飞洪"] == ("CN", False)


def test_a_call_on_someone_told_as_a_subjectless_clause_is_a_meeting_of_its_own() -> None:
    # web-zh-401: "…，还看望了前越南国家主席张晋创和前越南国会主席阮生雄"
    events = _events("3月5日，老挝国会主席巴妮•雅陶都在河内会见越南国家主席陈大光，还看望了前越南国家主席张晋创。")
    assert _one(events, "张晋创")["巴妮•雅陶都"] == ("LA", True)
    assert "陈大光" not in _one(events, "张晋创")


def test_a_message_to_a_post_of_a_partys_external_relations_department_keeps_its_recipient() -> None:
    # the 致电X，祝贺… of the congratulation pages, X a head of 越共中央对外部 / 老挝人民革命党中央对外联络部
    (ev,) = _events("3月5日，中联部部长刘建超致电越共中央对外部部长黎怀忠，祝贺其就任。")
    assert ev.kind == "message" and seats(ev)["黎怀忠"] == ("VN", True)
    (ev,) = _events("3月5日，老挝人民革命党中央对外联络部部长通沙万致函中共中央对外联络部部长刘建超，"
                    "对中共建党表示祝贺。")
    assert seats(ev)["刘建超"] == ("CN", True)
    (ev,) = _events("3月5日，中联部部长刘建超致电越共中央总书记苏林，对其当选表示祝贺。")
    assert seats(ev)["苏林"] == ("VN", True)


def test_calls_after_a_visits_stop_are_one_meeting_each_and_a_co_chaired_seminar_is_a_seminar() -> None:
    # web-zh-401: "其间，…巴妮•雅陶都一行前往胡志明主席陵敬献花圈…，走访了…，还看望了前越南国家主席张晋创和前越南
    # 国会主席阮生雄" and "巴妮•雅陶都与…丛氏放共同主持召开了…研讨会"
    events = page_events("web-zh-401", blind=True)
    for called in ("张晋创", "阮生雄"):
        people = _one(events, called)
        assert set(people) == {"巴妮•雅陶都", called} and people[called] == ("VN", True)
    (seminar,) = [e for e in events if "丛氏放" in seats(e)]
    assert seminar.kind == "seminar"


def test_the_object_of_a_joint_session_decides_its_kind() -> None:
    (ev,) = _events("3月5日，中联部部长刘建超同越共中央对外部部长黎怀忠在河内共同主持召开第十八次两党理论研讨会。")
    assert ev.kind == "seminar"
    (ev,) = _events("3月5日，中联部部长刘建超同越共中央对外部部长黎怀忠在河内共同出席两党合作文件签字仪式。")
    assert ev.kind == "other"


def test_a_meeting_told_right_after_another_with_suihou_is_of_its_day() -> None:
    # "随后，…又会见了…" / "会后，…" as "会见前，刘建超还会见了…" (web-zh-001): the day of the meeting told before
    for lead in ("随后，", "会后，"):
        events = _events(f"中联部部长刘建超3月5日在北京会见越共中央对外部部长黎怀忠。{lead}刘建超又会见了老挝人民革命党"
                         "中央书记处书记沙伦赛。")
        (ev,) = [e for e in events if "沙伦赛" in seats(e)]
        assert ev.date is not None and ev.date.iso == "2024-03-05"


def test_messages_in_every_common_wording_keep_their_two_sides() -> None:
    # the letters and wires of the congratulation pages (web-zh-017's 来函 and 口信, the 致电祝贺 pages): 回信,
    # 致贺函, 致慰问信, and 致贺信，祝贺X当选 (the name not run on into 当选)
    for text, recipient in (
        ("3月5日，中共中央总书记习近平回信越共中央总书记苏林。", "苏林"),
        ("3月5日，中联部部长刘建超向越共中央对外部部长黎怀忠致贺函。", "黎怀忠"),
        ("3月5日，中联部部长刘建超向越共中央对外部部长黎怀忠致慰问信。", "黎怀忠"),
        ("中共中央总书记习近平3月5日致贺信，祝贺越共中央总书记苏林当选。", "苏林"),
    ):
        (ev,) = _events(text)
        assert ev.kind == "message" and seats(ev)[recipient] == ("VN", True), text


def test_family_names_that_are_also_words_name_titled_people() -> None:
    # web-zh-1511: "陪同吴邦国访问的有：代表团副团长、…国务院副总理曾培炎，…商务部副部长于广洲，…"
    people = _one(page_events("web-zh-1511", blind=True), "吴邦国")
    assert people["曾培炎"] == ("CN", False) and people["于广洲"] == ("CN", False)
    # 于/曾/向 before a time or a verb stay words: "外交部部长于近日…", "部长曾表示"
    (ev,) = _events("3月5日，中联部部长刘建超在北京会见越共中央对外部部长黎怀忠。黎怀忠部长曾表示，越方重视两党关系。")
    assert set(seats(ev)) == {"刘建超", "黎怀忠"}


def test_a_coordinator_is_a_post() -> None:
    # web-zh-050: "美国方面，陪同拜登出席的是五名官员：…国安委印太协调员坎贝尔、…"
    people = _one(page_events("web-zh-050", blind=True), "拜登")
    assert people["坎贝尔"] == ("US", False)
