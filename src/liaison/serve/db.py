"""The web app's access to the database: reads from the newest published snapshot, writes queue.

The app never opens the database file to read it. Reads go to the newest snapshot that a
write session published (``liaison.store.snapshots``), so a build or a judgement from the CLI
never waits for the app, and the app keeps answering from the previous state while they run.
Each request checks the snapshot pointer (one ``stat``) and switches when it changed.

Judgements from the web go through the same path as the CLI: an exclusive write session on the
database file (waiting up to ``WRITE_WAIT`` seconds for a running build), then a new snapshot.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from fastapi import HTTPException

from liaison.serve.snapshot import OpenSnapshot
from liaison.store import Store, StoreError, snapshots, write_session
from liaison.store.locking import database_lock

T = TypeVar("T")
log = logging.getLogger("liaison.serve")
WRITE_WAIT = 60.0  # seconds a judgement waits for a running build before answering 503


class SnapshotStore(Store):
    """A :class:`Store` reading one snapshot, with its memo for derived values."""

    def __init__(self, snapshot: OpenSnapshot, db_path: str) -> None:
        super().__init__(snapshot.cursor(), db_path)
        self.snapshot = snapshot

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        return self.snapshot.memo(key, compute)


class Database:
    """The database behind the app: ``read()`` yields a :class:`SnapshotStore`; ``write()`` a writable store."""

    def __init__(
        self, path: str | Path, write_wait: float = WRITE_WAIT, warm: Callable[[SnapshotStore], None] | None = None
    ) -> None:
        self.path = str(path)
        self.write_wait = write_wait
        self.warm = warm  # run in the background on each new snapshot (fills its memo before requests need it)
        self._served: tuple[OpenSnapshot, snapshots.Stamp | None] | None = None  # and the pointer it came from
        self._switching = threading.Lock()  # taken only when the pointer changed

    # -- reading -------------------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[SnapshotStore]:
        """The newest snapshot for the duration of one request; HTTP 503 when there is none."""
        snap = self._enter()
        try:
            yield SnapshotStore(snap, self.path)
        finally:
            snap.leave()

    def served_generation(self) -> int | None:
        """The generation served now if it is still the newest (one ``stat``, never switches), else None."""
        served = self._served
        if served is None or snapshots.pointer_stamp(self.path) != served[1]:
            return None
        return served[0].number

    def prepare(self, wait: float = 0.0) -> None:
        """Ask writers to publish snapshots, and publish one now if the database is newer than the last
        (waiting up to ``wait`` seconds for the lock; a writer holding it publishes when it finishes)."""
        if not Path(self.path).exists():
            return
        snapshots.enable(self.path)
        if not snapshots.is_stale(self.path):
            return
        try:
            with database_lock(self.path, exclusive=True, wait=wait):
                if snapshots.is_stale(self.path):
                    snapshots.publish(self.path)
        except StoreError:
            pass  # a writer holds the database: it publishes when it finishes

    def close(self) -> None:
        with self._switching:
            if self._served is not None:
                self._served[0].retire()
                self._served = None

    def _enter(self) -> OpenSnapshot:
        for _ in range(5):
            snap = self._current()
            if snap.enter():
                return snap
        raise HTTPException(status_code=503, detail="the database is being replaced, retry shortly")

    def _current(self) -> OpenSnapshot:
        served = self._served
        if served is not None and snapshots.pointer_stamp(self.path) == served[1]:
            return served[0]
        with self._switching:
            served = self._served
            if served is None or snapshots.pointer_stamp(self.path) != served[1]:
                self._switch()
            assert self._served is not None
            return self._served[0]

    def _switch(self) -> None:
        if snapshots.current(self.path) is None:
            self.prepare()  # nothing published yet: publish now unless a writer is busy (it will)
        for _ in range(3):
            pointer = snapshots.pointer_stamp(self.path)
            gen = snapshots.current(self.path)
            if gen is None:
                break
            try:
                fresh = OpenSnapshot(gen.number, gen.path)
            except StoreError as exc:
                if gen.path.exists():
                    raise HTTPException(status_code=503, detail=str(exc)) from exc
                continue  # pruned while we looked: read the pointer again
            old, self._served = self._served, (fresh, pointer)
            if old is not None:
                old[0].retire()
            if self.warm is not None:
                threading.Thread(target=self._warm, args=(fresh,), name="liaison-warm", daemon=True).start()
            return
        if self._served is not None:
            return  # keep serving what we have
        if not Path(self.path).exists():
            raise HTTPException(status_code=503, detail=f"{self.path}: no such database (run `liaison build` first)")
        raise HTTPException(status_code=503, detail="no snapshot yet: a build is writing the database, retry shortly")

    def warm_now(self) -> None:
        """Open the newest snapshot and fill its memo now, so that the first requests find it warm (the
        app's start-up; nothing when there is no snapshot yet)."""
        try:
            snap = self._enter()
        except HTTPException:
            return
        snap.leave()
        self._warm(snap)

    def _warm(self, snap: OpenSnapshot) -> None:
        if self.warm is None or not snap.enter():
            return
        try:
            self.warm(SnapshotStore(snap, self.path))
        except Exception:  # warming is an optimisation: requests compute what is missing
            log.exception("warming snapshot %s failed", snap.number)
        finally:
            snap.leave()

    # -- writing -------------------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        """An exclusive write session on the database file (open it inside with ``Store.open(db.path)``).

        Waits up to ``write_wait`` seconds for another writer (HTTP 503 after that). The new state
        is published as a snapshot when the session ends without an error.
        """
        with ExitStack() as stack:
            try:
                stack.enter_context(write_session(self.path, wait=self.write_wait))
            except StoreError as exc:
                raise HTTPException(status_code=503, detail=f"database busy, retry shortly: {exc}") from exc
            yield
