"""The resolved record kept up to date block by block (``resolve.blocked``), whole or in part.

A whole resolution reads the documents with events once, a batch at a time, keeping of each only
its units (one person in one document), the partition of each frame (``resolve.events.event_part``)
and the titles it states; documents are not held. People are clustered block by block, and events
merged a few partitions at a time, reading only the documents of those partitions. What each unit
and frame gave is stored (``resolve_units``, ``resolve_frames``), with the block of every person,
position and match decision and the partition of every event.

A later build re-resolves only what its new or changed documents (``resolve_pending``) reach: the
blocks their units link to (by their old links and their new ones), the blocks any analyst judgement
(even undone) names, and the event partitions whose frames changed or which name a mention whose
person changed. After a new judgement or an undo there is nothing pending: only the judged blocks
are resolved again. The ``score_pair`` of every candidate pair is kept (``resolve_pairs``): a block
reached again scores only the pairs that touch a unit of a new or changed document.
Everything else stays as stored, and the outcome is the one a whole resolution gives
(tests/test_pipeline_incremental.py). One exception: an organisation first seen in an earlier build
keeps the row it got then (a whole resolution takes the first report that names it).
"""

from __future__ import annotations

import ctypes
import gc
import json
import logging
import os
import pickle
import tempfile
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, nullcontext, suppress
from dataclasses import dataclass
from functools import cache, partial
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult
from sys import intern
from typing import Any, NamedTuple, Protocol, TypeVar

import duckdb
import pyarrow as pa

from liaison.kb.countries import load_territories
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import EventFrame, Judgement
from liaison.resolve.blocked import (
    Joined,
    block_keys_from,
    judgement_joins,
    linked_groups,
    resolver_fingerprint,
)
from liaison.resolve.events import merge_reports
from liaison.resolve.mentions import MentionKey, Unit, unit_from_dict
from liaison.resolve.people import KeepScore, KnownScore, PeopleResult, cluster_units
from liaison.resolve.positions import Sighting, positions_from
from liaison.resolve.prepared import Loaded, PreparedDocument, load, load_events, prepare, unit_json
from liaison.resolve.scoring import PairScore
from liaison.store.duckdb_store import Store, _insert_rows, _rollback, out_of_memory
from liaison.store.resolved_rows import (
    EVENT_TABLES,
    Row,
    decision_rows,
    event_rows,
    gazetteer_parties,
    person_rows,
    position_rows,
)

log = logging.getLogger(__name__)

# DuckDB's room, above what it cannot give back (``Store.memory_held_to``), while the texts of the documents
# with events are copied: the statement scans every document's text and would keep what it read up to the
# resolution's limit (125 MB more at 75,000 items)
TEXTS_MEMORY = "48MB"
# and once the documents are read (people clustered, events merged, the transaction committed): what it
# keeps of the rows written it can spill to its temporary folder
WRITE_MEMORY = "64MB"
FRAMES_PER_CHUNK = 1500  # frames whose documents are read at once while merging events
_ROWS = 4000  # units written at once
_RESOLVED = ("persons", "positions", "match_decisions", "orgs", *EVENT_TABLES)
_KEPT = ("resolve_units", "resolve_frames", "resolve_pairs")
WRITES_QUEUED = 3  # writes of a whole resolution given to the writer and not yet done, at most (``_Writes``)
_T = TypeVar("_T")
_R = TypeVar("_R")


class Elsewhere(Protocol):
    """Processes that run a module's function over tasks (``engines.local.Kept``: the build's pool, kept)."""

    def map_unordered(self, fn: Callable[[_T], _R], tasks: Iterable[_T]) -> Iterator[_R]:
        """``fn`` of each task, in the order they finish."""
        ...

    def renew(self, warm: Callable[[], object] | None = None) -> None:
        """End the processes and start new ones (each running ``warm`` first, a module's function)."""
        ...

    def close(self) -> None:
        """End the processes (what is asked after runs here)."""
        ...


class _Writes:
    """The writes of a whole resolution (rows inserted, stages committed), run in order by one background
    thread while this one clusters the next blocks or merges the next events: DuckDB lets go of the GIL
    while it inserts and commits, so its work runs on the other core rather than after this thread's.
    At most ``WRITES_QUEUED`` writes are given and not done (``run`` waits for the oldest beyond that), so
    memory holds that many batches more at most: the first write (the build's checkpoint and the texts'
    copy, ``_copy_texts``) takes longer than clustering the first batches of blocks, which then wait in line
    rather than hold up this thread. The connection is the writer's from ``run`` to ``wait``: whatever else
    reads or writes it waits first (the incremental resolution, one transaction with reads between its
    writes, writes in place)."""

    def __init__(self, background: bool) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="liaison-resolve-writer") if background else None
        self._jobs: deque[Future[None]] = deque()

    def run(self, write: Callable[[], None]) -> None:
        """Run ``write`` after the writes before it (in this thread when there is no background one)."""
        if self._pool is None:
            write()
            return
        while len(self._jobs) >= WRITES_QUEUED:
            self._jobs.popleft().result()
        self._jobs.append(self._pool.submit(write))

    def wait(self) -> None:
        """Until every write given is done (the first error, if any, raised here)."""
        while self._jobs:
            self._jobs.popleft().result()

    def close(self) -> None:
        """Wait for the writes under way (an error of theirs is not raised: the one being raised matters)
        and end the thread."""
        if self._pool is not None:
            while self._jobs:
                with suppress(Exception):
                    self._jobs.popleft().result()
            self._pool.shutdown()


