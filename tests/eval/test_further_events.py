"""The stage at which an article's further events are lost (``liaison.eval.further``, ``scripts/further_events.py``),
on real lines of quality/real-dev (The Kathmandu Post, web-en-152) and the extractor's own trace
(``extract.assembly.trace``)."""

from __future__ import annotations

from liaison.eval.further import classify
from liaison.eval.gold import GoldEvent, gold_from_dicts
from liaison.extract import extract
from liaison.extract.assembly.trace import Step, traced
from liaison.extract.latin.kinds import find_kind
from liaison.extract.lexicon_file import lexicon_for
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document
from liaison.normalise import normalise

_TEXT = (
    "KATHMANDU: China’s Ambassador to Nepal Hou Yanqi on Thursday met NCP Co-chair Pushpa Kamal Dahal at his "
    "residence in Khumaltar.\n"
    "Zhang Si, an official at the Chinese Embassy, said the envoy met Dahal on Thursday.\n"
    "Hou Yanqi also met Bam Dev Gautam on Friday.\n"
    "Jhalanath Khanal spoke of the friendship between the two parties.\n"
)


def _doc() -> Document:
    article = Article(doc_id="t", text=_TEXT, content_hash=content_hash(_TEXT), origin="test",
                      published="2020-05-08", language="en")
    return normalise(article)


def _gold(*pairs: tuple[str, str, str]) -> list[GoldEvent]:
    events = [{"kind": kind, "date": None, "location": None, "remote": False, "channel": ["party"], "parties": [],
               "participants": [{"name": a, "country": "CN", "lead": True}, {"name": b, "country": "NP", "lead": True}]}
              for kind, a, b in pairs]
    (article,) = gold_from_dicts([{"doc": "t", "language": "en", "events": events}])
    return list(article.events)


def _cue(s: str) -> bool:
    return find_kind(s, lexicon_for("en", s)) is not None


def test_tracing_records_the_steps_and_changes_nothing() -> None:
    doc = _doc()
    plain = extract(doc, default_gazetteer()).events
    with traced() as steps:
        seen = extract(doc, default_gazetteer()).events
    assert seen == plain
    names = [s.name for s in steps]
    assert "domestic" in names and "recall_tier_one_side" in names
    assert steps[-1].name == "handed_messages" and len(steps[-1].after) == len(plain)  # the frames returned


def test_a_frame_a_filter_took_is_lost_at_that_step() -> None:
    doc = _doc()
    frames = extract(doc, default_gazetteer()).events
    gold = _gold(("meeting", "Hou Yanqi", "Pushpa Kamal Dahal"))
    steps = [Step("domestic", frames, ())]
    assert classify(doc, gold, (), steps, 0, _cue)[0] == "lost:domestic"


def test_a_message_of_the_same_two_folded_into_their_meeting() -> None:
    doc = _doc()
    frames = [f for f in extract(doc, default_gazetteer()).events
              if any(p.person.native == "Pushpa Kamal Dahal" for p in f.participants)]
    gold = _gold(("meeting", "Hou Yanqi", "Pushpa Kamal Dahal"), ("message", "Hou Yanqi", "Pushpa Kamal Dahal"))
    assert classify(doc, gold, frames, [], 1, _cue)[0] == "folded:same_people"


def test_people_told_with_a_cue_no_cue_or_not_at_all() -> None:
    doc = _doc()
    dahal = [f for f in extract(doc, default_gazetteer()).events
             if any(p.person.native == "Pushpa Kamal Dahal" for p in f.participants)]
    gold = _gold(("meeting", "Hou Yanqi", "Pushpa Kamal Dahal"), ("meeting", "Hou Yanqi", "Bam Dev Gautam"),
                 ("meeting", "Hou Yanqi", "Jhalanath Khanal"), ("meeting", "Hou Yanqi", "Ram Bahadur Thapa"))
    stage, sentence = classify(doc, gold, dahal, [], 1, _cue)
    assert (stage, sentence.strip()) == ("cue_no_frame", "Hou Yanqi also met Bam Dev Gautam on Friday.")
    assert classify(doc, gold, dahal, [], 2, _cue)[0] == "no_cue"
    assert classify(doc, gold, dahal, [], 3, _cue)[0] == "not_named"


def test_a_fresh_samples_gold_file_is_read_with_its_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from liaison.eval.dev_articles import file_articles

    articles = tmp_path / "sample.jsonl"
    articles.write_text("".join(json.dumps(a) + "\n" for a in (
        {"id": "web-en-9001", "text": _TEXT, "published": "2020-05-08", "language": "en", "url": "https://x.test/a"},
        {"id": "web-en-9002", "text": _TEXT, "published": "2020-05-08", "language": "en", "url": "https://x.test/b"},
    )), encoding="utf-8")
    gold = tmp_path / "sample.gold.jsonl"
    gold.write_text(json.dumps({"doc": "web-en-9001", "language": "en", "events": []}) + "\n", encoding="utf-8")
    with file_articles(gold, articles) as (by_doc, found):
        assert list(by_doc) == ["web-en-9001"]
        assert [a.doc_id for a in found] == ["web-en-9001"]  # only the articles the gold annotates
    with file_articles(gold, articles, slice_name="web-zh") as (_, found):
        assert not found
