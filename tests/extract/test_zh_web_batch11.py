"""Chinese web pages of the eleventh batch (web-zh-177…190): a welcome ceremony held ("举行仪式，欢迎X访华") or a
banquet for a guest and spouse ("举行宴会，欢迎X和夫人Y"), its host named before the place it is held in, or in
the clause before it ("…，李克强在人民大会堂东门外广场举行仪式欢迎李显龙，并与之会谈"); "当日" after a day written
out is that day; those who invited a visitor ("应A、B和C邀请") are no subject; a meeting only possible
("可能会与…会面") or on the programme of a departing trip ("离开北京，对…进行正式访问，并同X举行…会晤") is none;
"X等陪同人员同机离京" go with the visit told next. Real pages of ``quality/real-dev`` (restated) and short
sentences in their style."""

from __future__ import annotations

from liaison.extract.zh.titles import title_lead
from liaison.model.types import EventFrame, FuzzyDate
from liaison.normalise.script import to_simplified
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2024-09-03") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def _leads(ev: EventFrame) -> set[str]:
    """The leads' names in simplified characters (a glossed page may give either form)."""
    return {to_simplified(n) for n, (_s, lead) in _people(ev).items() if lead}


def test_a_welcome_ceremony_held_by_a_host_named_before_its_place_is_a_visit() -> None:
    # 人民网: "9月2日下午,国家主席习近平在北京人民大会堂北大厅举行仪式,欢迎南非总统拉马福萨访华。"
    (ev,) = _page("web-zh-178")
    assert ev.kind == "visit" and ev.date == FuzzyDate.parse("2024-09-02") and ev.location == "Beijing"
    assert _people(ev) == {"习近平": ("CN", True), "拉马福萨": ("ZA", True)}
    # 中新網 on a glossed mirror: "胡錦濤17日上午約9點50分在人民大會(huì )堂北大廳舉行儀式,歡迎…奧巴馬
    # 對中國進行國事訪問"
    (ev,) = _page("web-zh-180")
    assert ev.date == FuzzyDate.parse("2009-11-17") and ev.location == "Beijing"
    assert _leads(ev) == {"胡锦涛", "奥巴马"}
    # a ceremony held for something else welcomes no one
    assert not _events("国家主席习近平在人民大会堂举行签字仪式，欢迎各界人士出席。")


def test_a_banquet_welcoming_a_guest_and_spouse_is_a_meeting_with_its_attendees() -> None:
    # 新华社: "国家主席习近平和夫人彭丽媛9日晚在人民大会堂举行宴会,欢迎美国总统特朗普和夫人梅拉尼娅。李克强、…出席。"
    (ev,) = _page("web-zh-182")
    assert ev.kind == "meeting" and ev.date == FuzzyDate.parse("2017-11-09") and ev.location == "Beijing"
    seats = _people(ev)
    assert {n for n, (_s, lead) in seats.items() if lead} == {"习近平", "特朗普"}
    assert seats["彭丽媛"] == ("CN", False) and seats["梅拉尼娅"] == ("US", False)
    assert {"李克强", "王岐山", "韩正"} <= {n for n, (side, lead) in seats.items() if side == "CN" and not lead}


def test_the_host_of_the_clause_before_the_ceremony_and_talks_with_the_guest() -> None:
    # 政知見: "…訪問時間為19日至21日,,抵達北京頭一天,李克強在人民大會堂東門外廣場舉行儀式歡迎李顯龍,,并與之會談,。"
    talks = [ev for ev in _page("web-zh-184") if ev.kind == "talks"]
    assert len(talks) == 1 and talks[0].location == "Beijing"
    assert _leads(talks[0]) == {"李克强", "李显龙"}


def test_that_day_is_the_day_an_earlier_sentence_wrote_out() -> None:
    # "昨晚(9月20日晚)的新聞聯播有三條都和…李顯龍有關…。當日,,國家主席習近平,、…張德江,、…王岐山先后會見了李顯龍。"
    met = {frozenset(_people(ev)): ev.date for ev in _page("web-zh-184") if ev.kind == "meeting"}
    assert len(met) == 3 and set(met.values()) == {FuzzyDate.parse("2017-09-20")}
    text = "9月20日，国家主席习近平在北京会见新加坡总理李显龙。当天下午，全国人大常委会委员长张德江会见了李显龙。"
    assert {ev.date for ev in _events(text, "2017-09-22")} == {FuzzyDate.parse("2017-09-20")}
    # no day written before: the page's day
    (ev,) = _events("当天，全国人大常委会委员长张德江会见了新加坡总理李显龙。", "2017-09-22")
    assert ev.date == FuzzyDate.parse("2017-09-22")


