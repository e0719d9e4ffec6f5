"""Web shapes of real-dev-zh-2 (zh31), on restated sentences: Malaysian honorifics before a name (拿督斯里安华), 大马
for Malaysia, an arrival told by the aircraft landing and those who received the visitor (受到…的接待), Macao's and
Hong Kong's short arrival (抵澳) and posts, a day in brackets after a name (昨(1)日), a meeting set for tomorrow, a
clause after a semicolon going on with the same subject, the talks of a visit by invitation told by "双方"."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-09-18") -> list[EventFrame]:
    doc = normalise(Article("t", text, "访问", "test", None, published, language="zh"))
    return list(extract_events(doc, default_gazetteer()))


def _people(text: str, published: str = "2024-09-18") -> list[set[str]]:
    return [{p.person.native for p in ev.participants} for ev in _events(text, published)]


def test_a_malaysian_honorific_is_no_part_of_the_name() -> None:
    people = _people("马来西亚首相拿督斯里安华昨天在布城会见到访的中国外交部长王毅。")
    assert {"安华", "王毅"} in people
    assert not any("拿督" in native for group in people for native in group)


def test_a_landing_and_those_who_received_the_visitor() -> None:
    # the aircraft landing opens the arrival; 受到…的接待 names who met the visitor; 大马 is Malaysia
    text = (
        "首相安华乘坐的专机今天下午降落在北京首都国际机场。"
        "首相在机场受到大马驻华大使诺曼以及中国外交部副部长孙卫东的热情接待。"
    )
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    assert visits
    leads = {p.person.native: p.person.country for p in visits[0].participants if p.lead}
    assert leads.keys() == {"安华", "孙卫东"}


def test_mohamad_as_malaysia_s_press_writes_it_is_a_name() -> None:
    text = (
        "首相安华乘坐的专机今天降落在昆明长水国际机场。"
        "首相在机场受到云南省副省长王浩以及大马外交部副部长莫哈末哈山的热情接待。"
    )
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    assert visits and "莫哈末哈山" in {p.person.native for p in visits[0].participants}


def test_damascus_is_not_malaysia() -> None:
    from liaison.extract.zh.countries import find_countries

    assert [iso for _s, _e, iso in find_countries("大马外交部副部长")] == ["MY"]
    assert not find_countries("抵达大马士革")


def test_a_short_arrival_in_macao_met_by_its_officials() -> None:
    text = (
        "葡萄牙总统德索萨昨(5)日抵澳，开始为期三天的访问。"
        "德索萨一行乘专机抵澳，澳门特别行政区行政长官贺一诚等到机场迎接。"
    )
    visits = [ev for ev in _events(text) if ev.kind == "visit"]
    assert visits and {p.person.native for p in visits[0].participants} >= {"德索萨", "贺一诚"}
    assert visits[0].location == "Macau"


def test_a_name_ending_in_di_and_a_day_in_brackets_after_a_name() -> None:
    assert {"何厚铧", "苏格拉底"} in _people("行政长官何厚铧今天会见来访的葡萄牙总理苏格拉底。")
    people = _people("国务院副总理韩正昨(1)日飞抵新加坡访问，今天拜会了新加坡总理李显龙。")
    assert {"韩正", "李显龙"} in people
    assert not any("韩正昨" in group for group in people)


def test_a_meeting_set_for_tomorrow_has_not_happened() -> None:
    text = "按照行程，葡萄牙总统德索萨明天上午会出席经贸论坛；中午同行政长官贺一诚会面，并出席特区政府的宴请。"
    assert _people(text) == []


def test_a_clause_after_a_semicolon_keeps_the_subject() -> None:
    text = "访问期间，越南国会主席王廷惠与老挝国家主席通伦通电话；分别会见老挝政府总理宋赛和国会主席赛宋蓬。"
    people = _people(text)
    assert {"王廷惠", "宋赛"} in people and {"王廷惠", "赛宋蓬"} in people


def test_the_talks_of_a_visit_by_invitation_told_by_both_sides() -> None:
    text = (
        "越南政府总理范明政应老挝政府总理宋赛邀请，于1月8日至9日对老挝进行正式访问。"
        "会谈中，双方同意进一步加强两国在交通和能源领域的合作。"
    )
    talks = [ev for ev in _events(text, "2024-01-10") if ev.kind == "talks"]
    assert [{p.person.native for p in ev.participants} for ev in talks] == [{"范明政", "宋赛"}]
