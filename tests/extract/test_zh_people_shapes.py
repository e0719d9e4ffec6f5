"""The people of found Chinese exchanges (issue 13, zh28): who a web page names at an exchange it tells and the
extractor dropped, cut or placed on the wrong side. Given names holding a word that also parts phrases (向, 和), a
post naming no country after a foreigner in a list, attendee lists told after a comma, a name written as a foreign
one with no post of its side, delegation members parted by commas or told by 由…组成, attendance words web pages use
(在场, 亦在座, 陪同人员：, 随行的有), and two sentences that are no exchange of their own ("A与B参加了会见") or no
person ("当晚"). Short sentences written in the pages' constructions, read with the people unknown (as on blind pages).
"""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events

_MET = "5月5日，中联部部长刘建超在北京会见越南共产党中央书记处书记、中央对外部部长黎怀忠。"


def _events(text: str) -> tuple[EventFrame, ...]:
    return sentence_events(text, "2024-05-06", blind=True)


def _one(text: str) -> dict[str, tuple[str | None, bool]]:
    (ev,) = _events(text)
    return seats(ev)


def test_a_given_name_holding_xiang_is_read_whole_among_those_who_briefed() -> None:
    people = _one("11月9日，中联部在北京为各国驻华使节举办宣介会，中联部部长宋涛，北京大学国际关系学院副院长"
                  "李向东、清华大学公共管理学院院长张明等作了宣讲。")
    assert people["李向东"] == ("CN", False) and people["宋涛"] == ("CN", True)


def test_a_name_ending_on_he_before_yiji_is_not_cut() -> None:
    people = _one("10日中午，中共中央政治局常委李长春率领中国党政代表团抵达平壤，开始正式友好访问。朝鲜劳动党中央书记"
                  "崔泰福等到机场迎接。中国驻朝鲜大使王卫和以及使馆人员也到机场迎接。")
    assert people.get("王卫和") == ("CN", False) and "王卫" not in people


def test_a_post_naming_no_country_is_of_the_foreigner_listed_before_it() -> None:
    people = _one("29日，老挝人民革命党中央宣传部在万象举办座谈会，老挝副总理坎蓬、前副总理通邦、中国驻老挝大使"
                  "李明出席座谈会并致辞。")
    assert people["通邦"][0] == "LA" and people["坎蓬"][0] == "LA" and people["李明"][0] == "CN"


def test_those_who_attended_a_meeting_together_hold_no_exchange_of_their_own() -> None:
    events = _events(_MET + "中联部副部长陈凤翔与越南驻华大使范星梅参加了会见。")
    assert len(events) == 1
    assert seats(events[0])["陈凤翔"] == ("CN", False) and seats(events[0])["范星梅"] == ("VN", False)


def test_a_time_word_opening_a_banquet_sentence_is_no_attendee() -> None:
    people = _one(_MET + "当晚，刘建超设宴款待黎怀忠一行，中联部副部长陈凤翔出席。")
    assert "当晚" not in people and people["陈凤翔"] == ("CN", False)


def test_those_present_after_a_comma_keep_their_own_posts() -> None:
    people = _one("5月5日，越共中央总书记苏林在河内会见中联部部长刘建超率领的中共代表团，越共中央对外部部长黎怀忠、"
                  "中国驻越南大使熊波在座。")
    assert people["黎怀忠"] == ("VN", False) and people["熊波"] == ("CN", False)


def test_a_name_written_as_a_foreigners_with_no_side_in_its_post_is_not_chinese() -> None:
    people = _one("5月5日，中联部部长刘建超在北京会见阿根廷正义党主席阿尔韦托·费尔南德斯。阿根廷驻华大使马丁·加西亚，"
                  "正义党国际书记胡安·佩雷斯参加会见。")
    assert people["胡安·佩雷斯"] == ("AR", False) and people["马丁·加西亚"] == ("AR", False)


@pytest.mark.parametrize("members", [
    "代表团成员包括越共中央委员、对外部副部长阮青山，越共中央宣教部副部长陈青平。",
    "代表团由越共中央对外部副部长阮青山、越共中央宣教部副部长陈青平等组成。",
    "随团访问的有越共中央对外部副部长阮青山、越共中央宣教部副部长陈青平。",
])
def test_delegation_members_told_in_the_shapes_web_pages_use(members: str) -> None:
    people = _one("5月5日，中联部部长刘建超在北京会见以越共中央对外部部长黎怀忠为团长的越南共产党代表团。" + members)
    assert people["阮青山"] == ("VN", False) and people["陈青平"] == ("VN", False)


def test_delegation_members_told_after_a_comma_of_the_meeting() -> None:
    people = _one("5月5日，中联部部长刘建超在北京会见以越共中央对外部部长黎怀忠为团长的越南共产党代表团，代表团成员"
                  "包括越共中央对外部副部长阮青山、越共中央宣教部副部长陈青平。")
    assert people["阮青山"] == ("VN", False) and people["陈青平"] == ("VN", False)


def test_a_delegation_led_by_someone_lists_no_member() -> None:
    people = _one("5月5日，中联部部长刘建超在北京会见越南共产党代表团。代表团由越共中央对外部部长黎怀忠率领。")
    assert people.get("黎怀忠", ("VN", True))[1] is True


@pytest.mark.parametrize("attended", [
    "在场的还有中联部副部长陈凤翔、中联部秘书长王亚军。",
    "中联部副部长陈凤翔、中联部秘书长王亚军亦在座。",
    "中联部副部长陈凤翔、中联部秘书长王亚军也在场。",
    "陪同人员：中联部副部长陈凤翔、中联部秘书长王亚军。",
    "中方陪同人员有中联部副部长陈凤翔、中联部秘书长王亚军。",
    "中联部副部长陈凤翔、中联部秘书长王亚军参加会见并陪同出席欢迎宴会。",
])
def test_attendance_in_the_words_web_pages_use(attended: str) -> None:
    people = _one(_MET + attended)
    assert people["陈凤翔"] == ("CN", False) and people["王亚军"] == ("CN", False)


def test_those_travelling_with_the_guest_attend_on_their_posts_side() -> None:
    people = _one(_MET + "随行的有越南驻华大使范星梅、越共中央对外部副部长阮青山。")
    assert people["范星梅"] == ("VN", False) and people["阮青山"] == ("VN", False)


@pytest.mark.parametrize("told_again", [
    "中国驻柬埔寨大使王文天陪同代表团一行会见了拉那烈。",
    "4日，两党举行工作会谈。中国驻柬埔寨大使王文天陪同代表团一行会见诺罗敦拉那烈亲王。",
])
def test_an_escort_of_an_exchange_told_again_attends_it(told_again: str) -> None:
    events = _events("3日下午，中联部副部长郭业洲一行拜会奉辛比克党主席诺罗敦·拉那烈，双方交换了意见。" + told_again)
    (ev,) = [e for e in events if "郭业洲" in seats(e)]
    assert seats(ev)["王文天"] == ("CN", False)


@pytest.mark.parametrize("joined", ["和", "及"])
def test_a_couple_meeting_a_couple_is_one_meeting_the_spouses_attending(joined: str) -> None:
    people = _one(f"9日，国家主席习近平{joined}夫人彭丽媛在北京会见美国总统特朗普{joined}夫人梅拉尼娅。")
    assert people["习近平"] == ("CN", True) and people["特朗普"] == ("US", True)
    assert people["彭丽媛"] == ("CN", False) and people["梅拉尼娅"] == ("US", False)
