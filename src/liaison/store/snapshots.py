"""Read-only snapshots ("generations") of a database, for the web app to read while others write.

``liaison serve`` never opens the database file itself: it reads the newest snapshot in
``<db>.snapshots/``, named by the pointer file ``CURRENT``. Once that directory exists, every
successful write session (a build, a judgement, a Party Facts import) ends, still holding the
writer lock, by copying the checkpointed database to ``gen-<n>.duckdb`` and replacing
``CURRENT`` atomically. Readers therefore see the state before or after a write, never during
it, and writers never meet a reader's DuckDB lock. The two newest generations are kept: a reader
that has not yet switched keeps its open file (on POSIX a removed file stays readable).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from liaison.store.errors import StoreError

log = logging.getLogger("liaison.store")

POINTER = "CURRENT"
KEEP = 2
Stamp = tuple[int, int, int]  # (size, mtime_ns, inode) of a file


@dataclass(frozen=True)
class Generation:
    """One published snapshot: its number, file, and the stamp of the database it was copied from."""

    number: int
    path: Path
    source: Stamp


def snapshot_dir(db_path: str | Path) -> Path:
    return Path(f"{db_path}.snapshots")


def enable(db_path: str | Path) -> None:
    """Make every later write session publish a snapshot (``liaison serve`` calls this)."""
    try:
        snapshot_dir(db_path).mkdir(exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{db_path}: cannot create {snapshot_dir(db_path)}: {exc.strerror}") from exc


def enabled(db_path: str | Path) -> bool:
    return snapshot_dir(db_path).is_dir()


def stamp(path: str | Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def pointer_stamp(db_path: str | Path) -> Stamp | None:
    """Changes whenever a new generation is published (cheap enough to check on every request)."""
    return stamp(snapshot_dir(db_path) / POINTER)


def current(db_path: str | Path) -> Generation | None:
    """The generation ``CURRENT`` names, or None when nothing was published yet."""
    folder = snapshot_dir(db_path)
    try:
        data = json.loads((folder / POINTER).read_text(encoding="utf-8"))
        return Generation(int(data["number"]), folder / str(data["file"]), tuple(data["source"]))  # type: ignore[arg-type]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(db_path: str | Path) -> bool:
    """True when the database changed since the current generation was copied (or none exists)."""
    gen = current(db_path)
    return gen is None or not gen.path.exists() or gen.source != stamp(db_path)


def publish(db_path: str | Path) -> Generation:
    """Copy the database into a new generation and point ``CURRENT`` at it.

    The caller holds the exclusive lock (``locking.database_lock``) and no open connection.
    """
    db = Path(db_path)
    folder = snapshot_dir(db)
    folder.mkdir(exist_ok=True)
    if Path(f"{db}.wal").exists():  # fold a leftover write-ahead log into the file before copying it
        duckdb.connect(str(db)).execute("CHECKPOINT").close()
    previous = current(db)
    number = (previous.number if previous else 0) + 1
    source = stamp(db)
    if source is None:
        raise StoreError(f"{db}: no such database")
    target = folder / f"gen-{number:06d}.duckdb"
    _atomic_copy(db, target)
    _atomic_write(folder / POINTER, json.dumps({"number": number, "file": target.name, "source": list(source)}))
    _prune(folder, number)
    log.debug("published %s", target)
    return Generation(number, target, source)


def publish_if_enabled(db_path: str | Path) -> Generation | None:
    """Publish when a web app reads this database (see :func:`enable`); a failure only warns."""
    if not enabled(db_path):
        return None
    try:
        return publish(db_path)
    except (OSError, duckdb.Error, StoreError) as exc:
        log.warning("%s: the web app keeps the previous state: could not publish a snapshot: %s", db_path, exc)
        return None


def _atomic_copy(source: Path, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        shutil.copyfile(source, tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _atomic_write(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(folder: Path, newest: int) -> None:
    for old in folder.glob("gen-*.duckdb"):
        try:
            number = int(old.stem.split("-", 1)[1])
        except ValueError:
            continue
        if number <= newest - KEEP:
            try:
                old.unlink(missing_ok=True)
            except OSError:  # still open where removing an open file is refused: the next publish retries
                continue
