"""Chinese web pages across the dev sets (session 25, branch zh25): shapes that recur on provincial, Taiwanese and
agency pages, read blind (the people table knowing none of the people named).

* A foreign delegation visiting a Chinese province or city ("访问我省", "到吉林市参观访问") is a visit to China: the
  delegation's later meetings ("访问期间，考察团与…举行座谈") are its leader's (``delegations.visit_head``).
* A Taiwanese party post shortened as Taiwan's press writes it (主委, 副主委) titles the name after it
  (``titles._HEADS``).
* "X接受Y会见": the guest received by the host is a meeting of the two (``grammar.RECEIVED_BY_RE``).
"""

from __future__ import annotations

from liaison.extract.zh.people import people_in
from liaison.kb.gazetteer import default_gazetteer
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str) -> list[dict[str, tuple[str | None, bool]]]:
    return [seats(ev) for ev in sentence_events(text, published, blind=True)]


def test_a_delegation_visiting_a_province_meets_as_its_leader() -> None:
    # a provincial foreign affairs office (web-zh-d13-07, restated): a Lao study group in the province
    text = (
        "7月5日，老挝沙拉湾省委副书记西恒率老挝人革党考察团访问吉林省。"
        "访问期间，考察团同吉林省人大常委会副主任田锦尘举行了座谈。"
    )
    events = _events(text, "2023-07-07")
    assert events == [{"西恒": ("LA", True), "田锦尘": ("CN", True)}]


def test_a_delegation_visiting_our_province_meets_as_its_leader() -> None:
    text = (
        "5日，越南广宁省委书记阮春记率越南广宁省代表团访问我省。"
        "访问期间，代表团会见了省长王宁。"
    )
    events = _events(text, "2023-07-07")
    assert events == [{"阮春记": ("VN", True), "王宁": ("CN", True)}]


def test_a_delegation_visiting_a_country_abroad_is_unchanged() -> None:
    text = (
        "中联部副部长孙海燕率中共代表团于7月10日至14日访问老挝。"
        "访问期间，代表团分别会见了老挝国家副主席巴妮。"
    )
    events = _events(text, "2023-07-15")
    assert events == [{"孙海燕": ("CN", True), "巴妮": ("LA", True)}]


def test_a_visit_told_as_coming_to_a_city() -> None:
    # 台湾网 (web-zh-d13-17, restated): a KMT city committee's exchange group comes to a mainland city
    text = (
        "3月25日，应中共吉林市委邀请，中国国民党台中市委员会副主委陈明振率政党交流团一行35人到吉林市参观访问。"
        "当晚，市委书记赵静波在饭店会见了交流团一行。"
    )
    events = _events(text, "2015-04-02")
    assert len(events) == 1
    assert events[0]["陈明振"] == ("TW", True)
    assert events[0]["赵静波"] == ("CN", True)


def test_a_shortened_taiwanese_party_post_titles_the_name() -> None:
    gaz = default_gazetteer()
    found = [(p.native, p.title) for p in people_in("中国国民党台中市委员会副主委陈明振", 0, gaz)]
    assert found == [("陈明振", "中国国民党台中市委员会副主委")]
    assert [(p.native, p.title) for p in people_in("国民党台北市党部主委李彦秀", 0, gaz)] == [
        ("李彦秀", "国民党台北市党部主委")
    ]


def test_received_by_a_host_is_a_meeting() -> None:
    # a Hong Kong copy (web-zh-1504's shape, restated): a former French premier received by a provincial secretary
    text = "11日晚，法国前总理拉法兰在长沙接受了湖南省委书记张春贤的会见，双方就加强交流交换了意见。"
    events = sentence_events(text, "2009-02-12", blind=True)
    assert [seats(ev) for ev in events] == [{"拉法兰": ("FR", True), "张春贤": ("CN", True)}]
    assert events[0].kind == "meeting"
    assert events[0].location == "Changsha"


def test_received_by_in_a_clause_after_the_visit() -> None:
    text = "越南国会副主席阮德海一行抵达北京后，接受了全国人大常委会副委员长王东明的会见。"
    events = _events(text, "2019-05-20")
    assert events == [{"阮德海": ("VN", True), "王东明": ("CN", True)}]


def test_accepting_an_interview_is_no_meeting() -> None:
    text = "11日晚，法国前总理拉法兰在长沙接受新华社记者采访，谈到两国关系。"
    assert _events(text, "2009-02-12") == []