class Prepared:
    """What the documents give resolution (``resolve.prepared``): each unit's pickle, and each document's frames
    and the rows of its frames, are written as they come to an unnamed temporary file of this process and read
    back a batch of blocks at a time, so memory does not grow with the record; only each unit's links and name
    key stay in memory, in columns (typed arrays, and the links and name keys one object per distinct value:
    the units of one person mostly share both), until resolution asks for ``meta``.

    A build fills one as its workers hand back documents (``add``) and gives it to ``resolve_stored``,
    which reads from the store only the documents it does not hold."""

    def __init__(self) -> None:
        # (named: other processes of the build read units from it, ``_clustered_elsewhere``; removed by ``close``)
        self.file = tempfile.NamedTemporaryFile(prefix="liaison-prepared-")  # noqa: SIM115
        self.starts, self.sizes = array("q"), array("q")  # where each unit's pickle is (8 bytes each, not a tuple)
        self.events_at: dict[str, int] = {}  # each document's index in ``_docs``
        self._docs: list[str] = []
        self._doc_at = array("q")  # where each document's frames, then its frame rows, are
        self._events_size, self._frames_size = array("q"), array("q")
        self._unit_doc, self._unit_ordinal = array("q"), array("q")  # each unit's document (index) and ordinal
        self._unit_links: list[tuple[str, ...]] = []
        self._unit_key: list[str] = []
        self._distinct: dict[Any, Any] = {}  # each links tuple and name key, once
        self._meta: list[_Meta] | None = None
        self._end = 0
        self._unflushed = False

    @property
    def doc_ids(self) -> Collection[str]:
        return self.events_at.keys()

    def add(self, doc: PreparedDocument) -> None:
        self._unflushed = True
        index = len(self._docs)
        self.events_at[doc.doc_id] = index
        self._docs.append(doc.doc_id)
        rows = pickle.dumps(doc.frames, protocol=pickle.HIGHEST_PROTOCOL)
        self._doc_at.append(self._write(doc.events))
        self._write(rows)
        self._events_size.append(len(doc.events))
        self._frames_size.append(len(rows))
        distinct = self._distinct
        for i, unit in enumerate(doc.units):
            self.starts.append(self._write(unit.data))
            self.sizes.append(len(unit.data))
            links = tuple(map(intern, unit.links))
            links, key = distinct.setdefault(links, links), distinct.setdefault(unit.key_id, unit.key_id)
            if self._meta is not None:
                self._meta.append(_Meta(doc.doc_id, i, links, key, len(self.sizes) - 1))
                continue
            self._unit_doc.append(index)
            self._unit_ordinal.append(i)
            self._unit_links.append(links)
            self._unit_key.append(key)

    def _write(self, data: bytes) -> int:
        """Append ``data`` to the file; where it starts."""
        at = self._end
        self.file.write(data)
        self._end += len(data)
        return at

    @property
    def meta(self) -> list[_Meta]:
        """What is kept of each unit while people are clustered, in the order added (made from the columns on
        first use; units added later are appended to it)."""
        if self._meta is None:
            docs = self._docs
            self._meta = [_Meta(docs[d], o, links, key, i) for i, (d, o, links, key) in enumerate(
                zip(self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key, strict=True))]
            self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key = array("q"), array("q"), [], []
            self._distinct = {}
        return self._meta

    @property
    def frames(self) -> list[Row]:
        """The rows of every document's frames (doc_id, frame index, part, participant spans), in the order added."""
        self.flush()
        fd = self.file.fileno()
        return [row for at, events, size in zip(self._doc_at, self._events_size, self._frames_size, strict=True)
                for row in pickle.loads(os.pread(fd, size, at + events))]  # (written by this process)

    def flush(self) -> None:
        if self._unflushed:
            self.file.flush()
            self._unflushed = False

    def get(self, meta: _Meta) -> Loaded:
        self.flush()
        return load(os.pread(self.file.fileno(), self.sizes[meta.source], self.starts[meta.source]))

    @property
    def units(self) -> int:
        """How many units were added."""
        return len(self.sizes)

    def doc_at(self, index: int) -> int:
        """Where the frames of the ``index``-th document added start in the file (``events_at``)."""
        return self._doc_at[index]

    def events_size(self, index: int) -> int:
        """The size of the ``index``-th document's frames in the file."""
        return self._events_size[index]

    def events(self, doc_id: str) -> tuple[EventFrame, ...]:
        """The frames of a document prepared here."""
        self.flush()
        index = self.events_at[doc_id]
        return load_events(os.pread(self.file.fileno(), self._events_size[index], self._doc_at[index]))

    def close(self) -> None:
        self.file.close()
        self._reset()

    def _reset(self) -> None:
        self.starts, self.sizes, self._doc_at, self._events_size, self._frames_size = (array("q") for _ in range(5))
        self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key = array("q"), array("q"), [], []
        self.events_at, self._docs, self._distinct, self._meta = {}, [], {}, []


@dataclass(slots=True)
class _Meta:
    """What is kept in memory of each unit while people are clustered."""

    doc_id: str
    ordinal: int
    links: tuple[str, ...]
    key_id: str
    source: int  # where the unit is: its index in the prepared file or the units kept
    kept: bool = False  # a stored unit of a block reached (not read from a document now)


def resolve_stored(store: Store, gazetteer: Gazetteer, *, whole: bool, given: Prepared | None = None,
                   workers: int = 1, elsewhere: Elsewhere | None = None) -> None:
    """Bring the resolved tables up to date: what the documents built since the last resolution reach,
    in one transaction, or all of them (``whole``), committed in stages (``Store.stage``: a batch of
    blocks, of pair scores, of merged events), the record marked stale and resolved by no block until the
    last stage commits, so that a build after an interrupted one resolves it whole again. ``given``: the
    documents this build prepared (the others are read from the store and prepared here); it is closed at the end.
    ``workers`` > 1: a whole resolution clusters its blocks in that many forked processes; ``elsewhere``: in the
    pool the build kept for it instead, renewed once the blocks are clustered and closed once events are merged.

    Should DuckDB still run out of memory under its limits (what it cannot spill outgrowing them, on a
    record far larger than any measured), the transaction is rolled back and the resolution run again
    with no limit of liaison's (DuckDB's default, 80% of the machine's memory): slower, never a failed build."""
    try:
        _resolve_stored(store, gazetteer, whole=whole, given=given, workers=workers, elsewhere=elsewhere)
    except duckdb.Error as exc:
        short = out_of_memory(exc)
        if short is None:
            raise
        log.warning("resolution ran out of DuckDB's memory (%s); resolving again without liaison's limit",
                    str(short).splitlines()[0])
        with store.memory_unlimited():
            _resolve_stored(store, gazetteer, whole=whole, given=None, workers=workers, hold=False,
                            elsewhere=elsewhere)


def _resolve_stored(store: Store, gazetteer: Gazetteer, *, whole: bool, given: Prepared | None, workers: int,
                    hold: bool = True, elsewhere: Elsewhere | None = None) -> None:
    """``resolve_stored`` (``hold``: a whole resolution holds DuckDB to ``WRITE_MEMORY`` and ``TEXTS_MEMORY``
    above what it cannot give back)."""
    hold = hold and whole
    con = store.con
    recorded = store.judgements()
    judgements = [j for j in recorded if not j.undone]
    read = given if given is not None else Prepared()
    held = ExitStack()
    writes = _Writes(background=whole)
    con.execute("BEGIN TRANSACTION")
    try:
        if whole:  # written in stages (``Store.stage``), marked stale until the last one commits
            for table in (*_RESOLVED, *_KEPT, "event_texts"):
                con.execute(f"DELETE FROM {table}")
            store._set_meta("resolution_stale", "1")
            store._set_meta("resolved_by_block", "")
            store.staged = True
            store.stage()
            pending: list[str] | None = None
        else:
            pending = [r[0] for r in con.execute("SELECT doc_id FROM resolve_pending").fetchall()]
        for doc in store.iter_document_events(pending, batch=500, ordered=False, without=sorted(read.doc_ids)):
            read.add(prepare(doc, gazetteer))
        if hold:  # (what DuckDB read, given back before the blocks are clustered; so at each step below)
            held.enter_context(store.memory_held_to(WRITE_MEMORY))
        _register(store, "_liaison_pending", "doc_id", pending or [])
        idents = sorted({x for j in recorded for x in (j.left, j.right)})  # undone ones too: their blocks split
        blocks, old = ([], []) if whole else _reached(store, read, idents)
        if whole:  # (by the writer, on the other core, while this thread clusters people)
            writes.run(partial(_copy_texts, store, sorted(read.doc_ids), hold))
        changed = _resolve_people(store, read, blocks, old, judgements, whole, workers, writes, elsewhere)
        if elsewhere is not None:  # (the memory the largest blocks took, given back before events are merged)
            elsewhere.renew(_warm_merging)
        del old
        read.meta.clear()  # (events are merged from what the store now holds)
        parts = _changed_parts(store, read, changed, whole)
        con.execute("DELETE FROM resolve_frames WHERE doc_id IN (SELECT doc_id FROM _liaison_pending)")
        _insert_rows(con, "resolve_frames", ("doc_id", "frame_index", "part", "spans"), read.frames)
        if hold:
            store.release_memory()
        _merge_events(store, gazetteer, parts, whole, read if whole else None, workers, writes, elsewhere)
        if elsewhere is not None:
            elsewhere.close()  # (their memory, given back before the texts are refreshed and the record committed)
        if whole:
            store.stage()
        with store.memory_held_to(TEXTS_MEMORY) if hold else nullcontext():
            store.refresh_event_texts()  # (in a whole resolution: drops the texts of documents in no event)
        store._apply_partyfacts_links(gazetteer)
        con.execute("DELETE FROM resolve_pending")
        store._set_meta("resolution_stale", "0")
        store._set_meta("resolved_by_block", resolver_fingerprint())
        read.close()  # (what it held is no longer needed: given back before DuckDB writes the transaction;
        if hold:  # DuckDB's cache is not: what it would write to its temporary folder, the commit reads back)
            give_back_memory()
        con.execute("COMMIT")
    except Exception:
        writes.close()  # (the connection is this thread's again before it is rolled back)
        _rollback(con)
        raise
    finally:
        writes.close()
        store.staged = False
        held.close()
        con.unregister("_liaison_pending")
        read.close()


