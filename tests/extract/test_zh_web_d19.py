"""Chinese web pages of real-dev-19 (session 24, branch zh24), restated further: shapes that recur on provincial,
embassy and institutional pages.

* "副主席刘新乐会见时在座" is an attendee of the meeting told before, even on a page whose headline names the
  guest's country (``grammar.MEET_RE``).
* A headline naming one side ("秘书长会见蒙古客人") is the body's exchange naming both, told there as talks
  (``restated``).
* An autonomous region's posts written without the region are Chinese (``capacity._LOCAL_POST``); a ministry's post
  listed after a foreign counterpart is theirs, and one naming no body at all too (``sides``); 和 one character
  into a transliterated name is part of it (``titles``); a group met unnamed ("会见蒙古国政要") is no exchange more
  when the next sentence meets its members one by one (``attach._named_one_by_one``).
* A Chinese name written before its post ("俞小萱副秘书长", "使馆方坤公使") in an attendee list is that person, and
  bare names after the last titled one share its post (``titles.postposed_chinese``, ``_sharing_post``).
"""

from __future__ import annotations

from liaison.extract import extract
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str) -> list[dict[str, tuple[str | None, bool]]]:
    return [seats(ev) for ev in sentence_events(text, published, blind=True)]


def _page_events(title: str, text: str, published: str) -> tuple[EventFrame, ...]:
    """A page with its headline as the title, read blind."""
    article = Article("t", text, "h", "test", title, published, language="zh")
    return extract(normalise(article), forget_people(default_gazetteer(), [title, text])).events


def test_present_at_the_meeting_is_an_attendee_under_a_headline() -> None:
    # gov.cn (web-zh-d19-09, restated): a regional leader meets a Vietnamese committee head; a deputy sits in
    text = (
        "13日下午，自治区党委副书记巴特尔在内蒙古饭店会见越南民族委员会主任杨小富。"
        "杨小富说，内蒙古的发展经验值得学习。副主席刘新乐会见时在座。"
    )
    events = _page_events("巴特尔会见越南民族委员会主任杨小富", text, "2008-10-14")
    assert [seats(ev) for ev in events] == [{"巴特尔": ("CN", True), "杨小富": ("VN", True), "刘新乐": ("CN", False)}]


def test_a_one_sided_headline_meeting_is_the_body_talks() -> None:
    # a foundation's page (web-zh-d19-10, restated): its headline names the host alone, the body tells talks
    text = (
        "徐镇绥秘书长会见蒙古客人\n"
        "9月17日下午，徐镇绥秘书长与蒙古人民党书记布勒根图雅进行了工作会谈。"
    )
    events = _page_events("徐镇绥秘书长会见蒙古客人", text, "2014-09-18")
    assert [ev.kind for ev in events] == ["talks"]
    assert seats(events[0])["布勒根图雅"] == ("MN", True)


def test_an_autonomous_regions_leader_meets_each_official_listed() -> None:
    # 内蒙古日报 (web-zh-d19-11, restated): a regional party secretary's trip, the officials met listed with 分别同
    text = (
        "本报10月6日讯 10月1日至5日，自治区党委书记孙绍骋率团出访蒙古国，会见了蒙古国政要。"
        "孙绍骋还分别同蒙古国总理奥云额尔登、外交部部长巴特策策格、工商会会长恩和图布新举行了会见。"
    )
    events = _events(text, "2023-10-07")
    met = sorted(name for ev in events for name, seat in ev.items() if seat == ("MN", True))
    assert met == sorted(["奥云额尔登", "巴特策策格", "恩和图布新"])
    assert len(events) == 3  # the group met unnamed is these three
    assert all(ev["孙绍骋"] == ("CN", True) for ev in events)


def test_a_minister_listed_after_a_foreign_head_of_government_is_theirs() -> None:
    text = "7日，省委书记王某在长沙分别会见了老挝政府总理宋赛、外交部长沙伦赛。"
    events = _events(text, "2022-06-08")
    assert {"沙伦赛": ("LA", True)} .items() <= {k: v for ev in events for k, v in ev.items()}.items()


