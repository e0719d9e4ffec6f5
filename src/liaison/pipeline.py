"""Wire the stages: ingest -> normalise -> extract (parallel) -> store -> resolve -> store.

Documents whose content hash and extractor version are already in the store are skipped, so a
re-run costs only what changed; after a new extractor version, documents the (unchanged) triage
turned away are only restamped. Extractions are committed in batches as they finish; an
interrupted build keeps them and the next run resumes.

The main process reads bytes, counts and writes; worker processes (``engines.local``) parse,
hash, extract and hand back ready-made rows. Memory stays flat however large the input: parts of
it stream from the readers, at most a fixed window of them is in flight, finished rows are
written in batches, and the database is held to ``BUILD_MEMORY``. Only the per-id bookkeeping
(ids seen, stored states) grows with the corpus, and the global resolution step reads the
documents with events, in the light ``DocumentEvents`` view.

The pieces other engines reuse (``Intake``, ``ExtractionWriter``, ``finish``) keep every engine's
counting, ordering and resolution identical to the local one.
"""

from __future__ import annotations

import contextlib
import gc
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

import duckdb
import pyarrow as pa

from liaison.engines import local
from liaison.engines.guard import DEFAULT_BUDGET
from liaison.engines.worker import (
    DocStates,
    Done,
    Extractor,
    Outcome,
    Settings,
    extract_article,
    extractor_version,
    guarded_extract,
    triage_fingerprint,
)
from liaison.ingest import Part, iter_parts
from liaison.ingest.fetch import Fetcher, cache_folder
from liaison.ingest.pages import is_url
from liaison.ingest.records import Item
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.rows import FRAMES, TEXT, DocumentRow, extraction_row, published_note
from liaison.model.types import Article, Extraction, Note, Skipped
from liaison.resolve.prepared import PreparedDocument
from liaison.store import Store, StoreError
from liaison.store.resolution import (
    Elsewhere,
    Prepared,
    give_back_memory,
    resolve_stored,
    resolved_by_block,
    trim_heap,
    warm_elsewhere,
)

__all__ = [
    "BuildSummary", "DocStates", "ExtractionWriter", "Extractor", "Intake", "build", "extract_article",
    "extractor_version", "finish", "guarded_extract", "published_note", "reresolve",
]

ProgressFn = Callable[[int, int], None]  # (documents seen, events found)