def test_a_delegation_leader_named_before_the_post() -> None:
    # 台湾网 (web-zh-d13-17, restated, in traditional characters as written): the leader's name before the post
    text = (
        "3月25日，應中共吉林市委邀請，中國國民黨臺南市黨部陳明振副主委率政黨交流團一行到吉林市訪問。"
        "當晚，市委書記趙靜波在飯店會見了交流團一行。"
    )
    events = _events(text, "2015-04-02")
    assert len(events) == 1
    assert events[0]["陳明振"] == ("TW", True)
    assert events[0]["趙靜波"] == ("CN", True)


def test_a_sit_down_with_groups_alone_is_no_meeting() -> None:
    # a party's page (web-zh-079's shape, restated): a visiting Chinese official sits down with compatriots abroad
    text = "13日，致公党中央常务副主席张恩迪一行同在韩侨胞和中资企业代表举行座谈。"
    assert _events(text, "2024-06-14") == []


def test_a_sit_down_with_a_named_counterpart_is_a_meeting() -> None:
    text = "13日，致公党中央常务副主席张恩迪一行同韩国国会副议长郑宇泽举行座谈。"
    assert _events(text, "2024-06-14") == [{"张恩迪": ("CN", True), "郑宇泽": ("KR", True)}]


_ROUNDUP = "值此中共十八大召开之际，近日又有外国政要、政党和组织致电或致函，表示热烈祝贺。"


def test_senders_set_off_by_a_comma_wrote_one_letter() -> None:
    # 人民网 roundup (web-zh-d12-01's shape, restated): two Japanese deputies named one after the other, one letter
    text = (
        _ROUNDUP + "圭亚那人民进步党总书记、总统拉莫托在贺函中表示，两党的兄弟关系将进一步加强。"
        "日本前首相、众议院议员羽田孜，日本众议院议员海江田万里在贺函中说，祝愿大会顺利。"
    )
    events = _events(text, "2012-11-13")
    assert {"拉莫托": ("GY", True)} in events
    assert {"羽田孜": ("JP", True), "海江田万里": ("JP", True)} in events
    assert len(events) == 2


def test_senders_of_two_countries_set_off_by_a_comma_are_not_one_letter() -> None:
    text = _ROUNDUP + "日本前首相羽田孜，越南国会主席阮生雄在贺函中表示，祝愿大会顺利。"
    assert not [ev for ev in _events(text, "2012-11-13") if len(ev) == 2]


def test_a_delegation_leaders_visit_is_read_with_no_word_of_a_meeting() -> None:
    text = "标题\n7日至10日，中联部副部长陈凤翔率中共友好代表团到乌干达访问。"
    events = sentence_events(text, "2014-03-12", blind=True)
    assert [(ev.kind, seats(ev)) for ev in events] == [("visit", {"陈凤翔": ("CN", True)})]


def test_a_reply_the_same_day_is_a_message_of_its_own() -> None:
    # a Taiwan-affairs page (web-zh-msg-03's shape, restated): congratulations and the thanks sent back that day
    text = (
        "1月17日，朱立伦当选国民党主席。当晚，中共中央总书记习近平向中国国民党主席朱立伦致贺电。"
        "习近平在贺电中说，谨向先生表示祝贺。同一天，中国国民党主席朱立伦复电习近平致谢。"
    )
    events = sentence_events(text, "2015-01-18", blind=True)
    senders = [(ev.kind, ev.participants[0].person.native) for ev in events]
    assert senders == [("message", "习近平"), ("message", "朱立伦")]


def test_the_same_message_told_twice_stays_one() -> None:
    text = (
        "1月17日晚，中共中央总书记习近平致电朱立伦，祝贺他当选中国国民党主席。"
        "习近平在贺电中说，值先生当选，特表祝贺。当天，习近平致电朱立伦表示祝贺。"
    )
    assert len(sentence_events(text, "2015-01-18", blind=True)) == 1


def test_central_bodies_short_forms_are_chinese() -> None:
    from liaison.extract.zh.capacity import side_of

    gaz = default_gazetteer()
    assert [side_of(t, gaz) for t in ("中组部副部长", "中宣部副部长", "中央台办主任", "全国妇联副主席")] == ["CN"] * 4
    assert side_of("越共中央组织部部长", gaz) == "VN"
    # 人民日报 (web-zh-d5-03's shape, restated): a deputy head of the Organization Department briefing abroad
    text = "12月14日至17日，中组部副部长高选民率宣介团访问南非，会见了南非共产党第一副总书记马派拉。"
    events = _events(text, "2017-12-19")
    assert events == [{"高选民": ("CN", True), "马派拉": ("ZA", True)}]


