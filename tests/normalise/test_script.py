"""Chinese web text read in the extractor's form (simplified, full-width), offsets unchanged."""

from __future__ import annotations

from liaison.extract import extract
from liaison.model.types import Article
from liaison.normalise import normalise
from liaison.normalise.script import to_simplified

# Shaped as a Xinhua web dateline with ASCII punctuation, and as a Hong Kong outlet's traditional text.
DATELINE = "新华社明斯克9月23日电(记者甲 乙)中共中央政治局常委、中央纪委书记李希在明斯克会见白俄罗斯总统卢卡申科。"
TRADITIONAL = "3月17日,國家主席習近平在北京會見巴基斯坦總統阿爾維。"


def test_simplified_with_full_width_punctuation_and_same_length() -> None:
    out = to_simplified(DATELINE)
    assert len(out) == len(DATELINE)
    assert out.startswith("新华社明斯克9月23日电（记者甲 乙）中共")
    assert to_simplified(TRADITIONAL).startswith("3月17日，国家主席习近平在北京会见")
    assert to_simplified("Hello, world (x)") == "Hello, world (x)"


def test_web_dateline_and_traditional_text_give_events_with_natives_as_written() -> None:
    doc = normalise(Article("zh-web", DATELINE, "h", "test", language="zh", published="2025-09-24"))
    (event,) = extract(doc).events
    assert {p.person.name for p in event.participants} >= {"Li Xi"}
    doc = normalise(Article("zh-hk", TRADITIONAL, "h", "test", language="zh-TW", published="2020-03-18"))
    (event,) = extract(doc).events
    xi = next(p.person for p in event.participants if p.person.name == "Xi Jinping")
    assert xi.native == "習近平" and "习近平" in xi.aliases