BATCH = 2000  # documents per committed transaction at most
BATCH_BYTES = 16 << 20  # and text bytes
BUILD_MEMORY = "64MB"  # the database's own memory while storing documents (it spills to disk beyond)
# and while the record is resolved (its queries need more room: at 64MB a whole resolution of the 75k record
# peaked 60 MB lower for the same CPU, but the 225k record ran out of memory reading documents in its transaction)
RESOLVE_MEMORY = "128MB"
# Write-ahead log size at which the database checkpoints while building. Each checkpoint writes the
# tables' indexes again, so their cost grows with the record: at 64MB the writer thread spent 4.6 s of
# CPU on the 75k record, at 256MB 1.9-2.2 s (peak PSS of the build and its workers 450 -> 447 MB).
CHECKPOINT = "256MB"
# A whole resolution after a build with N > 1 workers clusters blocks and merges events in N forked
# processes (``store.resolution``). Off: on the whole record it cut the main process's CPU by a third
# but raised peak memory (PSS) by some 130 MB, past the 500 MB target (measured on a loaded machine).
RESOLVE_IN_FORKS = False
# A whole resolution after a build with a pool of workers clusters its blocks and merges its events in a pool
# started for it (``engines.local.Kept``: spawned interpreters that import only the resolution's modules; the
# extraction workers and their fork server end first). On the 75k record it moves two thirds of the main
# process's CPU after the last worker's result to those processes, peak PSS within 500 MB; see DEVELOPERS.md
# "Performance".
RESOLVE_IN_WORKERS = True
# Units prepared from which the pool a whole resolution keeps has one process, whatever the build's workers: the
# main process's memory while resolving grows with the record (its units' metadata, what is in flight), each
# process's with the largest block it clustered (225k items with 2 processes, 536 MB at the peak: main 283, the
# two 129 and 118; the 75k record, some 24,000 units, 385 MB)
KEPT_ALONE_UNITS = 40_000
# Documents built at which a build lets go of pinyin's tables before resolving (``release_pinyin``): a build
# extracted in this process (one worker) loaded them, and resolution reads none
RELEASE_PINYIN_AT = 1000


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
    retagged: int = 0  # of the updated: only restamped with the new extractor version (triage turned them away)

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

    def forget(self) -> None:
        """Drop the ids met and the stored states once every item is in (both grow with the record)."""
        self._seen_ids = set()
        self.known.clear()

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
    """Stores built documents (``model.rows``) in batches of ``BATCH``, counting them as added or updated.

    Each full batch is written by a background thread while the caller reads and extracts the
    next one (DuckDB releases the GIL while it writes); at most one batch is being written at a
    time, so batches commit in order and memory stays bounded. Use it as a context manager: on
    exit, even after an error, the batch being written is finished before the store closes.
    ``fresh``: the store held no documents when the build began, so rows are inserted, never
    replaced, and not listed as pending resolution (``resolve_pending``): with them the store is marked as
    resolved by no block (``Store.save_rows``), so the resolution after (this build's or, should it stop,
    the next one's) resolves the whole record, which reads no such list. The list is a keyed table which that
    resolution empties at its end: deleting the 75,000 keys of the whole record cost 1.5 s of CPU and
    more of waiting in its commit, after the workers had finished.
    """

    def __init__(self, store: Store, known: DocStates, summary: BuildSummary,
                 progress: ProgressFn | None = None, *, fresh: bool = False, version: str = "",
                 prepared: Prepared | None = None) -> None:
        self.store = store
        self.prepared = prepared  # what resolution takes from the documents built (kept when given)
        self.known = known
        self.summary = summary
        self.progress = progress
        self.fresh = fresh
        self.version = version
        self._batch: list[DocumentRow] = []
        self._retag: list[str] = []
        self._bytes = 0
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
        """Store one extraction (in-process callers; engines send rows to ``add_row``)."""
        self.add_row(extraction_row(ex), len(ex.events), published_note(ex.document))

    def add_row(self, row: DocumentRow, events: int, note: Note | None = None,
                prepared: PreparedDocument | None = None) -> None:
        self._batch.append(row)
        if prepared is not None and self.prepared is not None:
            self.prepared.add(prepared)
        self._bytes += len(row[TEXT] or "") + len(row[FRAMES])  # (str or UTF-8 bytes: ``worker.sent``)
        self._count(row[0])
        self.summary.events_found += events
        if note is not None:
            self.summary.notes.append(note)
        self._report()
        if len(self._batch) >= BATCH or self._bytes >= BATCH_BYTES:
            self._submit()

    def retag(self, doc_id: str) -> None:
        """Stamp a stored document with this build's version (nothing else about it changes)."""
        self._retag.append(doc_id)
        self.summary.retagged += 1
        self._count(doc_id)
        self._report()
        if len(self._retag) >= BATCH:
            self._submit()

    def flush(self) -> None:
        """Write what is left and wait until every batch is committed."""
        self._submit()
        self._wait()

    def _count(self, doc_id: str) -> None:
        if doc_id in self.known:
            self.summary.updated += 1
        else:
            self.summary.added += 1

    def _report(self) -> None:
        if self.progress:
            self.progress(self.summary.seen, self.summary.events_found)

    def _submit(self) -> None:
        self._wait()
        if self._batch or self._retag:
            batch, retag, self._batch, self._retag, self._bytes = self._batch, self._retag, [], [], 0
            self._writing = self._executor.submit(self._write, batch, retag)

    def _write(self, batch: list[DocumentRow], retag: list[str]) -> None:
        self.store.save_rows(batch, replace=not self.fresh, pending=not self.fresh)
        self.store.retag(retag, self.version)
        del batch[:]  # (the rows, freed here rather than when the next batch replaces them)
        trim_heap()  # (their pages and their Arrow table's, given back: see ``trim_heap``)

    def _wait(self) -> None:
        if self._writing is not None:
            writing, self._writing = self._writing, None
            writing.result()


