"""One open snapshot of the database: a read-only DuckDB connection shared by the threads of this process.

Each thread reads through its own cursor (DuckDB runs their queries in parallel, outside the GIL).
Requests register while they read, so a snapshot replaced by a newer one closes only when its
last reader is done. Values derived from it (the home page's aggregates, rendered responses)
are memoised on it: the snapshot never changes, so they are valid for as long as it is served.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from liaison.store import StoreError

T = TypeVar("T")


class OpenSnapshot:
    """Generation ``number`` of a database, open for reading (see ``liaison.store.snapshots``)."""

    def __init__(self, number: int, path: Path) -> None:
        self.number = number
        self.path = path
        try:
            self._con = duckdb.connect(str(path), read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open snapshot: {exc}") from exc
        if not self._con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchall()[0][0]:
            self._con.close()
            raise StoreError(f"{path}: not a liaison database")
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()  # guards the counters and lists below, held for microseconds
        self._readers = 0
        self._retired = False
        self._closed = False
        self._memo: dict[Any, Any] = {}
        self._computing: dict[Any, threading.Lock] = {}

    # -- readers -----------------------------------------------------------------------------------
    def enter(self) -> bool:
        """Register a reader; False when the snapshot was already closed (read the newer one)."""
        with self._lock:
            if self._closed:
                return False
            self._readers += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._readers -= 1
            close = self._retired and self._readers == 0
        if close:
            self._close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (created on first use)."""
        cur: duckdb.DuckDBPyConnection | None = getattr(self._local, "cursor", None)
        if cur is None:
            with self._lock:
                cur = self._con.cursor()
                self._cursors.append(cur)
            self._local.cursor = cur
        return cur

    def retire(self) -> None:
        """A newer snapshot is served: close this one once its last reader leaves."""
        with self._lock:
            self._retired = True
            close = self._readers == 0
        if close:
            self._close()

    def _close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            cursors, self._cursors = self._cursors, []
            self._memo.clear()
        for cur in cursors:
            cur.close()
        self._con.close()

    # -- derived values ------------------------------------------------------------------------------
    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()`` once per snapshot (concurrent callers of one key wait for the first)."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]  # type: ignore[no-any-return]