def test_a_minister_of_china_listed_after_a_foreign_guest_stays_chinese() -> None:
    # 王毅 is in the people table as China's: a known Chinese minister keeps China's side
    text = "国家主席习近平在北京会见了老挝国家主席通伦。外交部长王毅等参加会见。"
    (met,) = sentence_events(text, "2022-06-08")
    assert seats(met)["王毅"] == ("CN", False)


def test_names_written_before_their_posts_attend() -> None:
    # the embassy's page (web-zh-d19-22, restated): the ambassador meets a party leader; his minister and two
    # of the leader's members of parliament sit in
    text = (
        "8日，中国驻韩大使邢海明在使馆官邸会见了韩国共同民主党党首李在明。双方就半岛局势交换了意见。"
        "使馆方坤公使和共同民主党议员权七胜、千俊镐在座。"
    )
    (met,) = _events(text, "2023-06-09")
    assert met["方坤"] == ("CN", False)
    assert met["权七胜"] == ("KR", False) and met["千俊镐"] == ("KR", False)


def test_a_deputy_named_before_the_post_attends_the_talks() -> None:
    text = (
        "9月17日下午，中国和平发展基金会秘书长徐镇绥同蒙古人民党书记布勒根图雅举行工作会谈。俞小萱副秘书长参加会谈。"
    )
    (talks,) = _events(text, "2014-09-18")
    assert talks["俞小萱"] == ("CN", False)


def test_a_post_alone_is_no_name_before_it() -> None:
    from liaison.extract.zh.titles import postposed_chinese

    assert postposed_chinese("中国驻韩国大使") is None
    assert postposed_chinese("外交部长王毅部长") is None
    found = postposed_chinese("严宇清总领事")
    assert found is not None and (found.native, found.title) == ("严宇清", "总领事")


def test_a_meeting_held_in_hohhot_keeps_its_guest() -> None:
    # 和 of 呼和浩特 is no "with": the guest met there is the counterpart
    text = "13日，自治区党委副书记巴特尔在呼和浩特会见越南民族委员会主任杨小富。"
    (met,) = sentence_events(text, "2008-10-14", blind=True)
    assert seats(met) == {"巴特尔": ("CN", True), "杨小富": ("VN", True)}
    assert met.location == "Hohhot"


def test_a_roundup_congratulating_xi_on_his_post_gives_him_every_party_senders_message() -> None:
    # 新华社 reprint (web-zh-d19-02, restated): cables to Xi on his re-election, party leaders among the senders,
    # one cable sent jointly by a president and a vice-president
    text = (
        "新华社北京10月26日电 近日，多国政党政要继续致电或致函，祝贺习近平当选中共第二十届中央委员会总书记。\n"
        "坦桑尼亚革命党主席、总统哈桑在贺电中说，祝贺您再次当选，这体现了中国人民对您的信任。\n"
        "老挝人民革命党中央总书记、国家主席通伦和副主席巴妮说，老方愿与中方共同努力，推动人类进步。"
    )
    events = [seats(ev) for ev in sentence_events(text, "2022-10-26", blind=True) if ev.kind == "message"]
    assert {"习近平": ("CN", True), "哈桑": ("TZ", True)} in events
    assert {"习近平": ("CN", True), "通伦": ("LA", True), "巴妮": ("LA", True)} in events


def test_a_party_forum_attended_by_video_with_foreign_parties_unnamed_is_a_seminar() -> None:
    # IDCPC (web-zh-d19-19, restated): a vice-minister addresses a parties' forum by video; the parties of ten
    # countries that attended are not named
    text = (
        "1月6日，中联部副部长陈洲通过视频出席中国同东南亚国家政党论坛并致辞。"
        "中国社科院专家和来自东南亚、南亚10国的政党代表参加。"
    )
    (forum,) = sentence_events(text, "2022-01-07", blind=True)
    assert (forum.kind, forum.remote) == ("seminar", True)
    assert seats(forum) == {"陈洲": ("CN", True)}


def test_a_party_forum_whose_foreign_side_is_not_said_stays_no_event() -> None:
    text = "6日，中联部副部长陈洲通过视频出席中非政党论坛，并发表致辞。社科院的专家也参加了。"
    assert sentence_events(text, "2022-01-07", blind=True) == ()


