"""An official of China written as a joined name (zhlost31): named first with a title chain and a long place
after it ("A·B在…首都…出席…"), later bare as the subject of a meeting ("A·B还会见了…")."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def _pairs(text: str) -> list[dict[str, str | None]]:
    doc = normalise(Article("t", text, "特使出席就职典礼", "test", None, "2019-12-11", language="zh"))
    return [{p.person.native: p.side for p in ev.participants} for ev in extract_events(doc, default_gazetteer())]


def test_a_joined_name_before_a_long_place_is_read() -> None:
    text = (
        "12月10日，全国人大常委会副委员长、国家主席特使艾力更·依明巴海当天在阿首都布宜诺斯艾利斯出席了新总统的"
        "就职仪式，并在前一天会见了新任总统费尔南德斯。"
    )
    assert any({"艾力更·依明巴海", "费尔南德斯"} <= set(p) for p in _pairs(text))


def test_a_joined_name_written_bare_later_keeps_its_chinese_side() -> None:
    text = (
        "全国人大常委会副委员长、特使艾力更·依明巴海出席了阿根廷新总统的就职仪式。\n"
        "艾力更·依明巴海另外还会见了阿根廷副总统克里斯蒂娜。"
    )
    assert {"艾力更·依明巴海": "CN", "克里斯蒂娜": "AR"} in _pairs(text)
