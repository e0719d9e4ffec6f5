"""Chinese web pages of the sixteenth batch (web-zh-1601…1613): who briefed at a briefing, a forum of the
world's parties closing, those seated at a meeting, companions of a principal named by their post, and the
day of the verb's own stretch of a clause. Restated lines of quality/real-dev."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, seats, sentence_events


def test_a_provincial_foreign_affairs_office_holds_a_briefing_its_vice_governor_gives() -> None:
    # web-zh-1612: a briefing (宣介会) held by a body other than the IDCPC, for consuls general
    text = (
        "11月16日，云南省人民政府外事办公室在昆明举办中共二十大精神专题宣介会。\n"
        "马来西亚、越南、老挝驻昆总领事及领事官员出席活动。副省长王浩，以及省委宣传部、省委党校相关负责人等作宣介。"
    )
    events = sentence_events(text, "2022-11-17")
    assert [e.kind for e in events] == ["seminar"]
    (ev,) = events
    assert ev.date is not None and ev.date.iso == "2022-11-16"
    assert ev.location == "Kunming"
    assert seats(ev) == {"王浩": ("CN", True)}


def test_those_who_briefed_foreign_envoys_join_the_idcpc_briefing() -> None:
    # web-zh-1613: the IDCPC head hosts, the other speakers attend
    text = (
        "11月9日，中共中央对外联络部为外国驻华使节举办十九届五中全会精神宣介会，100多个国家的高级外交官出席。"
        "中共中央对外联络部部长宋涛，十九届五中全会精神中央宣讲团成员、中央财经委员会办公室副主任尹艳林，"
        "中国宏观经济研究院院长王昌林等向外国驻华使节作了宣讲。"
    )
    (ev,) = sentence_events(text, "2020-11-09")
    assert ev.kind == "seminar"
    people = seats(ev)
    assert people["宋涛"] == ("CN", True)
    assert people["尹艳林"] == ("CN", False) and people["王昌林"] == ("CN", False)


def test_a_forum_of_the_worlds_parties_closing_is_a_seminar_of_those_who_attended() -> None:
    # web-zh-1607: no foreign leader named in the sentences read, the forum of the world's parties is foreign
    text = (
        "中新社北京12月3日电 中国共产党与世界政党高层对话会3日在北京闭幕，会议通过了《北京倡议》。\n"
        "中共中央政治局委员、国务委员杨洁篪出席闭幕式并讲话。"
    )
    (ev,) = sentence_events(text, "2017-12-03")
    assert ev.kind == "seminar"
    assert ev.date is not None and ev.date.iso == "2017-12-03"
    assert ev.location == "Beijing"
    assert "杨洁篪" in seats(ev)


def test_a_forum_someone_will_attend_names_no_participant_yet() -> None:
    # web-zh-1610: a preview the morning of the opening
    text = (
        "中国网新闻12月1日讯 11月30日至12月3日，中国共产党与世界政党高层对话会在北京举行。"
        "中共中央总书记、国家主席习近平今天将出席高层对话会开幕式并发表主旨讲话。"
    )
    assert sentence_events(text, "2017-12-01") == ()


def test_those_seated_in_the_first_row_attend_the_meeting_told_before() -> None:
    # web-zh-1601 (traditional script as printed: 坐著)
    (ev,) = page_events("web-zh-1601")
    people = seats(ev)
    assert people["連戰"] == ("TW", True) and people["習近平"] == ("CN", True)
    for native in ("俞正聲", "王滬寧", "栗戰書", "戴秉國", "王毅", "陳雲林", "鄭立中"):
        assert people[native] == ("CN", False)


def test_a_clause_takes_the_day_of_its_verbs_own_stretch() -> None:
    # web-zh-1601: "连战昨晚抵达北京，今天与习近平会面" -- the meeting is today's, and 昨晚 is no part of the name
    (ev,) = page_events("web-zh-1601")
    assert ev.date is not None and ev.date.iso == "2013-02-25"
    assert "連戰昨" not in seats(ev)


def test_companions_of_a_principal_named_by_post_join_the_stay() -> None:
    # web-zh-402: "陪同越共中央总书记访老的有越南政府总理范明政、…外交部部长黎怀忠…" after a stay told by its visitor
    (ev,) = page_events("web-zh-402")
    people = seats(ev)
    assert people["苏林"] == ("VN", True)
    assert people["范明政"] == ("VN", False)
    assert people["黎怀忠"] == ("VN", False)  # a bare post in a Vietnamese list is Vietnam's


def test_those_standing_by_a_principal_attend_the_talks() -> None:
    # web-zh-075: "能看到几张熟面孔陪同在旁：国务委员杨洁篪、外交部长王毅、…"
    events = page_events("web-zh-075")
    talks = next(e for e in events if e.kind == "talks")
    people = seats(talks)
    assert people["楊潔篪"] == ("CN", False) and people["王毅"] == ("CN", False)


def test_a_post_named_without_its_country_abroad_is_the_host_countrys() -> None:
    # the class "国家主席通伦" (a post no country qualifies) meeting a CPC delegation in Vientiane, either side;
    # an invented name stands for a leader the people table does not know
    text = (
        "新华社万象3月5日电 国家主席坎通·西萨4日在万象会见了由中共中央政治局委员、中央宣传部部长李书磊率领的"
        "中共代表团。"
    )
    (ev,) = sentence_events(text, "2025-03-05")
    assert seats(ev) == {"坎通·西萨": ("LA", True), "李书磊": ("CN", True)}
    text = "新华社河内3月5日电 中共中央政治局委员、中央宣传部部长李书磊4日在河内会见总理范明政。"
    (ev,) = sentence_events(text, "2025-03-05")
    assert seats(ev)["范明政"] == ("VN", True)


def test_a_post_named_without_its_country_in_china_stays_chinese() -> None:
    assert sentence_events("新华社北京3月5日电 国家主席习近平4日在北京会见国务院总理李强。", "2025-03-05") == ()


def test_an_exchange_after_an_activity_of_the_subjects_own_is_the_subjects() -> None:
    # web-zh-094: "习近平刚结束记者会，随即转场会见日本首相安倍晋三" (also "出席欢迎仪式，随后会见…")
    text = "5日下午，中国国家主席习近平刚结束记者会，随即转场会见日本首相安倍晋三。"
    (ev,) = sentence_events(text, "2016-09-06")
    assert seats(ev) == {"习近平": ("CN", True), "安倍晋三": ("JP", True)}
    assert ev.date is not None and ev.date.iso == "2016-09-05"
    text = "5日下午，中国国家主席习近平出席欢迎仪式，随后会见日本首相安倍晋三。"
    (ev,) = sentence_events(text, "2016-09-06")
    assert "安倍晋三" in seats(ev)


def test_an_activity_without_an_exchange_after_it_is_none() -> None:
    text = "5日下午，国家主席习近平出席二十国集团领导人峰会开幕式，并发表重要讲话。"
    assert sentence_events(text, "2016-09-06") == ()


_MET = (
    "新华社北京3月5日电 中共中央政治局常委王沪宁4日在北京会见由越共中央委员、宣教部副部长黎海平率领的越南共产党"
    "代表团。"
)


def test_those_listed_as_accompanying_the_visit_attend_on_their_side() -> None:
    # the genre's lists after the verb: 陪同访问的有A、B / 出席会见的越方人员有A
    (ev,) = sentence_events(_MET + "陪同访问的有越共中央对外部副部长阮明三、越南驻华大使范清平等。", "2025-03-05")
    assert seats(ev)["阮明三"] == ("VN", False) and seats(ev)["范清平"] == ("VN", False)
    (ev,) = sentence_events(_MET + "出席会见的越方人员有越南驻华大使范清平。", "2025-03-05")
    assert seats(ev)["范清平"] == ("VN", False)


def test_two_attendee_clauses_of_one_sentence_are_read_each_on_its_own() -> None:
    (ev,) = sentence_events(_MET + "中联部部长刘海星等参加会见，越南驻华大使范清平在座。", "2025-03-05")
    assert seats(ev)["刘海星"] == ("CN", False) and seats(ev)["范清平"] == ("VN", False)


def test_a_delegation_met_by_its_head_noun_alone_is_the_one_named_with_its_country_before() -> None:
    # the shape of web-zh-1605 (a provincial host meets "代表团一行" named with its country the sentence before)
    text = (
        "中新网上海10月29日电 应中国海外交流协会邀请，越南青年代表团26日抵达上海进行访问。"
        "27日上午，中共上海市委常委、统战部部长沙海林在市委统战部贵宾厅会见了代表团一行。"
    )
    (ev,) = sentence_events(text, "2012-10-29")
    assert ev.kind == "meeting" and seats(ev) == {"沙海林": ("CN", True)}
    assert ev.date is not None and ev.date.iso == "2012-10-27"


def test_attending_a_forum_of_many_countries_parties_is_a_seminar() -> None:
    # the class of web-zh-1607/1608 told by its attendance: "出席中国共产党与世界政党高层对话会并发表主旨讲话";
    # the number attending (出席人数最多的…对话会, web-zh-1610) is no attendance
    text = "新华社北京3月5日电 中联部部长刘海星4日出席中国共产党与世界政党高层对话会并发表主旨讲话。"
    (ev,) = sentence_events(text, "2025-03-05")
    assert ev.kind == "seminar" and seats(ev) == {"刘海星": ("CN", True)}
    text = "中国网新闻12月1日讯 这次对话会是出席人数最多的首次全球政党领导人对话会。中联部副部长郭业洲在吹风会上表示，…"
    assert sentence_events(text, "2017-12-01") == ()


def test_talks_held_on_someones_behalf_are_the_subjects() -> None:
    # web-zh-1606: "殷一璀受俞正聲委託,代表中國共產黨上海市委員會同中國國民黨臺北市委員會訪問團…舉行會談", the
    # delegation's head named later as it speaks
    events = page_events("web-zh-1606")
    talks = next(e for e in events if e.kind == "talks")
    assert seats(talks) == {"殷一璀": ("CN", True), "潘家森": ("TW", True)}
    assert talks.date is not None and talks.date.iso == "2008-09-17"
