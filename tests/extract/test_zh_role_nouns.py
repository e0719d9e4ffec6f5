"""Words for a group of officials (政府高层, 党政官员, 有关负责人) are nobody's name (zh30, real-dev-zh): an arrival the
"party and government leadership" greets at the airport has no greeter named."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise


def test_the_leadership_greeting_an_arrival_is_no_person() -> None:
    text = (
        "朝鲜领导人金正恩9日与来访的老挝总书记通伦举行会谈。\n"
        "朝鲜劳动党10日庆祝建党周年，多国代表团已先后抵达平壤。\n"
        "中国外交部发表声明称，应邀访问朝鲜的李强已在9日飞抵平壤，朝鲜劳动党和政府高层到机场迎接。"
    )
    doc = normalise(Article("t", text, "多国代表团抵达平壤", "test", None, "2025-10-09", language="zh"))
    natives = {p.person.native for ev in extract_events(doc, default_gazetteer()) for p in ev.participants}
    assert "政府高层" not in natives and "朝鲜劳动党和政府高层" not in natives
    assert {"金正恩", "通伦"} <= natives
