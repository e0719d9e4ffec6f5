"""Chinese extractor: real CCTV items from ../shared and short sentences written for the tests."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from liaison.extract.zh import extract_events
from liaison.extract.zh.names import pinyin_name, romanise
from liaison.extract.zh.titles import parse_people
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, EventFrame
from liaison.normalise import normalise


def _shared() -> Path:
    for parent in Path(__file__).resolve().parents:
        cand = parent / ".." / "shared"
        if (cand / "eval" / "dev.jsonl").exists():
            return cand.resolve()
        if (parent / "shared" / "eval" / "dev.jsonl").exists():
            return (parent / "shared").resolve()
    pytest.skip("shared data not found")


@lru_cache(maxsize=1)
def _dev() -> dict[str, dict[str, str]]:
    path = _shared() / "eval" / "dev.jsonl"
    return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _doc(text: str, published: str = "2024-03-22", title: str | None = None) -> Document:
    return normalise(Article("t", text, "h", "test", title, published, language="zh"))


def _real(doc_id: str) -> tuple[EventFrame, ...]:
    d = _dev()[doc_id]
    art = Article(d["id"], d["text"], "h", "dev", d["title"], d["published"], language="zh")
    return extract_events(normalise(art), default_gazetteer())


def _events(text: str, **kw: str) -> tuple[EventFrame, ...]:
    return extract_events(_doc(text, **kw), default_gazetteer())


def _by_native(ev: EventFrame) -> dict[str, object]:
    return {p.person.native: p for p in ev.participants}


# --- real items -------------------------------------------------------------------------


def test_title_chain_bound_to_delegation_leader() -> None:
    (ev,) = _real("xwlb-20230710-08")
    people = _by_native(ev)
    cai, thang = people["蔡奇"], people["阮春胜"]
    assert cai.person.title == "中共中央政治局常委、中央书记处书记"  # type: ignore[attr-defined]
    assert cai.person.name == "Cai Qi" and cai.lead and cai.side == "CN"  # type: ignore[attr-defined]
    assert cai.person.organization.key == "cpc"  # type: ignore[attr-defined]
    assert thang.person.title == "越共中央政治局委员、胡志明国家政治学院院长、中央理论委员会主席"  # type: ignore[attr-defined]
    assert thang.person.name == "Nguyen Xuan Thang" and thang.side == "VN"  # type: ignore[attr-defined]
    assert ev.kind == "meeting" and ev.date and ev.date.iso == "2023-07-10" and ev.location == "Beijing"
    assert ev.channel == ("party",)
    assert {p.key for p in ev.parties} == {"cpc", "cpv"}
    # the people only mentioned (习近平总书记同阮富仲总书记…) are not participants
    assert set(people) == {"蔡奇", "阮春胜"}
    text = _dev()["xwlb-20230710-08"]["text"]
    s, e = ev.evidence[0]
    assert "会见" in text[s:e]
    ps, pe = cai.person.span  # type: ignore[attr-defined]
    assert text[ps:pe] == "蔡奇"


def test_attendees_are_non_lead_chinese() -> None:
    (ev,) = _real("xwlb-20230606-03")
    people = _by_native(ev)
    assert not people["石泰峰"].lead and people["石泰峰"].side == "CN"  # type: ignore[attr-defined]
    assert people["王沪宁"].person.organization.key == "cppcc"  # type: ignore[attr-defined]
    assert ev.channel == ("party", "other")


def test_bare_day_and_party_short_forms() -> None:
    (ev,) = _real("xwlb-20230424-03")  # 李强24日在京会见…古共…
    assert ev.date and ev.date.iso == "2023-04-24" and ev.date_source == "text"
    assert ev.location == "Beijing"
    assert {p.key for p in ev.parties} == {"cpc", "pcc_cu"}
    assert ev.channel == ("party", "state")


def test_local_time_abroad() -> None:
    (ev,) = _real("xwlb-20240618-04")  # 当地时间17日下午…在堪培拉会见
    assert ev.date and ev.date.iso == "2024-06-17"
    assert ev.location == "Canberra"
    assert ev.channel == ("state", "legislature")
    assert ev.parties == ()


def test_phone_call_is_remote() -> None:
    (ev,) = _real("xwlb-20230516-02")
    assert ev.kind == "phone_call" and ev.remote and ev.location is None
    assert {p.person.native for p in ev.participants} == {"李强", "吕特"}


def test_state_visit_talks_with_spouses() -> None:
    (ev,) = _real("xwlb-20221125-01")
    people = _by_native(ev)
    assert ev.kind == "talks" and ev.location == "Beijing"
    assert people["迪亚斯-卡内尔"].person.name == "Miguel Díaz-Canel"  # type: ignore[attr-defined]
    assert not people["彭丽媛"].lead and people["奎斯塔"].side == "CU"  # type: ignore[attr-defined]


@pytest.mark.parametrize("doc_id", ["xwlb-20240320-00", "xwlb-20240617-08", "xwlb-20230207-01", "xwlb-20250423-07"])
def test_domestic_items_give_no_event(doc_id: str) -> None:
    assert _real(doc_id) == ()


def test_wpk_international_department() -> None:
    (ev,) = _real("xwlb-20240321-04")
    kim = _by_native(ev)["金成男"]
    assert kim.person.organization.name == "International Department of the WPK Central Committee"  # type: ignore[attr-defined]


# --- own sentences ----------------------------------------------------------------------


def test_separately_met_gives_one_event_each() -> None:
    text = (
        "央视网消息（新闻联播）：全国人大常委会委员长赵乐际4日在北京分别会见塞尔维亚总统武契奇和韩国国会议长禹元植。\n"
        "在会见武契奇时，赵乐际表示，双方要加强合作。\n在会见禹元植时，赵乐际表示，中方愿同韩方一道努力。"
    )
    evs = _events(text, published="2025-09-04")
    assert len(evs) == 2
    guests = [{p.person.native for p in e.participants} - {"赵乐际"} for e in evs]
    assert guests == [{"武契奇"}, {"禹元植"}]
    assert evs[0].channel == ("state", "legislature") and evs[1].channel == ("legislature",)
    assert all(len(e.evidence) == 2 for e in evs)


def test_meeting_together_is_one_event() -> None:
    text = "中共中央政治局常委王沪宁14日在京会见由日本自民党干事长森山裕、公明党干事长西田实仁率领的代表团。"
    (ev,) = _events(text, published="2025-01-14")
    assert [p.person.native for p in ev.participants if p.lead] == ["王沪宁", "森山裕", "西田实仁"]
    assert {p.key for p in ev.parties} == {"cpc", "ldp_jp", "komeito"}


def test_no_date_falls_back_to_published() -> None:
    (ev,) = _events("欢迎仪式后，李强同夏巴兹举行会谈。", published="2026-05-25", title="李强同巴基斯坦总理会谈")
    assert ev.kind == "talks" and ev.date and ev.date.iso == "2026-05-25" and ev.date_source == "published"
    shehbaz = _by_native(ev)["夏巴兹"]
    assert shehbaz.side == "PK" and shehbaz.person.name == "Shehbaz Sharif"  # type: ignore[attr-defined]
    assert ev.channel == ("state",)


def test_recent_days_give_month_precision() -> None:
    (ev,) = _events("国家副主席韩正日前在北京会见越南副总理陈红河。", published="2024-03-22")
    assert ev.date and ev.date.iso == "2024-03" and ev.date.precision == "month"


def test_video_meeting_has_no_location() -> None:
    (ev,) = _events("国家副主席韩正5日在北京以视频方式会见老挝国家副主席巴妮。", published="2024-03-06")
    assert ev.kind == "video_conference" and ev.remote and ev.location is None
    assert ev.date and ev.date.iso == "2024-03-05"


def test_places_resolve_to_cities() -> None:
    (ev,) = _events("国务院总理李强10日在曼谷会见泰国总理赛塔。", published="2024-03-10")
    assert ev.location == "Bangkok"
    (ev,) = _events("国家主席习近平9日在钓鱼台国宾馆会见俄罗斯总统普京。", published="2024-03-10")
    assert ev.location == "Beijing"


def test_domestic_meeting_sentence_gives_no_event() -> None:
    assert _events("中共中央政治局常委蔡奇24日在京会见全国道德模范代表。") == ()
    assert _events("全国高校毕业生就业工作会议22日在京召开，丁薛祥出席。") == ()


def test_foreign_name_without_table_entry_gets_marked_pinyin() -> None:
    (ev,) = _events("国家副主席韩正3日在北京会见塔那利沃共和国外长莫卡拉巴。", published="2024-03-03")
    guest = _by_native(ev)["莫卡拉巴"]
    assert guest.person.name == "Mokalaba"  # type: ignore[attr-defined]
    assert guest.person.name_source == "pinyin-fallback"  # type: ignore[attr-defined]
    assert guest.person.native == "莫卡拉巴"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("native", "name"),
    [
        ("曾庆红", "Zeng Qinghong"),
        ("单霁翔", "Shan Jixiang"),
        ("仇和", "Qiu He"),
        ("解振华", "Xie Zhenhua"),
        ("区伯", "Ou Bo"),
        ("查良镛", "Zha Liangyong"),
        ("欧阳明高", "Ouyang Minggao"),
        ("王沪宁", "Wang Huning"),
        ("习近平", "Xi Jinping"),
        ("赵乐际", "Zhao Leji"),
        ("覃塘", "Qin Tang"),
    ],
)
def test_surname_readings(native: str, name: str) -> None:
    assert pinyin_name(native) == name


def test_foreign_name_table() -> None:
    gaz = default_gazetteer()
    assert romanise("苏林", False, gaz)[0] == "To Lam"
    assert romanise("梅德韦杰夫", False, gaz)[0] == "Dmitry Medvedev"
    assert romanise("金正恩", False, gaz)[0] == "Kim Jong Un"


def test_title_chain_parser_splits_people() -> None:
    people = parse_people("越南副总理兼财政部长胡德福、老挝副总理吉乔")
    assert [(p.native, p.title) for p in people] == [("胡德福", "越南副总理兼财政部长"), ("吉乔", "老挝副总理")]
