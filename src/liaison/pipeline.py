"""Wire the stages: ingest -> normalise -> extract (parallel) -> store -> resolve -> store.

Documents whose content hash and extractor version are already in the store are skipped, so a
re-run costs only what changed. Extractions are committed in batches as they finish; an
interrupted build keeps them and the next run resumes.

Memory stays flat however large the input: articles stream from the readers, at most a fixed
window of them is in flight to the worker processes, and finished extractions are written in
batches. Only the per-id bookkeeping (ids seen, stored states) grows with the corpus, and the
global resolution step reads the light ``DocumentEvents`` view of the whole store.

The pieces other engines reuse (``Intake``, ``ExtractionWriter``, ``finish``) keep every engine's
counting, ordering and resolution identical to the local one.
"""

from __future__ import annotations

import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult
from pathlib import Path

import duckdb

from liaison.engines.guard import DEFAULT_BUDGET, extract_or_skip
from liaison.extract import EXTRACTOR_VERSION, extract
from liaison.ingest import iter_inputs
from liaison.ingest.fetch import Fetcher, cache_folder
from liaison.ingest.pages import is_url
from liaison.ingest.records import Item
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import Article, Document, EventFrame, Extraction, Note, Skipped
from liaison.normalise import normalise
from liaison.resolve import resolve
from liaison.store import Store, StoreError

Extractor = Callable[[Document, Gazetteer], tuple[EventFrame, ...]]
ProgressFn = Callable[[int, int], None]  # (documents seen, events found)
DocStates = dict[str, tuple[str, str]]  # doc_id -> (content_hash, extractor_version)

BATCH = 200  # extractions per committed transaction
CHUNK = 16  # articles per task sent to a worker process
IN_FLIGHT = 4  # tasks queued per worker: bounds what is held in memory at once
_POOL_THRESHOLD = 64  # fewer pending documents than this are built in-process


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events_found: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    events: int = 0
    people: int = 0
    seconds: float = 0.0

    @property
    def built(self) -> int:
        return self.added + self.updated

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + self.duplicates

    def skipped_by_reason(self) -> list[tuple[str, int]]:
        """(kind of reason, how many inputs), most frequent first."""
        return Counter(reason_kind(s.reason) for s in self.skipped).most_common()


def reason_kind(reason: str) -> str:
    """A reason without its particulars: ``malformed JSON: Expecting value (line 1, column 2)`` ->
    ``malformed JSON``; numbers become N."""
    head = re.split(r": | \(", reason, maxsplit=1)[0]
    return re.sub(r"(?<![\w-])\d[\d,.]*", "N", head)


def published_note(doc: Document) -> Note | None:
    """A note when the article's ``published`` value was not a date, so the text's own date (or none) is used."""
    given = doc.article.published
    if not given or (doc.published is not None and doc.published_evidence is None):
        return None
    fallback = f"the text's date {doc.published.iso} is used" if doc.published else "no date is used"
    return Note(doc.article.origin, f"published value {given[:40]!r} is not a real date; {fallback}")


# --- the shared bookkeeping ------------------------------------------------------------------
class Intake:
    """Decides, in input order, which items this build must extract.

    The first item with a given id wins; later ones count as duplicates. An item whose content
    hash and extractor version match the stored state is unchanged and is not extracted again.
    """

    def __init__(self, known: DocStates, version: str, summary: BuildSummary,
                 progress: ProgressFn | None = None) -> None:
        self.known = known
        self.version = version
        self.summary = summary
        self.progress = progress
        self._seen_ids: set[str] = set()
        self._reported: set[tuple[str, str]] = set()

    def skip(self, item: Skipped) -> None:
        """Count a skipped input once, however often the same input is met for the same reason."""
        key = (item.origin, item.reason)
        if key not in self._reported:
            self._reported.add(key)
            self.summary.skipped.append(item)

    def note(self, item: Note) -> None:
        self.summary.notes.append(item)

    def admit(self, doc_id: str, content_hash: str) -> bool:
        """True when the item must be extracted (new or changed)."""
        if doc_id in self._seen_ids:
            self.summary.duplicates += 1
            return False
        self._seen_ids.add(doc_id)
        if self.known.get(doc_id) == (content_hash, self.version):
            self.summary.unchanged += 1
            if self.progress:
                self.progress(self.summary.seen, self.summary.events_found)
            return False
        return True

    def pending(self, items: Iterable[Article | Skipped | Note]) -> Iterator[Article]:
        """The articles among ``items`` that must be extracted, streamed."""
        for item in items:
            if isinstance(item, Skipped):
                self.skip(item)
            elif isinstance(item, Note):
                self.note(item)
            elif self.admit(item.doc_id, item.content_hash):
                yield item


