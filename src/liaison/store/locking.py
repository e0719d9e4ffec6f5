"""Queue writers and readers of one database file instead of failing on DuckDB's lock.

DuckDB lets one process write a file, and no other process open it meanwhile; a second opener
gets a raw "Could not set lock" error. liaison's processes first take an advisory ``flock`` on
``<db>.lock``: exclusive to write, shared to read. A waiter says once, on the ``liaison.store``
logger, who it waits for (the holder writes its pid and command line into the lock file) and
gives up with a clear :class:`StoreError` after ``wait`` seconds (default ``$LIAISON_LOCK_WAIT``
or 600). The lock is re-entrant within a thread, so a command can hold it across several opens
of the store (``liaison same`` records a judgement, then re-resolves, as one write).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from liaison.store.errors import StoreBusy, StoreError

try:
    import fcntl
except ImportError:  # not POSIX: no advisory lock; DuckDB's own lock is still waited for (duckdb_store)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("liaison.store")

WAIT_ENV = "LIAISON_LOCK_WAIT"
DEFAULT_WAIT = 600.0
_POLL = 0.05


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


def default_wait() -> float:
    try:
        return float(os.environ.get(WAIT_ENV, DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT


class _Held(threading.local):
    """Per thread: database path -> (lock depth, exclusive)."""

    def __init__(self) -> None:
        self.depth: dict[str, tuple[int, bool]] = {}


_held = _Held()


def holds_write_lock(db_path: str | Path) -> bool:
    """True when this thread holds the exclusive lock of ``db_path``."""
    depth, exclusive = _held.depth.get(_key(db_path), (0, False))
    return depth > 0 and exclusive


@contextmanager
def database_lock(db_path: str | Path, *, exclusive: bool, wait: float | None = None) -> Iterator[bool]:
    """Hold the lock of ``db_path``; yields True for the outermost holder in this thread.

    Inside an exclusive hold, further exclusive or shared requests of the same thread pass through.
    """
    key = _key(db_path)
    depth, held_exclusive = _held.depth.get(key, (0, False))
    if depth:
        if exclusive and not held_exclusive:
            raise StoreError(f"{db_path}: cannot write while this thread is reading it")
        _held.depth[key] = (depth + 1, held_exclusive)
        try:
            yield False
        finally:
            _held.depth[key] = (depth, held_exclusive)
        return
    fd = _acquire(Path(db_path), exclusive, default_wait() if wait is None else wait)
    _held.depth[key] = (1, exclusive)
    try:
        yield True
    finally:
        del _held.depth[key]
        if fd is not None:
            if exclusive:
                os.ftruncate(fd, 0)  # no holder named while nobody writes
            os.close(fd)  # releases the flock


@contextmanager
def adopted_lock(db_path: str | Path) -> Iterator[None]:
    """Act as the holder of ``db_path``'s exclusive lock, in a child process that its holder started
    and waits for (the web app re-resolves in a child process while it holds the lock)."""
    key = _key(db_path)
    _held.depth[key] = (1, True)
    try:
        yield
    finally:
        del _held.depth[key]


def _key(db_path: str | Path) -> str:
    return os.path.abspath(db_path)


def _acquire(db_path: Path, exclusive: bool, wait: float) -> int | None:
    """The open lock file, locked; None for a reader where no lock file can be made (a read-only folder)."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if exclusive:
            raise StoreError(f"{db_path}: cannot create the lock file {path}: {exc.strerror}") from exc
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None  # nobody can write there either
    if fcntl is None:
        return fd
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + wait
    said = False
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = _holder(path)
                os.close(fd)
                raise StoreBusy(
                    f"{db_path} is busy ({holder}); gave up after {wait:g} s "
                    f"(set {WAIT_ENV} to wait longer)"
                ) from None
            if not said:
                log.warning("%s: waiting for %s to finish …", db_path, _holder(path))
                said = True
            time.sleep(_POLL)
    if exclusive:
        _write_holder(fd)
    return fd


def _write_holder(fd: int) -> None:
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:300] if sys.argv else "python"
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}: {command}\n".encode(errors="replace"), 0)


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return f"the writer {text}" if text else "another process reading it"
