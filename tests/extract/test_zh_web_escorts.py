"""Chinese web reports of a delegation's later meetings told with an escort or after a visit named without its
leader: "访问期间，徐大使陪同代表团会见了A，B，C等" (the ambassador goes with the delegation: each counterpart is one
meeting of the delegation's leader, the ambassador a non-lead of that side), and "驻圣普大使徐迎真会见…王赫明一行。
中联部代表团于3月6日至9日对圣普进行访问。访问期间，…会见了A，B" (the delegation's leader is the one met as "X一行"
before); a foreign guest visiting a Chinese body meets its posts ("秋美爱访问中共中央党校，与常务副校长何毅亭
会晤": Chinese). Real pages of ``quality/real-dev`` (restated) and short sentences in their style."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats as _people
from tests.extract.real_dev_pages import sentence_events


def _events(text: str, published: str = "2024-03-10") -> tuple[EventFrame, ...]:
    return sentence_events(text, published)


def _met(events: tuple[EventFrame, ...], leader: str) -> set[str]:
    return {n for ev in events if leader in _people(ev) for n, (_s, lead) in _people(ev).items() if lead} - {leader}


def test_an_escort_before_the_delegation_keeps_every_counterpart_of_the_list() -> None:
    # "访问期间，徐大使陪同代表团会见了民独党副主席达马塔，解运党主席热苏斯，…联盟主席蒙泰罗，…协调人拉莫斯等"
    events = _events("中联部四局局长王赫明率中共代表团于3月6日至9日访问老挝。"
                     "访问期间，驻老挝大使徐迎真陪同代表团会见了老挝国会主席达马塔，老挝政府总理热苏斯。")
    assert _met(events, "王赫明") == {"达马塔", "热苏斯"}
    for ev in events:
        assert _people(ev)["王赫明"] == ("CN", True)
        assert _people(ev)["徐迎真"] == ("CN", False)


def test_a_visit_told_without_its_leader_is_the_one_met_before_as_his_party() -> None:
    # "驻圣普大使徐迎真会见中联部四局局长王赫明一行。中联部代表团于3月6日至9日对圣普进行访问。访问期间，…会见了A，B"
    events = _events("2024年3月6日，驻老挝大使徐迎真会见中联部四局局长王赫明一行。"
                     "中联部代表团于3月6日至9日对老挝进行访问。访问期间，代表团会见了老挝国会主席达马塔，老挝政府总理热苏斯。")
    assert _met(events, "王赫明") >= {"达马塔", "热苏斯"}
    later = [ev for ev in events if "达马塔" in _people(ev) or "热苏斯" in _people(ev)]
    assert len(later) == 2 and all(ev.date is not None and ev.date.iso == "2024-03" for ev in later)


def test_the_short_name_of_sao_tome_and_principe() -> None:
    text = "中联部四局局长王赫明率中共代表团于3月6日至9日对圣普进行访问。访问期间，代表团会见了圣普总统达马塔。"
    (ev,) = [e for e in _events(text) if "达马塔" in _people(e)]
    assert _people(ev)["达马塔"] == ("ST", True)


def test_the_delegation_met_by_the_ambassador_then_its_meetings_during_the_visit() -> None:
    # web-zh-152: the ambassador meets the delegation, then goes with it to four party leaders
    events = _page("web-zh-152")
    assert {"达马塔", "热苏斯", "蒙泰罗"} <= _met(events, "王赫明")
    for ev in events:
        if "达马塔" in _people(ev):
            assert _people(ev)["徐迎真"] == ("CN", False)


def test_the_posts_met_at_a_chinese_body_a_foreign_guest_visits_are_chinese() -> None:
    # 环球时报: "30日，秋美爱访问中共中央党校，与常务副校长何毅亭会晤并共进晚餐" (her party and country named before)
    (ev,) = _events("30日，韩国共同民主党党首秋美爱访问中共中央党校，与常务副校长何毅亭会晤并共进晚餐。", "2017-12-01")
    assert _people(ev)["秋美爱"] == ("KR", True) and _people(ev)["何毅亭"] == ("CN", True)


def test_a_later_clause_of_the_same_subject_told_by_its_pronoun() -> None:
    # 共同社: "…同中国国务院总理李强会晤，他们还同全国政治协商会议主席王沪宁…举行了会晤"
    events = _events("日本自民党干事长森山裕同中国国务院总理李强会晤，他还同全国政协主席王沪宁举行了会晤。")
    assert _met(events, "森山裕") == {"李强", "王沪宁"}
    assert all(_people(ev)["森山裕"] == ("JP", True) for ev in events)
