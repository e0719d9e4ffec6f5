"""The embedded store: one DuckDB file holding documents, extractions and the resolved record.

Per-document extractions are committed as they are built, so an interrupted build keeps what
it finished and the next run resumes. The resolved tables are brought up to date in one transaction,
or, for a whole resolution, in stages marked stale until the last commits; no reader sees half a
resolution (writers hold the database alone, the web app reads published snapshots). Judgements are
append-only: an undo is a new row.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator, Sequence, Sized
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.kb.partyfacts import PartyFactsParty, link_parties
from liaison.model.rows import DOCUMENT_COLUMNS, FRAMES, DocumentRow, document_events, extraction_row
from liaison.model.types import (
    DocumentEvents,
    Extraction,
    Judgement,
    Note,
    Resolution,
    Skipped,
)
from liaison.store.errors import StoreBusy, StoreError
from liaison.store.locking import database_lock, default_wait
from liaison.store.migrations import MIGRATIONS
from liaison.store.resolved_rows import decision_rows, event_rows, gazetteer_parties, person_rows, position_rows
from liaison.store.writing import write_session

__all__ = ["Store", "StoreBusy", "StoreError"]
log = logging.getLogger("liaison.store")


def placeholders(values: Sized) -> str:
    """``?, ?, ?``: one query parameter per value (for ``IN (...)``)."""
    return ", ".join("?" * len(values))

_RELEASE_FLOOR = "16MB"  # the limit ``Store.release_memory`` sets for a moment
_UNITS = {"KB": 10**3, "MB": 10**6, "GB": 10**9, "KIB": 2**10, "MIB": 2**20, "GIB": 2**30}


def _bytes(size: str) -> int:
    """``48MB`` in bytes (DuckDB's units: MB is 1000², MiB 1024²)."""
    number = size.rstrip("BbIiKkMmGg")
    return int(float(number) * _UNITS[size[len(number):].upper()])


def out_of_memory(exc: BaseException) -> BaseException | None:
    """The out-of-memory error that ``exc`` is or came from (a statement after it in the aborted
    transaction, such as an ``unregister`` in a ``finally``, raises an error of its own)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, duckdb.OutOfMemoryException):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


class Store:
    """A liaison database. Open with ``Store.open(path)`` (a context manager)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path
        self._memory_limit: str | None = None  # as ``tune`` set it
        self._rooms: list[int] = []  # the room of each ``memory_held_to`` entered, innermost last
        self.staged = False  # a write committed in stages is under way (``stage``)
        self._marked: dict[str, str] = {}  # meta values ``save_rows`` committed, no ``_set_meta`` since

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    @contextmanager
    def open(cls, path: str | Path, read_only: bool = False, wait: float | None = None) -> Iterator[Store]:
        """Open the database; writers queue behind each other and behind readers (``locking``)
        for up to ``wait`` seconds, and a successful write publishes a snapshot for the web app."""
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"{path}: no such database (run `liaison build` first)")
        if path == ":memory:":
            with cls._open(path, read_only, 0.0) as store:
                yield store
            return
        wait = default_wait() if wait is None else wait
        session = database_lock(path, exclusive=False, wait=wait) if read_only else write_session(path, wait)
        with session, cls._open(path, read_only, wait) as store:
            yield store

    @classmethod
    @contextmanager
    def _open(cls, path: str, read_only: bool, wait: float) -> Iterator[Store]:
        con = _connect(path, read_only, wait)
        store = cls(con, path)
        try:
            if not store._has_table("schema_migrations") and (read_only or store._has_any_table()):
                raise StoreError(f"{path}: not a liaison database; it is left unchanged")
            if not read_only:
                try:
                    store.migrate()
                except duckdb.Error as exc:
                    raise StoreError(f"{path}: cannot prepare the database: {_first_line(exc)}") from exc
            yield store
            if not read_only:
                con.execute("CHECKPOINT")  # the file alone is then the whole state (snapshots copy it)
        finally:
            con.close()

    def _has_any_table(self) -> bool:
        row = self.con.execute("SELECT count(*) FROM information_schema.tables").fetchone()
        return bool(row and row[0])

    def _has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchone()
        return bool(row and row[0])

    def has_table(self, name: str) -> bool:
        """Whether the database has table ``name`` (one opened read-only may predate a migration); asked
        once per connection."""
        known: dict[str, bool] = self.__dict__.setdefault("_tables", {})
        if name not in known:
            known[name] = self._has_table(name)
        return known[name]

    def has_column(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column`` (a database opened read-only may predate a migration)."""
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
            [table, column],
        ).fetchone()
        return bool(row and row[0])

    def migrate(self) -> list[int]:
        """Apply pending migrations; returns the versions applied."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
                self.con.execute("COMMIT")
            except Exception:
                _rollback(self.con)
                raise
            applied.append(version)
        return applied

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    # -- documents and extractions ----------------------------------------------------------
    def document_states(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (content_hash, extractor_version) of everything built so far."""
        rows = self.con.execute("SELECT doc_id, content_hash, extractor_version FROM documents").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """Store documents with their frames, replacing older builds of the same ids, atomically."""
        self.save_rows([extraction_row(ex) for ex in extractions])

    def save_rows(self, rows: Sequence[DocumentRow], *, replace: bool = True, pending: bool = True) -> None:
        """Store built documents (``model.rows``) atomically; ``replace`` False when none of their ids
        is stored yet (a plain insert, much cheaper than replacing). ``pending`` False: they are not listed
        for the next resolution to reach (``resolve_pending``): the record is marked as resolved by no block
        (``forget_blocks``), in the same transaction, so the next resolution resolves it whole. Those marks
        are written by a build's first batch only: its later ones find them committed (``_marked``)."""
        if not rows:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            _insert_rows(self.con, "documents", DOCUMENT_COLUMNS, rows, replace=replace)
            _insert_rows(self.con, "extractions", ("doc_id", "frames"), [(r[0], r[FRAMES]) for r in rows],
                         replace=replace)
            if pending:
                _insert_rows(self.con, "resolve_pending", ("doc_id",), [(r[0],) for r in rows], replace=replace)
            marks = {"resolution_stale": "1"} if pending else {"resolution_stale": "1", "resolved_by_block": ""}
            marks = {k: v for k, v in marks.items() if self._marked.get(k) != v}
            for key, value in marks.items():  # (a build's batches after its first: nothing to mark again)
                self._set_meta(key, value)
            self.con.execute("COMMIT")
            self._marked.update(marks)
        except Exception as exc:
            _rollback(self.con)
            short = out_of_memory(exc)
            if short is None or self._memory_limit is None:
                raise
            log.warning("storing documents ran out of DuckDB's memory (%s); stored without liaison's limit",
                        str(short).splitlines()[0])
            with self.memory_unlimited():
                self.save_rows(rows, replace=replace, pending=pending)

    def retag(self, doc_ids: Sequence[str], version: str) -> None:
        """Stamp stored documents with extractor ``version``: a new version found nothing new in them."""
        if not doc_ids:
            return
        self.con.register("_liaison_retag", pa.table({"doc_id": list(doc_ids)}))
        try:  # one statement: all or nothing
            self.con.execute(
                "UPDATE documents SET extractor_version = ?, built_at = current_timestamp "
                "WHERE doc_id IN (SELECT doc_id FROM _liaison_retag)", [version])
        finally:
            self.con.unregister("_liaison_retag")

    def triage_rejected(self, fingerprint: str) -> set[str]:
        """Ids of the documents the triage with ``fingerprint`` turned away (they hold no events)."""
        rows = self.con.execute("SELECT doc_id FROM documents WHERE triage = ?", [fingerprint]).fetchall()
        return {r[0] for r in rows}

    def document_count(self) -> int:
        rows = self.con.execute("SELECT count(*) FROM documents").fetchall()  # fetched to the end
        return int(rows[0][0])

    def record_counts(self) -> tuple[int, int]:
        """(events, people) of the resolved record."""
        rows = self.con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM persons)").fetchall()
        return int(rows[0][0]), int(rows[0][1])

    def tune(self, *, memory_limit: str, checkpoint_threshold: str | None = None) -> None:
        """Hold DuckDB to ``memory_limit`` (and checkpoint its log at ``checkpoint_threshold``)."""
        self._memory_limit = self._set_limit(memory_limit)
        if checkpoint_threshold is not None:
            self.con.execute(f"SET checkpoint_threshold = '{checkpoint_threshold}'")

    def memory_in_use(self) -> int:
        """Bytes DuckDB's buffer manager holds now (``duckdb_memory()``, every tag)."""
        rows = self.con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()").fetchall()
        return int(rows[0][0])

    def release_memory(self) -> None:
        """Give back the blocks DuckDB holds without needing them (pages it read, data it can write to
        its temporary folder), keeping its limit: it keeps what it read up to that limit, which, on top
        of a resolution's own peak, was most of what a large build exceeded. Done by lowering the limit
        for a moment to ``_RELEASE_FLOOR``: DuckDB evicts what it can even when it cannot meet that floor.
        Within ``memory_held_to`` the held limit is set again from what DuckDB still holds."""
        if self._memory_limit is None:
            return
        self._set_limit(_RELEASE_FLOOR, strict=True)
        self._memory_limit = self._set_limit(self._held_limit() if self._rooms else self._memory_limit)

    @contextmanager
    def memory_held_to(self, room: str) -> Iterator[None]:
        """Hold DuckDB to ``room`` above what it cannot give back, for statements that read far more than
        they keep (a scan of every document's text, rows written it can spill to its temporary folder):
        under the usual limit it would cache what it read up to that limit. What it cannot evict (the
        indexes and the bookkeeping of an open transaction) grows with the record: a fixed limit of 48 MB,
        enough at 75,000 items, failed at 225,000 with 45.5 MB held. So the limit is what DuckDB holds
        after giving back what it can, plus ``room``, set again at each ``release_memory`` within."""
        previous = self._memory_limit
        self._rooms.append(_bytes(room))
        try:
            self.release_memory()
            yield
        finally:
            self._rooms.pop()
            self._memory_limit = previous if previous is None else self._set_limit(previous)

    @contextmanager
    def memory_unlimited(self) -> Iterator[None]:
        """DuckDB without liaison's limit (its default: 80% of the machine's memory), for a statement that
        failed under it; the limit is set back after."""
        previous, rooms = self._memory_limit, self._rooms
        cursor = self.con.cursor()
        try:
            cursor.execute("RESET memory_limit")
        finally:
            cursor.close()
        self._memory_limit, self._rooms = None, []
        try:
            yield
        finally:
            self._rooms = rooms
            self._memory_limit = previous if previous is None else self._set_limit(previous)

    def _held_limit(self) -> str:
        """The limit of the innermost ``memory_held_to``: what DuckDB holds now plus its room."""
        return self._above_held(self._rooms[-1])

    def _above_held(self, room: int) -> str:
        """A limit ``room`` bytes above what DuckDB holds now."""
        return f"{(self.memory_in_use() + room) // 2**20 + 1}MiB"

    def _set_limit(self, limit: str, *, strict: bool = False) -> str:
        """Set DuckDB's memory limit from a cursor of its own, so that a limit it cannot meet (it holds
        more that it cannot give back) fails there, never aborting an open transaction. Such a limit is
        taken as room above what DuckDB then holds (unless ``strict``: then left as it was). Returns
        the limit set."""
        cursor = self.con.cursor()
        try:
            try:
                cursor.execute(f"SET memory_limit = '{limit}'")
            except duckdb.Error:
                if strict:
                    return limit
                limit = self._above_held(_bytes(limit))
                cursor.execute(f"SET memory_limit = '{limit}'")
            return limit
        finally:
            cursor.close()

    def load_document_events(self) -> list[DocumentEvents]:
        """The documents with events (resolution has nothing to take from the others)."""
        return list(self.iter_document_events())

    def iter_document_events(
        self, ids: Sequence[str] | None = None, batch: int = 2000, *, ordered: bool = True,
        without: Sequence[str] = (),
    ) -> Iterator[DocumentEvents]:
        """The documents with events (among ``ids``, when given, and not among ``without``), in id order
        unless not ``ordered`` (then streamed as stored, with no sort to hold), read ``batch`` at a time
        (the store answers no other query until the iteration ends)."""
        sql = ("SELECT d.doc_id, d.published, d.language, e.frames FROM documents d "
               "JOIN extractions e USING (doc_id) WHERE e.frames::VARCHAR <> '[]'")
        registered = []
        for name, values, test in (("_liaison_ids", ids, "IN"), ("_liaison_without", without or None, "NOT IN")):
            if values is not None:
                self.con.register(name, pa.table({"doc_id": pa.array(list(values), pa.string())}))
                registered.append(name)
                sql += f" AND d.doc_id {test} (SELECT doc_id FROM {name})"
        try:
            result = self.con.execute(sql + (" ORDER BY d.doc_id" if ordered else ""))
            while rows := result.fetchmany(batch):  # the JSON text of a few rows at a time, not of all
                for doc_id, published, language, frames in rows:
                    yield document_events(doc_id, published, language, frames)
        finally:
            for name in registered:
                self.con.unregister(name)

    def add_skipped(self, skipped: Sequence[Skipped], notes: Sequence[Note] = ()) -> None:
        """Record skipped inputs and notes, each (kind, origin, reason) once however often it recurs."""
        rows = {}
        for kind, items in (("skipped", skipped), ("note", notes)):
            for item in items:
                key = hashlib.md5(f"{kind}\x1f{item.origin}\x1f{item.reason}".encode()).hexdigest()
                rows[key] = (key, kind, item.origin, item.reason)
        if not rows:
            return
        columns = ("key", "kind", "origin", "reason")
        batch = pa.table({c: [r[i] for r in rows.values()] for i, c in enumerate(columns)})
        self.con.register("_liaison_skipped", batch)
        try:  # one statement: all or nothing
            self.con.execute(
                "INSERT INTO skipped (key, kind, origin, reason) SELECT key, kind, origin, reason "
                "FROM _liaison_skipped WHERE key NOT IN (SELECT key FROM skipped)"
            )
        finally:
            self.con.unregister("_liaison_skipped")

    def record_build(self, started: Any, counts: dict[str, int]) -> None:
        self.con.execute(
            "INSERT INTO builds VALUES (?, current_timestamp, ?, ?, ?, ?, ?)",
            [started, counts.get("added", 0), counts.get("updated", 0), counts.get("unchanged", 0),
             counts.get("skipped", 0), counts.get("events", 0)],
        )

    def stage(self) -> None:
        """Within a write committed in stages (``staged``: a whole resolution), commit what was written so
        far and go on in a new transaction. What DuckDB keeps of an open transaction's appends lies outside
        the memory it manages and grows with them: written in one transaction, 600,000 pair scores and the
        units of a 225,000-item record raised the build's peak by some 150 MB. Outside a staged write
        nothing happens: the transaction stays whole."""
        if self.staged:
            self.con.execute("COMMIT")
            self.con.execute("BEGIN TRANSACTION")

    def checkpoint_committed(self) -> None:
        """Write what is committed to the database file now (``CHECKPOINT`` on a cursor of its own: the open
        transaction of this connection, if any, goes on, and what it holds is written when it commits), so
        that the checkpoint as the store closes writes only what comes after. Should DuckDB refuse, nothing
        happens: that last checkpoint writes it all."""
        cursor = self.con.cursor()
        try:
            cursor.execute("CHECKPOINT")
        except duckdb.Error:
            pass
        finally:
            cursor.close()

    def forget_blocks(self) -> None:
        """Mark the resolved record as kept by no block: the next resolution resolves the whole record,
        whichever documents are listed as pending (``store.resolution.resolved_by_block``)."""
        self._set_meta("resolved_by_block", "")

    def _set_meta(self, key: str, value: str) -> None:
        self._marked.pop(key, None)  # (whether this transaction commits or not, ``save_rows`` marks it again)
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def resolution_stale(self) -> bool:
        """True when extractions changed since the resolved tables were last written."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'resolution_stale'").fetchone()
        return bool(row and row[0] == "1")

    # -- the resolved record -----------------------------------------------------------------
    def save_resolution(self, res: Resolution, gazetteer: Gazetteer) -> None:
        """Replace the resolved tables with ``res`` in one transaction (a build after it resolves the
        whole record again: ``res`` carries no blocks)."""
        orgs: dict[str, tuple[Any, ...]] = {}
        tables: dict[str, list[tuple[Any, ...]]] = {
            "persons": person_rows(res.people),
            **event_rows(res.events, gazetteer, orgs),
            "positions": position_rows(res.positions),
            "match_decisions": decision_rows(res.decisions),
        }
        gazetteer_parties(gazetteer, orgs)
        tables["orgs"] = list(orgs.values())
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in tables.items():
                self.con.execute(f"DELETE FROM {table}")
                _insert_rows(self.con, table, None, rows)
            for table in ("resolve_units", "resolve_frames", "resolve_pending"):
                self.con.execute(f"DELETE FROM {table}")
            self.con.execute("DELETE FROM event_texts")
            self.refresh_event_texts()
            self._apply_partyfacts_links(gazetteer)
            self._set_meta("resolution_stale", "0")
            self._set_meta("resolved_by_block", "0")
            self.con.execute("COMMIT")
        except Exception:
            _rollback(self.con)
            raise

    def refresh_event_texts(self) -> None:
        """Keep in ``event_texts`` the title and text, in lower case, of every document that reports an
        event, and only those (documents in ``resolve_pending``, built again, are copied afresh). The documents
        missing are found first, so only their texts are read (not every document's)."""
        self.con.execute("DELETE FROM event_texts WHERE doc_id NOT IN (SELECT doc_id FROM event_documents) "
                         "OR doc_id IN (SELECT doc_id FROM resolve_pending)")
        self.con.execute("INSERT INTO event_texts SELECT doc_id, lower(coalesce(title, '') || chr(10) || "
                         "coalesce(text, '')) FROM documents "
                         "WHERE doc_id IN (SELECT doc_id FROM event_documents EXCEPT SELECT doc_id FROM event_texts)")

    def copy_event_texts(self, doc_ids: Sequence[str]) -> None:
        """Add to ``event_texts`` the title and text, in lower case, of the documents ``doc_ids`` (none of
        them there yet), as ``refresh_event_texts`` copies them."""
        self.con.register("_liaison_texts", pa.table({"doc_id": pa.array(list(doc_ids), pa.string())}))
        try:
            self.con.execute("INSERT INTO event_texts SELECT doc_id, lower(coalesce(title, '') || chr(10) || "
                             "coalesce(text, '')) FROM documents WHERE doc_id IN (SELECT doc_id FROM _liaison_texts)")
        finally:
            self.con.unregister("_liaison_texts")

    # -- Party Facts ---------------------------------------------------------------------------
    def save_partyfacts(self, parties: Sequence[PartyFactsParty], gazetteer: Gazetteer) -> int:
        """Replace the Party Facts table with ``parties`` and link the gazetteer's parties to it."""
        rows = {
            p.partyfacts_id: (p.partyfacts_id, p.country, p.name_short, p.name, p.name_english, p.name_other,
                              p.year_first, p.year_last, p.technical, p.wikipedia)
            for p in parties
        }
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM partyfacts")
            if rows:
                marks = ", ".join("?" * 10)
                self.con.executemany(f"INSERT INTO partyfacts VALUES ({marks})", list(rows.values()))
            self._apply_partyfacts_links(gazetteer)
            self.con.execute("COMMIT")
        except Exception:
            _rollback(self.con)
            raise
        return len(rows)

    def _apply_partyfacts_links(self, gazetteer: Gazetteer) -> None:
        """Link gazetteer parties to the imported Party Facts parties and stamp ``orgs.partyfacts_id``."""
        parties = [
            PartyFactsParty(*r)
            for r in self.con.execute(
                "SELECT partyfacts_id, country, name_short, name, name_english, name_other, year_first, "
                "year_last, technical, wikipedia FROM partyfacts"
            ).fetchall()
        ]
        others = [
            OrgEntry(id=r[0], name=r[1], kind="party", country=r[3], abbr=r[2], aliases=tuple(r[4] or ()))
            for r in self.con.execute(
                "SELECT org_id, name, abbr, country, aliases FROM orgs WHERE kind = 'party'"
            ).fetchall()
        ]
        links = link_parties(gazetteer, parties, others) if parties else {}
        self.con.execute("DELETE FROM partyfacts_links")
        if links:
            self.con.executemany(
                "INSERT INTO partyfacts_links VALUES (?, ?, ?)", [(k, v[0], v[1]) for k, v in sorted(links.items())]
            )
        self.con.execute(
            "UPDATE orgs SET partyfacts_id = l.partyfacts_id FROM partyfacts_links l "
            "WHERE orgs.org_id = l.org_id AND orgs.partyfacts_id IS NULL"
        )

    # -- judgements ----------------------------------------------------------------------------
    def add_judgement(self, left: str, right: str, same: bool, author: str, score: float | None = None) -> int:
        row = self.con.execute(
            "INSERT INTO judgements (left_id, right_id, same, author, score) VALUES (?, ?, ?, ?, ?) "
            "RETURNING judgement_id",
            [left, right, same, author, score],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def undo_judgement(self, judgement_id: int, author: str) -> int:
        row = self.con.execute(
            "SELECT left_id, right_id, same FROM judgements WHERE judgement_id = ? AND undoes IS NULL",
            [judgement_id],
        ).fetchone()
        if row is None:
            raise StoreError(f"no judgement {judgement_id}")
        new = self.con.execute(
            "INSERT INTO judgements (left_id, right_id, same, author, undoes) VALUES (?, ?, ?, ?, ?) "
            "RETURNING judgement_id",
            [row[0], row[1], row[2], author, judgement_id],
        ).fetchone()
        assert new is not None
        return int(new[0])

    def judgements(self) -> list[Judgement]:
        rows = self.con.execute(
            "SELECT judgement_id, left_id, right_id, same, author, CAST(created AS VARCHAR), score, undoes "
            "FROM judgements ORDER BY judgement_id"
        ).fetchall()
        undone = {r[7] for r in rows if r[7] is not None}
        return [
            Judgement(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6], undone=r[0] in undone)
            for r in rows
            if r[7] is None
        ]


def _connect(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying for up to ``wait`` seconds while a process that does not take liaison's
    lock (an older liaison, the duckdb shell) holds DuckDB's own file lock."""
    deadline = time.monotonic() + wait
    said = False
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"{path}: cannot open database: {exc}") from exc
            if time.monotonic() >= deadline:
                raise StoreBusy(f"{path} is open in another process; gave up after {wait:g} s: {exc}") from exc
            if not said:
                log.warning("%s: waiting for another process to close it …", path)
                said = True
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from exc


def _insert_rows(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str] | None, rows: Sequence[tuple[Any, ...]],
    *, replace: bool = False,
) -> None:
    """Insert ``rows`` in one statement through an Arrow table (``executemany`` binds and runs one
    statement per row, which dominated build time). ``columns`` None: the table's leading columns."""
    if not rows:
        return
    if columns is None:
        described = con.execute(f"DESCRIBE {table}").fetchall()
        columns = [r[0] for r in described][: len(rows[0])]
    batch = pa.table(dict(zip(columns, zip(*rows, strict=True), strict=False)))  # (the rows' leading values)
    for i, column in enumerate(batch.columns):  # UTF-8 bytes (``worker.sent``) are text: no table stores bytes
        if pa.types.is_binary(column.type):
            batch = batch.set_column(i, batch.field(i).name, column.cast(pa.string()))
    names = ", ".join(columns)
    con.register("_liaison_rows", batch)
    try:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM _liaison_rows")
    finally:
        con.unregister("_liaison_rows")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; after a failed COMMIT (a full disk) DuckDB has already undone it,
    and the error worth reporting is the one being raised, not this one."""
    with suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