def _copy_texts(store: Store, doc_ids: Sequence[str], hold: bool) -> None:
    """Copy the texts of ``doc_ids`` (every document with frames) into ``event_texts`` (``Store.copy_event_texts``),
    a statement that scans every document's text, early in a whole resolution: the writer runs it while people are
    clustered, rather than after events are merged, when nothing else runs. Before it, the writer checkpoints what
    the build wrote (``Store.checkpoint_committed``), which the checkpoint as the store closes, after everything else,
    wrote otherwise (75k items, 2 workers, loaded machine: that last checkpoint 4.6 -> 0.9 s; the copy, reading
    documents from the file rather than the write-ahead log, 2.8 -> 0.4 s; at load 3 the time after the last
    worker's result 5.7-7.1 -> 5.0-5.3 s). Every event's documents have frames,
    and ``refresh_event_texts`` then drops the texts of those in no event: the table is the one it fills alone.
    With ``hold``, DuckDB is held to ``TEXTS_MEMORY`` above what it cannot give back while it reads, and gives
    back what it read after."""
    store.checkpoint_committed()  # (the build's documents, written to the file while people are clustered)
    with store.memory_held_to(TEXTS_MEMORY) if hold else nullcontext():
        store.copy_event_texts(doc_ids)
    if hold:
        store.release_memory()
    store.stage()


def resolved_by_block(store: Store) -> bool:
    """Whether the stored resolution keeps its blocks, made by this resolver's code (a build can then
    re-resolve only what it touches; kept results and pair scores of other code are not reused)."""
    rows = store.con.execute("SELECT value FROM meta WHERE key = 'resolved_by_block'").fetchall()  # (all: a
    # result left unfinished holds the connection the extraction writer then takes)
    return bool(rows and rows[0][0] == resolver_fingerprint())


def _register(store: Store, name: str, column: str, values: Sequence[str]) -> None:
    store.con.register(name, pa.table({column: pa.array(list(values), pa.string())}))


# --- people -----------------------------------------------------------------------------------
@dataclass
class _Stored:
    doc_id: str
    ordinal: int
    person_id: str
    mentions: list[MentionKey]
    unit: Unit | None  # None: a unit of a document built again (replaced by what it gives now)
    links: list[str]
    titles: list[Sighting]
    stored: tuple[str, str]  # the unit's and the titles' JSON, as stored
    outcome: tuple[str, str, str]  # its block, person id and automatic person id, as stored


def _reached(store: Store, read: Prepared, idents: list[str]) -> tuple[list[str], list[_Stored]]:
    """Every block the pending documents reach (by their old links and their new ones) or a
    judgement names, and the stored units of those blocks and of the pending documents."""
    con = store.con
    _register(store, "_liaison_keys", "key", sorted({k for m in read.meta for k in m.links}))
    _register(store, "_liaison_idents", "ident", idents)
    try:
        blocks = con.execute(
            "WITH pend AS (SELECT doc_id FROM _liaison_pending), "
            "old_keys AS (SELECT DISTINCT unnest(links) AS key FROM resolve_units "
            "WHERE doc_id IN (SELECT * FROM pend)), "
            "keys AS (SELECT key FROM _liaison_keys UNION SELECT key FROM old_keys) "
            "SELECT DISTINCT block FROM (SELECT block, unnest(links) AS key FROM resolve_units) "
            "WHERE key IN (SELECT key FROM keys) "
            "UNION SELECT block FROM resolve_units WHERE doc_id IN (SELECT * FROM pend) "
            "OR auto_id IN (SELECT ident FROM _liaison_idents) OR key_id IN (SELECT ident FROM _liaison_idents)"
        ).fetchall()
        reached = sorted(b[0] for b in blocks)
        _register(store, "_liaison_blocks", "block", reached)
        rows = con.execute(
            "SELECT doc_id, ordinal, person_id, mentions, links, doc_id IN (SELECT doc_id FROM _liaison_pending), "
            "unit, titles, block, auto_id FROM resolve_units WHERE block IN (SELECT block FROM _liaison_blocks) "
            "OR doc_id IN (SELECT doc_id FROM _liaison_pending) ORDER BY doc_id, ordinal"
        ).fetchall()
    finally:
        for name in ("_liaison_keys", "_liaison_idents", "_liaison_blocks"):
            con.unregister(name)
    out = []
    for doc_id, ordinal, person_id, mentions, links, rebuilt, unit, titles, block, auto_id in rows:
        out.append(_Stored(
            doc_id, ordinal, person_id, [(doc_id, a, b) for a, b in json.loads(mentions)],
            None if rebuilt else unit_from_dict(json.loads(unit)), list(links),
            [] if rebuilt else [_sighting(doc_id, t) for t in json.loads(titles)], (unit, titles),
            (block, person_id, auto_id),
        ))
    return reached, out


def _sighting(doc_id: str, t: list[Any]) -> Sighting:
    return Sighting(doc_id, t[0], t[1], (t[2], t[3]), t[4], t[5], (t[6], t[7]), t[8], t[9])


