"""Chinese extractor: general patterns of the genre, on short sentences written for the tests."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.extract.zh.dates import find_date
from liaison.extract.zh.titles import postposed_person
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame, FuzzyDate, Participant
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-11-30", title: str | None = None) -> tuple[EventFrame, ...]:
    doc = normalise(Article("t", text, "h", "test", title, published, language="zh"))
    return extract_events(doc, default_gazetteer())


def _guests(ev: EventFrame, host: str) -> list[Participant]:
    return [p for p in ev.participants if p.lead and p.person.native != host]


def test_visit_abroad_gives_one_event_per_counterpart() -> None:
    text = (
        "央视网消息（新闻联播）：应希腊议长安多斯邀请，全国人大常委会委员长赵乐际11月27日至30日"
        "对希腊进行正式友好访问，在雅典分别会见希腊总统卡洛斯、总理迪米特，同议长安多斯举行会谈。"
    )
    evs = _events(text)
    assert [(e.kind, _guests(e, "赵乐际")[0].person.native) for e in evs] == [
        ("meeting", "卡洛斯"),
        ("meeting", "迪米特"),
        ("talks", "安多斯"),
    ]
    for ev in evs:
        assert ev.location == "Athens"
        assert ev.date is not None and ev.date.iso == "2024-11" and ev.date.precision == "month"
        zhao = next(p for p in ev.participants if p.person.native == "赵乐际")
        assert zhao.person.organization is not None
        assert zhao.person.organization.name == "Standing Committee of the National People's Congress"
        assert all(p.side == "GR" for p in _guests(ev, "赵乐际"))
    premier = _guests(evs[1], "赵乐际")[0].person
    assert premier.organization is not None and premier.organization.name == "Government of Greece"


def test_visit_on_a_stated_local_day_keeps_the_day() -> None:
    text = (
        "当地时间11月4日，中共中央政治局常委、国务院副总理丁薛祥应邀访问乌拉圭，"
        "在蒙得维的亚会见乌拉圭总统贝拉诺，同副总统科尔多举行会谈。"
    )
    evs = _events(text, published="2025-11-05")
    assert [e.kind for e in evs] == ["meeting", "talks"]
    assert all(e.date and e.date.iso == "2025-11-04" and e.location == "Montevideo" for e in evs)


def test_meeting_list_running_over_commas_abroad() -> None:
    text = "国家副主席韩正于5月3日至5日访问老挝，在万象分别会见老挝国家主席西纳，总理班通，同国会主席坎丰举行会谈。"
    evs = _events(text, published="2024-05-06")
    assert [_guests(e, "韩正")[0].person.native for e in evs] == ["西纳", "班通", "坎丰"]
    assert all(_guests(e, "韩正")[0].side == "LA" for e in evs)


def test_heads_of_international_organisations_met_separately() -> None:
    text = (
        "国务院总理李强8日和9日在京分别会见来华出席对话会的世界银行行长阿米尔、"
        "欧盟委员会主席芙兰卡和海合会秘书长贾巴尔。\n吴政隆分别参加上述会见。"
    )
    evs = _events(text, published="2024-12-09")
    assert len(evs) == 3
    got = [
        (g.person.native, g.side, g.person.organization.name if g.person.organization else None)
        for e in evs
        for g in _guests(e, "李强")
    ]
    assert got == [
        ("阿米尔", None, "World Bank"),
        ("芙兰卡", None, "European Commission"),  # an international official: the body, no country
        ("贾巴尔", None, "Gulf Cooperation Council"),
    ]
    for ev in evs:
        assert ev.date and ev.date.iso == "2024-12" and ev.location == "Beijing"
        natives = {p.person.native for p in ev.participants}
        assert "吴政隆" in natives and not any(n.endswith("分别") for n in natives)


def test_trilateral_summit_is_one_event_with_every_leader() -> None:
    text = (
        "当地时间16日，国务院总理李强在阿斯塔纳出席会议期间，同俄罗斯总理伊万、蒙古国总理巴特举行中俄蒙三国总理会晤。"
    )
    (ev,) = _events(text, published="2024-10-17")
    assert [(p.person.native, p.side) for p in ev.participants if p.lead] == [
        ("李强", "CN"),
        ("伊万", "RU"),
        ("巴特", "MN"),
    ]
    assert ev.kind == "meeting" and ev.date and ev.date.iso == "2024-10-16" and ev.location == "Astana"


def test_subject_after_an_opening_clause() -> None:
    text = "2月8日下午，在农历新年即将到来之际，国家主席习近平同俄罗斯总统普京通电话。"
    (ev,) = _events(text, published="2024-02-08")
    assert ev.kind == "phone_call" and ev.date and ev.date.iso == "2024-02-08"
    assert {p.person.native for p in ev.participants} == {"习近平", "普京"}


def test_names_written_before_their_post() -> None:
    (ev,) = _events(
        "欢迎仪式后，习近平主席同卡博维总统举行会谈。", published="2023-09-15", title="习近平同赞比亚总统会谈"
    )
    guest = _guests(ev, "习近平")[0]
    assert guest.person.native == "卡博维" and guest.side == "ZM" and ev.kind == "talks"
    assert postposed_person("塞尔维亚总统") is None and postposed_person("国家主席") is None


def test_meetings_recalled_in_reported_speech_are_not_events() -> None:
    text = (
        "国家副主席韩正12日在北京会见越南副总理陈文山。\n"
        "韩正表示，中越是好邻居。今年10月，习近平总书记同苏林总书记举行重要会晤。"
        "两国元首两度会晤，为双边关系指明方向。"
    )
    (ev,) = _events(text, published="2024-12-12")
    assert {p.person.native for p in ev.participants} == {"韩正", "陈文山"}


def test_heads_of_state_held_talks_named_by_headline_and_speaker() -> None:
    text = (
        "央视网消息（新闻联播）：欢迎仪式后，两国元首举行会谈。\n习近平指出，双方要加强合作。\n"
        "卡博维表示，愿同中方一道努力。"
    )
    (ev,) = _events(text, published="2025-11-01", title="习近平同赞比亚总统会谈")
    assert ev.kind == "talks" and ev.date and ev.date.iso == "2025-11-01"
    assert [(p.person.native, p.side) for p in ev.participants if p.lead] == [("习近平", "CN"), ("卡博维", "ZM")]


def test_congratulations_on_election_name_the_counterpart() -> None:
    (ev,) = _events("国务院总理李强致电祝贺宋赛当选连任老挝政府总理。", published="2026-03-23")
    assert ev.kind == "message"
    assert [(p.person.native, p.side) for p in _guests(ev, "李强")] == [("宋赛", "LA")]


def test_condolences_on_a_disaster() -> None:
    (ev,) = _events("国家主席习近平3日就菲律宾遭受台风袭击向菲律宾总统马可致慰问电。", published="2024-11-03")
    assert [p.person.native for p in ev.participants] == ["习近平", "马可"]


def test_small_states_governments() -> None:
    (ev,) = _events("国务院总理李强5日在北京会见库克群岛总理布朗。", published="2024-11-05")
    guest = _guests(ev, "李强")[0]
    assert guest.side == "CK"
    assert guest.person.organization is not None and guest.person.organization.name == "Government of the Cook Islands"


def test_date_ranges_give_the_month() -> None:
    ref = FuzzyDate.parse("2024-11-30")
    for text, iso in [
        ("11月27日至30日", "2024-11"),
        ("27日至30日", "2024-11"),
        ("8日和9日", "2024-11"),
        ("当地时间17日下午", "2024-11-17"),
    ]:
        found = find_date(text, ref)
        assert found is not None and found[0].iso == iso, text


def test_domestic_sentences_with_new_clause_starts_stay_domestic() -> None:
    assert _events("在全国两会召开之际，中共中央政治局常委王沪宁在京会见全国劳动模范代表。") == ()


def test_a_call_told_with_the_aspect_particle_inside_the_verb() -> None:
    # real-dev-5 (a commentary counting the calls of a leader, and a Xinhua roundup mirrored in traditional
    # characters): 通了电话 / 通了電話 is the same call as 通电话, one per counterpart after 分别
    (call,) = _events("3月27日,国家主席习近平应约同美国总统特朗普通了电话。", published="2020-03-28")
    assert call.kind == "phone_call" and call.remote and call.date is not None and call.date.iso == "2020-03-27"
    assert [p.person.native for p in _guests(call, "习近平")] == ["特朗普"]
    evs = _events("5月15日晚,國家主席習近平分別與南非總統拉馬福薩和匈牙利總理歐爾班通了電話。", published="2020-05-18")
    # (the grammar reads the simplified text; ``extract`` gives the names back as written)
    assert [(e.kind, _guests(e, "习近平")[0].person.native) for e in evs] == [
        ("phone_call", "拉马福萨"),
        ("phone_call", "欧尔班"),
    ]


def test_a_subject_named_with_the_family_name_that_also_means_once() -> None:
    # real-dev-5 (a Xinhua report of 2005 on a cross-strait party visit): 曾 opens the name of a titled subject
    # (曾庆红, 曾培炎), not "once"; an exchange done before (…曾在北京会见…) is still no subject
    text = "5月12日，中共中央政治局常委、书记处书记曾庆红在人民大会堂会见亲民党主席宋楚瑜一行。"
    (ev,) = _events(text, published="2005-05-13")
    assert ev.kind == "meeting" and ev.date is not None and ev.date.iso == "2005-05-12"
    assert [p.person.native for p in ev.participants if p.lead] == ["曾庆红", "宋楚瑜"]
    (ev,) = _events("国务院副总理曾培炎12日在北京会见越南总理阮晋勇。", published="2005-05-13")
    assert [p.person.native for p in _guests(ev, "曾培炎")] == ["阮晋勇"]
    assert _events("外交部长王毅曾经在北京会见越南总理阮晋勇。", published="2005-05-13") == ()


def test_calls_told_as_a_telephone_conversation() -> None:
    # the call of the fresh sample told in the other ways the press words it: 通了话, 进行了电话交谈, 举行电话会谈
    for verb in ("通了话", "进行了电话交谈", "举行电话会谈"):
        (call,) = _events(f"3月27日，国家主席习近平同美国总统特朗普{verb}。", published="2020-03-28")
        assert call.kind == "phone_call" and call.remote, verb
        assert [p.person.native for p in _guests(call, "习近平")] == ["特朗普"], verb