def _kept_processes(given: Prepared, workers: int) -> int:
    """Processes of the pool a whole resolution keeps (``KEPT_ALONE_UNITS``)."""
    return 1 if given.units >= KEPT_ALONE_UNITS else workers


def finish(store: Store, summary: BuildSummary, *, rebuild: bool, started: datetime,
           given: Prepared | None = None, workers: int = 1, elsewhere: Elsewhere | None = None) -> None:
    """Record skipped inputs, re-resolve when extractions changed, and log the build (``given``: what
    the build's workers prepared for resolution, see ``resolve.prepared``; ``workers``: processes that
    may be forked to cluster the blocks of a whole resolution; ``elsewhere``: the pool the build kept,
    which clusters them instead, closed here)."""
    store.add_skipped(summary.skipped, summary.notes)
    store.tune(memory_limit=RESOLVE_MEMORY)
    if rebuild or store.resolution_stale():
        whole = rebuild or not resolved_by_block(store)
        if whole:
            give_back_memory()  # what extraction freed, before resolution allocates its own
            store.release_memory()
        elif elsewhere is not None:
            elsewhere.close()  # (a resolution in part clusters its blocks here)
        resolve_stored(store, default_gazetteer(), whole=whole, given=given, workers=workers,
                       elsewhere=elsewhere if whole else None)
    if elsewhere is not None:
        elsewhere.close()
    summary.events, summary.people = store.record_counts()
    store.record_build(
        started,
        {"added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
         "skipped": len(summary.skipped), "events": summary.events},
    )


def release_pinyin() -> None:
    """Let go of pypinyin's tables (some 50 MB, loaded when Chinese text was extracted in this process)
    before a large build resolves: what matching reads from pinyin came with the prepared units
    (``resolve.mentions.Unit.compact``). Its modules are dropped, not emptied: whatever asks for pinyin
    later imports it again and reads the same tables (the garbage collector frees them with the build's
    other garbage, ``give_back_memory``)."""
    for name in [m for m in sys.modules if m == "pypinyin" or m.startswith("pypinyin.")]:
        del sys.modules[name]


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Let the cyclic garbage collector skip what exists already (imported code, its tables, the stored
    units read) and run its young collections seldom: frequent collections of a large heap cost about a
    third of an incremental build. A whole resolution after a build runs so too: it makes no cyclic garbage
    (its collections under the usual thresholds, some 2,200 at 75,000 items, freed nothing) and they cost a
    sixth of its CPU (0.9 of 5.5 s at 75,000 items: each full one walks every unit, frame and row alive)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


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
    units = iter_parts(paths, own=db_path, fetcher=fetcher)
    return build_items(units, db_path, extractor=extractor, workers=workers, rebuild=rebuild, progress=progress,
                       budget=budget)


