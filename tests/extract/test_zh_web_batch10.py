"""Chinese web pages of the tenth batch (web-zh-162…176): a pronoun subject ("他在首都哈瓦那與…會面") is the
person the sentence before names; weekdays date a clause ("星期日在上海會見了"); a meeting told again as talks
is talks; an arrival greeted by someone the visitor does not meet later is a visit of its own; a roundup of
the messages many leaders send one foreign leader gives one message per sender; "X一同出席了这次会见" attends;
a 國台辦 post belongs to the Taiwan Affairs Office. Real pages of ``quality/real-dev`` (restated) and short
sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame, FuzzyDate
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2024-05-10") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def test_a_pronoun_subject_is_the_person_the_sentence_before_names() -> None:
    # 新城電台: "國家主席習近平到訪拉丁美州之行的最後一站古巴。他在首都哈瓦那與古巴前領導人卡斯特羅會面"
    (ev,) = _page("web-zh-176")
    assert ev.kind == "meeting" and ev.location == "Havana"
    assert _people(ev) == {"習近平": ("CN", True), "卡斯特羅": ("CU", True)}
    # 中新社: "5日下午，…习近平…会见日本首相安倍晋三。此后两个小时内，除安倍外，他还连续会见了德国总理默克尔、…":
    # 他 is the first person named before (习近平, not 安倍晋三), on the day that sentence gives
    met = {frozenset(_people(ev)): ev.date for ev in _page("web-zh-094")}
    for guest in ("默克尔", "特雷莎·梅", "奥朗德"):
        assert met[frozenset({"习近平", guest})] == FuzzyDate.parse("2016-09-05")
    # no one named before: no subject
    assert not _events("他在北京会见了越南国家主席苏林。")


def test_a_weekday_dates_the_clause_to_the_last_such_day() -> None:
    # 美國之音: "朱立倫星期日在上海會見了中共中央政治局常委俞正聲" in a report of Monday 4 May 2015
    events = {frozenset(_people(ev)): ev for ev in _page("web-zh-170")}
    yu = events[frozenset({"朱立倫", "俞正聲"})]
    assert yu.date == FuzzyDate.parse("2015-05-03") and yu.location == "Shanghai"
    (ev,) = _events("国民党主席朱立伦星期一在北京会见了中共中央政治局常委俞正声。", "2015-05-04")
    assert ev.date == FuzzyDate.parse("2015-05-04")
    # 周 + a name is no weekday: 周一鸣 is a person
    assert _events("中联部副部长周一鸣会见越南共产党代表团团长阮文平。", "2015-05-04")[0].date == FuzzyDate.parse(
        "2015-05-04"
    )


def test_a_meeting_told_again_as_talks_is_talks() -> None:
    # "習近平（左）與來訪的…朱立倫見面" (caption), "習近平與…朱立倫舉行會談", "朱立倫星期一…會晤習近平"
    events = {frozenset(_people(ev)): ev for ev in _page("web-zh-170")}
    xi = events[frozenset({"朱立倫", "習近平"})]
    assert xi.kind == "talks" and xi.date == FuzzyDate.parse("2015-05-04") and xi.location == "Beijing"


def test_an_arrival_greeted_by_someone_met_apart_is_a_visit_of_its_own() -> None:
    # "…专机抵达华盛顿安德鲁斯空军基地。美国副总统拜登和夫人专程到机场，热情欢迎习近平和夫人彭丽媛。…
    # 王沪宁、栗战书、杨洁篪等陪同人员同机抵达。…他前往白宫与奥巴马会面"
    events = {ev.kind: ev for ev in _page("web-zh-168")}
    visit, meeting = events["visit"], events["meeting"]
    assert visit.date == FuzzyDate.parse("2015-09-24") and visit.location == "Washington"
    assert _people(visit) == {
        "拜登": ("US", True), "习近平": ("CN", True), "彭丽媛": ("CN", False),
        "王沪宁": ("CN", False), "栗战书": ("CN", False), "杨洁篪": ("CN", False),
    }
    assert {n for n, (_s, lead) in _people(meeting).items() if lead} == {"习近平", "奥巴马"}
    # the visitor met by those who greeted them: one exchange, not an arrival besides
    text = ("越共中央总书记苏林抵达北京，开始对中国进行国事访问。中联部部长刘建超到机场迎接。"
            "中联部部长刘建超当天会见了苏林。")
    assert [ev.kind for ev in _events(text)] == ["meeting"]


def test_a_roundup_of_congratulations_to_one_leader_gives_one_message_per_sender() -> None:
    # 联合早报: "多国领导人致电祝贺通伦连任。中国国家主席习近平在贺电中说，…柬埔寨人民党主席、前首相洪森说，…"
    events = _page("web-zh-164")
    senders = {n: side for ev in events for n, (side, _lead) in _people(ev).items() if n != "通伦"}
    assert senders == {"习近平": "CN", "洪森": "KH"}
    assert all(ev.kind == "message" and not ev.remote and _people(ev)["通伦"] == ("LA", True) for ev in events)
    assert all(ev.date == FuzzyDate.parse("2026-01") for ev in events)
    # one leader's own message is read by the clause patterns, not as a roundup
    (ev,) = _events("国家主席习近平致电祝贺通伦连任老挝人民革命党中央总书记。", "2026-01-09")
    assert set(_people(ev)) == {"习近平", "通伦"}


def test_an_attendance_clause_naming_the_meeting_again_attends_it() -> None:
    # 古巴外交部: "…宋涛会见了…阿里埃尔·桑塔纳率领的…代表团…。古巴驻华大使…一同出席了这次会见，双方肯定了…"
    (ev,) = _page("web-zh-166")
    assert _people(ev)["米格尔·安赫尔·拉米雷斯·拉莫斯"] == ("CU", False)
    assert {n for n, (_s, lead) in _people(ev).items() if lead} == {"宋涛", "阿里埃尔·桑塔纳"}


def test_a_taiwan_affairs_office_post_is_of_that_office() -> None:
    # 自由時報: "…蕭旭岑，今晚在中國天津會見中國國台辦主任宋濤"
    (ev,) = _page("web-zh-162")
    orgs = {p.person.native: p.person.organization for p in ev.participants}
    office = orgs["宋濤"]
    assert office is not None and office.name == "Taiwan Affairs Office of the State Council"
    assert ev.date == FuzzyDate.parse("2025-10-28") and ev.location == "Tianjin"


def test_a_delegation_led_by_a_subject_pays_courtesy_calls_one_by_one() -> None:
    # 越通社: "以越共中央政治局委员、河内市委书记黄忠海为首的河内市高级代表团11月24日下午礼节性拜访老挝人民革命党
    # 中央总书记、国家主席本扬·沃拉吉，老挝国会主席巴妮•雅陶都以及政府总理通伦·西苏里。"
    events = _page("web-zh-153")
    assert {frozenset(_people(ev)) for ev in events} == {
        frozenset({"黄忠海", guest}) for guest in ("本扬·沃拉吉", "巴妮•雅陶都", "通伦·西苏里")
    }
    assert all(_people(ev)["黄忠海"] == ("VN", True) and ev.date == FuzzyDate.parse("2017-11-24") for ev in events)
    # 拜访 alone visits places, not people
    text = ("越共中央政治局委员、河内市委书记黄忠海11月24日在万象会见了老挝国家主席本扬·沃拉吉。"
            "黄忠海还拜访了老挝国会主席巴妮•雅陶都的家乡。")
    assert [set(_people(ev)) for ev in _events(text, "2017-11-25")] == [{"黄忠海", "本扬·沃拉吉"}]


def test_a_day_in_brackets_after_today_or_yesterday_dates_the_clause() -> None:
    # 自由時報 / 聯合報: "蕭旭岑昨（4）日在北京…會見…王滬寧"; 8world: "洪森和王毅昨天(13日)在金边会晤"
    text = "國民黨副主席蕭旭岑昨（4）日在北京人民大會堂會見中共中央政治局常委、全國政協主席王滬寧。"
    (ev,) = _events(text, "2026-02-05")
    assert ev.date == FuzzyDate.parse("2026-02-04") and ev.confidence > 0.5
    first = {frozenset(_people(ev)): ev for ev in _page("web-zh-101")}[frozenset({"洪森", "王毅"})]
    assert first.date == FuzzyDate.parse("2023-08-13") and first.location == "Phnom Penh"


def test_a_subject_set_off_by_a_comma_before_its_day_and_a_last_clause_of_attendance() -> None:
    # 聯合報: "中共中央對外聯絡部部長劉海星，4日在北京會見…羅德里格斯（Bruno Rodriguez），…，中聯部副部長馬輝參加會見。"
    (ev,) = _page("web-zh-165")
    assert ev.date == FuzzyDate.parse("2026-02-04") and ev.location == "Beijing"
    seats = {p.person.name: (p.side, p.lead) for p in ev.participants}
    assert seats["Ma Hui"] == ("CN", False)
    assert {n for n, (_s, lead) in _people(ev).items() if lead} == {"劉海星", "羅德里格斯"}


def test_posts_naming_no_country_after_a_visited_side_are_of_that_side() -> None:
    # 星島: "鄧錫軍19日拜會洪瑪耐，並分別與副總理兼外交部長巴速坤、副總理兼國防部長狄西哈，以及柬埔寨王家軍
    # 副總司令兼陸軍司令毛速潘上將舉行會晤" (柬國總理 named before): one meeting each, all of Cambodia
    events = _page("web-zh-171")
    met = {n: side for ev in events for n, (side, _lead) in _people(ev).items() if n != "鄧錫軍"}
    assert {"巴速坤", "狄西哈", "毛速潘"} <= set(met) and met["巴速坤"] == met["狄西哈"] == met["毛速潘"] == "KH"
    assert len(events) == 4


def test_yesterday_at_a_place_and_a_caption_position_after_the_subject() -> None:
    # 自由時報: "國民黨副主席蕭旭岑（左），昨於北京人民大會堂會見中共中央政治局常委、全國政協主席王滬寧（右）。"
    (ev,) = _page("web-zh-169")
    assert ev.date == FuzzyDate.parse("2026-02-04") and ev.location == "Beijing" and ev.confidence > 0.5
    assert _people(ev) == {"蕭旭岑": ("TW", True), "王滬寧": ("CN", True)}


def test_a_headline_with_its_host_unnamed_is_the_body_exchange() -> None:
    # 越通社: headline "越南祖国阵线中央委员会主席会见中国驻越大使何炜", body "…杜文战8月20日下午在河内会见了…何炜"
    (ev,) = _page("web-zh-163")
    assert _people(ev) == {"杜文战": ("VN", True), "何炜": ("CN", True)}


def test_a_visit_to_someone_and_a_subject_described_by_kinship() -> None:
    # 工人日报: headline "胡锦涛探望古巴共产党中央委员会 第一书记菲德尔·卡斯特罗", "令计划、王沪宁陪同看望"
    met = {frozenset(n for n, (_s, lead) in _people(ev).items() if lead): ev for ev in _page("web-zh-167")}
    fidel = met[frozenset({"胡锦涛", "菲德尔·卡斯特罗"})]
    assert fidel.kind == "meeting" and _people(fidel)["王沪宁"] == ("CN", False)
    assert met[frozenset({"胡锦涛", "马查多"})].kind == "visit"
    # 香港01: "柬埔寨首相洪森（Hun Sen）的兒子、柬埔寨候任首相洪馬內（Hun Manet）…在金邊會見…王毅"
    (ev,) = _page("web-zh-173")
    assert {p.person.name for p in ev.participants} >= {"Wang Yi"} and "洪森" not in _people(ev)
    assert ev.location == "Phnom Penh" and ev.date == FuzzyDate.parse("2023-08-13")
