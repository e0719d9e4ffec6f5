"""The party-channel convention of ``shared/eval/GOLD_FORMAT.md`` on real-style CCTV items.

"party = at least one principal acts in a party capacity (party title, party delegation) AND the
counterpart is a party/party official", and "every field must be supported by the article text":
a principal's party post makes the exchange a party one only when the article states it, and the
counterpart's party capacity must be in the text too (their own party title, or the article speaking
of party-to-party relations). Parties are listed only when the channel has "party".
Sentences are written for the tests in the shape of CCTV items (no corpus text is copied).
"""

from __future__ import annotations

from liaison.extract.zh import extract_events
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _event(text: str) -> EventFrame:
    doc = normalise(Article("t", text, "h", "test", None, "2018-11-08", language="zh"))
    events = extract_events(doc, default_gazetteer())
    assert len(events) == 1, events
    return events[0]


def _parties(ev: EventFrame) -> set[str | None]:
    return {p.key for p in ev.parties}


def test_state_titles_and_no_party_wording_stay_state_without_parties() -> None:
    ev = _event("国务院总理李克强8日在人民大会堂会见古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔。"
                "李克强表示，中古是好朋友、好同志、好伙伴。")
    assert ev.channel == ("state",)
    assert not ev.parties


def test_a_foreign_party_post_met_by_a_state_title_without_party_wording_stays_state() -> None:
    ev = _event("国务院总理李克强14日上午在河内会见越共中央总书记阮富仲。"
                "李克强表示，中越双方要把握好两国关系的大方向。")
    assert "party" not in ev.channel
    assert not ev.parties


def test_a_foreign_party_post_and_party_relations_in_the_text_add_the_party_channel() -> None:
    ev = _event("国务院总理李克强14日上午在河内会见越共中央总书记阮富仲。"
                "李克强表示，中方愿同越方推动两党两国关系持续健康发展。")
    assert "party" in ev.channel
    assert {"cpc", "cpv"} <= _parties(ev)


def test_party_posts_on_both_sides_during_a_state_visit_make_party_and_state() -> None:
    ev = _event("中共中央总书记、国家主席习近平12日在河内同越共中央总书记、国家主席苏林举行会谈。")
    assert ev.channel == ("party", "state")
    assert {"cpc", "cpv"} <= _parties(ev)
