"""One resolution of the stored record, whole or in part: the stages in order, in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import ExitStack, nullcontext
from functools import partial

import duckdb

from liaison.kb.gazetteer import Gazetteer
from liaison.resolve.blocked import resolver_fingerprint
from liaison.resolve.prepared import prepare
from liaison.store.duckdb_store import Store, _insert_rows, _rollback, out_of_memory
from liaison.store.resolution.batch import reached
from liaison.store.resolution.events import changed_parts, merge_events
from liaison.store.resolution.memory import give_back_memory
from liaison.store.resolution.people import resolve_people
from liaison.store.resolution.prepared import Prepared
from liaison.store.resolution.processes import Elsewhere, warm_merging
from liaison.store.resolution.tables import register
from liaison.store.resolution.writes import Writes
from liaison.store.resolved_rows import EVENT_TABLES

log = logging.getLogger(__name__)

# DuckDB's room, above what it cannot give back (``Store.memory_held_to``), while the texts of the documents
# with events are copied: the statement scans every document's text and would keep what it read up to the
# resolution's limit (125 MB more at 75,000 items)
TEXTS_MEMORY = "48MB"
# and once the documents are read (people clustered, events merged, the transaction committed): what it
# keeps of the rows written it can spill to its temporary folder
WRITE_MEMORY = "64MB"

# the anonymous memory a process that clustered blocks may hold and still merge events (``Elsewhere.renew``): one
# renewed holds 62-64 MB once it has loaded the gazetteer and territory names (75k record), one kept 62-68 MB
RENEW_ABOVE = 112 * 2**20

_RESOLVED = ("persons", "positions", "match_decisions", "orgs", *EVENT_TABLES)
_KEPT = ("resolve_units", "resolve_frames", "resolve_pairs")

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
    writes = Writes(background=whole)
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
        register(store, "_liaison_pending", "doc_id", pending or [])
        idents = sorted({x for j in recorded for x in (j.left, j.right)})  # undone ones too: their blocks split
        blocks, old = ([], []) if whole else reached(store, read, idents)
        if whole:  # (by the writer, on the other core, while this thread clusters people)
            writes.run(partial(_copy_texts, store, sorted(read.doc_ids), hold))
        changed = resolve_people(store, read, blocks, old, judgements, whole, workers, writes, elsewhere)
        if elsewhere is not None:  # (the memory the largest blocks took, given back before events are merged,
            elsewhere.renew(warm_merging, above=RENEW_ABOVE)  # when they kept much of it)
        del old
        read.meta.clear()  # (events are merged from what the store now holds)
        parts = changed_parts(store, read, changed, whole)
        con.execute("DELETE FROM resolve_frames WHERE doc_id IN (SELECT doc_id FROM _liaison_pending)")
        _insert_rows(con, "resolve_frames", ("doc_id", "frame_index", "part", "spans"), read.frames)
        if hold:
            store.release_memory()
        merge_events(store, gazetteer, parts, whole, read if whole else None, workers, writes, elsewhere)
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
