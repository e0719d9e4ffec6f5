"""An ambassador's call at a foreign party's local office told with no meeting word (zhlost31): one visit of the
ambassador to the party's country, as the last resort; a call announced, or at no party, is none."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def _events(text: str) -> list[tuple[str, dict[str, str | None]]]:
    doc = normalise(Article("t", text, "大使走访地方", "test", None, "2025-05-30", language="zh"))
    return [(ev.kind, {p.person.native: p.side for p in ev.participants})
            for ev in extract_events(doc, default_gazetteer())]


def test_an_ambassador_calling_at_a_party_office_visits_its_country() -> None:
    text = (
        "5月28日，驻坦桑尼亚大使陈明健前往多多马省一处历史营地参观，又到访坦桑尼亚革命党当地区党部。\n"
        "区党主席等当地领导陪同参观。"
    )
    assert _events(text) == [("visit", {"陈明健": "CN"})]


def test_a_call_announced_is_none() -> None:
    text = "驻坦桑尼亚大使陈明健计划下月到访坦桑尼亚革命党当地区党部。\n双方将商谈合作。"
    assert _events(text) == []


def test_a_visit_to_no_party_is_none() -> None:
    text = "5月28日，驻坦桑尼亚大使陈明健前往多多马省一所中学参观。\n学生们献上鲜花。"
    assert _events(text) == []
