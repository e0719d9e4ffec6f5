"""Chinese web pages of the twelfth batch (web-zh-191…207) and attendee lists of earlier ones: a day written
after its weekday as Hong Kong's, Singapore's and Taiwan's press write it ("周一（21日）", "週一（11/24）") and
"同日" the day of the exchange told before; a subject introduced by the trip it is on ("正在法國訪問的國務委員兼外長
王毅"); a place set off by a comma before the verb ("李强在北京，会见…") and a headline glued to its lede by a
space; a visitor arriving abroad set off by a comma before their day, the country arrived in being the one visited
("杨洁篪，周三（19日）抵达新加坡，开始为期3天的访问"); a recall-tier exchange told as an aside of the story and
dated over a month before it ("习近平7月14日致电李总理时，") is background; attendees of a lunch ("出席这次工作午餐
的有…"), of one side ("美方除特朗普外还有…"), a delegation's deputies ("以A为团长、B和C为副团长的"), "陪同来访",
"出席作陪"; an arrival before the exchange ("抵达新加坡总统府，与…进行了双边会晤"); the dateline's place. Real
pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame, FuzzyDate
from liaison.normalise.script import to_simplified
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2019-10-23") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def _leads(ev: EventFrame) -> set[str]:
    return {to_simplified(n) for n, (_s, lead) in _people(ev).items() if lead}


def test_a_day_in_brackets_after_its_weekday_and_the_same_day_after_it() -> None:
    # 明報: "正在法國訪問的國務委員兼外長王毅，當地時間周一（21日）在巴黎愛麗舍宮與法國總統馬克龍會晤。…王毅同日另與
    # 法國外長勒德里昂舉行會談"
    events = sorted(_page("web-zh-206"), key=lambda ev: ev.kind)
    assert [ev.kind for ev in events] == ["meeting", "talks"]
    meeting, talks = events
    assert _leads(meeting) == {"王毅", "马克龙"} and _leads(talks) == {"王毅", "勒德里昂"}
    assert meeting.date == talks.date == FuzzyDate.parse("2019-10-21") and meeting.location == "Paris"
    assert _people(meeting)["王毅"][0] == "CN"  # the country visited is not his
    # Taiwan's press: the month and day after the weekday
    (ev,) = _events("中聯部部長劉海星週一（11/24）在北京會見美國駐中大使龐德偉。", "2025-11-25")
    assert ev.date == FuzzyDate.parse("2025-11-24")


def test_a_place_set_off_by_a_comma_before_the_verb_and_a_headline_glued_to_the_lede() -> None:
    # a Telegram relay: "李强晤耶伦 称中方真诚希望… 国务院总理李强在北京，会见访华的美国财长耶伦。"
    (ev,) = _page("web-zh-198")
    assert ev.kind == "meeting" and ev.location == "Beijing" and _leads(ev) == {"李强", "耶伦"}
    # 中新網's caption: "中國國務院總理溫家寶在北京中南海紫光閣，會見了…美國總統奧巴馬的特別代表、國務卿克林頓和
    # 財政部長蓋特納"
    (ev,) = _page("web-zh-196")
    assert _leads(ev) == {"温家宝", "克林顿", "盖特纳"}  # the president who sent them is not met
    # no place, no subject: a clause opening on the verb after a comma is not read as one
    assert not _events("据报道，会见访华的美国财长耶伦。", "2024-04-07")


def test_a_visitor_arriving_abroad_set_off_by_a_comma_before_the_day() -> None:
    # 联合早报: "（北京20日综合电）中国中共中央政治局委员、中央外事办主任杨洁篪，周三（19日）抵达新加坡，展开为期3天的
    # 访问。" … "中国国家主席习近平7月14日致电李总理时，双方重申两国关系牢固"
    (ev,) = _page("web-zh-205")
    assert ev.kind == "visit" and ev.date == FuzzyDate.parse("2020-08-19") and ev.location == "Singapore"
    assert _people(ev) == {"杨洁篪": ("CN", True)}
    # a visit ending before the arrival is no visit of the country arrived in (明報: "…6日下午結束對越南的國事訪問
    # 後飛抵新加坡，前往總統府出席歡迎儀式", told as a programme)
    assert not _page("web-zh-161")


def test_an_aside_recalled_from_over_a_month_before_is_background_but_not_a_retrospective() -> None:
    text = (
        "（北京20日综合电）外交部长王毅，周三（19日）抵达新加坡，开始为期3天的访问。"
        "新加坡总理李显龙表示欢迎。中国国家主席习近平7月14日致电李总理时，双方重申两国关系牢固。"
    )
    assert [ev.kind for ev in _events(text, "2020-08-20")] == ["visit"]
    # 央視 retrospective "56天30余次外事互動": the meeting of 28 January told after the talks of 17 March stays
    events = _page("web-zh-016")
    assert any(ev.date == FuzzyDate.parse("2020-01-28") and "谭德塞" in _leads(ev) for ev in events)


def test_attendee_lists_of_a_lunch_and_of_one_side_and_an_arrival_before_the_exchange() -> None:
    # 澳门月刊: "美国总统特朗普当地时间11日上午抵达新加坡总统府，与新加坡总理李显龙进行了双边会晤，…" then
    # "据了解，出席这次工作午餐的有新加坡外交部长维文医生、副总理兼…部长尚达曼、…" and
    # "美方除特朗普外还有国务卿蓬佩奥、…"
    (ev,) = _page("web-zh-159")
    seats = _people(ev)
    assert _leads(ev) == {"特朗普", "李显龙"} and ev.location != "Macau"  # an agency's name is no dateline place
    assert seats["维文"] == ("SG", False) and seats["尚达曼"] == ("SG", False)  # a bare post after 维文医生、
    assert seats["蓬佩奥"] == ("US", False) and seats["博尔顿"] == ("US", False)
    # 参加了会见等相关活动 / 陪同来访 / 出席作陪 / a post of the embassy's counsellor or a ministry's inspector
    assert _people(_page("web-zh-102")[0])["王滬寧"] == ("CN", False)
    assert _people(_page("web-zh-127")[0])["马文普"] == ("CN", False)
    assert _people(_page("web-zh-061")[0])["王坚"] == ("CN", False)
    assert _people(_page("web-zh-111")[0])["狄会深"] == ("CN", False)
    # the deputies named with a delegation's head
    (ev,) = [ev for ev in _page("web-zh-157") if "特鲁多" in _people(ev)]
    assert _people(ev)["王珍"] == ("CN", False)
    # one side's list with no comma-free name is no roster of another side
    assert not _events("美方表示愿意合作。", "2018-06-12")


def test_the_dateline_place_for_an_exchange_of_the_day_the_report_was_filed() -> None:
    # 新华社渥太华一九七三年六月十八日电: the meetings of that day, no place in their sentences, were in Ottawa
    assert {ev.location for ev in _page("web-zh-157") if "朱穆之" in _people(ev)} == {"Ottawa"}
    # 中央社記者陳家倫河內6日專電 … 王毅1至2日訪問越南: meetings of other days are not placed by the dateline
    assert all(ev.location != "Hanoi" for ev in _page("web-zh-136"))


def test_a_delegation_arriving_under_its_name_is_led_by_the_leader_a_later_sentence_names() -> None:
    # 中新社: "中國國民黨基隆市黨部寧波訪問團今天到達甬城，…。郭正偉、何一江等到機場迎接訪問團一行。據悉，本次訪問團由
    # 中國國民黨基隆市黨部主任委員李伯元率領"
    (ev,) = _page("web-zh-128")
    assert ev.kind == "visit" and _people(ev)["李伯元"] == ("TW", True) and _people(ev)["郭正偉"][1]
    # 新华社's headline "美国总统特朗普抵京访华": the arrival is in Beijing
    (ev,) = _page("web-zh-192")
    assert ev.location == "Beijing" and _people(ev) == {"特朗普": ("US", True)}


def test_the_same_day_opens_a_clause_but_not_in_japan() -> None:
    # CCTV: "习近平同荷兰国王威廉-亚历山大互致贺电，…。同日，国务院总理李克强同荷兰首相吕特互致贺电。"
    text = "国家主席习近平同荷兰国王威廉-亚历山大互致贺电。同日，国务院总理李克强同荷兰首相吕特互致贺电。"
    assert {frozenset(_leads(ev)) for ev in _events(text, "2022-05-18")} == {
        frozenset({"习近平", "威廉-亚历山大"}), frozenset({"李克强", "吕特"})
    }
    # "同日本首相" is "with Japan's prime minister", no day: the meeting is of the stay told before, its month
    text = "9月11日至13日，习近平出席东方经济论坛。论坛期间，习近平主席同日本首相安倍晋三举行双边会晤。"
    (ev,) = _events(text, "2018-09-13")
    assert ev.date == FuzzyDate.parse("2018-09") and _leads(ev) == {"习近平", "安倍晋三"}
