"""Web shapes read for real-dev-zh-3 (zh32), on restated sentences: an airport pickup beside a meeting with others,
hosts who came to meet a visitor and shook hands, municipal and ministry posts, banquet attendees, talks after a visit
by invitation told inviter first, a speaker's own act, a letter handed over at a call."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-09-18") -> list[EventFrame]:
    doc = normalise(Article("t", text, "访问", "test", None, published, language="zh"))
    return list(extract_events(doc, default_gazetteer()))


def test_an_airport_pickup_abroad_is_a_visit_beside_a_meeting_with_others() -> None:
    # the arrival names no visit word; the visitor's meeting in another city the same day is with someone else:
    # the pickup at the airport is a visit of its own
    text = (
        "英国外交大臣卡梅伦星期三下午抵达北京，准备同中方高层会谈。中国外交部欧亚司司长周立在机场接机。"
        "卡梅伦当天上午在上海同上海市委书记陈吉宁见面。"
    )
    events = _events(text)
    kinds = {ev.kind: {p.person.native for p in ev.participants} for ev in events}
    assert kinds.get("visit") == {"卡梅伦", "周立"}
    assert kinds.get("meeting") == {"卡梅伦", "陈吉宁"}


def _visit_people(text: str) -> dict[str, str | None]:
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    return {p.person.native: p.person.country for ev in visits for p in ev.participants}


def test_those_who_came_to_meet_the_visitor_and_shook_hands() -> None:
    # 同前来迎接的A总统、B议长等握手: the hosts are named before their posts, the country is the one visited
    text = (
        "国务院副总理张国清当地时间5日下午抵达维多利亚，开始对塞舌尔进行正式访问。"
        "张国清走下舷梯，同前来迎接的拉姆卡拉万总统、赫米尼耶议长等热情握手，互致问候。"
    )
    assert _visit_people(text) == {"张国清": "CN", "拉姆卡拉万": "SC", "赫米尼耶": "SC"}


def test_those_who_came_to_meet_the_visitor_named_after_their_posts() -> None:
    text = (
        "国家主席胡锦涛当地时间12日下午抵达维多利亚，开始对塞舌尔进行国事访问。"
        "胡锦涛走下舷梯，同前来迎接的塞舌尔总统米歇尔等亲切握手。"
    )
    assert _visit_people(text) == {"胡锦涛": "CN", "米歇尔": "SC"}


def test_a_chinese_municipality_s_posts_are_china_s() -> None:
    from liaison.extract.zh.capacity import side_of
    from liaison.kb.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for title in ("上海市副市长", "北京市市长", "天津市副秘书长", "上海台办副主任", "重庆市外办主任"):
        assert side_of(title, gaz) == "CN", title
    assert side_of("台北市长", gaz) != "CN"


def test_officials_who_also_attended_the_dinner_are_its_attendees() -> None:
    text = (
        "中评社上海5月3日电 中国国民党台北市长蒋万安今晚出席上海市副市长华源为他举行的饯行晚宴。"
        "上海市副秘书长李华、上海台办副主任张明也出席了当晚招待台北市府团队的晚宴。"
    )
    people = {p.person.native: (p.person.country, p.lead) for ev in _events(text) for p in ev.participants}
    assert people.get("李华") == ("CN", False) and people.get("张明") == ("CN", False)
    assert people.get("华源") == ("CN", True)


def test_a_delegation_leader_with_a_bare_ministry_post_meets_each_of_a_list() -> None:
    # 商务部副部长: China's own ministry as its press writes it
    text = "3月2日，商务部副部长王立平率领中国政府经贸代表团，在维拉港分别拜会了瓦努阿图总理纳塔佩和副总理利尼。"
    met = [{p.person.native: p.person.country for p in ev.participants} for ev in _events(text)]
    assert {"王立平": "CN", "纳塔佩": "VU"} in met


def test_a_bare_foreign_minister_listed_after_a_foreign_premier_is_of_the_premier_s_country() -> None:
    # (object lists read by the clauses: 和 joins the last one as 、 does)
    text = "1月12日，商务部副部长王立平在维拉港分别拜会了瓦努阿图总理纳塔佩和外交部长卡尔通加。"
    met = [{p.person.native: p.person.country for p in ev.participants} for ev in _events(text)]
    assert {"王立平": "CN", "卡尔通加": "VU"} in met


def test_the_heads_of_state_s_talks_after_a_visit_by_invitation_told_inviter_first() -> None:
    # 应X的邀请，Y…进行了国事访问。3月1日两国元首举行会谈: the talks of the two, on the day told
    text = (
        "应中国国家主席习近平邀请，哈萨克斯坦总统托卡耶夫于5月16日至18日对中国进行了国事访问。"
        "5月17日两国元首举行会谈，会谈后共同签署了联合声明。"
    )
    events = _events(text, "2024-05-19")
    talks = [ev for ev in events if ev.kind == "talks"]
    assert talks and {p.person.native for p in talks[0].participants} == {"习近平", "托卡耶夫"}
    assert talks[0].date is not None and talks[0].date.iso == "2024-05-17"
    assert len(events) == 1  # the stay told before is those talks


def test_a_speaker_telling_their_own_meeting() -> None:
    # X说，他于29日接见了Y: the pronoun after the speech verb is the speaker, also in a paragraph of reported speech
    text = (
        "马来西亚首相安华4月2日在网上发文说，中国总理李强近期将访问马来西亚。"
        "安华说，他于2日会见了中联部部长刘建超，双方谈到庆祝活动的筹备。"
    )
    assert [{p.person.native for p in ev.participants} for ev in _events(text)] == [{"安华", "刘建超"}]


def test_a_speaker_s_planned_meeting_is_no_event() -> None:
    text = "马来西亚首相安华说，他将于下月会见中联部部长刘建超。"
    assert _events(text) == []


def test_a_letter_handed_over_at_a_call_is_a_message_from_its_sender() -> None:
    # 转交了X的贺卡: the sender's message to the one the envoy called on, beside the call itself
    text = (
        "2月10日，驻斐济大使周建拜会斐济外长卡米卡。周大使向卡米卡外长转交了外交部长王毅的贺卡。"
    )
    events = _events(text)
    messages = [ev for ev in events if ev.kind == "message"]
    assert messages and {p.person.native for p in messages[0].participants} == {"王毅", "卡米卡"}
    meetings = [{p.person.native for p in ev.participants} for ev in events if ev.kind == "meeting"]
    assert {"周建", "卡米卡"} in meetings


def test_a_letter_of_a_leader_named_before_his_posts() -> None:
    text = "8月5日，越共中央总书记苏林会见中国驻越南大使熊波。熊波转交了习近平国家主席的贺信，祝贺苏林当选。"
    messages = [ev for ev in _events(text) if ev.kind == "message"]
    assert messages and {p.person.native for p in messages[0].participants} == {"习近平", "苏林"}
