"""Wire the stages: ingest -> normalise -> extract (parallel) -> store -> resolve -> store.

Documents whose content hash and extractor version are already in the store are skipped, so a
re-run costs only what changed. Extractions are committed in batches as they finish; an
interrupted build keeps them and the next run resumes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path

from liaison.extract import EXTRACTOR_VERSION, extract
from liaison.ingest import iter_inputs
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import Article, Document, EventFrame, Extraction, Skipped
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.store import Store

Extractor = Callable[[Document, Gazetteer], tuple[EventFrame, ...]]
ProgressFn = Callable[[int, int], None]  # (documents seen, events found)

BATCH = 200
_POOL_THRESHOLD = 64  # fewer pending documents than this are built in-process


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events_found: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    events: int = 0
    people: int = 0
    seconds: float = 0.0

    @property
    def built(self) -> int:
        return self.added + self.updated

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + self.duplicates


def _extract_one(item: tuple[Article, Extractor | None]) -> Extraction:
    article, extractor = item
    doc = normalise(article)
    if extractor is None:
        return extract(doc)
    return Extraction(doc, extractor(doc, default_gazetteer()), _version(extractor))


def _version(extractor: Extractor | None) -> str:
    if extractor is None:
        return EXTRACTOR_VERSION
    return f"{extractor.__module__}.{extractor.__name__}"


def _extractions(
    articles: Iterable[Article], extractor: Extractor | None, workers: int
) -> Iterator[Extraction]:
    items = ((a, extractor) for a in articles)
    head = list(islice(items, _POOL_THRESHOLD))
    if workers <= 1 or len(head) < _POOL_THRESHOLD:
        for item in head:
            yield _extract_one(item)
        for item in items:
            yield _extract_one(item)
        return
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_extract_one, chain(head, items), chunksize=8)


def build(
    paths: Sequence[Path],
    db_path: Path | str,
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
) -> BuildSummary:
    """Build ``paths`` into the database at ``db_path`` and resolve the whole record."""
    started = datetime.now()
    summary = BuildSummary()
    version = _version(extractor)
    gazetteer = default_gazetteer()
    with Store.open(db_path) as store:
        known = {} if rebuild else store.document_states()
        seen_ids: set[str] = set()

        def pending() -> Iterator[Article]:
            for item in iter_inputs(paths):
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                    continue
                if item.doc_id in seen_ids:
                    summary.duplicates += 1
                    continue
                seen_ids.add(item.doc_id)
                state = known.get(item.doc_id)
                if state == (item.content_hash, version):
                    summary.unchanged += 1
                    if progress:
                        progress(summary.seen, summary.events_found)
                    continue
                if state is None:
                    summary.added += 1
                else:
                    summary.updated += 1
                yield item

        batch: list[Extraction] = []
        for ex in _extractions(pending(), extractor, workers):
            batch.append(ex)
            summary.events_found += len(ex.events)
            if progress:
                progress(summary.seen, summary.events_found)
            if len(batch) >= BATCH:
                store.save_extractions(batch)
                batch.clear()
        store.save_extractions(batch)
        store.add_skipped(summary.skipped)

        if rebuild or store.resolution_stale():
            resolution = resolve(store.load_document_events(), store.judgements())
            store.save_resolution(resolution, gazetteer)
        counts = store.con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM persons)"
        ).fetchone()
        summary.events, summary.people = (counts[0], counts[1]) if counts else (0, 0)
        store.record_build(
            started,
            {"added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
             "skipped": len(summary.skipped), "events": summary.events},
        )
    summary.seconds = (datetime.now() - started).total_seconds()
    return summary


def reresolve(db_path: Path | str) -> None:
    """Recompute the resolved record from stored extractions (after a judgement, say)."""
    with Store.open(db_path) as store:
        resolution = resolve(store.load_document_events(), store.judgements())
        store.save_resolution(resolution, default_gazetteer())