class _Batch:
    """Rows of the people tables for a batch of blocks, written together. A unit's row is written
    only when its block or persons differ from the row the table holds (``in_table``)."""

    def __init__(self, scores: _Scores, in_table: dict[UnitRef, tuple[str, str, str]]) -> None:
        self.rows: dict[str, list[Row]] = {t: [] for t in _PEOPLE_COLUMNS}
        self.scores = scores
        self.in_table = in_table
        self.replaced: list[UnitRef] = []  # units whose row in the table the batch replaces
        self.size = 0

    def add(self, units: Sequence[tuple[_Meta, Unit, list[Sighting], tuple[str, str] | None]], res: PeopleResult,
            unit_auto: list[str], block: str) -> None:
        """The rows of one block (its units in record order, clustered into ``res``)."""
        for (m, u, titles, stored), pid, auto in zip(units, res.unit_person, unit_auto, strict=True):
            ref, outcome = (m.doc_id, m.ordinal), (block, pid, auto)
            held = self.in_table.get(ref)
            if held == outcome:
                continue
            if held is not None:
                self.replaced.append(ref)
            self.in_table[ref] = outcome
            self.rows["resolve_units"].append(
                (m.doc_id, m.ordinal, block, pid, auto, m.key_id, sorted(m.links),
                 json.dumps([list(k[1:]) for k in u.mentions]), *(stored or unit_json(u, titles))))
        self.rows["persons"] += [(*row, block) for row in person_rows(res.people)]
        seen = sorted((s for _, _, titles, _ in units for s in titles), key=lambda s: (s.doc_id, s.frame, s.ordinal))
        self.rows["positions"] += [(*row, block) for row in position_rows(positions_from(seen, res.mention_person))]
        self.rows["match_decisions"] += [(*row, block) for row in decision_rows(res.decisions)]
        self.size += len(units)

    def take(self, rows: dict[str, list[Row]], size: int) -> None:
        """The rows of a block made elsewhere (a forked process, with nothing in the table)."""
        for table, more in rows.items():
            self.rows[table] += more
        self.size += size

    def write(self, store: Store) -> None:
        """Write the batch's rows and the pair scores kept since the last write (through ``scores.writes``:
        in the background in a whole resolution); the batch starts empty again."""
        replaced, tables, pairs = self.replaced, self.rows, self.scores.handed()
        self.replaced, self.rows, self.size = [], {t: [] for t in _PEOPLE_COLUMNS}, 0

        def write() -> None:
            if replaced:
                store.con.register("_liaison_refs", _refs_table(replaced))
                try:
                    store.con.execute("DELETE FROM resolve_units u USING _liaison_refs r "
                                      "WHERE u.doc_id = r.doc_id AND u.ordinal = r.ordinal")
                finally:
                    store.con.unregister("_liaison_refs")
            for table, rows in tables.items():
                _insert_rows(store.con, table, _PEOPLE_COLUMNS[table], rows)
                rows.clear()
            _write_pairs(store, pairs)
            store.stage()
            trim_heap()

        self.scores.writes.run(write)


_PEOPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "resolve_units": ("doc_id", "ordinal", "block", "person_id", "auto_id", "key_id", "links", "mentions", "unit",
                      "titles"),
    "persons": ("person_id", "name", "native", "aliases", "country", "name_source", "block"),
    "positions": ("person_id", "title", "organization", "first_seen", "last_seen", "evidence", "block"),
    "match_decisions": ("left_id", "right_id", "score", "features", "merged", "block"),
}
_PAIR_COLUMNS = ("left_doc", "left_ordinal", "right_doc", "right_ordinal", "score", "relation", "features")
_PAIR_ROWS = 20_000  # pair scores written at once

UnitRef = tuple[str, int]  # (doc_id, ordinal): a unit of a document


def _refs_table(refs: Sequence[UnitRef]) -> pa.Table:
    return pa.table({"doc_id": pa.array([r[0] for r in refs], pa.string()),
                     "ordinal": pa.array([r[1] for r in refs], pa.int32())})


class _Scores:
    """What ``score_pair`` gave each candidate pair of units (``resolve_pairs``): a pure function of
    the two units, so a pair of units neither of which changed is not scored again. The features of
    a pair are kept as JSON text, read and written once per distinct text (a few hundred)."""

    def __init__(self, writes: _Writes | None = None, spill: Callable[[list[Row]], None] | None = None,
                 at: int = 0) -> None:
        self.writes = writes if writes is not None else _Writes(background=False)  # how rows are written
        self.spill = spill  # where rows go a few thousand at a time when there is no store (``_Spill``)
        self.at = at or _PAIR_ROWS  # rows written (or spilled) at once
        self.kept: dict[tuple[UnitRef, UnitRef], PairScore] = {}
        self.used: set[tuple[UnitRef, UnitRef]] = set()  # kept pairs that are still candidates
        self._read: dict[str, dict[str, float]] = {}  # shared, never changed (``people`` copies before adding)
        self._written: dict[int, str] = {}  # JSON text of each features dict (by id) in the rows
        self._alive: list[dict[str, float]] = []
        self.rows: list[Row] = []  # pairs to write

    def load(self, store: Store, refs: Sequence[UnitRef]) -> None:
        """Keep the stored scores of the pairs between ``refs`` (units none of whose documents changed)."""
        store.con.register("_liaison_refs", _refs_table(refs))
        try:
            table = store.con.sql(
                "SELECT p.* FROM resolve_pairs p "
                "SEMI JOIN _liaison_refs a ON p.left_doc = a.doc_id AND p.left_ordinal = a.ordinal "
                "SEMI JOIN _liaison_refs b ON p.right_doc = b.doc_id AND p.right_ordinal = b.ordinal").to_arrow_table()
        finally:
            store.con.unregister("_liaison_refs")
        ld, lo, rd, ro, score, relation, features = (table.column(i).to_pylist() for i in range(table.num_columns))
        read = self._read
        read.update((text, json.loads(text)) for text in set(features) - read.keys())
        pairs = zip(zip(ld, lo, strict=True), zip(rd, ro, strict=True), strict=True)
        self.kept.update(zip(pairs, zip(score, map(read.__getitem__, features), relation, strict=True), strict=True))

    def known(self, refs: Sequence[UnitRef]) -> KnownScore | None:
        """The kept score of a pair of units given by their indices in ``refs``."""
        if not self.kept:
            return None
        kept, used = self.kept, self.used

        def known(a: int, b: int) -> PairScore | None:
            key = (refs[a], refs[b])
            got = kept.get(key)
            if got is not None:
                used.add(key)
            return got

        return known

    def drop_unused(self, store: Store) -> None:
        """Remove the kept pairs that are no longer candidates (a large name bucket pairs each unit
        with its neighbours in date order only), so the table holds what a whole resolution gives."""
        gone = sorted(self.kept.keys() - self.used)
        if not gone:
            return
        store.con.register("_liaison_gone", pa.table({
            "ld": [g[0][0] for g in gone], "lo": pa.array([g[0][1] for g in gone], pa.int32()),
            "rd": [g[1][0] for g in gone], "ro": pa.array([g[1][1] for g in gone], pa.int32())}))
        try:
            store.con.execute("DELETE FROM resolve_pairs p USING _liaison_gone g WHERE p.left_doc = g.ld "
                              "AND p.left_ordinal = g.lo AND p.right_doc = g.rd AND p.right_ordinal = g.ro")
        finally:
            store.con.unregister("_liaison_gone")

    def keeper(self, store: Store | None, refs: Sequence[UnitRef]) -> KeepScore:
        """Keeps the score of each pair of units (by their indices in ``refs``) not kept already,
        written a few thousand at a time (held in ``rows`` when there is no ``store``)."""
        kept, rows, written, at = self.kept, self.rows, self._written, self.at

        def keep(a: int, b: int, given: PairScore) -> None:
            left, right = refs[a], refs[b]
            if kept and (left, right) in kept:  # (nothing kept in a whole resolution: no pair made to look up)
                return
            score, features, relation = given
            text = written.get(id(features))
            if text is None:  # (features dicts are shared per block: one text each)
                text = json.dumps(features, ensure_ascii=False)
                written[id(features)] = text
                self._alive.append(features)  # so that its id is not reused
            rows.append((*left, *right, score, relation, text))
            if len(rows) >= at:
                if store is not None:
                    self.write(store)
                elif self.spill is not None:
                    self.spill(self.handed())

        return keep

    def take(self, store: Store, rows: list[Row]) -> None:
        """Pair rows made elsewhere (a forked process), written with the others."""
        self.rows += rows
        if len(self.rows) >= _PAIR_ROWS:
            self.write(store)

    def handed(self) -> list[Row]:
        """The pair rows kept since the last write, handed over to be written (``rows`` empty again)."""
        rows = list(self.rows)  # (``rows`` itself is the keeper's: emptied, not replaced)
        self.rows.clear()
        self._written.clear()
        self._alive.clear()
        return rows

    def write(self, store: Store) -> None:
        rows = self.handed()
        self.writes.run(lambda: _write_pairs(store, rows))