def test_a_led_delegation_arriving_abroad_is_on_a_visit() -> None:
    # a blog relaying a wire (web-zh-d19-12, restated): a Politburo member's delegation lands in Nepal; the
    # audiences it is to have are only expected
    text = (
        "2009年8月31日，由政治局委员张高丽率领的中国高级代表团抵达尼泊尔。"
        "代表团预计将晋见尼泊尔总统和总理。"
    )
    (visit,) = sentence_events(text, "2009-08-31", blind=True)
    assert visit.kind == "visit" and seats(visit) == {"张高丽": ("CN", True)}


def test_a_led_delegation_arriving_at_home_is_no_visit() -> None:
    text = "8月31日，省委书记张三率领的考察团抵达长沙。"
    assert sentence_events(text, "2009-08-31", blind=True) == ()


def test_going_to_call_on_a_party_headquarters_is_the_call() -> None:
    # 自由時報 (web-zh-d19-16, restated): Malaysian party figures call on a Taiwanese party's headquarters
    text = "马来西亚公正党副主席蔡添强26日前往拜会民进党中央，双方就假讯息应对交换了意见。"
    (call,) = sentence_events(text, "2019-02-26", blind=True)
    assert call.kind == "meeting" and seats(call) == {"蔡添强": ("MY", True)}


def test_a_delegation_visiting_on_invitation_is_led_by_the_first_member_listed() -> None:
    # 韓聯社 (web-zh-d19-20, restated): a parliamentary union's delegation begins its visit; the next sentence
    # tells who makes it up, its chairman first
    text = (
        "韩联社首尔9月18日电 18日，韩国国会韩中议员联盟代表团应邀对中国进行为期三天的正式访问。"
        "代表团由联盟会长、共同民主党议员金太年，常任副会长、民主党籍议员朴钉和事务总长洪起元等十余名议员组成。"
    )
    (visit,) = sentence_events(text, "2024-09-18", blind=True)
    assert visit.kind == "visit"
    assert seats(visit) == {"金太年": ("KR", True), "朴钉": ("KR", False), "洪起元": ("KR", False)}
    assert visit.location is None  # filed in Seoul, the visit is in China: the dateline's city is not its place


def test_a_rank_before_a_post_is_no_name() -> None:
    from liaison.extract.zh.titles import postposed_chinese

    assert postposed_chinese("常任副会长") is None and postposed_chinese("首席代表") is None


def test_a_missions_seminar_attended_by_foreign_ministers_is_theirs() -> None:
    # 中非合作 (web-zh-d19-17, restated): briefings on the party congress that Chinese missions hold; two ministers of
    # the host country attend one, no Chinese person named
    text = (
        "中共二十大闭幕后，中国驻非洲使领馆通过研讨会等形式宣介大会精神。"
        "埃塞俄比亚妇女部长厄格季、外交国务部长特斯法耶出席了由中国驻埃塞俄比亚使馆和当地智库合办的“青年领袖论坛”。"
    )
    (seminar,) = sentence_events(text, "2022-11-02", blind=True)
    assert seminar.kind == "seminar"
    assert seats(seminar) == {"厄格季": ("ET", True), "特斯法耶": ("ET", True)}


def test_an_exchange_told_with_a_then_serving_post_is_history() -> None:
    # a feature (web-zh-d19-04, restated): a party leader recalls meeting the then vice-president years before
    text = (
        "俄共主席久加诺夫对新当选的国家主席习近平印象很深。"
        "2010年3月，时任国家副主席的习近平头一回访问俄罗斯，同久加诺夫举行了会晤。"
    )
    article = Article("t", text, "h", "test", None, None, language="zh")  # (a feature printing no date)
    assert extract(normalise(article), default_gazetteer()).events == ()


def test_a_head_of_states_cable_to_xi_as_general_secretary_has_the_cpc_as_a_side() -> None:
    text = (
        "新华社北京10月26日电 近日，多国政党政要继续致电或致函，祝贺习近平当选中共第二十届中央委员会总书记。\n"
        "科威特埃米尔纳瓦夫在贺电中说，中国在您领导下取得了突出成就。"
    )
    (cable,) = [ev for ev in sentence_events(text, "2022-10-26", blind=True) if ev.kind == "message"]
    assert seats(cable) == {"习近平": ("CN", True), "纳瓦夫": ("KW", True)}
    assert "party" in cable.channel and [p.name for p in cable.parties] == ["Communist Party of China"]
