"""Frames merged into events a few partitions at a time, in this process or in others."""

from __future__ import annotations

import json
import os
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, NamedTuple

from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import EventFrame
from liaison.resolve.events import merge_reports
from liaison.resolve.mentions import MentionKey
from liaison.resolve.prepared import load_events
from liaison.store.resolution.memory import before_fork
from liaison.store.resolution.prepared import Prepared
from liaison.store.resolution.processes import Elsewhere, warm_merging
from liaison.store.resolution.tables import EVENT_COLUMNS, insert_rows, registered, strings
from liaison.store.resolution.writes import Writes
from liaison.store.resolved_rows import EVENT_TABLES, Row, event_rows, gazetteer_parties

if TYPE_CHECKING:
    from liaison.store.duckdb_store import Store

FRAMES_PER_CHUNK = 1500  # frames whose documents are read at once while merging events

# --- events -----------------------------------------------------------------------------------
def changed_parts(store: Store, read: Prepared, changed: set[MentionKey], whole: bool) -> list[str] | None:
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
        with registered(store, "_liaison_docs", strings("doc_id", sorted(by_doc))):
            rows = store.con.execute("SELECT doc_id, part, spans FROM resolve_frames "
                                     "WHERE doc_id IN (SELECT doc_id FROM _liaison_docs)").fetchall()
        for doc_id, part, spans in rows:
            if any((a, b) in by_doc[doc_id] for a, b in json.loads(spans)):
                parts.add(part)
    return sorted(parts)


def merge_events(store: Store, gazetteer: Gazetteer, parts: list[str] | None, whole: bool,
                 read: Prepared | None = None, workers: int = 1, writes: Writes | None = None,
                 elsewhere: Elsewhere | None = None) -> None:
    """Merge the frames of ``parts`` (None: all) into events, replacing those stored for them (a whole
    resolution gives ``read``, which holds every document's frames: they are read from it, not parsed
    again from the store's JSON, and merged by ``elsewhere``'s processes, or else in ``workers`` forked
    processes when there are several).
    Merged here, a chunk's rows are written (``writes``) while the next chunk is merged: what that chunk
    reads from the store is read before, between two writes."""
    con = store.con
    writes = writes if writes is not None else Writes(background=False)
    orgs: dict[str, Row] = {}
    if parts is not None:
        with registered(store, "_liaison_parts", strings("part", parts)):
            for table in EVENT_TABLES[1:]:
                con.execute(f"DELETE FROM {table} WHERE event_id IN "
                            "(SELECT event_id FROM events WHERE part IN (SELECT part FROM _liaison_parts))")
            con.execute("DELETE FROM events WHERE part IN (SELECT part FROM _liaison_parts)")
            frames = con.execute("SELECT doc_id, frame_index, part FROM resolve_frames "
                                 "WHERE part IN (SELECT part FROM _liaison_parts) ORDER BY part").fetchall()
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
    insert_rows(con, "orgs", None, [row for key, row in orgs.items() if key not in known])
    if not whole:
        parties = {k for k, e in gazetteer.orgs.items() if e.kind == "party"}
        with registered(store, "_liaison_keep", strings("org_id", sorted(parties))):
            con.execute("DELETE FROM orgs WHERE org_id NOT IN (SELECT org_id FROM _liaison_keep) "
                        "AND org_id NOT IN (SELECT organization_id FROM participants "
                        "WHERE organization_id IS NOT NULL) AND org_id NOT IN (SELECT org_id FROM event_parties)")


Chunk = list[tuple[str, int, str]]  # (doc_id, frame index, part) of whole partitions
Merged = tuple[dict[str, list[Row]], dict[str, Row]]  # a chunk's event rows and the organisations it adds
Picked = list[tuple[str, int, EventFrame]]  # (doc_id, frame index, frame) of a chunk


def _write_events(store: Store, tables: dict[str, list[Row]]) -> None:
    for table, rows in tables.items():
        insert_rows(store.con, table, EVENT_COLUMNS[table], rows)
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
    before_fork()
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
    warm_merging()  # (once per process: a process kept from clustering may not have run it yet)
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
    with registered(store, "_liaison_docs", strings("doc_id", sorted(docs))):
        rows = store.con.execute("SELECT doc_id, person_id, mentions FROM resolve_units "
                                 "WHERE doc_id IN (SELECT doc_id FROM _liaison_docs)").fetchall()
    return {(doc_id, a, b): pid for doc_id, pid, mentions in rows for a, b in json.loads(mentions)}
