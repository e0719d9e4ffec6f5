"""An exchange a sentence opens on as years ago is history recalled (real-dev-7, an ambassador's farewell
reception recalling a meeting of 45 years before): no event."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article
from liaison.normalise import normalise

_FAREWELL = (
    "据中国驻新加坡大使馆网站7月27日消息,7月26日,孙海燕大使在新加坡富丽敦海湾酒店举办离任招待会,500多人到场。\n"
    "孙大使说,中新友谊源远流长。45年前,新加坡开国总理李光耀和中国改革开放总设计师邓小平在新加坡进行了历史性会面,"
    "中新友谊实现历史性飞跃。"
)


def _natives(text: str) -> list[set[str]]:
    doc = normalise(Article("t", text, "孙海燕即将离任", "test", None, "2023-07-28", language="zh"))
    return [{p.person.native for p in ev.participants} for ev in extract_events(doc, default_gazetteer())]


def test_a_meeting_told_as_years_ago_is_no_event() -> None:
    assert not any("李光耀" in people for people in _natives(_FAREWELL))


def test_the_items_own_meeting_beside_a_recalled_one_stays() -> None:
    text = (
        "新华社北京9月4日电 9月4日上午,习近平在人民大会堂会见老挝人民革命党中央总书记、国家主席通伦。\n"
        "20年前,两国领导人在万象举行会谈,开启了新阶段。"
    )
    assert any("通伦" in people for people in _natives(text))