def _write_pairs(store: Store, rows: list[Row]) -> None:
    _insert_rows(store.con, "resolve_pairs", _PAIR_COLUMNS, rows)
    rows.clear()
    store.stage()


def _resolve_people(
    store: Store, read: Prepared, blocks: list[str], old: list[_Stored], judgements: Sequence[Judgement], whole: bool,
    workers: int = 1, writes: _Writes | None = None, elsewhere: Elsewhere | None = None,
) -> set[MentionKey]:
    """Cluster the reached blocks with the pending documents' units, replace their stored rows and
    results; the mentions whose person changed (or that came or went).

    Blocks are clustered a batch at a time (their units loaded, clustered, written, let go); then
    the blocks analyst judgements join are clustered again together, with the judgements. ``writes``: how
    rows are written (``_Writes``); every write is done when this returns. A whole resolution clusters its
    blocks in other processes: ``elsewhere`` (``_clustered_elsewhere``), else ``workers`` forked ones."""
    con = store.con
    writes = writes if writes is not None else _Writes(background=False)
    if not whole:  # (a whole resolution emptied these tables; the writer may hold the connection now)
        _register(store, "_liaison_blocks_old", "block", blocks)
        try:
            for table in ("persons", "positions", "match_decisions"):
                con.execute(f"DELETE FROM {table} WHERE block IN (SELECT block FROM _liaison_blocks_old)")
            con.execute("DELETE FROM resolve_units WHERE doc_id IN (SELECT doc_id FROM _liaison_pending)")
            con.execute("DELETE FROM resolve_pairs WHERE left_doc IN (SELECT doc_id FROM _liaison_pending) "
                        "OR right_doc IN (SELECT doc_id FROM _liaison_pending)")
        finally:
            con.unregister("_liaison_blocks_old")

    kept = [s for s in old if s.unit is not None]
    scores = _Scores(writes)
    if kept:
        scores.load(store, [(s.doc_id, s.ordinal) for s in kept])
    metas = read.meta  # sorted in place: not copied
    metas += [_Meta(s.doc_id, s.ordinal, tuple(s.links), s.unit.key_id, i, kept=True)  # type: ignore[union-attr]
              for i, s in enumerate(kept)]
    metas.sort(key=lambda m: (m.doc_id, m.ordinal))

    def load(m: _Meta) -> tuple[_Meta, Unit, list[Sighting], tuple[str, str] | None]:
        if m.kept:
            s = kept[m.source]
            return m, s.unit, s.titles, s.stored  # type: ignore[return-value]
        unit, titles, stored = read.get(m)
        return m, unit, titles, stored

    def block_name(first: int) -> str:
        return _block_name(metas, first)

    groups = linked_groups([m.links for m in metas])
    unit_auto = [""] * len(metas)
    after: dict[MentionKey, str] = {}
    batch = _Batch(scores, {(s.doc_id, s.ordinal): s.outcome for s in kept})
    forked = whole and (workers > 1 or elsewhere is not None) and len(metas) >= _FORK_UNITS
    apart = (() if not forked else _clustered_elsewhere(read, metas, groups, elsewhere) if elsewhere is not None
             else _clustered_in_children(read, groups, workers))
    for done in apart:
        block = block_name(done.members[0])
        for i, pid in zip(done.members, done.unit_person, strict=True):
            unit_auto[i] = pid
            batch.in_table[(metas[i].doc_id, metas[i].ordinal)] = (block, pid, pid)  # (as ``_Batch.add`` keeps)
        batch.take(done.rows, len(done.members))
        scores.take(store, done.pairs)
        for rows in _spilled(done.spilled):
            scores.take(store, rows)
        if batch.size >= _ROWS:
            batch.write(store)
    for members in () if forked else groups:
        units = [load(metas[i]) for i in members]
        refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
        res = cluster_units([u for _, u, _, _ in units], keys=[block_keys_from(m.links) for m, _, _, _ in units],
                            known=scores.known(refs), keep=scores.keeper(store, refs))
        for i, pid in zip(members, res.unit_person, strict=True):
            unit_auto[i] = pid
        batch.add(units, res, res.unit_person, block_name(members[0]))
        if not whole:
            after.update(res.mention_person)
        if batch.size >= _ROWS:
            batch.write(store)
    batch.write(store)
    writes.wait()  # (the connection is this thread's again)
    scores.drop_unused(store)

    applicable, _ = judgement_joins(unit_auto, [m.key_id for m in metas], judgements)
    if applicable:  # blocks joined by judgements: clustered again together, with them
        joined = Joined(len(metas))
        for members in groups:
            for i in members[1:]:
                joined.join(members[0], i)
        for _, named in applicable:
            for i in named:
                joined.join(min(named), i)
        placed: dict[int, list[Judgement]] = defaultdict(list)
        for jd, named in applicable:
            placed[joined.find(min(named))].append(jd)
        firsts: dict[int, list[str]] = defaultdict(list)  # the blocks (by name) each joined block is made of
        for members in groups:
            firsts[joined.find(members[0])].append(block_name(members[0]))
        for members in joined.groups():
            if members[0] not in placed:
                continue
            _register(store, "_liaison_blocks_old", "block", firsts[members[0]])
            try:
                for table in ("persons", "positions", "match_decisions"):
                    con.execute(f"DELETE FROM {table} WHERE block IN (SELECT block FROM _liaison_blocks_old)")
            finally:
                con.unregister("_liaison_blocks_old")
            units = [load(metas[i]) for i in members]
            refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
            scores.load(store, refs)  # the pairs of these blocks, scored or kept above
            res = cluster_units([u for _, u, _, _ in units], placed[members[0]],
                                [block_keys_from(m.links) for m, _, _, _ in units], scores.known(refs))
            batch.add(units, res, [unit_auto[i] for i in members], block_name(members[0]))
            if not whole:
                after.update(res.mention_person)
            batch.write(store)
            writes.wait()

    if whole:
        return set()
    before = {m: s.person_id for s in old for m in s.mentions}
    return {m for m in before.keys() | after.keys() if before.get(m) != after.get(m)}


