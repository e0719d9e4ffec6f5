"""Store: recorded migrations, idempotent builds, consistent state after an interrupted build."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from liaison.extract import extract
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame
from liaison.pipeline import build
from liaison.store import Store
from liaison.store.migrations import MIGRATIONS

ARTICLE = (
    "Beijing, April 22nd—Liu Jianchao, Minister of the International Department of the CPC Central "
    "Committee, met here today with a delegation of the Communist Party of Vietnam led by Nguyen Van An, "
    "member of the Central Committee of the Communist Party of Vietnam.\n"
)


def _corpus(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    with open(folder / "feed.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"doc-{i:03d}", "published": "2024-04-22", "language": "en",
                                 "text": ARTICLE.replace("April 22nd", f"April {i % 28 + 1}")}) + "\n")
    return folder


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store.open(db) as store:
        assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
    with Store.open(db) as store:
        assert store.migrate() == []
        rows = store.con.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [v for v, _, _ in MIGRATIONS]


def test_read_only_open_of_missing_db_is_a_clear_error(tmp_path: Path) -> None:
    from liaison.store import StoreError

    with pytest.raises(StoreError, match="no such database"), Store.open(tmp_path / "none.duckdb", read_only=True):
        pass


def test_rebuilding_same_input_changes_nothing(tmp_path: Path) -> None:
    src, db = _corpus(tmp_path, 3), tmp_path / "x.duckdb"
    first = build([src], db)
    assert (first.added, first.unchanged) == (3, 0)
    before = _snapshot(db)
    again = build([src], db)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert _snapshot(db) == before


def _snapshot(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT string_agg(event_id, ',' ORDER BY event_id) FROM events), "
            "(SELECT string_agg(person_id, ',' ORDER BY person_id) FROM persons)"
        ).fetchall()
    finally:
        con.close()


class _Boom(KeyboardInterrupt):
    """An interruption (Ctrl-C): unlike an error in one document, it ends the build."""


def _failing_after(n: int):  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def extractor(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
        calls["n"] += 1
        if calls["n"] > n:
            raise _Boom("interrupted")
        return extract(doc, gaz).events

    return extractor


def test_interrupted_build_keeps_what_it_stored_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import liaison.pipeline as pipeline

    monkeypatch.setattr(pipeline, "BATCH", 2)
    src, db = _corpus(tmp_path, 5), tmp_path / "x.duckdb"
    with pytest.raises(_Boom):
        build([src], db, extractor=_failing_after(3))
    with Store.open(db, read_only=True) as store:
        assert len(store.document_states()) == 2  # one full batch committed, nothing half-written
    monkeypatch.setattr(pipeline, "BATCH", 200)
    resumed = build([src], db)
    assert resumed.added + resumed.updated == 5  # the baseline-version docs are rebuilt with the real extractor
    with Store.open(db, read_only=True) as store:
        assert len(store.document_states()) == 5
        assert not store.resolution_stale()


def test_releasing_duckdbs_memory_keeps_its_limit_and_the_open_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``release_memory`` lowers the limit for a moment and sets it back; a floor DuckDB cannot meet fails
    on its own cursor, never aborting the transaction the resolution holds open."""
    import liaison.store.duckdb_store as duckdb_store

    db = tmp_path / "x.duckdb"
    build([_corpus(tmp_path, 30)], db)
    with Store.open(db) as store:
        store.tune(memory_limit="96MB")
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchall()
        store.con.execute("BEGIN TRANSACTION")
        store.con.execute("CREATE TEMP TABLE copied AS SELECT * FROM documents")
        monkeypatch.setattr(duckdb_store, "_RELEASE_FLOOR", "1KB")  # below what DuckDB holds: fails
        store.release_memory()
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchall() == limit
        store.con.execute("INSERT INTO meta VALUES ('released', '1')")
        store.con.execute("COMMIT")
        assert store.con.execute("SELECT count(*) FROM copied").fetchall() == [(30,)]
        assert store.con.execute("SELECT value FROM meta WHERE key = 'released'").fetchall() == [("1",)]


def _limit(store: Store) -> float:
    """DuckDB's memory limit now, in bytes."""
    number, unit = store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0].split()
    return float(number) * {"KiB": 2**10, "MiB": 2**20, "GiB": 2**30}[unit]


def test_a_held_limit_leaves_its_room_above_what_duckdb_holds(tmp_path: Path) -> None:
    """``memory_held_to(room)`` holds DuckDB to what it holds plus ``room`` (a fixed limit below what an
    open transaction keeps failed the 225k build), set again at each release within, and gives back the
    limit it found."""
    db = tmp_path / "x.duckdb"
    build([_corpus(tmp_path, 30)], db)
    with Store.open(db) as store:
        store.tune(memory_limit="96MB")
        usual = _limit(store)
        store.con.execute("BEGIN TRANSACTION")
        store.con.execute("CREATE TEMP TABLE filler AS SELECT range AS n, repeat('x', 200) || range AS s "
                          "FROM range(60000)")
        assert store.memory_in_use() > 2**20
        with store.memory_held_to("1MiB"):
            assert store.memory_in_use() + 2**20 <= _limit(store) < usual
            first = _limit(store)
            store.con.execute("INSERT INTO filler SELECT range, repeat('y', 200) || range FROM range(60000)")
            store.release_memory()  # what the insert added (and DuckDB cannot give back) is in the new limit
            assert store.memory_in_use() + 2**20 <= _limit(store)
            assert _limit(store) > first
            store.con.execute("INSERT INTO meta VALUES ('held', '1')")
        assert _limit(store) == usual
        store.con.execute("COMMIT")
        assert store.con.execute("SELECT count(*) FROM filler").fetchall() == [(120000,)]
