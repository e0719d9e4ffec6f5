"""The Chinese recall tier and the passes for what web reports repeat: exchanges told in sentences the
clause patterns do not read (a visit's meetings after a subject in passing, a meeting as a stop of a
programme, a reply to a message), at confidence 0.5; a headline restated by the body; titles given at
a first mention. Short texts in the style of web reports (中联部, 中评社, 财新, 中新网)."""

from __future__ import annotations

from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, FuzzyDate
from liaison.normalise import normalise


def _events(text: str, published: str | None = "2017-11-21", title: str | None = None) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title, published, language="zh"))
    return extract_events(doc, default_gazetteer())


def _pairs(evs: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in evs]


def test_a_visits_meetings_after_a_subject_in_passing_are_recalled_one_each() -> None:
    text = (
        "中共中央对外联络部部长宋涛于11月17日至20日访问朝鲜。\n"
        "据中联部官方网站信息，宋涛访朝期间，在17日下午会见了朝鲜劳动党中央政治局常委、中央副委员长崔龙海，"
        "在18日会见了朝鲜劳动党中央政治局委员、党中央副委员长李洙墉。"
    )
    evs = _events(text)
    assert _pairs(evs) == [{"宋涛", "崔龙海"}, {"宋涛", "李洙墉"}]
    assert [e.date for e in evs] == [FuzzyDate.parse("2017-11-17"), FuzzyDate.parse("2017-11-18")]
    assert all(e.confidence == RECALL_CONFIDENCE and e.kind == "meeting" for e in evs)
    assert {p.side for p in evs[0].participants} == {"CN", "KP"}


def test_a_meeting_as_a_stop_of_a_programme_is_recalled() -> None:
    text = "宁夏回族自治区党委书记李建华率访问团24日下午抵达台湾，傍晚第一站行程是与国民党主席朱立伦见面。"
    (ev,) = _events(text, "2015-03-25")
    assert _pairs((ev,)) == [{"李建华", "朱立伦"}]
    assert ev.date == FuzzyDate.parse("2015-03-24")
    assert {p.person.native: p.side for p in ev.participants} == {"李建华": "CN", "朱立伦": "TW"}
    assert ev.confidence == RECALL_CONFIDENCE


def test_a_congratulatory_message_and_the_name_it_congratulates() -> None:
    text = "中新网台北7月27日电 中共中央总书记胡锦涛27日致电，祝贺马英九当选中国国民党下任主席；马英九同日复电。"
    ev, reply = _events(text, "2009-07-27")  # the reply after the semicolon is its own message (web-zh-053/082)
    assert ev.kind == reply.kind == "message"
    assert _pairs((ev,)) == _pairs((reply,)) == [{"胡锦涛", "马英九"}]
    assert reply.participants[0].person.native == "马英九"
    ma = next(p for p in ev.participants if p.person.native == "马英九")
    assert (ma.person.title, ma.side) == ("中国国民党下任主席", "TW")


def test_reported_speech_past_and_planned_meetings_are_not_recalled() -> None:
    text = (
        "12月6日，中共中央政治局常委、中央纪委书记李希在北京同老挝人民革命党中央政治局委员坎潘举行会谈。\n"
        "李希表示，中老两国是友好邻邦。今年10月，习近平总书记同通伦总书记举行重要会晤。\n"
        "报道称，韩国执政党党首秋美爱能否与中国国家主席习近平会晤备受关注。"
    )
    evs = _events(text, "2023-12-06")
    assert _pairs(evs) == [{"李希", "坎潘"}]


def test_two_foreign_sides_are_left_to_the_clause_patterns() -> None:
    text = "但美国总统特朗普在会晤后发文称，卡塔尔埃米尔塔米姆同他会晤。"
    assert _events(text, "2026-02-12") == ()


def test_the_headline_restated_by_the_body_is_one_call() -> None:
    text = "习近平应约同美国总统特朗普通电话\n新华社北京10月25日电 国家主席习近平25日应约同美国总统特朗普通电话。"
    (ev,) = _events(text, "2017-10-26", title="习近平应约同美国总统特朗普通电话")
    assert ev.date == FuzzyDate.parse("2017-10-25")


def test_people_named_bare_keep_the_titles_of_their_first_mention() -> None:
    text = (
        "新任中共中联部长刘海星会见的第二位大使是北韩驻北京大使李龙男。\n"
        "据中联部官网，10月16日刘海星在北京会见李龙男。"
    )
    evs = _events(text, "2025-10-17")
    ev = next(e for e in evs if e.date == FuzzyDate.parse("2025-10-16"))
    ri = next(p for p in ev.participants if p.person.native == "李龙男")
    assert (ri.person.title, ri.side) == ("北韩驻北京大使", "KP")


def test_a_video_meeting_of_parties_lists_its_foreign_leaders_and_the_host() -> None:
    text = (
        "新华社北京1月24日电（记者董雪）1月24日，中共中央对外联络部以视频方式举行中国同东南亚、南亚国家“一带一路”"
        "政党共商会议。斯里兰卡人民阵线党领袖、政府总理马欣达，印尼专业集团党秘书长、国会副议长罗德韦杰克等"
        "来自东南亚、南亚国家的40多个政党和社会组织领导人及代表100余人参会。\n"
        "中联部部长宋涛表示，中国共产党愿同地区国家政党发挥政治引领作用。"
    )
    (ev,) = _events(text, "2022-01-25")
    assert (ev.kind, ev.remote, ev.date) == ("video_conference", True, FuzzyDate.parse("2022-01-24"))
    assert {p.person.native: p.side for p in ev.participants} == {"宋涛": "CN", "马欣达": "LK", "罗德韦杰克": "ID"}