def test_officials_of_two_sides_attending_an_assembly_together() -> None:
    # 新华社 copy (web-zh-d19-21's shape, restated): a parliamentary friendship group founded in Seoul
    text = (
        "新华社首尔12月2日电 韩国国会韩中议员联盟的成立大会2日在首尔举行。"
        "中国驻韩国大使邢海明、韩国国会议长金振杓以及韩国国会事务总长李光宰等出席了大会。"
        "邢海明在致辞中祝贺联盟成立。"
    )
    events = sentence_events(text, "2022-12-03", blind=True)
    assert [(ev.kind, seats(ev)) for ev in events] == [
        ("other", {"邢海明": ("CN", True), "金振杓": ("KR", True), "李光宰": ("KR", False)})
    ]
    assert events[0].date is not None and events[0].date.iso == "2022-12-02"
    assert events[0].location == "Seoul"


def test_a_reception_two_sides_attended_and_addressed() -> None:
    text = (
        "庆祝中柬建交65周年的招待会19日在北京举行。"
        "全国人大常委会副委员长武维华、柬埔寨驻华大使凯·西索达出席并致辞。"
    )
    events = sentence_events(text, "2023-07-20", blind=True)
    assert [(ev.kind, seats(ev)) for ev in events] == [
        ("other", {"武维华": ("CN", True), "凯·西索达": ("KH", True)})
    ]


def test_attendees_of_a_meeting_told_before_make_no_ceremony() -> None:
    text = (
        "国家主席习近平19日在北京会见越南国家主席武文赏。"
        "中共中央政治局委员、外交部长王毅，越南驻华大使范星梅等出席。"
    )
    events = sentence_events(text, "2023-07-20", blind=True)
    assert [ev.kind for ev in events] == ["meeting"]


def test_officials_of_one_side_attending_make_no_ceremony() -> None:
    text = "纪念大会19日在北京举行。全国人大常委会副委员长武维华、全国政协副主席王勇出席并致辞。"
    assert sentence_events(text, "2023-07-20", blind=True) == ()


_TRUMP_ROUNDUP = "多国领导人纷纷致电，祝贺特朗普当选美国总统。"


def test_a_roundups_recipient_unknown_takes_the_side_of_the_post_won() -> None:
    # a portal's roundup (web-zh-d12-02's and -03's shapes, restated), read blind: the winner's post names his side
    text = (
        _TRUMP_ROUNDUP + "英国首相斯塔默在社交媒体上发文向特朗普表示祝贺。"
        "加拿大总理特鲁多也向特朗普表示祝贺，称两国是亲密的伙伴。"
        "韩国总统尹锡悦当天发表声明，祝贺特朗普当选。"
    )
    events = _events(text, "2024-11-08")
    senders = sorted(name for ev in events for name, (side, _lead) in ev.items() if side != "US")
    assert senders == sorted(["斯塔默", "特鲁多", "尹锡悦"])
    assert all(ev.get("特朗普") == ("US", True) for ev in events)


def test_many_leaders_is_no_sender() -> None:
    events = _events(_TRUMP_ROUNDUP + "法国总统马克龙在贺电中说，愿同美方合作。", "2024-11-08")
    assert events == [{"马克龙": ("FR", True), "特朗普": ("US", True)}]


def test_those_visiting_with_the_delegation_attend_its_visit() -> None:
    text = (
        "应中联部邀请，老挝人革党中央委员、中央组织部部长坎潘率老挝人革党干部考察团于5月10日至16日访华。"
        "随团访问的有老挝人革党中央委员、琅南塔省委书记彭沙万等。"
    )
    events = _events(text, "2024-05-17")
    assert events == [{"坎潘": ("LA", True), "彭沙万": ("LA", False)}]


def test_a_party_named_without_the_word_party_sends_a_party_message() -> None:
    text = (
        "近日，多国政党和政治组织领导人纷纷致电致函，祝贺中共二十大胜利召开和习近平再次当选中共中央总书记。"
        "南非非国大主席拉马福萨表示，衷心祝贺大会成功召开。"
    )
    events = sentence_events(text, "2022-10-30")
    assert [(seats(ev), ev.kind) for ev in events] == [({"习近平": ("CN", True), "拉马福萨": ("ZA", True)}, "message")]
    assert {p.name for p in events[0].parties} >= {"African National Congress"}


def test_a_premier_named_by_a_bare_post_receives_chinas_ambassador() -> None:
    # a Malaysian Chinese paper's shape (restated): its own premier written 首相 alone, a city the table lacks
    text = "首相安华今日在布城接见中国驻马来西亚大使欧阳玉靖，双方就经贸合作交换了意见。"
    assert _events(text, "2024-05-08") == [{"安华": ("MY", True), "欧阳玉靖": ("CN", True)}]


def test_a_provincial_secretary_receiving_chinas_ambassador_is_no_exchange() -> None:
    assert _events("7日，省委书记王宁会见了中国驻老挝大使姜再冬。", "2024-05-08") == []
