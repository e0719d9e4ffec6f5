"""Chinese web pages, broader defaults (issue 13, zhrecall): forms web reports use that the CCTV-grown grammar read
only in narrower shapes.

An attendee list told after an exchange only the recall tier reads joins it ("…期间，韩正会见了总理莫迪等印度政要。
…尹弘，副市长周波陪同访问。"); 拜访 with a person as its object is a call on them (not on a body: "拜访了共青团云南省委
机关、云南大学"); a message sent, "X也发来贺电，祝贺Y当选…", is X's to Y; a delegation whose leader a sentence tells
by the verb ("A率…一行25人到昆明访问") is the one met by its head noun alone ("会见了代表团全体成员"), on the day of the
stay's month its bare day names ("25日下午"); an attendee list joined to the acts around the meeting ("参加会见并出席
欢迎宴会") attends it; a delegation named alone after its day ("3日下午，代表团前往…，会见了…") meets as its leader."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events


def test_an_attendee_list_after_a_recall_tier_exchange_joins_it() -> None:
    # web-zh-187 (restated, 中评社)
    text = (
        "5月5日至9日，由中共中央政治局委员、上海市委书记韩正率领的中国共产党代表团访问印度，期间，韩正会见了总理莫迪"
        "等印度政要。中联部副部长陈凤翔，上海市委常委、市委秘书长尹弘，副市长周波陪同访问。\n"
    )
    (event,) = sentence_events(text, "2016-05-11", blind=True)
    seated = seats(event)
    assert seated["韩正"] == ("CN", True) and seated["莫迪"] == ("IN", True)
    assert seated["尹弘"] == ("CN", False) and seated["周波"] == ("CN", False)


def test_a_call_on_a_named_person_is_a_meeting_and_one_on_bodies_none() -> None:
    # web-zh-1509 (restated, 云南网): the delegation's calls on bodies are no exchange; reworded with a person
    bodies = (
        "2016年9月25日至27日，应中国共产主义青年团中央邀请，老挝人民革命青年团中央办公厅主任暖通·苏宛维赛率老挝9省团"
        "省委书记和相关青年工作者一行25人到昆明访问，代表团一行拜访了共青团云南省委机关、云南大学等单位。\n"
    )
    assert sentence_events(bodies, "2016-11-28", blind=True) == ()
    person = (
        "2016年9月25日，老挝人民革命青年团中央办公厅主任暖通·苏宛维赛拜访了共青团云南省委副书记、省青联主席罗永斌。\n"
    )
    (event,) = sentence_events(person, "2016-11-28", blind=True)
    assert seats(event) == {"罗永斌": ("CN", True), "暖通·苏宛维赛": ("LA", True)}


def test_a_message_sent_to_congratulate_a_leader_elected_is_to_that_leader() -> None:
    # web-zh-164 (restated, 联合早报), the sender's words reworded as the message sent
    text = (
        "（万象综合讯）老挝人民革命党星期四（1月8日）召开第12次全国代表大会，国家主席通伦再次当选党中央总书记。\n"
        "柬埔寨人民党主席、前首相洪森也发来贺电，祝贺通伦再次当选党中央总书记。\n"
    )
    events = [e for e in sentence_events(text, "2026-01-09") if e.kind == "message"]
    assert [seats(e) for e in events] == [{"洪森": ("KH", True), "通伦": ("LA", True)}]


def test_a_delegation_met_by_its_head_noun_is_the_one_its_leader_led_there() -> None:
    # web-zh-1509 (restated, 云南网)
    text = (
        "2016年9月25日至27日，应中国共产主义青年团中央邀请，老挝人民革命青年团中央办公厅主任暖通·苏宛维赛率老挝9省团"
        "省委书记和相关青年工作者一行25人到昆明访问。\n"
        "25日下午，共青团云南省委副书记、省青联主席罗永斌会见了代表团全体成员，并在团省委机关举行座谈。\n"
    )
    (event,) = sentence_events(text, "2016-11-28", blind=True)
    assert event.kind == "meeting"
    assert seats(event) == {"罗永斌": ("CN", True), "暖通·苏宛维赛": ("LA", True)}
    assert event.date is not None and event.date.iso == "2016-09-25"  # the 25th of the stay's month, not the page's


def test_an_attendee_list_joined_to_the_acts_around_the_meeting_attends_it() -> None:
    # web-zh-143 (restated, 北方网): "参加会见" told with the banquet after it
    text = (
        "天津北方网讯：10日，市人大常委会主任肖怀远会见了越共中央委员、海防市委书记、市人大常委会主任阮文成一行。"
        "市人大常委会秘书长杨福刚、副主任李润兰参加会见并出席欢迎宴会。\n"
    )
    (event,) = sentence_events(text, "2014-09-12", blind=True)
    seated = seats(event)
    assert seated["杨福刚"] == ("CN", False) and seated["李润兰"] == ("CN", False)


def test_a_delegation_named_alone_after_its_day_meets_as_its_leader() -> None:
    # web-zh-042 (restated, 柬埔寨星洲日报): the visit told by its leader's verb, a meeting told as the
    # delegation's on a day of its own, the counterpart's post naming no country
    text = (
        "7月1日至4日，中共中央对外联络部副部长郭业洲率中共对外联络部代表团访问柬埔寨。\n"
        "3日下午，代表团前往奉辛比克党总部，会见了秘书长涅文才。\n"
    )
    events = [e for e in sentence_events(text, "2017-07-05") if "涅文才" in seats(e)]
    assert [seats(e) for e in events] == [{"郭业洲": ("CN", True), "涅文才": ("KH", True)}]
    assert events[0].date is not None and events[0].date.iso == "2017-07-03"


def test_a_message_sent_to_someone_by_its_verb_is_to_them() -> None:
    # web-zh-164 (restated, 联合早报): the message told by 发去贺电 after its recipient
    text = (
        "（万象综合讯）老挝人民革命党星期四（1月8日）召开第12次全国代表大会，国家主席通伦再次当选党中央总书记。\n"
        "9日，中国国家主席习近平向老挝人民革命党中央总书记通伦发去贺电，祝贺他连任。\n"
    )
    events = [e for e in sentence_events(text, "2026-01-09") if e.kind == "message"]
    assert [seats(e) for e in events] == [{"习近平": ("CN", True), "通伦": ("LA", True)}]
    assert events[0].confidence > 0.5  # read by the clause pattern, not guessed by the recall tier
