"""Concurrent access to one database file: writers and readers queue on liaison's lock (with a
clear message when they give up), and write sessions publish snapshots for the web app."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from liaison.store import Store, StoreBusy, StoreError, snapshots, write_session
from liaison.store.locking import holds_write_lock


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.duckdb"
    with Store.open(path):
        pass
    return path


def _hold(db: Path, seconds: float, read_only: bool = False) -> tuple[threading.Thread, threading.Event]:
    """Open ``db`` in another thread for ``seconds``; the event is set once it is open."""
    opened = threading.Event()

    def run() -> None:
        with Store.open(db, read_only=read_only):
            opened.set()
            time.sleep(seconds)

    thread = threading.Thread(target=run)
    thread.start()
    assert opened.wait(10)
    return thread, opened


def test_a_writer_waits_for_another_writer(db: Path) -> None:
    holder, _ = _hold(db, 0.6)
    started = time.monotonic()
    with Store.open(db, wait=10) as store:
        store.add_judgement("a", "b", False, "tester")
    assert time.monotonic() - started >= 0.3
    holder.join()


def test_a_writer_gives_up_with_a_clear_message(db: Path) -> None:
    holder, _ = _hold(db, 1.0)
    with pytest.raises(StoreBusy) as exc, Store.open(db, wait=0.2):
        pass
    holder.join()
    message = str(exc.value)
    assert f"pid {os.getpid()}" in message and "gave up after 0.2 s" in message and "LIAISON_LOCK_WAIT" in message


def test_readers_share_and_wait_for_writers(db: Path) -> None:
    reader, _ = _hold(db, 0.5, read_only=True)
    with Store.open(db, read_only=True, wait=0):  # readers share the lock
        pass
    with pytest.raises(StoreBusy, match="another process reading it"), Store.open(db, wait=0.1):
        pass
    reader.join()
    writer, _ = _hold(db, 0.5)
    with pytest.raises(StoreBusy), Store.open(db, read_only=True, wait=0.1):
        pass
    with Store.open(db, read_only=True, wait=10):
        pass
    writer.join()


def test_duckdb_lock_of_a_foreign_process_is_waited_for_then_named(db: Path) -> None:
    """A process that does not take liaison's lock (the duckdb shell, say) still gets a clear message."""
    code = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(2)"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        with pytest.raises(StoreBusy, match=r"is open in another process; gave up after 0\.3 s"), \
                Store.open(db, wait=0.3):
            pass
        with Store.open(db, read_only=True, wait=30):  # once it exits, the reader gets in
            pass
    finally:
        proc.kill()
        proc.wait()


def test_write_sessions_nest_and_publish_once(db: Path) -> None:
    snapshots.enable(db)
    with write_session(db):
        assert holds_write_lock(db)
        with Store.open(db) as store:
            store.add_judgement("a", "b", False, "tester")
        with Store.open(db, read_only=True) as store:  # a read inside one's own write session passes
            assert len(store.judgements()) == 1
        assert snapshots.current(db) is None  # not yet: the outermost session publishes
    assert not holds_write_lock(db)
    gen = snapshots.current(db)
    assert gen is not None and gen.number == 1 and gen.path.exists() and not snapshots.is_stale(db)


def test_no_snapshots_until_a_web_app_asks(db: Path) -> None:
    with Store.open(db) as store:
        store.add_judgement("a", "b", False, "tester")
    assert not snapshots.snapshot_dir(db).exists()


def test_generations_are_pruned_and_a_failed_write_publishes_nothing(db: Path) -> None:
    snapshots.enable(db)
    for _ in range(4):
        with Store.open(db) as store:
            store.add_judgement("a", "b", False, "tester")
    gen = snapshots.current(db)
    assert gen is not None and gen.number == 4
    kept = sorted(p.name for p in snapshots.snapshot_dir(db).glob("gen-*.duckdb"))
    assert kept == ["gen-000003.duckdb", "gen-000004.duckdb"]
    with Store.open(gen.path, read_only=True) as snap:
        assert len(snap.judgements()) == 4

    with pytest.raises(RuntimeError), Store.open(db) as store:
        store.add_judgement("c", "d", False, "tester")
        raise RuntimeError("interrupted")
    assert snapshots.current(db) == gen  # the web app keeps the previous state
    assert snapshots.is_stale(db)


def test_a_thread_cannot_upgrade_a_read_to_a_write(db: Path) -> None:
    with Store.open(db, read_only=True), pytest.raises(StoreError, match="cannot write while"), Store.open(db):
        pass


def test_reading_from_a_read_only_folder(db: Path) -> None:
    folder = db.parent
    Path(f"{db}.lock").unlink(missing_ok=True)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with Store.open(db, read_only=True) as store:
            assert store.judgements() == []
        with pytest.raises(StoreError, match="cannot create the lock file"), Store.open(db):
            pass
    finally:
        folder.chmod(0o755)
