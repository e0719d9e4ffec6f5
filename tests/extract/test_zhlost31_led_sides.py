"""A foreign party delegation's leader named by posts without their country (zhlost31): the delegation he heads
says whose he is ("以中央委员…A为团长的柬埔寨人民党…团"), and a working group's head (组长) is a post."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def _pairs(text: str) -> list[dict[str, str | None]]:
    doc = normalise(Article("t", text, "柬埔寨人民党代表团访华", "test", None, "2024-03-28", language="zh"))
    return [{p.person.native: p.side for p in ev.participants} for ev in extract_events(doc, default_gazetteer())]


def test_a_leader_with_posts_of_no_country_is_of_the_delegations_party() -> None:
    text = (
        "以中央委员、中央宣传委员会副主席宋卡为团长的柬埔寨人民党青年代表团上周访华，"
        "先后会见了广东省委常委、秘书长张强等人。"
    )
    assert {"宋卡": "KH", "张强": "CN"} in _pairs(text)


def test_the_leader_heading_the_delegation_as_subject() -> None:
    text = "以中央委员、中央宣传委员会副主席宋卡为首的柬埔寨人民党代表团会见了广东省委常委、秘书长张强。"
    assert {"宋卡": "KH", "张强": "CN"} in _pairs(text)


def test_a_working_groups_head_is_a_post() -> None:
    text = "3月27日，广东省委常委、秘书长张强会见了柬埔寨人民党中央青年工作组组长宋卡。"
    assert {"张强": "CN", "宋卡": "KH"} in _pairs(text)


def test_a_chinese_delegations_leader_stays_chinese() -> None:
    text = "以中联部副部长陈凤翔为团长的中共代表团访问越南，会见了越南胡志明市委书记阮文南。"
    assert {"陈凤翔": "CN", "阮文南": "VN"} in _pairs(text)