class ExtractionWriter:
    """Stores extractions in batches of ``BATCH``, counting them as added or updated.

    Each full batch is written by a background thread while the caller reads and extracts the
    next one (DuckDB releases the GIL while it writes); at most one batch is being written at a
    time, so batches commit in order and memory stays bounded. Use it as a context manager: on
    exit, even after an error, the batch being written is finished before the store closes.
    """

    def __init__(self, store: Store, known: DocStates, summary: BuildSummary,
                 progress: ProgressFn | None = None) -> None:
        self.store = store
        self.known = known
        self.summary = summary
        self.progress = progress
        self._batch: list[Extraction] = []
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="liaison-writer")
        self._writing: Future[None] | None = None

    def __enter__(self) -> ExtractionWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._wait()
        finally:
            self._executor.shutdown()

    def add(self, ex: Extraction) -> None:
        self._batch.append(ex)
        if ex.document.doc_id in self.known:
            self.summary.updated += 1
        else:
            self.summary.added += 1
        self.summary.events_found += len(ex.events)
        note = published_note(ex.document)
        if note is not None:
            self.summary.notes.append(note)
        if self.progress:
            self.progress(self.summary.seen, self.summary.events_found)
        if len(self._batch) >= BATCH:
            self._submit()

    def flush(self) -> None:
        """Write what is left and wait until every batch is committed."""
        self._submit()
        self._wait()

    def _submit(self) -> None:
        self._wait()
        if self._batch:
            batch, self._batch = self._batch, []
            self._writing = self._executor.submit(self.store.save_extractions, batch)

    def _wait(self) -> None:
        if self._writing is not None:
            writing, self._writing = self._writing, None
            writing.result()


def finish(store: Store, summary: BuildSummary, *, rebuild: bool, started: datetime) -> None:
    """Record skipped inputs, re-resolve when extractions changed, and log the build."""
    store.add_skipped(summary.skipped, summary.notes)
    if rebuild or store.resolution_stale():
        resolution = resolve(store.load_document_events(), store.judgements())
        store.save_resolution(resolution, default_gazetteer())
    counts = store.con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM persons)"
    ).fetchone()
    summary.events, summary.people = (counts[0], counts[1]) if counts else (0, 0)
    store.record_build(
        started,
        {"added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
         "skipped": len(summary.skipped), "events": summary.events},
    )


