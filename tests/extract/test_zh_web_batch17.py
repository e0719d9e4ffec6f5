"""Chinese web pages of the seventeenth batch (issue 13, web-zh-1701…): one-sided visits the stays pass missed
(``zh/stays.py``): a formal visit answering an invitation with no delegation word ("应…邀请，…本扬来华进行正式友好
访问"), a delegation landing in Taiwan ("率广西代表团乘机抵台"), a departure for a visit whose length is told with its
days ("对中国进行为期3天（8月18日至20日）的国事访问"); its entourage listed without a principal ("随同出访的…是：")
or after the principal's name and posts run together ("陪同苏林总书记国家主席出访的有："); and institutions
listed among a forum's attendees ("高校", "地方") are nobody."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, seats, sentence_events


def test_a_formal_visit_answering_an_invitation_needs_no_delegation_word() -> None:
    # web-zh-1704 (restated): the inviter takes no part; a visit in progress "从今天到5日".
    text = (
        "解码外交\n"
        "从今天到5日,应中共中央总书记、国家主席习近平的邀请,新当选的老挝人民革命党中央总书记、国家主席本扬"
        "来华进行正式友好访问。\n"
    )
    (visit,) = sentence_events(text, "2016-11-29")
    assert visit.kind == "visit"
    assert seats(visit) == {"本扬": ("LA", True)}


def test_an_announced_formal_visit_stays_none() -> None:
    text = "新华社北京11月20日电 应国家主席习近平邀请,老挝国家主席本扬将于11月29日来华进行国事访问。\n"
    assert not [ev for ev in sentence_events(text, "2016-11-20") if ev.kind == "visit"]


def test_a_delegation_landing_in_taiwan_is_a_visit() -> None:
    # web-zh-1707 (restated, 中国新闻网 via 中国台湾网): no host named.
    text = (
        "彭清华率广西代表团抵台\n"
        "4月22日上午,中共广西壮族自治区委员会书记彭清华率广西代表团乘机抵台,开始为期5天的经贸、文化交流之行。\n"
    )
    (visit,) = sentence_events(text, "2013-04-22")
    assert visit.kind == "visit" and visit.date is not None and visit.date.iso == "2013-04-22"
    assert seats(visit) == {"彭清华": ("CN", True)}


def test_a_departure_for_a_visit_of_days_told_is_the_visit_with_its_entourage() -> None:
    # web-zh-1712 (越南政府新闻网, restated): the companions listed after "随同出访的…是：" and "陪同苏林总书记国家主席
    # 出访的有：" join it on the visitor's side, not as leads.
    (visit,) = page_events("web-zh-1712")
    people = seats(visit)
    assert visit.kind == "visit" and visit.date is not None and visit.date.iso == "2024-08-18"
    assert people["苏林"] == ("VN", True)
    for companion in ("杜文战", "黎明兴", "阮春胜", "黎怀忠", "陈流光"):
        assert people[companion] == ("VN", False), companion
    assert "习近平" not in people


def test_an_announced_visit_and_its_planned_meetings_stay_none() -> None:
    # web-zh-1708 (中国新闻网, restated): "將于7月1日至5日帶領經貿文化代表團到臺灣交流訪問".
    assert page_events("web-zh-1708") == ()


def test_institutions_listed_among_the_attendees_are_nobody() -> None:
    # web-zh-1710 (星岛, restated): "有来自中方部委、地方政府、高校以及美国民主、共和两党、地方、智库等约50名中外
    # 代表参加".
    (dialogue,) = page_events("web-zh-1710")
    assert set(seats(dialogue)) == {"刘建超"}


def test_a_vietnamese_body_named_with_yu_keeps_its_title_and_side() -> None:
    # web-zh-1711 (西贡解放报 relaying VNA, restated): "越南共产党中央委员、中央宣教与民运部副部长吴东海同志率越南工作
    # 代表团出席会议" -- 与 inside the commission's name is no "with": the delegation's leader is Vietnamese and
    # attends the CPC's dialogue with the IDCPC's head.
    (dialogue,) = page_events("web-zh-1711")
    assert dialogue.kind == "seminar"
    assert seats(dialogue) == {"吴东海": ("VN", True), "刘建超": ("CN", True)}


def test_a_domestic_forum_co_hosted_by_the_idcpcs_institute_of_world_parties_is_no_exchange() -> None:
    # web-zh-1706 (restated): "由…、中共中央对外联络部世界政党研究所和浙江（嘉兴）中外政党研究中心联合举办的第一届中外
    # 政党研究高端论坛…在嘉兴召开": the institute's name is no forum of the world's parties; only Chinese speak.
    assert page_events("web-zh-1706") == ()
    text = (
        "标题\n"
        "中国共产党与世界政党高层对话会3日在北京闭幕。中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪出席闭幕式并讲话。\n"
    )
    (forum,) = sentence_events(text, "2017-12-04")
    assert forum.kind == "seminar" and set(seats(forum)) == {"杨洁篪"}


def test_senders_named_after_a_group_that_congratulated_write_one_message_each() -> None:
    # 联合早报 (web-zh-164, restated): "多国领导人致电祝贺通伦连任。中国国家主席习近平在贺电中说，…" -- the
    # group's senders named one by one by "在贺电中说" write to the one congratulated.
    text = (
        "（万象综合讯）老挝人民革命党星期四（1月8日）召开第12次全国代表大会，国家主席通伦再次当选党中央总书记。\n"
        "多国领导人致电祝贺通伦连任。中国国家主席习近平在贺电中说，他愿同通伦一道加强对中老关系发展的战略引领。\n"
        "越南国家主席梁强在贺信中表示，越方愿同老方深化特殊团结。\n"
    )
    messages = sentence_events(text, "2026-01-09")
    assert sorted(tuple(sorted(seats(m))) for m in messages if m.kind == "message") == [
        ("习近平", "通伦"), ("梁强", "通伦")]


def test_a_message_told_by_what_it_said_needs_a_group_that_sent_it() -> None:
    # no group said to have written: "习近平在讲话中说" is no message, nor a message quoted with no one congratulated
    text = (
        "标题\n"
        "国家主席习近平在会上讲话。习近平在讲话中说，中方愿同各方一道努力。\n"
        "中国国家主席习近平在贺电中说，他愿加强两国关系。\n"
    )
    assert not [ev for ev in sentence_events(text, "2026-01-09") if ev.kind == "message"]


def test_a_counterpart_named_by_a_bare_post_is_of_the_one_foreign_country_the_sentence_names() -> None:
    # web-zh-187 (restated chronicle), read as a blind page (the people table forgets both): "总理莫迪" names no
    # country; the delegation visits India and meets "总理莫迪等印度政要".
    text = (
        "标题\n"
        "5月5日至9日，由中共中央政治局委员、上海市委书记韩正率领的中国共产党代表团访问印度，期间，韩正会见了总理莫迪等"
        "印度政要。\n"
    )
    (meeting,) = sentence_events(text, "2016-05-12", blind=True)
    assert seats(meeting) == {"韩正": ("CN", True), "莫迪": ("IN", True)}
    domestic = "标题\n国家主席习近平在北京会见总理李强，听取关于中美经贸磋商的汇报。\n"
    assert sentence_events(domestic, "2016-05-12") == ()


def test_a_working_visit_to_a_province_abroad_is_of_the_datelines_country() -> None:
    # web-zh-1702 (VietnamPlus, restated): "越通社河内——由…占西·普西坎率领的…代表团5月23日对太原省进行工作访问":
    # the province names no country; the dateline's Hanoi does (VN), the visitor's side another (LA).
    (visit,) = page_events("web-zh-1702")
    assert visit.kind == "visit" and seats(visit) == {"占西·普西坎": ("LA", True)}


def test_setting_off_on_a_visit_is_its_report_unless_announced() -> None:
    # web-zh-023 (环球时报 round-up, restated): "公明党代表山口那津男30日启程访华，出席对话会" is the visit; web-zh-098:
    # "…启程赴中国北京市，将出席…会议" only announces the meetings.
    text = "标题\n据日本共同社报道，日本联合执政党公明党代表山口那津男30日启程访华，出席对话会。\n"
    (visit,) = sentence_events(text, "2017-12-01")
    assert visit.kind == "visit" and seats(visit) == {"山口那津男": ("JP", True)}
    announced = "标题\n日本公明党代表山口那津男30日启程，将于12月1日访华。\n"
    assert not sentence_events(announced, "2017-11-30")


def test_an_embassys_reception_is_hosted_by_its_ambassador_with_the_guests_attending() -> None:
    # web-zh-1714 (中外新闻社, restated): "越南驻华大使馆1月18日晚在北京举行庆祝中越建交68周年招待会，A、B、C出席，越南
    # 驻华大使邓明魁及…参加了招待会": one exchange of kind other, the ambassador its host (lead), the Chinese officials
    # attending.
    (reception,) = page_events("web-zh-1714")
    assert reception.kind == "other" and reception.date is not None and reception.date.iso == "2018-01-18"
    people = seats(reception)
    assert people["邓明魁"] == ("VN", True)
    assert all(people[n] == ("CN", False) for n in ("王家瑞", "陈晓东", "王亚军"))
    assert [n for n, (_s, lead) in people.items() if lead] == ["邓明魁"]


def test_a_reception_no_foreign_guest_attends_is_no_exchange() -> None:
    text = "标题\n中国驻越南大使馆9月30日在河内举行国庆招待会，中国驻越南大使熊波致辞。\n"
    assert not sentence_events(text, "2023-10-01")


def test_a_transliterated_given_name_spelled_like_a_country_is_a_name() -> None:
    # web-zh-033 (restated), read as a blind page: "萨尔瓦多·巴尔德斯·梅萨" opens with 萨尔瓦多 (El Salvador) set off
    # by the name dot -- a given name (Salvador), not a place; "美国艾奥瓦" stays no name.
    from liaison.extract.zh.names import plausible_name
    from liaison.kb.gazetteer import default_gazetteer, forget_people

    text = (
        "标题\n"
        "中共中央总书记、国家主席习近平27日在北京会见了古巴共产党中央第一书记劳尔·卡斯特罗特使、中央政治局委员、"
        "国务委员会副主席萨尔瓦多·巴尔德斯·梅萨。\n"
    )
    (meeting,) = sentence_events(text, "2017-03-28", blind=True)
    assert seats(meeting)["萨尔瓦多·巴尔德斯·梅萨"] == ("CU", True)
    assert not plausible_name("美国艾奥瓦", True, forget_people(default_gazetteer(), [text]))


def test_what_a_visitor_said_before_the_visit_is_no_visit() -> None:
    # 新闻联播 (xwlb corpus, restated): an interview given "在对中国进行正式访问前" tells no stay yet.
    text = (
        "标题\n"
        "央视网消息（新闻联播）：日前，巴基斯坦总理夏巴兹·谢里夫在对中国进行正式访问前接受总台记者采访时说，巴中友谊"
        "牢不可破。\n"
    )
    assert not sentence_events(text, "2024-06-05")


def test_a_leader_leaving_for_a_summit_meets_no_one_there_yet() -> None:
    # 新闻联播 (xwlb corpus, restated): "应A、B邀请，温家宝乘专机离开北京，出席…东亚领导人系列会议，并对柬埔寨和泰国进行
    # 正式访问" -- the inviters are no participants of a meeting not yet held; the departure reports the visit.
    text = (
        "标题\n"
        "央视网消息（新闻联播）：2012年11月18日，应东盟轮值主席国柬埔寨王国首相洪森、泰王国总理英拉邀请，国务院总理温家宝"
        "乘专机离开北京，出席在柬埔寨金边举行的东亚领导人系列会议，并对柬埔寨和泰国进行正式访问。\n"
    )
    events = sentence_events(text, "2012-11-18")
    assert not any({"洪森", "英拉"} & set(seats(ev)) for ev in events)