_FORK_UNITS = 2000  # fewer units than this are clustered in this process whatever ``workers`` says


def _block_name(metas: Sequence[_Meta], first: int) -> str:
    return f"{metas[first].doc_id}#{metas[first].ordinal}"


class _Clustered(NamedTuple):
    """One block clustered in a forked process: its members, their person ids and the rows it gives."""

    members: list[int]
    unit_person: list[str]
    rows: dict[str, list[Row]]
    pairs: list[Row]
    spilled: str | None = None  # a file holding its other pair rows (``_Spill``), read and removed by the receiver


class _Spill:
    """The pair rows of a block clustered in another process, written to a file of their own a few thousand at a
    time as they are scored (the block of the person named every day has hundreds of thousands: held until the
    block is done, and pickled whole, they doubled that process's memory). ``_spilled`` reads them back."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.file: Any = None

    def __call__(self, rows: list[Row]) -> None:
        if self.file is None:
            self.file = tempfile.NamedTemporaryFile(prefix="liaison-pairs-", dir=self.folder, delete=False)  # noqa: SIM115
        pickle.dump(rows, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        rows.clear()

    def close(self) -> str | None:
        """The file's name (None: nothing spilled)."""
        if self.file is None:
            return None
        self.file.close()
        return str(self.file.name)


def _spilled(path: str | None) -> Iterator[list[Row]]:
    """The batches of pair rows a ``_Spill`` wrote to ``path``; the file is removed after."""
    if path is None:
        return
    try:
        with open(path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)  # (written by this build's workers)
                except EOFError:
                    return
    finally:
        os.unlink(path)


_forked: tuple[Prepared, list[_Meta]] | None = None  # what forked processes read their blocks from


def _clustered_in_children(read: Prepared, groups: list[list[int]], workers: int) -> Iterator[_Clustered]:
    """The blocks of a whole resolution clustered by ``workers`` forked processes, which read their units
    from ``read``'s file and make the rows themselves (as ``_Batch`` and ``_Scores`` do here, with no
    rows in the tables yet); in the order they finish, the largest blocks started first."""
    global _forked
    read.flush()
    _forked = (read, read.meta)
    _before_fork()
    try:
        with get_context("fork").Pool(workers) as pool:
            yield from pool.imap_unordered(_cluster_block, sorted(groups, key=len, reverse=True))
    finally:
        _forked = None


_TASK_UNITS = 400  # units of the blocks clustered elsewhere given as one task, at least (a larger block alone)
_Sent = tuple[str, int, tuple[str, ...], str, int, int]  # a unit sent: doc_id, ordinal, links, name key, where, size


class _Blocks(NamedTuple):
    """Blocks of a whole resolution clustered by another process of the build (``_clustered_elsewhere``): the
    prepared file's name, and each block's members, name and units (what ``_Meta`` keeps, and where its pickle is)."""

    path: str
    blocks: list[tuple[list[int], str, list[_Sent]]]
    pair_rows: int  # pair rows spilled at once (``_PAIR_ROWS`` where the task was made)


def _clustered_elsewhere(read: Prepared, metas: list[_Meta], groups: list[list[int]],
                         elsewhere: Elsewhere) -> Iterator[_Clustered]:
    """The blocks of a whole resolution clustered by ``elsewhere``'s processes (the pool the build kept, which
    loaded the gazetteer while the tasks were made), which read their units from ``read``'s file and make the
    rows themselves, as forked processes do (``_clustered_in_children``); in the order they finish, the largest
    blocks given first, the small ones a few together."""
    read.flush()
    for done in elsewhere.map_unordered(_cluster_blocks, _block_tasks(read, metas, groups)):
        yield from done


def _block_tasks(read: Prepared, metas: list[_Meta], groups: list[list[int]]) -> Iterator[_Blocks]:
    """The tasks of ``_clustered_elsewhere``, made as they are given (not all held at once)."""
    starts, sizes = read.starts, read.sizes
    held: list[tuple[list[int], str, list[_Sent]]] = []
    units = 0
    for members in sorted(groups, key=len, reverse=True):
        held.append((members, _block_name(metas, members[0]), [
            (m.doc_id, m.ordinal, m.links, m.key_id, starts[m.source], sizes[m.source])
            for m in map(metas.__getitem__, members)]))
        units += len(members)
        if units >= _TASK_UNITS:
            yield _Blocks(read.file.name, held, _PAIR_ROWS)
            held, units = [], 0
    if held:
        yield _Blocks(read.file.name, held, _PAIR_ROWS)


def _cluster_blocks(task: _Blocks) -> list[_Clustered]:
    """Blocks clustered in another process of the build (``_clustered_elsewhere``), its cyclic garbage
    collector held off as this one's is (they make no cyclic garbage), the C heap's free pages given back
    after each task. A block's units share their equal sets (``Unit.shared``)."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        with open(task.path, "rb") as fh:
            return [_clustered(members, name, _read_block(fh.fileno(), sent), _Spill(os.path.dirname(task.path)),
                               task.pair_rows)
                    for members, name, sent in task.blocks]
    finally:
        gc.set_threshold(*before)
        trim_heap()


def _read_block(fd: int, sent: list[_Sent]) -> list[tuple[_Meta, Unit, list[Sighting], tuple[str, str] | None]]:
    """The units of a block read from the prepared file (open as ``fd``), their equal sets shared."""
    seen: dict[tuple[str, tuple[Any, ...]], Any] = {}
    units: list[tuple[_Meta, Unit, list[Sighting], tuple[str, str] | None]] = []
    for doc_id, ordinal, links, key, at, size in sent:
        unit, titles, stored = load(os.pread(fd, size, at))
        units.append((_Meta(doc_id, ordinal, links, key, 0), unit.shared(seen), titles, stored))
    return units


def warm_elsewhere() -> None:
    """What a process clustering blocks or merging events for a whole resolution (``Elsewhere``) loads first."""
    default_gazetteer()


def _warm_merging() -> None:
    """What a process merging events for a whole resolution loads first: the gazetteer, and rigour's table of
    territory names (organisations' countries), read from its cache rather than made again (1.7 s of CPU)."""
    default_gazetteer()
    load_territories()


def give_back_memory() -> None:
    """Collect garbage and return freed heap pages to the system (glibc keeps them otherwise)."""
    gc.collect()
    trim_heap()


def trim_heap() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``: every arena, the free pages
    inside them too), with no garbage collection: cheap enough to run after each batch written. The rows of
    a batch, their Arrow table and what DuckDB's Python layer allocated are freed once it is written, but
    glibc keeps the pages (half of the main process's C heap was free pages at the end of a build of the
    75k record); they are given back rather than left to add up with the record."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 (not glibc: no such function, nothing to give back this way)
    except (OSError, AttributeError):
        return None
    return libc


