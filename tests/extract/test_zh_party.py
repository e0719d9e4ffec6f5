"""Chinese extractor: the party channel from known party leaders (sentences written for the tests)."""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.extract.zh.capacity import known_party
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, EventFrame
from liaison.normalise import normalise


def _doc(text: str) -> Document:
    return normalise(Article("t", text, "h", "test", None, "2025-04-15", language="zh"))


def _events(text: str) -> tuple[EventFrame, ...]:
    return extract_events(_doc(text), default_gazetteer())


def _abbrs(ev: EventFrame) -> set[str | None]:
    return {p.abbr for p in ev.parties}


def test_party_title_host_meets_party_state_president() -> None:
    (ev,) = _events("中共中央总书记、国家主席习近平15日在河内会见越南国家主席梁强。")
    assert "party" in ev.channel and "state" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPV"}


def test_party_title_host_meets_known_party_leader_styled_as_premier() -> None:
    (ev,) = _events("中共中央政治局常委、中央书记处书记蔡奇在北京会见柬埔寨首相洪玛奈。")
    assert "party" in ev.channel
    assert _abbrs(ev) == {"CPC", "CPP"}


def test_state_titles_on_both_sides_stay_state() -> None:
    (ev,) = _events("国务院总理李强在北京会见越南政府总理范明政。")
    assert ev.channel == ("state",)
    assert ev.parties == ()


def test_party_title_host_meets_non_party_state_leader_stays_state() -> None:
    (ev,) = _events("中共中央总书记、国家主席习近平在北京会见法国总统马克龙。")
    assert "party" not in ev.channel
    assert ev.parties == ()


def test_known_party_needs_a_top_post_that_ends_the_segment() -> None:
    gaz = default_gazetteer()
    assert known_party("某某", "老挝国家主席", "LA", gaz) is not None
    assert known_party("某某", "古巴国家主席特使、外交部长", "CU", gaz) is None
    assert known_party("某某", "越南国家副主席", "VN", gaz) is None
    assert known_party("某某", "法国总理", "FR", gaz) is None
    entry = known_party("赵乐际", "全国人大常委会委员长", "CN", gaz)
    assert entry is not None and entry.abbr == "CPC"
