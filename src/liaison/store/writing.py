"""Write sessions: one writer at a time, and a fresh snapshot for the web app when a write succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from liaison.store.locking import database_lock
from liaison.store.snapshots import publish_if_enabled


@contextmanager
def write_session(db_path: str | Path, wait: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock of ``db_path`` (waiting up to ``wait`` seconds for other writers).

    Sessions nest: ``Store.open(path)`` opens one, and a caller can wrap several opens in an outer
    one (record a judgement, then re-resolve). When the outermost session ends without an error and
    a web app reads this database, the new state is published as a snapshot before the lock is
    released; after an error the web app keeps the previous state.
    """
    with database_lock(db_path, exclusive=True, wait=wait) as outermost:
        yield
        if outermost:
            publish_if_enabled(db_path)