def test_a_seminar_held_with_speakers_named_after_it() -> None:
    text = (
        "9月30日，由中共中央对外联络部和南亚21世纪马克思主义研究会共同举办的理论研讨会以视频形式召开。"
        "中共中央对外联络部部长宋涛与尼泊尔共产党中央书记、前政府总理尼帕尔等南亚4国15个左翼政党的领导人"
        "出席研讨会并致辞。"
    )
    (ev,) = _events(text, "2020-10-09")
    assert ev.kind == "seminar"
    assert {p.person.native for p in ev.participants} == {"宋涛", "尼帕尔"}


def test_a_talk_on_the_sidelines_of_a_forum_is_no_forum() -> None:
    text = (
        "10月18日中午，国家主席习近平在人民大会堂同来华出席第三届“一带一路”国际合作高峰论坛的"
        "俄罗斯总统普京举行会谈。"
    )
    (ev,) = _events(text, "2023-10-18")
    assert ev.kind == "talks"


def test_those_listed_as_accompanying_a_principal_attend_on_their_side() -> None:
    text = (
        "北京时间11月16日上午，美国总统拜登与中共总书记习近平举行视频会晤。\n"
        "美国方面，陪同拜登出席的是五名官员：美国国务卿布林肯（Antony Blinken）、财政部长耶伦（Janet Yellen）。\n"
        "陪同习近平的也是五名官员：中共中央办公厅主任丁薛祥、国务院副总理刘鹤。"
    )
    (ev,) = _events(text, "2021-11-16")
    others = {p.person.native: p.side for p in ev.participants if not p.lead}
    assert others == {"布林肯": "US", "耶伦": "US", "丁薛祥": "CN", "刘鹤": "CN"}


def test_those_accompanying_a_principal_named_by_post_attend_on_their_side() -> None:
    # as web-zh-402 lists them: "陪同越共中央总书记访老的有越南政府总理范明政、越南国会主席陈青敏、…"
    text = (
        "2月6日，越共中央总书记苏林在万象同老挝人民革命党中央委员会总书记、国家主席通伦·西苏里举行会谈。\n"
        "陪同越共中央总书记访老的有越南政府总理范明政、越南国会主席陈青敏等。"
    )
    (ev,) = _events(text, "2026-02-06")
    others = {p.person.native: p.side for p in ev.participants if not p.lead}
    assert others == {"范明政": "VN", "陈青敏": "VN"}


def test_an_arrival_met_at_the_airport_is_a_visit() -> None:
    text = (
        "（越共电子报）当地时间10月30日下午1时20分，越共中央总书记阮富仲及越南高级代表团抵达首都北京国际机场，"
        "开始应中共中央总书记、国家主席习近平邀请对中国进行的正式访问。\n"
        "据越通社报道，中共中央对外联络部部长刘建超同志，越南驻华大使范星梅到北京机场迎接阮富仲总书记。"
    )
    (ev,) = _events(text, "2022-10-30")
    assert (ev.kind, ev.location, ev.date) == ("visit", "Beijing", FuzzyDate.parse("2022-10-30"))
    leads = {p.person.native: p.side for p in ev.participants if p.lead}
    assert leads == {"阮富仲": "VN", "刘建超": "CN"}
    assert [p.person.native for p in ev.participants if not p.lead] == ["范星梅"]


def test_an_arrival_opening_no_visit_is_no_event() -> None:
    text = "外交部长王毅抵达北京首都机场，前来迎接的有越南驻华大使范星梅。"
    assert _events(text, "2022-10-30") == ()


def test_an_attendance_sentence_naming_both_sides_is_the_only_exchange_told() -> None:
    # restated from a web report of the Xi–Biden talks in San Francisco (the principals named by no sentence)
    text = (
        "中美两国元首会晤已经结束，会晤历时两个多小时。\n"
        "这次会晤在旧金山郊外的费罗丽庄园举行。美国国务卿布林肯、财长耶伦、商务部长雷蒙多；"
        "中共政治局常委兼中办主任蔡奇、中共政治局委员兼外长王毅等出席会谈。"
    )
    (ev,) = _events(text, "2023-11-16")
    assert {p.person.native: p.side for p in ev.participants} == {
        "蔡奇": "CN", "王毅": "CN", "布林肯": "US", "耶伦": "US", "雷蒙多": "US"}
    assert ev.confidence == RECALL_CONFIDENCE


def test_an_attendance_sentence_of_one_side_or_beside_an_exchange_read_gives_nothing_more() -> None:
    # one side only: Chinese officials at talks the item does not name
    assert _events("中共中央政治局委员兼外长王毅、中办主任蔡奇等出席会谈。", "2023-11-16") == ()
    # the talks are read from their own sentence: the attendees join it, no second exchange
    text = (
        "国家主席习近平15日在旧金山同美国总统拜登举行会晤。"
        "美国国务卿布林肯、财长耶伦；中共政治局委员兼外长王毅等出席会谈。"
    )
    assert len(_events(text, "2023-11-16")) == 1
    # attendance at talks still to come is no exchange
    assert _events("美国国务卿布林肯、中共政治局委员兼外长王毅将出席会谈。", "2023-11-16") == ()
