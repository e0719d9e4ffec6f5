"""Chinese exchanges whose other side is told only as a group (session 25, multi25): a briefing given to the envoys
of many countries, a speaker's "作主旨宣介", a discussion (座谈) with a delegation nobody names, a Chinese envoy
attending a seminar abroad, a host meeting the leaders of several countries' parties. GOLD_FORMAT codes each as an
event of the one side's named people. Short texts in the genre's constructions (written for these tests)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, seats, sentence_events


def _one(events: tuple[EventFrame, ...]) -> EventFrame:
    assert len(events) == 1, [(e.kind, seats(e)) for e in events]
    return events[0]


def test_a_keynote_briefing_at_the_idcpc_session_seats_its_speaker() -> None:
    text = ("11月2日，中联部在京举行三中全会精神专题宣介会，中联部部长刘建超出席并作主旨宣介。"
            "40多个国家的驻华使节出席。")
    ev = _one(sentence_events(text, "2024-11-03"))
    assert ev.kind == "seminar"
    assert seats(ev) == {"刘建超": ("CN", True)}


def test_a_briefing_given_to_the_envoys_of_many_countries() -> None:
    text = "11月5日，中联部部长刘建超在京向各国驻华使节宣介全会精神。"
    ev = _one(sentence_events(text, "2024-11-06"))
    assert ev.kind == "seminar"
    assert ev.date is not None and ev.date.iso == "2024-11-05"
    assert seats(ev) == {"刘建超": ("CN", True)}


def test_a_briefing_given_to_the_parties_of_several_countries_is_a_party_exchange() -> None:
    text = "6月8日，中联部副部长孙海燕以视频方式向非洲多国政党领导人宣介中国式现代化。"
    ev = _one(sentence_events(text, "2024-06-09"))
    assert ev.kind == "seminar" and ev.remote
    assert "party" in ev.channel
    assert seats(ev) == {"孙海燕": ("CN", True)}


def test_a_briefing_to_the_press_is_none() -> None:
    assert not sentence_events("5月8日，外交部发言人汪文斌向中外记者宣介访问成果。", "2024-05-09")


def test_a_discussion_with_a_delegation_nobody_names() -> None:
    text = "10月9日，中联部副部长陈舟在京同越南共产党干部考察团座谈交流。"
    ev = _one(sentence_events(text, "2024-10-10"))
    assert ev.date is not None and ev.date.iso == "2024-10-09"
    assert seats(ev) == {"陈舟": ("CN", True)}
    assert "party" in ev.channel


def test_a_discussion_with_a_named_leader_seats_both() -> None:
    text = "3月12日，云南省委副书记王宁在昆明与老挝人民革命党中央组织部部长西昆·本赛率领的代表团座谈。"
    ev = _one(sentence_events(text, "2024-03-13"))
    people = seats(ev)
    assert people["王宁"] == ("CN", True)
    assert people["西昆·本赛"][0] == "LA"


def test_a_discussion_among_chinese_officials_is_none() -> None:
    text = "10月9日，中联部副部长陈舟在京同中联部青年干部座谈交流。"
    assert not sentence_events(text, "2024-10-10")


def test_a_chinese_envoy_attending_a_seminar_abroad() -> None:
    text = ("中国驻加纳大使出席非中合作研讨会\n"
            "5月7日，驻加纳大使卢坤应邀出席非中合作研讨会并致辞。研讨会由加纳大学主办，当地20多所院校的学者与会。")
    ev = _one(sentence_events(text, "2024-05-08"))
    assert ev.kind == "seminar"
    assert ev.date is not None and ev.date.iso == "2024-05-07"
    assert seats(ev) == {"卢坤": ("CN", True)}


def test_an_envoy_attending_a_seminar_still_to_come_is_none() -> None:
    text = "5月7日，驻加纳大使卢坤将出席非中合作研讨会并致辞。"
    assert not sentence_events(text, "2024-05-06")


def test_a_host_meeting_the_party_leaders_of_several_countries() -> None:
    text = "6月5日，中联部部长刘建超在京会见来华出席论坛的多国政党领导人。"
    ev = _one(sentence_events(text, "2024-06-06"))
    assert ev.kind == "meeting"
    assert seats(ev) == {"刘建超": ("CN", True)}
    assert "party" in ev.channel


def test_a_discussion_with_the_chinese_community_abroad_is_none() -> None:
    # web-zh-079: a Chinese delegation visiting Korea holds a discussion with overseas Chinese, Chinese firms and
    # students (the headline names the country visited): China's people abroad, no exchange
    assert not page_events("web-zh-079")


def test_an_envoy_named_before_the_post_attending_a_seminar() -> None:
    # an embassy's page writes its own head's name before the post ("严宇清总领事"): a seminar of the envoy
    text = "5月7日，卢坤大使应邀出席非中合作研讨会并致辞。研讨会由当地大学主办，各地学者与会。"
    ev = _one(sentence_events(text, "2024-05-08"))
    assert ev.kind == "seminar"
    assert ev.date is not None and ev.date.iso == "2024-05-07"
    assert seats(ev) == {"卢坤": ("CN", True)}


def test_an_envoy_at_a_seminar_of_overseas_chinese_is_none() -> None:
    for text in ("5月7日，卢坤大使出席旅加侨胞举办的中国式现代化座谈会并致辞。",
                 "5月7日，驻加纳大使卢坤出席当地华侨华人举办的中国式现代化座谈会并致辞。"):
        assert not sentence_events(text, "2024-05-08"), text
