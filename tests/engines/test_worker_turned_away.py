"""An article the triage is certain to turn away is decided on its text as written (``worker._turned_away_early``):
its outcome is the one the normalised path gives, row for row."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from liaison.engines import worker
from liaison.engines.worker import Settings, extract_article, outcome, triage_fingerprint
from liaison.extract.triage import may_hold_exchange
from liaison.ingest import content_hash
from liaison.ingest.records import parse_record
from liaison.model.rows import extraction_row, published_note
from liaison.model.types import Article
from liaison.normalise import normalise
from tests.conftest import ARCHIVE


def _article(text: str, published: str | None = "2024-05-03", title: str | None = None) -> Article:
    return Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", title=title,
                   published=published, language="zh")


def _normalised_outcome(article: Article) -> tuple[object, ...]:
    """What ``outcome`` gave before the early decision: the guarded, normalised path."""
    ex = extract_article(article)
    turned_away = not ex.document.sentences and not may_hold_exchange(ex.document)
    row = extraction_row(ex, triage_fingerprint() if turned_away else None)
    return row, published_note(ex.document), len(ex.events)


def test_a_domestic_item_is_turned_away_before_it_is_normalised() -> None:
    article = _article("国务院总理李强主持召开国务院常务会议，研究部署进一步做好防汛抗旱工作。\n会议指出，要压实责任。")
    assert worker._turned_away_early(article) is not None
    done = outcome(article, Settings())
    assert (done.row, done.note, done.events) == _normalised_outcome(article)
    assert done.row is not None and done.row[-2] == triage_fingerprint()  # stored as turned away by the triage


@pytest.mark.parametrize(
    "article",
    [
        _article("习近平在人民大会堂会见越南国家主席。"),  # a cue
        _article("国务院常务会议研究部署防汛工作。", title="李强会见外宾"),  # a cue in the title
        _article("國務院總理李強主持召開國務院常務會議。"),  # traditional characters: normalised first
        _article("人民大会(huì)堂举行活动。"),  # a pinyin gloss moves characters: normalised first
        _article("国务院常务会议研究部署防汛工作。", published="May 3, 2024"),  # a date read with the text
        _article("国务院常务会议研究部署防汛工作。", published=None),
    ],
)
def test_anything_else_goes_the_usual_way(article: Article) -> None:
    assert worker._turned_away_early(article) is None


@pytest.mark.usefixtures("shared")
def test_real_cctv_items_give_the_same_outcome_either_way() -> None:
    """3,000 real items: every one turned away early would be turned away once normalised, with the same row and
    note; most domestic items are."""
    early = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(islice(fh, 3000)):
            record = json.loads(line)
            if not (record.get("text") or "").strip():
                continue
            article = parse_record(record, f"x-{n}", f"x:{n}")
            if worker._turned_away_early(article) is None:
                continue
            early += 1
            assert not may_hold_exchange(normalise(article, sentences=False)), article.doc_id
            done = outcome(article, Settings())
            assert (done.row, done.note, done.events) == _normalised_outcome(article), article.doc_id
    assert early >= 1000
