"""``Store.checkpoint_staged``: within a write committed in stages, what is committed goes to the database file at
once (the write-ahead log is emptied) and the write goes on; outside one it does nothing."""

from __future__ import annotations

from pathlib import Path

from liaison.store import Store


def _wal(db: Path) -> int:
    wal = db.with_name(db.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def test_a_staged_write_is_checkpointed_and_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        con = store.con
        con.execute("SET checkpoint_threshold = '1GB'")
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO meta VALUES ('probe', '1')")
        store.checkpoint_staged()  # (not staged: nothing committed, nothing written)
        assert con.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone() == ("1",)
        con.execute("ROLLBACK")
        assert con.execute("SELECT count(*) FROM meta WHERE key = 'probe'").fetchone() == (0,)
        con.execute("BEGIN TRANSACTION")
        store.staged = True
        con.execute("INSERT INTO event_texts SELECT 'd' || i, repeat('文', 200) FROM range(20000) r(i)")
        store.stage()
        assert _wal(db) > 0
        con.execute("INSERT INTO event_texts VALUES ('later', 'x')")
        store.checkpoint_staged()  # (commits the insert before it, then writes the file)
        assert _wal(db) < 4096
        con.execute("INSERT INTO event_texts VALUES ('after', 'y')")
        con.execute("COMMIT")
        store.staged = False
        assert con.execute("SELECT count(*) FROM event_texts").fetchone() == (20002,)
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM event_texts").fetchone() == (20002,)
