"""Chinese web reports: dates written in Chinese numerals (中新社: "中新社纽约九月二十二日电", "杨洁篪二十二日")
and a delegation's members listed in a sentence of their own ("訪問團成員包括：A、B等", "團員除X外，另有A、B等人").
Real pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.extract.zh.datelines import dateline_date
from liaison.extract.zh.dates import find_date, numeral
from liaison.extract.zh.places import find_place
from liaison.model.types import EventFrame, FuzzyDate
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2008-09-30") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def test_days_and_months_in_chinese_numerals_are_read() -> None:
    assert [numeral(n) for n in ("一", "九", "十", "十二", "二十", "二十二", "三十一", "22")] == [
        1,
        9,
        10,
        12,
        20,
        22,
        31,
        22,
    ]
    published = FuzzyDate.parse("2008-09-23")
    assert dateline_date("中新社纽约九月二十二日电 (记者 张朔)中国", published) == FuzzyDate.parse("2008-09-22")


def test_a_chinese_numeral_day_after_a_name_is_the_date_not_part_of_the_name() -> None:
    # 中新社 (web-zh-089): "中新社纽约九月二十二日电 …杨洁篪当日…分别会见了…": the dateline dates 当日
    events = _page("web-zh-089")
    assert len(events) == 6
    assert {ev.date for ev in events} == {FuzzyDate.parse("2008-09-22")}
    assert all("杨洁篪" in _people(ev) for ev in events)
    # the same agency's style with the day straight after the name
    (ev,) = _events("中新社北京九月二十二日电 国务委员杨洁篪二十二日在北京会见了越南外交部长裴青山。")
    assert set(_people(ev)) == {"杨洁篪", "裴青山"} and ev.date == FuzzyDate.parse("2008-09-22")


def test_an_ordinal_or_a_span_of_days_is_no_date() -> None:
    published = FuzzyDate.parse("2008-09-23")
    assert find_date("第二日，双方参观了工厂", published) is None
    assert find_date("代表团将在三日内访问两国", published) is None
    found = find_date("杨洁篪二十二日在纽约会见", published)
    assert found is not None and found[0] == FuzzyDate.parse("2008-09-22")


def test_members_of_a_delegation_listed_on_their_own_join_its_side() -> None:
    # 中央社 (web-zh-080): "國民黨這次的訪問團成員包括：前副主席詹春柏、副主席黃敏惠、…蔡政文等。": the
    # members' posts name no party; they are of their leader's (吳伯雄, 中國國民黨榮譽主席)
    (ev,) = _page("web-zh-080")
    people = _people(ev)
    bodies = {p.person.native: p.person.organization for p in ev.participants}
    assert {n: (b.name if b else None) for n, b in bodies.items() if n in ("詹春柏", "蘇起")} == {
        "詹春柏": "Kuomintang",
        "蘇起": "Kuomintang",
    }
    assert people["吳伯雄"] == ("TW", True)
    assert {n: people.get(n) for n in ("詹春柏", "黃敏惠", "蘇起", "李建榮", "蔡政文")} == {
        n: ("TW", False) for n in ("詹春柏", "黃敏惠", "蘇起", "李建榮", "蔡政文")
    }


def test_members_named_beside_their_leader_go_to_the_trips_first_meeting() -> None:
    # 自由時報 (web-zh-083): two meetings in Shanghai, then "團員除張榮恭外，另有大陸事務部主任張雅屏、
    # 青年部主任李昶志等人。": the members join the first meeting, on 張榮恭's side
    first, second = _page("web-zh-083")
    assert "宋濤" in _people(first)
    assert _people(first)["張雅屏"] == ("TW", False) and _people(first)["李昶志"] == ("TW", False)
    assert "張雅屏" not in _people(second)


def test_a_member_list_that_names_nobody_adds_nobody() -> None:
    (ev,) = _events("国家主席习近平22日在北京会见越南国会主席王廷惠。代表团成员包括多位重量级政治家和不同党派的议员。")
    assert set(_people(ev)) == {"习近平", "王廷惠"}


def test_hosts_listed_with_commas_before_a_separate_meetings_verb_each_meet_the_guest() -> None:
    # 越通社 (web-zh-112): "12月1日在老挝首都万象,…总书记、…主席朱马里·赛雅颂,老挝总理通辛·坦马冯,老挝国会主席
    # 巴尼·亚陶都分别会见越南高级代表团。": three meetings, the delegation's leader named the sentence before
    events = _page("web-zh-112")
    hosts = {n for ev in events for n in _people(ev)} - {"黎鸿英"}
    assert hosts == {"朱马里·赛雅颂", "通辛·坦马冯", "巴尼·亚陶都"}
    assert all(_people(ev)["黎鸿英"] == ("VN", True) for ev in events)
    assert {ev.location for ev in events} == {"Vientiane"}  # the lead clause's place: 在老挝首都万象,


def test_a_place_closed_by_a_comma_is_the_place_but_not_a_time_phrase() -> None:
    assert find_place("12月1日在老挝首都万象,老挝总理通辛·坦马冯") == ("Vientiane", (6, 12))
    assert find_place("在上海合作组织峰会期间，习近平会见") is None
    assert find_place("在访问北京后，习近平") is None


def test_a_clause_that_is_more_than_a_titled_person_stays_a_clause() -> None:
    # the subject's own trip before 分别会见 is no host of the meetings
    events = _events(
        "新华社明斯克9月23日电 中共中央政治局常委、中央纪委书记李希率中共代表团于9月20日至23日对白俄罗斯"
        "进行了正式友好访问，在明斯克分别会见白俄罗斯总统卢卡申科、总统办公厅主任克鲁托伊。"
    )
    assert {n for ev in events for n in _people(ev)} == {"李希", "卢卡申科", "克鲁托伊"}
    assert all("李希" in _people(ev) for ev in events)