def build_items(
    items: Iterable[Item | Part],
    db_path: Path | str,
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    rebuild: bool = False,
    progress: ProgressFn | None = None,
    budget: float | None = DEFAULT_BUDGET,
) -> BuildSummary:
    """Build the articles among ``items`` (as ingest yields them: a crawl, say, or the parts of
    ``ingest.iter_parts``), as ``build`` does."""
    started = datetime.now()
    summary = BuildSummary()
    created = str(db_path) != ":memory:" and not Path(db_path).exists()
    given = Prepared()
    kept = local.Kept(warm=warm_elsewhere, processes=partial(_kept_processes, given))
    units: local.Head | None = None
    try:
        units = local.Head(items, workers, extractor=extractor)  # (a pool's fork server starts now, as the store opens)
        pa.set_memory_pool(pa.system_memory_pool())  # (see ``tune_for_build``)
        with _fewer_collections(), Store.open(db_path) as store:
            tune_for_build(store)
            known: DocStates = {} if rebuild else store.document_states()
            rejected = frozenset() if rebuild or extractor else frozenset(store.triage_rejected(triage_fingerprint()))
            settings = Settings(extractor, budget, known, rejected)
            intake = Intake(known, settings.version, summary, progress)
            fresh = not known and store.document_count() == 0
            # (a whole resolution only: one in part clusters in this process)
            keep = RESOLVE_IN_WORKERS and workers > 1 and (rebuild or not resolved_by_block(store))
            with ExtractionWriter(store, known, summary, progress, fresh=fresh, version=settings.version,
                                  prepared=given) as writer:
                with contextlib.closing(local.run(units, settings, workers, kept if keep else None)) as outcomes:
                    consume(outcomes, intake, writer)
                writer.flush()
            if created and summary.seen == 0:
                return summary
            if RESOLVE_IN_FORKS:
                kept.close()
            intake.forget()  # (the ids met and the stored states grow with the record; resolution needs neither)
            if summary.built >= RELEASE_PINYIN_AT:
                release_pinyin()
            del settings, rejected
            finish(store, summary, rebuild=rebuild, started=started, given=given,
                   workers=workers if RESOLVE_IN_FORKS else 1, elsewhere=kept if kept else None)
    except duckdb.Error as exc:
        raise StoreError(f"{db_path}: cannot write the database: {_first_line(exc)}") from exc
    finally:
        if units is not None:
            units.close()
        kept.close()
        given.close()
        if created and summary.seen == 0:
            _remove_database(Path(db_path))
        summary.seconds = (datetime.now() - started).total_seconds()
    return summary


def consume(outcomes: Iterable[Outcome], intake: Intake, writer: ExtractionWriter) -> None:
    """Count and store the outcomes of a build, in input order (the first item with an id wins)."""
    for out in outcomes:
        if isinstance(out, Skipped):
            intake.skip(out)
        elif isinstance(out, Note):
            intake.note(out)
        elif intake.admit(out.doc_id, out.content_hash):
            _store(out, intake, writer)


def _store(out: Done, intake: Intake, writer: ExtractionWriter) -> None:
    if out.status == "built" and out.row is not None:
        writer.add_row(out.row, out.events, out.note, out.prepared)
    elif out.status == "retag":
        writer.retag(out.doc_id)
    elif out.skip is not None:
        intake.skip(out.skip)


def tune_for_build(store: Store) -> None:
    """Hold the database to ``BUILD_MEMORY`` and checkpoint at ``CHECKPOINT`` while building. (A build
    also hands its Arrow tables, the rows written in batches, to the C library's allocator: Arrow's
    default, mimalloc, kept freed pages and raised a whole build's peak by some 20-40 MB at 75k items.)"""
    store.tune(memory_limit=BUILD_MEMORY, checkpoint_threshold=CHECKPOINT)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _remove_database(path: Path) -> None:
    """Remove a database file this build created (and its write-ahead log)."""
    for leftover in (path, path.with_name(path.name + ".wal")):
        if leftover.exists():
            leftover.unlink()


def reresolve(db_path: Path | str) -> None:
    """Bring the resolved record up to date after a judgement or an undo: the blocks judgements name
    (the whole record when it was resolved before it kept blocks)."""
    with Store.open(db_path) as store:
        whole = not resolved_by_block(store)
        with contextlib.nullcontext() if whole else _fewer_collections():
            resolve_stored(store, default_gazetteer(), whole=whole)