def _before_fork() -> None:
    """Give freed memory back and keep the collector of a forked process off what exists (it would
    touch, and so copy, every page), so forked processes copy less of this one."""
    give_back_memory()
    gc.freeze()


def _cluster_block(members: list[int]) -> _Clustered:
    """One block clustered in a forked process (``_clustered_in_children``)."""
    assert _forked is not None
    read, metas = _forked
    return _clustered(members, _block_name(metas, members[0]), [(metas[i], *read.get(metas[i])) for i in members])


def _clustered(members: list[int], name: str, units: list[tuple[_Meta, Unit, list[Sighting], tuple[str, str] | None]],
               spill: _Spill | None = None, pair_rows: int = 0) -> _Clustered:
    """A block clustered apart (its units loaded): its rows, made as ``_Batch`` and ``_Scores`` make them (the
    pair rows beyond a few thousand written to ``spill``, when given)."""
    refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
    scores = _Scores(spill=spill, at=pair_rows)
    res = cluster_units([u for _, u, _, _ in units], keys=[block_keys_from(m.links) for m, _, _, _ in units],
                        keep=scores.keeper(None, refs))
    batch = _Batch(scores, {})
    batch.add(units, res, res.unit_person, name)
    return _Clustered(members, res.unit_person, batch.rows, scores.rows, spill.close() if spill is not None else None)


# --- events -----------------------------------------------------------------------------------
def _changed_parts(store: Store, read: Prepared, changed: set[MentionKey], whole: bool) -> list[str] | None:
    """The event partitions to merge again (None: all of them)."""
    if whole:
        return None
    parts = {r[2] for r in read.frames}
    parts |= {r[0] for r in store.con.execute(
        "SELECT DISTINCT part FROM resolve_frames WHERE doc_id IN (SELECT doc_id FROM _liaison_pending)").fetchall()}
    by_doc: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for doc_id, a, b in changed:
        by_doc[doc_id].add((a, b))
    if by_doc:
        _register(store, "_liaison_docs", "doc_id", sorted(by_doc))
        try:
            rows = store.con.execute("SELECT doc_id, part, spans FROM resolve_frames "
                                     "WHERE doc_id IN (SELECT doc_id FROM _liaison_docs)").fetchall()
        finally:
            store.con.unregister("_liaison_docs")
        for doc_id, part, spans in rows:
            if any((a, b) in by_doc[doc_id] for a, b in json.loads(spans)):
                parts.add(part)
    return sorted(parts)


def _merge_events(store: Store, gazetteer: Gazetteer, parts: list[str] | None, whole: bool,
                  read: Prepared | None = None, workers: int = 1, writes: _Writes | None = None,
                  elsewhere: Elsewhere | None = None) -> None:
    """Merge the frames of ``parts`` (None: all) into events, replacing those stored for them (a whole
    resolution gives ``read``, which holds every document's frames: they are read from it, not parsed
    again from the store's JSON, and merged by ``elsewhere``'s processes, or else in ``workers`` forked
    processes when there are several).
    Merged here, a chunk's rows are written (``writes``) while the next chunk is merged: what that chunk
    reads from the store is read before, between two writes."""
    con = store.con
    writes = writes if writes is not None else _Writes(background=False)
    orgs: dict[str, Row] = {}
    if parts is not None:
        _register(store, "_liaison_parts", "part", parts)
        for table in EVENT_TABLES[1:]:
            con.execute(f"DELETE FROM {table} WHERE event_id IN "
                        "(SELECT event_id FROM events WHERE part IN (SELECT part FROM _liaison_parts))")
        con.execute("DELETE FROM events WHERE part IN (SELECT part FROM _liaison_parts)")
        frames = con.execute("SELECT doc_id, frame_index, part FROM resolve_frames "
                             "WHERE part IN (SELECT part FROM _liaison_parts) ORDER BY part").fetchall()
        con.unregister("_liaison_parts")
        orgs = {r[0]: r for r in con.execute("SELECT org_id FROM orgs").fetchall()}
        known = set(orgs)
    else:
        frames = con.execute("SELECT doc_id, frame_index, part FROM resolve_frames ORDER BY part").fetchall()
        known = set()
    chunks = _chunks(frames)
    apart = read is not None and (workers > 1 or elsewhere is not None) and len(frames) > FRAMES_PER_CHUNK
    if apart and read is not None:
        merged = (_merged_elsewhere(store, read, chunks, elsewhere) if elsewhere is not None
                  else _merged_in_children(store, read, gazetteer, chunks, workers))
        for tables, found in merged:
            for key, row in found.items():  # (in chunk order: the first report naming an organisation wins)
                orgs.setdefault(key, row)
            writes.run(partial(_write_events, store, tables))
            if elsewhere is None:
                writes.wait()  # (the chunks to come read the store)
        writes.wait()
    else:
        inputs = (_chunk_input(store, chunk, read) for chunk in chunks)
        ahead = next(inputs, None)
        while ahead is not None:
            tables = _chunk_rows(*ahead, gazetteer, orgs)  # (while the chunk before is written)
            writes.wait()
            ahead = next(inputs, None)
            writes.run(partial(_write_events, store, tables))
        writes.wait()
    if whole:
        gazetteer_parties(gazetteer, orgs)
    _insert_rows(con, "orgs", None, [row for key, row in orgs.items() if key not in known])
    if not whole:
        parties = {k for k, e in gazetteer.orgs.items() if e.kind == "party"}
        _register(store, "_liaison_keep", "org_id", sorted(parties))
        try:
            con.execute("DELETE FROM orgs WHERE org_id NOT IN (SELECT org_id FROM _liaison_keep) "
                        "AND org_id NOT IN (SELECT organization_id FROM participants "
                        "WHERE organization_id IS NOT NULL) AND org_id NOT IN (SELECT org_id FROM event_parties)")
        finally:
            con.unregister("_liaison_keep")


Chunk = list[tuple[str, int, str]]  # (doc_id, frame index, part) of whole partitions
Merged = tuple[dict[str, list[Row]], dict[str, Row]]  # a chunk's event rows and the organisations it adds
Picked = list[tuple[str, int, EventFrame]]  # (doc_id, frame index, frame) of a chunk


def _write_events(store: Store, tables: dict[str, list[Row]]) -> None:
    for table, rows in tables.items():
        _insert_rows(store.con, table, _EVENT_COLUMNS[table], rows)
        rows.clear()
    store.stage()


def _chunk_input(store: Store, chunk: Chunk, read: Prepared | None = None,
                 ) -> tuple[Chunk, Picked, dict[MentionKey, str]]:
    """What merging a chunk in this process reads: its documents' frames, from ``read`` when it holds them
    all, else from the store, and the person of each of their mentions (from the store)."""
    wanted = {(doc_id, index) for doc_id, index, _ in chunk}
    docs = sorted({doc_id for doc_id, _ in wanted})
    if read is not None and all(doc_id in read.events_at for doc_id in docs):
        picked = [(doc_id, i, f) for doc_id in docs for i, f in enumerate(read.events(doc_id)) if (doc_id, i) in wanted]
    else:
        picked = [(doc.doc_id, i, f) for doc in store.iter_document_events(docs, batch=500, ordered=False)
                  for i, f in enumerate(doc.events) if (doc.doc_id, i) in wanted]
    return chunk, picked, _persons_of(store, docs)