# --- extraction, in-process or in a pool -----------------------------------------------------
def extract_article(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Normalise and extract one article (the unit of work every engine runs)."""
    doc = normalise(article)
    if extractor is None:
        return extract(doc)
    return Extraction(doc, extractor(doc, default_gazetteer()), extractor_version(extractor))


def extractor_version(extractor: Extractor | None) -> str:
    """The version stamp stored with documents built by ``extractor`` (None: the default)."""
    if extractor is None:
        return EXTRACTOR_VERSION
    return f"{extractor.__module__}.{extractor.__name__}"


def guarded_extract(
    article: Article, extractor: Extractor | None = None, budget: float | None = DEFAULT_BUDGET
) -> Extraction | Skipped:
    """``extract_article`` within ``budget`` seconds; a failure or overrun is a ``Skipped`` for that article."""
    default_gazetteer()  # loaded once, outside any document's budget
    return extract_or_skip(article, lambda a: extract_article(a, extractor), budget)


def _extract_chunk(
    articles: list[Article], extractor: Extractor | None, budget: float | None
) -> list[Extraction | Skipped]:
    return [guarded_extract(a, extractor, budget) for a in articles]


def _extractions(
    articles: Iterable[Article], extractor: Extractor | None, workers: int, budget: float | None = DEFAULT_BUDGET
) -> Iterator[Extraction | Skipped]:
    """Extractions (or why not) in input order. With a pool, at most ``workers * IN_FLIGHT`` chunks
    are in flight, so neither the input nor finished results pile up in memory when one side is slower."""
    it = iter(articles)
    head = list(islice(it, _POOL_THRESHOLD))
    if workers <= 1 or len(head) < _POOL_THRESHOLD:
        for article in chain(head, it):
            yield guarded_extract(article, extractor, budget)
        return
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    chunks = _chunked(chain(head, it), CHUNK)
    window: deque[AsyncResult[list[Extraction | Skipped]]] = deque()
    with ctx.Pool(workers) as pool:
        for chunk in chunks:
            window.append(pool.apply_async(_extract_chunk, (chunk, extractor, budget)))
            if len(window) >= workers * IN_FLIGHT:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def _chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# --- the public entry points -----------------------------------------------------------------
def build(
    paths: Sequence[Path | str],
    db_path: Path | str,
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    budget: float | None = DEFAULT_BUDGET,
    fetcher: Fetcher | None = None,
) -> BuildSummary:
    """Build ``paths`` (files, folders, or URLs given as ``str``) into the database at ``db_path``
    and resolve the whole record.

    URLs are fetched with ``fetcher`` (default: polite defaults, the cache ``<db>.pages/``).
    Each document gets ``budget`` seconds of extraction. Any database failure (a full disk, a
    read-only location) is a ``StoreError``: what was committed before it stays, nothing is half
    written. A new database file is removed again when nothing at all was built into it."""
    if fetcher is None and any(isinstance(p, str) and is_url(p) for p in paths):
        fetcher = Fetcher(cache_folder(db_path))
    items = iter_inputs(paths, own=db_path, fetcher=fetcher)
    return build_items(items, db_path, extractor=extractor, workers=workers, rebuild=rebuild, progress=progress,
                       budget=budget)


def build_items(
    items: Iterable[Item],
    db_path: Path | str,
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    budget: float | None = DEFAULT_BUDGET,
) -> BuildSummary:
    """Build the articles among ``items`` (as ingest yields them: a crawl, say), as ``build`` does."""
    started = datetime.now()
    summary = BuildSummary()
    created = str(db_path) != ":memory:" and not Path(db_path).exists()
    try:
        with Store.open(db_path) as store:
            known: DocStates = {} if rebuild else store.document_states()
            intake = Intake(known, extractor_version(extractor), summary, progress)
            with ExtractionWriter(store, known, summary, progress) as writer:
                for ex in _extractions(intake.pending(items), extractor, workers, budget):
                    if isinstance(ex, Skipped):
                        intake.skip(ex)
                    else:
                        writer.add(ex)
                writer.flush()
            if created and summary.seen == 0:
                return summary
            finish(store, summary, rebuild=rebuild, started=started)
    except duckdb.Error as exc:
        raise StoreError(f"{db_path}: cannot write the database: {_first_line(exc)}") from exc
    finally:
        if created and summary.seen == 0:
            _remove_database(Path(db_path))
        summary.seconds = (datetime.now() - started).total_seconds()
    return summary


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _remove_database(path: Path) -> None:
    """Remove a database file this build created (and its write-ahead log)."""
    for leftover in (path, path.with_name(path.name + ".wal")):
        if leftover.exists():
            leftover.unlink()


def reresolve(db_path: Path | str) -> None:
    """Recompute the resolved record from stored extractions (after a judgement, say)."""
    with Store.open(db_path) as store:
        resolution = resolve(store.load_document_events(), store.judgements())
        store.save_resolution(resolution, default_gazetteer())
