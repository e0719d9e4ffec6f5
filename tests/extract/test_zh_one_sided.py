"""One-sided visits in Chinese web items: a delegation whose leader is named only after the meeting, met
again by its bare head noun, and a delegation arriving for a visit with no host named (restated from
real-dev web items)."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str) -> tuple[EventFrame, ...]:
    article = Article("t", text, "h", "test", None, published, language="zh")
    return extract_events(normalise(article), default_gazetteer())


def _natives(ev: EventFrame) -> set[str]:
    return {p.person.native for p in ev.participants}


_TOUR = (
    "全国政协港澳台侨委员会主任、海协会会长陈云林25日在全国政协礼堂会见了台湾民意代表交流参访团一行。\n"
    "陈云林在会见中说，两岸关系和平发展的局面来之不易。\n"
    "参访团团长、台湾两岸民意代表交流基金会董事长饶颖奇在会见中代表基金会，邀请全国政协有关部门今年择期组团回访。\n"
    "参访团一行是应全国政协港澳台侨委员会的邀请，于21日抵达上海开始大陆参访行程的。在沪期间，中共中央政治局委员、"
    "上海市委书记俞正声会见了参访团一行。23日，参访团前往南京拜谒中山陵，中共江苏省委书记罗志军会见了参访团。"
)


def test_delegation_leader_named_after_the_meeting() -> None:
    """"会见了…参访团一行。…参访团团长、…董事长饶颖奇在会见中…": the leader named after is the counterpart."""
    events = _events(_TOUR, "2011-08-26")
    first = next(ev for ev in events if "陈云林" in _natives(ev))
    assert "饶颖奇" in _natives(first)
    rao = next(p for p in first.participants if p.person.native == "饶颖奇")
    assert rao.side == "TW" and rao.lead


def test_delegation_met_again_by_its_head_noun() -> None:
    """"俞正声会见了参访团一行", "罗志军会见了参访团": the delegation named before, with its leader."""
    events = _events(_TOUR, "2011-08-26")
    for host in ("俞正声", "罗志军"):
        ev = next(ev for ev in events if host in _natives(ev))
        assert "饶颖奇" in _natives(ev)
    nanjing = next(ev for ev in events if "罗志军" in _natives(ev))
    assert nanjing.date is not None and nanjing.date.iso == "2011-08-23"


def test_domestic_group_met_is_no_event() -> None:
    """A bare 参访团 with no foreign side named anywhere in the item stays no event."""
    text = "省委书记张三会见了企业家参访团一行。参访团团长、某集团董事长李四表示感谢。"
    assert _events(text, "2011-08-26") == ()


_ARRIVAL = (
    "据朝中社5月15日报道，以党中央政治局委员、中央副委员长朴泰成为团长的朝鲜劳动党友好参观团14日乘飞机离开平壤，"
    "赴中国访问。\n朝鲜劳动党友好参观团当天到达北京。\n"
    "据消息人士透露，朝鲜参观团前一天上午搭乘航班到达北京首都机场，朝鲜驻华大使池在龙前往机场迎接。"
)


def test_delegation_arriving_for_a_visit_named_with_its_leader_before() -> None:
    """"以…朴泰成为团长的…参观团…赴中国访问。…参观团当天到达北京。": a visit of the delegation's leader,
    no host named, met by its own ambassador (a non-lead of the visiting side)."""
    (ev,) = _events(_ARRIVAL, "2018-05-15")
    assert ev.kind == "visit"
    lead = next(p for p in ev.participants if p.lead)
    assert lead.person.native == "朴泰成" and lead.side == "KP"
    assert ev.date is not None and ev.date.iso == "2018-05-14"
    assert ev.location == "Beijing"


def test_delegation_arrival_announced_is_no_visit() -> None:
    """A delegation that will arrive (a visit still to come) makes no event."""
    text = (
        "以党中央政治局委员、中央副委员长朴泰成为团长的朝鲜劳动党友好参观团将于下周离开平壤，赴中国访问。\n"
        "朝鲜劳动党友好参观团预计将于下周到达北京。"
    )
    assert _events(text, "2018-05-15") == ()


def test_bilateral_forum_held_with_one_side_named() -> None:
    """"第十届中美政党对话在北京举行，…宋涛出席开幕式并发表讲话": a forum the two sides' short forms name (中美),
    attended by one named side, is a seminar with that side."""
    text = (
        "本报北京12月4日电（记者张斐晔）12月4日，第十届中美政党对话在北京举行，中共中央对外联络部部长宋涛出席开幕式"
        "并发表讲话。\n本次对话约有50名中外代表出席，美方代表分别来自美国共和、民主两党以及重要智库。"
    )
    (ev,) = _events(text, "2017-12-05")
    assert ev.kind == "seminar" and _natives(ev) == {"宋涛"}
    assert ev.date is not None and ev.date.iso == "2017-12-04"
    assert ev.location == "Beijing"


def test_domestic_forum_is_no_event() -> None:
    """A forum named with no second side (中国…座谈会) stays no event; nor does 中非 (a continent)."""
    assert _events("12月4日，全国政党工作座谈会在北京举行，中共中央对外联络部部长宋涛出席并讲话。", "2017-12-05") == ()
    assert _events("12月4日，中非政党论坛在北京举行，中共中央对外联络部部长宋涛出席并讲话。", "2017-12-05") == ()


def test_unnamed_chinese_leader_meets_a_named_visitor() -> None:
    """"中国领导人同日下午在人民大会堂会见舒默": a meeting whose Chinese side is left unnamed, with the visitor
    alone, besides the talks told with both sides named."""
    text = (
        "【本报综合报道】中共政治局委员、中央外办主任王毅昨日在北京，同来访的美国参议院多数党领袖舒默举行会谈。"
        "中国领导人同日下午在人民大会堂会见舒默，称中美关系是世界上最重要的双边关系。\n"
        "王毅早上在与舒默率领的跨党派代表团举行会谈时表示，希望代表团此行能帮助美方更客观地看待中国。"
    )
    events = _events(text, "2023-10-10")
    assert sorted(ev.kind for ev in events) == ["meeting", "talks"]
    met = next(ev for ev in events if ev.kind == "meeting")
    assert _natives(met) == {"舒默"}
    talks = next(ev for ev in events if ev.kind == "talks")
    assert _natives(talks) == {"王毅", "舒默"}


def test_unnamed_chinese_officials_meeting_no_foreigner_is_no_event() -> None:
    """An unnamed Chinese leader meeting no one named of another side is no event."""
    assert _events("中国领导人昨日在人民大会堂会见全国劳动模范代表。", "2023-10-10") == ()


def test_bilateral_forum_attended_by_one_side() -> None:
    """"刘建超在纽约出席中美1.5轨对话框架下专题座谈": attending a bilateral forum is a seminar with the side named."""
    text = (
        "当地时间1月12日，中共中央对外联络部部长刘建超在华盛顿会见美国国务卿布林肯。\n"
        "当地时间1月8日，刘建超在纽约出席中美1.5轨对话框架下专题座谈。"
    )
    events = _events(text, "2024-01-20")
    assert sorted(ev.kind for ev in events) == ["meeting", "seminar"]
    ev = next(ev for ev in events if ev.kind == "seminar")
    assert _natives(ev) == {"刘建超"}
    assert ev.date is not None and ev.date.iso == "2024-01-08"
    assert ev.location == "New York"


def test_forum_attended_with_no_second_side_is_no_event() -> None:
    """Attending a forum no second side names (全国…座谈会) adds nothing."""
    text = (
        "当地时间1月12日，中共中央对外联络部部长刘建超在华盛顿会见美国国务卿布林肯。\n"
        "1月8日，刘建超在北京出席全国对外工作座谈会。"
    )
    assert [ev.kind for ev in _events(text, "2024-01-20")] == ["meeting"]


def test_stay_in_a_city_places_the_meeting() -> None:
    """"在沪期间，…俞正声会见了参访团一行": the city of the stay (沪, 上海) is where the meeting took place."""
    from liaison.extract.zh.places import find_place

    assert find_place("在沪期间，") is not None and find_place("在沪期间，")[0] == "Shanghai"  # type: ignore[index]
    assert find_place("在上海期间，")[0] == "Shanghai"  # type: ignore[index]
    assert find_place("在访华期间，") is None
    ev = next(ev for ev in _events(_TOUR, "2011-08-26") if "俞正声" in _natives(ev))
    assert ev.location == "Shanghai"
