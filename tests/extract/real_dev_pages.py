"""Real text for the extractor tests, read as the build reads it: restated pages of ``quality/real-dev``
by id, and readout items of ``../shared`` by id. A test skips when its text is not there."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from liaison.extract import extract
from liaison.ingest.records import parse_record
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.conftest import SHARED

REAL_DEV = Path(__file__).resolve().parents[2] / "quality" / "real-dev"


@cache
def _pages(slice_: str) -> dict[str, dict[str, Any]]:
    path = REAL_DEV / f"{slice_}.articles.jsonl"
    if not path.is_file():
        return {}
    return {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def page_events(doc_id: str, blind: bool = False) -> tuple[EventFrame, ...]:
    """The events of the real-dev page ``doc_id`` ("web-es-102": slice ``web-es``); ``blind``: read with a gazetteer
    that knows none of the people it names (``forget_people``)."""
    slice_ = doc_id.rsplit("-", 1)[0]
    raw = _pages(slice_).get(doc_id)
    if raw is None:
        pytest.skip(f"{doc_id} is not in quality/real-dev/{slice_}.articles.jsonl")
    gazetteer = default_gazetteer()
    if blind:
        gazetteer = forget_people(gazetteer, [raw["text"], raw.get("title") or ""])
    return extract(normalise(parse_record(raw, doc_id, f"real-dev/{slice_}")), gazetteer).events


def sentence_events(
    text: str, published: str, language: str = "zh", blind: bool = False, url: str | None = None
) -> tuple[EventFrame, ...]:
    """The events of a short text written in the style of the pages (dated ``published``, at the address ``url``);
    ``blind``: read as a blind article's, the people table knowing none of the people it names (``forget_people``)."""
    article = Article("t", text, "h", "test", None, published, url=url, language=language)
    gazetteer = forget_people(default_gazetteer(), [text]) if blind else default_gazetteer()
    return extract(normalise(article), gazetteer).events


def seats(ev: EventFrame) -> dict[str, tuple[str | None, bool]]:
    """Each participant's native name -> (side, lead)."""
    return {p.person.native: (p.side, p.lead) for p in ev.participants}


def readout_events(shared: Path, *ids: str) -> dict[str, tuple[EventFrame, ...]]:
    """The events of the White House readouts ``ids`` of ``../shared``'s corpus, by id."""
    return corpus_events(shared, "wh-readouts-2021-2025", *ids)


def corpus_events(shared: Path, corpus: str, *ids: str) -> dict[str, tuple[EventFrame, ...]]:
    """The events of the items ``ids`` of the ``../shared`` corpus ``corpus`` ("kcna-en-2023-2024"), by id."""
    path = shared / "corpus" / f"{corpus}.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    found: dict[str, tuple[EventFrame, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            if raw["id"] in ids:
                found[raw["id"]] = extract(normalise(parse_record(raw, raw["id"], str(path)))).events
    return found


_CCTV_FILES = ("xwlb-2012-2022.jsonl.gz", "xwlb-2022-2026.jsonl.gz")


@cache
def cctv_items(ids: frozenset[str]) -> dict[str, dict[str, Any]]:
    """The CCTV items ``ids`` of ``../shared``'s two archive files, by id, read in one pass (missing: absent)."""
    found: dict[str, dict[str, Any]] = {}
    for name in _CCTV_FILES:
        path = SHARED / "corpus" / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if len(found) == len(ids):
                    return found
                if any(f'"{i}"' in line[:80] for i in ids):
                    item = json.loads(line)
                    if item["id"] in ids:
                        found[item["id"]] = item
    return found


def assert_one_message_per_sender(doc_id: str, recipient: str, senders: set[str]) -> None:
    """A roundup of ``doc_id``: every one of ``senders`` sends ``recipient`` a message, one message per sender."""
    messages = [e for e in page_events(doc_id) if e.kind == "message"]
    got = {p.person.native for e in messages for p in e.participants if p.person.native != recipient}
    assert senders <= got
    for e in messages:
        names = {p.person.native for p in e.participants}
        assert recipient in names
        assert len(names - {recipient}) == 1


def names_in(event: EventFrame) -> set[str]:
    """The native names of an event's participants."""
    return {p.person.native for p in event.participants}


def all_names(found: tuple[EventFrame, ...]) -> set[str]:
    """The native names of every participant of any event found."""
    return {n for e in found for n in names_in(e)}


def events_with(found: tuple[EventFrame, ...], *names: str) -> list[EventFrame]:
    """The events found that seat every one of ``names``."""
    return [e for e in found if set(names) <= names_in(e)]


def page_event_with(doc_id: str, *names: str) -> EventFrame:
    """The first event of a real-dev page that seats every one of ``names`` (failing with what the page gives)."""
    found = page_events(doc_id)
    hits = events_with(found, *names)
    assert hits, f"no event of {doc_id} names {names}: {[seats(e) for e in found]}"
    return hits[0]