def _chunk_rows(chunk: Chunk, picked: Picked, persons: dict[MentionKey, str],
                gazetteer: Gazetteer, orgs: dict[str, Row]) -> dict[str, list[Row]]:
    events = merge_reports(sorted(picked, key=lambda r: (r[0], r[1])), persons)
    part_of = {(doc_id, index): part for doc_id, index, part in chunk}
    tables = event_rows(events, gazetteer, orgs)
    tables["events"] = [(*row, part_of[(ev.reports[0].doc_id, ev.reports[0].index)])
                        for row, ev in zip(tables["events"], events, strict=True)]
    return tables


def _merged_in_children(store: Store, read: Prepared, gazetteer: Gazetteer, chunks: Iterable[Chunk],
                        workers: int) -> Iterator[Merged]:
    """Chunks merged by ``workers`` forked processes, which read the frames from ``read``'s file (this
    process reads the person of each mention from the store), in chunk order, a few at a time."""
    global _forked_events
    read.flush()
    _forked_events = (read, gazetteer)
    _before_fork()
    try:
        with get_context("fork").Pool(workers) as pool:
            window: deque[AsyncResult[Merged]] = deque()
            for chunk in chunks:
                persons = _persons_of(store, {doc_id for doc_id, _, _ in chunk})
                window.append(pool.apply_async(_merge_chunk, (chunk, persons)))
                while len(window) > 2 * workers:
                    yield window.popleft().get()
            while window:
                yield window.popleft().get()
    finally:
        _forked_events = None


_forked_events: tuple[Prepared, Gazetteer] | None = None


class _Frames(NamedTuple):
    """A chunk of events merged by another process of the build (``_merged_elsewhere``): the prepared file's
    name, the chunk, where each of its documents' frames are, and the person of each of their mentions."""

    path: str
    chunk: Chunk
    docs: list[tuple[str, int, int]]  # doc_id, where its frames' pickle starts, its size
    persons: dict[MentionKey, str]


def _merged_elsewhere(store: Store, read: Prepared, chunks: Iterable[Chunk], elsewhere: Elsewhere) -> Iterator[Merged]:
    """Chunks merged by ``elsewhere``'s processes (the pool the build kept, each with the gazetteer this process
    reads: extraction adds nothing to it), which read the frames from ``read``'s file; in chunk order (an
    organisation's row is the one of the first chunk naming it). The person of every mention is read from
    the store once, the rows written so far (a whole resolution: every unit's)."""
    read.flush()
    persons: dict[str, dict[MentionKey, str]] = defaultdict(dict)
    result = store.con.execute("SELECT doc_id, person_id, mentions FROM resolve_units")
    while rows := result.fetchmany(10_000):  # (not every unit's row held at once)
        for doc_id, pid, mentions in rows:
            for a, b in json.loads(mentions):
                persons[doc_id][(doc_id, a, b)] = pid
    done: dict[int, Merged] = {}
    following = 0
    for index, merged in elsewhere.map_unordered(_merge_frames, enumerate(_frame_tasks(read, list(chunks), persons))):
        done[index] = merged
        while following in done:
            yield done.pop(following)
            following += 1


def _frame_tasks(read: Prepared, chunks: list[Chunk], persons: dict[str, dict[MentionKey, str]]) -> Iterator[_Frames]:
    """The tasks of ``_merged_elsewhere``, made as they are given; a document's persons let go with its last chunk."""
    last = {doc_id: i for i, chunk in enumerate(chunks) for doc_id, _, _ in chunk}
    for i, chunk in enumerate(chunks):
        docs = sorted({doc_id for doc_id, _, _ in chunk})
        at = [read.events_at[doc_id] for doc_id in docs]
        yield _Frames(read.file.name, chunk, [(d, read.doc_at(j), read.events_size(j)) for d, j in zip(
            docs, at, strict=True)], {k: v for d in docs for k, v in persons.get(d, {}).items()})
        for doc_id in docs:
            if last[doc_id] == i:
                persons.pop(doc_id, None)


def _merge_frames(task: tuple[int, _Frames]) -> tuple[int, Merged]:
    """One chunk merged in another process of the build (``_merged_elsewhere``), with its own gazetteer."""
    index, (path, chunk, docs, persons) = task
    wanted = {(doc_id, i) for doc_id, i, _ in chunk}
    with open(path, "rb") as fh:
        fd = fh.fileno()
        picked = [(doc_id, i, f) for doc_id, at, size in docs
                  for i, f in enumerate(load_events(os.pread(fd, size, at))) if (doc_id, i) in wanted]
    found: dict[str, Row] = {}
    return index, (_chunk_rows(chunk, picked, persons, default_gazetteer(), found), found)


def _merge_chunk(chunk: Chunk, persons: dict[MentionKey, str]) -> Merged:
    """One chunk merged in a forked process (``_merged_in_children``)."""
    assert _forked_events is not None
    read, gazetteer = _forked_events
    wanted = {(doc_id, index) for doc_id, index, _ in chunk}
    picked = [(doc_id, i, f) for doc_id in sorted({d for d, _ in wanted})
              for i, f in enumerate(read.events(doc_id)) if (doc_id, i) in wanted]
    found: dict[str, Row] = {}
    return _chunk_rows(chunk, picked, persons, gazetteer, found), found


_EVENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("event_id", "kind", "date", "date_precision", "date_source", "location", "remote", "channel",
               "topics", "confidence", "part"),
    "event_documents": ("event_id", "doc_id", "frame_index", "evidence"),
    "participants": ("event_id", "person_id", "doc_id", "name", "native", "title", "organization_id",
                     "organization", "country", "lead", "ordinal", "evidence", "name_source"),
    "event_parties": ("event_id", "org_id", "ordinal"),
}


def _chunks(frames: Sequence[tuple[str, int, str]]) -> Iterator[list[tuple[str, int, str]]]:
    """Frames (ordered by partition) in chunks of whole partitions, each in document and frame order."""
    chunk: list[tuple[str, int, str]] = []
    for i, row in enumerate(frames):
        chunk.append(row)
        last = i + 1 == len(frames) or frames[i + 1][2] != row[2]
        if last and len(chunk) >= FRAMES_PER_CHUNK:
            yield sorted(chunk)
            chunk = []
    if chunk:
        yield sorted(chunk)


def _persons_of(store: Store, docs: Iterable[str]) -> dict[MentionKey, str]:
    """The person id of every mention in ``docs`` (as resolved in this transaction)."""
    _register(store, "_liaison_docs", "doc_id", sorted(docs))
    try:
        rows = store.con.execute("SELECT doc_id, person_id, mentions FROM resolve_units "
                                 "WHERE doc_id IN (SELECT doc_id FROM _liaison_docs)").fetchall()
    finally:
        store.con.unregister("_liaison_docs")
    return {(doc_id, a, b): pid for doc_id, pid, mentions in rows for a, b in json.loads(mentions)}
