"""China's envoy abroad as the embassies' and the ministry's pages write him: "驻越南大使X" with no country before
驻 is China's ambassador there, not a Vietnamese (zh30, real-dev-zh). His call on a host is an exchange; his
meeting with a delegation from home is none, and the delegation's later meetings still find their leader and him."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def _events(text: str, published: str = "2024-12-03") -> list[list[tuple[str, str | None, bool]]]:
    doc = normalise(Article("t", text, "使馆动态", "test", None, published, language="zh"))
    events = extract_events(doc, default_gazetteer())
    return [[(p.person.native, p.side, p.lead) for p in ev.participants] for ev in events]


def test_an_unqualified_envoy_calling_on_a_host_is_chinas() -> None:
    events = _events("12月2日，驻越南大使李明拜会越共中央书记处常务书记阮文安，双方就两党交往交换了意见。")
    assert [("李明", "CN", True), ("阮文安", "VN", True)] in events


def test_an_unqualified_envoy_meeting_a_party_leader_is_chinas() -> None:
    events = _events("12月2日，驻巴基斯坦大使张华会见巴基斯坦人民党主席阿里·汗，使馆参赞王冬陪同。")
    assert any(("张华", "CN", True) in ev and ("阿里·汗", "PK", True) in ev for ev in events)


def test_a_foreign_envoy_to_a_third_country_keeps_his_country() -> None:
    events = _events("3月5日，越南驻老挝大使阮明山拜会老挝国家主席坎沙。")
    assert any(("阮明山", "VN", True) in ev and ("坎沙", "LA", True) in ev for ev in events)


def test_the_envoy_meeting_his_own_delegation_is_no_event_but_its_meetings_stay() -> None:
    text = (
        "2024年3月6日，驻加纳大使周明会见中联部三局局长孙力一行。\n"
        "孙力局长介绍了两党交往的情况。\n"
        "中联部代表团于3月6日至9日对加纳进行访问。访问期间，周大使陪同代表团会见了全国民主大会党总书记阿桑特，"
        "新爱国党主席阿多等。"
    )
    events = _events(text, "2024-03-10")
    assert not any({n for n, _s, _l in ev} == {"周明", "孙力"} for ev in events)
    met = [ev for ev in events if ("孙力", "CN", True) in ev]
    assert any(("阿桑特", "GH", True) in ev and ("周明", "CN", False) in ev for ev in met)


def test_an_envoy_named_before_his_post_as_the_subject() -> None:
    # an embassy's page names its own head before the post ("李明大使"): China's envoy
    events = _events("12月2日，李明大使拜会越南国会主席陈文山，双方就议会交往交换意见。")
    assert [("李明", "CN", True), ("陈文山", "VN", True)] in events


def test_an_envoy_named_before_his_post_as_the_one_received() -> None:
    events = _events("12月2日，越南国家主席阮春安在河内会见李明大使一行。")
    assert any(("阮春安", "VN", True) in ev and ("李明", "CN", True) in ev for ev in events)


def test_chinas_envoy_is_of_the_chinese_government() -> None:
    doc = normalise(Article("t", "12月2日，驻越南大使李明拜会越共中央书记处常务书记阮文安。", "使馆动态", "test", None,
                            "2024-12-03", language="zh"))
    orgs = {p.person.native: p.person.organization for ev in extract_events(doc, default_gazetteer())
            for p in ev.participants}
    assert orgs["李明"] is not None and orgs["李明"].name == "Government of China"