def test_inviters_a_possible_meeting_and_a_departing_trip_s_programme_are_no_exchange() -> None:
    # 新華社: "應新西蘭總理拉克森、澳大利亞總理阿爾巴尼斯和馬來西亞總理安瓦爾邀請,國務院總理李強6月12日下午
    # 乘包機離開北京,對新西蘭、澳大利亞和馬來西亞進行正式訪問,并同澳大利亞總理阿爾巴尼斯舉行第九輪中澳總理年度會晤。"
    # then the arrival
    (ev,) = _page("web-zh-179")
    assert ev.kind == "visit" and ev.date == FuzzyDate.parse("2024-06-13") and ev.location == "Wellington"
    # "吳政隆等陪同人員同機離京": with the visit told next
    assert _people(ev)["吳政隆"] == ("CN", False) and _people(ev)["雷蒂"] == ("NZ", True)
    # "有平面媒體則指稱,宋楚瑜可能會與中共總書記習近平會面"
    assert not _page("web-zh-189")
    departure = "国务院总理李强12日下午乘专机离开北京，对澳大利亚进行正式访问，并同澳大利亚总理阿尔巴尼斯举行年度会晤。"
    assert not _events(departure)
    # a meeting held is still read
    (ev,) = _events("国务院总理李强13日在堪培拉同澳大利亚总理阿尔巴尼斯举行年度会晤。")
    assert {n for n, (_s, lead) in _people(ev).items() if lead} == {"李强", "阿尔巴尼斯"}


def test_a_subject_who_arrived_before_the_meeting_already_held() -> None:
    # 中央社: "李顯龍此行被外界看作…。根據報導,他抵達北京後,已會見中國大陸國務院總理李克強與王岐山,還將與…習近平…會見。"
    pairs = {frozenset(_leads(ev)) for ev in _page("web-zh-186")}
    assert pairs == {frozenset({"李显龙", "王岐山"}), frozenset({"李显龙", "李克强"})}  # not the meetings still to come
    (ev,) = _events("新加坡总理李显龙抵达北京后，已会见了国务院总理李克强，还将与国家主席习近平会见。")
    assert _leads(ev) == {"李显龙", "李克强"} and ev.confidence > 0.5


def test_a_clause_after_a_list_of_people_met_is_no_more_people_met() -> None:
    # 台湾网: "25日上午,…习近平在人民大会堂会见了连战一行;26日,连战还将同国家主席胡锦涛见面。"
    (ev,) = _page("web-zh-131")
    assert _leads(ev) == {"习近平", "连战"}
    # Now新聞台: "習近平上一次與拜登會談是去年十一月在美國三藩市" (recalled) beside a meeting planned
    assert not _page("web-zh-160")


def test_meetings_told_by_wu_informally_and_at_the_host_s_banquet() -> None:
    # Hong Kong's and Taiwan's press write 晤 alone for 会晤 ("習近平晤洪森")
    (ev,) = _events("國家主席習近平今天在北京晤柬埔寨首相洪森。")
    assert _leads(ev) == {"习近平", "洪森"} and ev.kind == "meeting"
    # no one met: "见字如晤" is a letter's phrase
    assert not _events("见字如晤：书信往来间，习主席这样推动国际合作。")
    # the place and manner after the counterpart, not the 在 of a name
    (ev,) = _events("国家主席习近平7日同法国总统马克龙在广州松园非正式会晤。", "2023-04-08")
    assert _leads(ev) == {"习近平", "马克龙"} and ev.location == "Guangzhou"
    (ev,) = _events("国家主席习近平在北京人民大会堂同来华进行国事访问的韩国总统李在明举行会谈。", "2026-01-05")
    assert _leads(ev) == {"习近平", "李在明"} and ev.kind == "talks"
    # a joint attendance is no talks with the object's words: 与德国总理朔尔茨共同出席第七轮中德政府磋商
    (ev,) = _events("5日，国务院总理李强在人民大会堂与德国总理朔尔茨共同出席第七轮中德政府磋商。", "2023-06-06")
    assert _leads(ev) == {"李强", "朔尔茨"}
    # the guest attending the banquet a host holds for them; not a banquet for many leaders
    (ev,) = _events("3月21日晚，国家主席习近平在克里姆林宫出席俄罗斯总统普京为他举行的欢迎宴会。", "2023-03-22")
    assert _leads(ev) == {"习近平", "普京"} and ev.kind == "meeting" and ev.location == "Moscow"
    assert not _events("23日晚，习近平出席普京为金砖国家及嘉宾国领导人举行的欢迎宴会。", "2024-10-24")
    # the guest named before the spouse: the talks told before are the same visit
    text = "国家主席习近平同越南国家主席武文赏举行会谈。会谈后，习近平和夫人彭丽媛出席武文赏夫妇举行的欢迎午宴。"
    (ev,) = _events(text, "2023-12-13")
    assert _leads(ev) == {"习近平", "武文赏"}


def test_a_meeting_told_by_its_photo_and_a_clause_before_a_title_s_country() -> None:
    # 参考消息网: "20日，国家主席习近平、…都分别会见了李显龙。…在此之前的19日晚，他还在脸书上发布了与国务院总理
    # 李克强会面的照片": 他 is 李显龙 (named in the sentence before), met on the 19th
    events = {frozenset(_leads(ev)): ev for ev in _page("web-zh-183")}
    li = events[frozenset({"李显龙", "李克强"})]
    assert li.date == FuzzyDate.parse("2017-09-19")
    # "如果要用一个词来形容新加坡总理李显龙这次对中国的访问": the clause before the country is no part of the title
    assert {p.person.title for ev in events.values() for p in ev.participants if p.person.native == "李显龙"} == {
        "新加坡总理"
    }
    assert title_lead("如果要用一个词来形容新加坡总理") == len("如果要用一个词来形容")
    # words that belong to the post stay: 驻, 时任, a post before the country
    for title in ("驻新加坡大使", "时任新加坡总理", "中共中央政治局委员、新加坡总理", "中国驻新加坡大使"):
        assert title_lead(title) == 0
