"""Short-lived database access for the web app.

Each request opens the DuckDB file, works, and closes it, so ``liaison build`` can take the
file between requests (DuckDB allows one writing process at a time). Access inside this process
is serialised: a read-only and a read-write connection to one file cannot coexist in a process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import HTTPException

from liaison.store import Store, StoreError


class Database:
    """The database file behind the app; ``read()`` and ``write()`` yield an open :class:`Store`."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A read-only store for the duration of one request."""
        with self._lock, self.connect(read_only=True) as store:
            yield store

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Keep every other request out (for a write followed by re-resolution)."""
        with self._lock:
            yield

    @contextmanager
    def connect(self, read_only: bool) -> Iterator[Store]:
        """Open the file without taking the lock; errors become HTTP 503 with the reason."""
        try:
            cm = Store.open(self.path, read_only=read_only)
            store = cm.__enter__()
        except StoreError as exc:
            busy = "lock" in str(exc).lower()
            detail = f"database busy (a build may be running), retry shortly: {exc}" if busy else str(exc)
            raise HTTPException(status_code=503, detail=detail) from exc
        try:
            yield store
        except BaseException as exc:
            if not cm.__exit__(type(exc), exc, exc.__traceback__):
                raise
        else:
            cm.__exit__(None, None, None)
