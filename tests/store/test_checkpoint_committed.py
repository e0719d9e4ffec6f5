"""``Store.checkpoint_committed``: what is committed goes to the database file at once (the write-ahead log is
emptied) and the connection's open transaction goes on, what it holds kept and committed after."""

from __future__ import annotations

from pathlib import Path

from liaison.store import Store


def _wal(db: Path) -> int:
    wal = db.with_name(db.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def test_what_is_committed_is_checkpointed_and_the_transaction_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        con = store.con
        con.execute("SET checkpoint_threshold = '1GB'")
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO event_texts SELECT 'd' || i, repeat('文', 200) FROM range(20000) r(i)")
        con.execute("COMMIT")
        assert _wal(db) > 0
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO event_texts VALUES ('open', 'x')")  # (held by the open transaction)
        store.checkpoint_committed()
        assert _wal(db) < 4096
        con.execute("INSERT INTO event_texts VALUES ('after', 'y')")
        assert con.execute("SELECT count(*) FROM event_texts").fetchone() == (20002,)
        con.execute("COMMIT")
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM event_texts").fetchone() == (20002,)
        kept = "SELECT count(*) FROM event_texts WHERE doc_id IN ('open', 'after')"
        assert store.con.execute(kept).fetchone() == (2,)


def test_an_open_transaction_rolled_back_after_the_checkpoint_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT INTO event_texts VALUES ('open', 'x')")
        store.checkpoint_committed()
        con.execute("ROLLBACK")
    with Store.open(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM event_texts").fetchone() == (0,)
