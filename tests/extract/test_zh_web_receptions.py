"""Chinese reports of a visit's further exchanges: the evening reception or banquet a host holds for the
visitor (举行招待会，欢迎X来访 / 为X率领的代表团举行欢迎宴会, the host named before a spouse), a delegation
met without its leader's name (the leader named with the delegation a sentence before), a clause after a
semicolon going on with the same subject (…拜會了A…;與B舉行了會談), the leader of a CPC delegation on the Chinese
side, a caption's photo credit after a name, and a courtesy call (礼节性会见).
Real pages of ``quality/real-dev`` (restated) and CCTV items of ``../shared`` outside the gold."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pytest

from liaison.extract import extract
from liaison.ingest.records import parse_record
from liaison.model.types import EventFrame
from liaison.normalise import normalise
from tests.extract.real_dev_pages import page_events as _page


def _shared() -> Path:
    for parent in Path(__file__).resolve().parents:
        cand = parent / ".." / "shared"
        if (cand / "corpus").is_dir():
            return cand.resolve()
    pytest.skip("shared data not found")


@cache
def _cctv(doc_id: str) -> tuple[EventFrame, ...]:
    """The events of one CCTV item of the shared corpus (not in any gold set)."""
    for path in sorted((_shared() / "corpus").glob("xwlb-*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if f'"{doc_id}"' in line:
                    raw = json.loads(line)
                    if raw["id"] == doc_id:
                        return extract(normalise(parse_record(raw, doc_id, str(path)))).events
    pytest.skip(f"{doc_id} not in the shared corpus")


def _people(ev: EventFrame) -> dict[str, tuple[str | None, bool]]:
    return {p.person.native: (p.side, p.lead) for p in ev.participants}


def _pairs(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in ev.participants if p.lead} for ev in events]


def test_an_evening_reception_for_the_visiting_leader_is_a_meeting_of_its_own() -> None:
    # 越南人民军队报: "通伦会见…杜文战…当晚，越共中央总书记、国家主席苏林和夫人举行隆重招待会，欢迎通伦和老挝党和国家
    # 高级代表团来访。"
    events = _page("web-zh-114")
    assert {"苏林", "通伦"} in _pairs(events) and {"通伦", "杜文战"} in _pairs(events)
    (reception,) = [ev for ev in events if "苏林" in _people(ev)]
    assert reception.kind == "meeting" and _people(reception)["苏林"] == ("VN", True)


def test_a_welcome_banquet_for_a_delegation_led_by_the_visitor() -> None:
    # 中新網: "…李長春率領中國黨政代表團10日中午抵達平壤…當晚，朝鮮國防委員會副委員長延亨默在人民文化宮為李長春率領的
    # 中國黨政代表團舉行了歡迎宴會。" (the 長春 of a name is no place)
    events = _page("web-zh-121")
    (banquet,) = [ev for ev in events if "延亨默" in _people(ev)]
    assert banquet.kind == "meeting" and banquet.location != "Changchun"
    assert _people(banquet)["李長春"] == ("CN", True) and _people(banquet)["延亨默"] == ("KP", True)
    assert any(ev.kind == "visit" and "崔泰福" in _people(ev) for ev in events)


def test_a_state_banquet_abroad_is_the_visitors_meeting_with_the_host() -> None:
    # CCTV: "当地时间29日晚，捷克总统泽曼为国家主席习近平到访在总统府举行盛大欢迎晚宴。"
    events = _cctv("xwlb-20160330-10")
    assert any({"泽曼", "习近平"} <= set(_people(ev)) and ev.kind == "meeting" for ev in events)


def test_the_host_of_a_welcome_ceremony_is_named_before_the_spouse() -> None:
    # CCTV: "习近平和夫人彭丽媛为…举行欢迎仪式" beside the talks: no second event with 彭丽媛 as the host
    events = _cctv("xwlb-20240409-01")
    assert [ev.kind for ev in events] == ["talks"]
    assert _people(events[0])["习近平"][1] and not _people(events[0])["彭丽媛"][1]


def test_a_delegation_met_unnamed_is_the_one_named_before_with_its_leader() -> None:
    # VietnamPlus: "由越共中央…常务书记黎鸿英率领的越南党、国家高级代表团赴老…。…巴尼·亚陶都分别会见越南高级代表团。"
    events = _page("web-zh-112")
    assert any({"巴尼·亚陶都", "黎鸿英"} <= set(_people(ev)) for ev in events)
    assert all(_people(ev).get("黎鸿英", ("VN", True)) == ("VN", True) for ev in events)
    # VietnamPlus: "黎鸿英会见了由乌克兰共产党第一书记西蒙年科率领正在访问越南的乌克兰共产党代表团一行。…
    # 当天，…黄平军已与乌克兰共产党代表团举行会谈。": the meeting and the talks are both with 西蒙年科
    meeting, talks = _page("web-zh-119")
    assert _people(meeting)["西蒙年科"] == ("UA", True) and "黎鸿英" in _people(meeting)
    assert talks.kind == "talks" and _people(talks)["西蒙年科"] == ("UA", True) and "黄平军" in _people(talks)


def test_a_clause_after_a_semicolon_goes_on_with_the_same_subject() -> None:
    # 南方日報: "訪利期間,黃先耀拜會了副總統博阿凱,轉達…問候,並就…交換了看法;與團結黨主席舍曼舉行了兩黨工作會談"
    events = _page("web-zh-110")
    assert {"黃先耀", "舍曼"} in _pairs(events) and {"黃先耀", "博阿凱"} in _pairs(events)
    assert len(events) == 4
    (talks,) = [ev for ev in events if "舍曼" in _people(ev)]
    assert talks.kind == "talks"
    # "省委常委、省紀委書記黃先耀率中國共產黨友好代表團…": the leader of a CPC delegation is Chinese, named bare after
    assert all(_people(ev)["黃先耀"] == ("CN", True) for ev in events)


def test_a_courtesy_call_adverb_is_no_part_of_a_name() -> None:
    # VOV: "广宁省委书记阮文读、省人民委员会主席阮德龙礼节性会见朝方代表团。"; 越通社: "张氏梅一行礼节性拜会了…习近平"
    names = {n for ev in _page("web-zh-122") for n in _people(ev)}
    assert "阮德龙" in names and not any("礼节性" in n for n in names)
    assert any({"张氏梅", "习近平"} <= set(_people(ev)) for ev in _page("web-zh-071"))
