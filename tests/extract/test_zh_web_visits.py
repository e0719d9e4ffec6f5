"""Chinese web reports of visits and of several meetings in one sentence: arrivals abroad (the host
country without people), arrivals told in the headline and met in the body, greeters named after
the verb (接机的是…), companions listed after 陪同X出访的有, people arriving with the visitor or present
(同机抵达, 在座, 参加会见的有…), a 分别会见 after "在出席…后，", Taiwan and Hong Kong country names
(寮國). Real pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame, FuzzyDate
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2024-05-10") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def test_a_separate_meeting_list_after_what_the_subject_attended_gives_one_event_each() -> None:
    # 中新社: "杨洁篪当日在出席非洲发展高级别会议后，分别会见了…布罗克曼、…穆萨、…柳明桓、…费尔哈根、…蒙本盖圭和…盖特"
    events = _page("web-zh-089")
    met = {n for ev in events for n in _people(ev) if n != "杨洁篪"}
    assert {"布罗克曼", "穆萨", "柳明桓", "费尔哈根", "蒙本盖圭", "盖特"} <= met
    assert all("杨洁篪" in _people(ev) for ev in events)
    # the same construction without 在, and a lead clause that must not take the subject with it
    (a, b) = _events("王毅出席会议后，分别会见了韩国外长柳明桓、荷兰外交大臣费尔哈根。")
    assert {"柳明桓", "费尔哈根"} == {n for ev in (a, b) for n in _people(ev)} - {"王毅"}


def test_an_arrival_abroad_is_a_visit_to_the_country_named_with_its_companions() -> None:
    # 越通社: "习近平和夫人抵达河内，开始对越南进行国事访问。陪同习近平出访的有习近平夫人彭丽媛，…蔡奇，…农融等。"
    (ev,) = _page("web-zh-072")
    assert ev.kind == "visit" and ev.location == "Hanoi" and ev.date == FuzzyDate.parse("2023-12-12")
    people = _people(ev)
    assert people["习近平"] == ("CN", True)
    assert {"彭丽媛", "蔡奇", "王毅", "刘建超", "熊波", "农融"} <= set(people)
    assert not any(lead for n, (_s, lead) in people.items() if n != "习近平")


def test_an_arrival_told_in_the_headline_takes_the_greeters_the_body_names() -> None:
    # 新華社 on a Taiwan mirror: Laos written 寮國; greeters two sentences after the dateline; those
    # arriving with the visitor and the ambassador who also met him join as non-leads
    (ev,) = _page("web-zh-074")
    people = _people(ev)
    assert people["潘坎"] == ("LA", True) and people["習近平"] == ("CN", True)
    assert people["宋賽"] == ("LA", False)  # a name ending in 赛 is a name
    assert {"丁薛祥", "劉鶴", "楊潔篪", "王文天"} <= set(people)


def test_greeters_named_after_the_verb_in_a_later_sentence() -> None:
    # 中央社: "吳伯雄率領的國民黨訪問團中午飛抵北京。…今天到機場接機的是國台辦副主任陳元豐等人。"
    (ev,) = _page("web-zh-080")
    assert ev.kind == "visit" and ev.location == "Beijing"
    assert _people(ev)["吳伯雄"] == ("TW", True)
    assert "陳元豐" in _people(ev)


def test_attendees_listed_after_the_verb_or_said_present() -> None:
    (ev,) = _events("国家主席习近平10日在北京会见越南国家主席苏林。参加会见的有外交部部长王毅、中联部部长刘建超等。")
    assert {"王毅", "刘建超"} <= set(_people(ev)) and not _people(ev)["王毅"][1]
    (ev,) = _events("外交部部长王毅10日在北京会见老挝外长沙伦赛。外交部副部长孙卫东在座。")
    assert _people(ev)["孙卫东"] == ("CN", False)


def test_a_welcome_ceremony_is_the_visit_or_with_talks_told_too_the_talks() -> None:
    # 中新网: "胡锦涛今天在人民大会堂北大厅主持仪式，欢迎…尼古拉·萨科齐对中国进行国事访问。…蒋树声…等出席"
    (ev,) = _page("web-zh-087")
    assert ev.kind == "visit" and ev.location == "Beijing"
    assert _people(ev)["胡锦涛"] == ("CN", True) and _people(ev)["尼古拉·萨科齐"] == ("FR", True)
    assert {"蒋树声", "戴秉国", "郑万通"} <= set(_people(ev))
    # 中評社: the guest named by the post the item gave him a name with before; talks held too
    talks = [ev for ev in _page("web-zh-075") if ev.kind == "talks"]
    assert [set(_people(ev)) >= {"習近平", "福雷"} for ev in talks] == [True]
    # told beside the talks, the ceremony is part of them
    (ev,) = _events("会谈前，国家主席习近平在人民大会堂东门外广场为多哥总统福雷举行欢迎仪式。习近平同福雷举行会谈。")
    assert ev.kind == "talks"


def test_a_meeting_told_only_by_its_part_of_a_roundup_is_an_event() -> None:
    # 新华社 feature: "比如，會見普拉昌達時，雙方還談到…" among "習近平主席當天的三場外事活動"
    events = _page("web-zh-024")
    (prachanda,) = [ev for ev in events if "普拉昌達" in _people(ev)]
    assert _people(prachanda)["習近平"] == ("CN", True) and _people(prachanda)["普拉昌達"] == ("NP", True)
    assert prachanda.date == FuzzyDate.parse("2017-03-27")
    assert "彭麗媛" not in _people(prachanda)  # the spouse of the caption's talks only
    # the subject of the clause hosts it; a counterpart already met is no new event
    assert len(_events("外交部长王毅10日在北京会见老挝外长沙伦赛。在会见沙伦赛时，王毅表示，中方愿加强合作。")) == 1
    (a, b) = _events("外交部长王毅10日在纽约出席会议。王毅在会见韩国外长赵兑烈时表示，中韩要加强合作。"
                     "在会见埃及外长阿卜杜阿提时，王毅说，中方支持埃方。")
    assert {"赵兑烈", "阿卜杜阿提"} == {n for ev in (a, b) for n in _people(ev)} - {"王毅"}


def test_a_clause_after_a_semicolon_keeps_its_own_day_and_a_trip_before_the_counterpart() -> None:
    # Yahoo奇摩: "…於10月28日到中國同宋濤會面；鄭麗文正式就任後，張榮恭14日也以副主席身分率團訪中國與宋濤會談。"
    events = _page("web-zh-081")
    talks = [ev for ev in events if ev.kind == "talks" and "張榮恭" in _people(ev)]
    assert talks and talks[0].date == FuzzyDate.parse("2025-11-14")
    # a wish to meet is no meeting
    assert not any({"鄭麗文", "習近平"} <= set(_people(ev)) for ev in events)


def test_a_roundup_counting_the_leaders_met_then_listing_them_gives_one_meeting_each() -> None:
    # "习近平…密集会晤四国领导人…。越共中央总书记阮富仲、巴基斯坦总理夏巴兹、坦桑尼亚总统哈桑、德国总理朔尔茨，…"
    events = _page("web-zh-076")
    met = [n for ev in events for n in _people(ev) if n != "习近平"]
    assert sorted(met) == sorted(["阮富仲", "夏巴兹", "哈桑", "朔尔茨"])
    # counted but not listed: nobody to meet
    assert not _events("习主席密集会见了14位领导人，刷新了纪录。蒙古国总统访华。")


def test_a_delegations_meetings_told_after_its_visit_are_its_leaders() -> None:
    # the shape of 中联部 reports: the visit in one sentence, the meetings of its days in the next
    visit = "应老挝人民革命党邀请，中联部副部长孙海燕率中共代表团于7月10日至14日访问老挝。"
    events = _events(
        visit + "访问期间，代表团分别会见了老挝人民革命党中央总书记、国家主席通伦，老挝人民革命党中央政治局委员、"
        "国会主席赛宋蓬，并同老挝人民革命党中央书记处书记、中央对外部部长顺通举行会谈。",
        "2023-07-15",
    )
    assert sorted(n for ev in events for n in _people(ev) if n != "孙海燕") == ["赛宋蓬", "通伦", "顺通"]
    assert all(_people(ev)["孙海燕"] == ("CN", True) and ev.date == FuzzyDate.parse("2023-07") for ev in events)
    assert sorted(ev.kind for ev in events) == ["meeting", "meeting", "talks"]
    # "代表团还会见了…" in a sentence of its own is a meeting of its own
    events = _events(visit[11:-1] + "，会见了老挝国家主席通伦。代表团还会见了老挝国会主席赛宋蓬。", "2023-07-15")
    assert sorted(n for ev in events for n in _people(ev) if n != "孙海燕") == ["赛宋蓬", "通伦"]
    assert len(events) == 2


def test_a_scholar_met_before_the_meeting_is_met_that_day() -> None:
    # 中联部: "当地时间7月24日，…刘建超在新加坡会见…李智陞。…会见前，刘建超还会见了新知名学者马凯硕，…"
    events = _page("web-zh-001")
    (scholar,) = [ev for ev in events if "马凯硕" in _people(ev)]
    assert scholar.date == FuzzyDate.parse("2025-07-24")
    assert _people(scholar)["刘建超"] == ("CN", True)


def test_a_message_received_is_a_message_from_its_sender() -> None:
    (ev,) = _events("10日，中共中央总书记、国家主席习近平收到老挝人民革命党中央总书记、国家主席通伦发来的贺电。")
    assert ev.kind == "message" and not ev.remote
    assert _people(ev) == {"习近平": ("CN", True), "通伦": ("LA", True)}
    assert not _events("习近平在回信中说，收到你们热情洋溢的贺信，我很高兴。")


def test_a_foreign_host_named_bare_takes_the_side_of_their_titled_mention() -> None:
    # VOV: "应老挝外交部部长沙伦赛·贡玛希(…)邀请，中国外长王毅…访问。16日，沙伦赛在万象会见了王毅。"
    (ev,) = _page("web-zh-085")
    assert _people(ev) == {"沙伦赛": ("LA", True), "王毅": ("CN", True)}
    assert ev.location == "Vientiane" and ev.date == FuzzyDate.parse("2018-12-16")
    # a byline after page furniture is no part of the subject: "[ 2007-04-30 ] 中国日报网环球在线消息：…"
    (ev,) = _page("web-zh-088")
    assert set(_people(ev)) == {"杨洁篪", "麦凯"}



def test_a_delegation_led_by_someone_named_with_为团长_or_为首() -> None:
    # 新华社 (中国政府网): "習近平…會見了以中央書記處書記、中央民運部部長何氏潔為團長的越南共産黨代表團。"
    (ev,) = _page("web-zh-006")
    assert _people(ev)["何氏潔"] == ("VN", True)
    (ev,) = _events("刘建超在京会见以老挝人民革命党中央委员、中央对外部部长顺通为首的老挝人民革命党代表团。")
    assert _people(ev)["顺通"] == ("LA", True)
    # the delegation's members attend on its side
    (ev,) = _events(
        "李希在京会见由越共中央政治局委员、中央检查委员会主任陈锦绣率领的越共代表团。代表团成员阮文河参加会见。"
    )
    assert _people(ev)["阮文河"] == ("VN", False)
