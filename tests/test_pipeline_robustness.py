"""Pipeline: one bad document never ends a build; skipped inputs are counted once; failures of the
database are one clear error that leaves the previous state intact."""

from __future__ import annotations

import json
import time
from pathlib import Path

import duckdb
import pytest

import liaison.pipeline as pipeline
from liaison.engines.guard import extract_or_skip, time_budget
from liaison.extract import extract
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Article, Document, EventFrame
from liaison.pipeline import build
from liaison.store import Store, StoreError
from tests.conftest import REPO

SAMPLE = (REPO / "samples" / "en" / "06_phone_call_vietnam.txt").read_text(encoding="utf-8")


def _feed(tmp_path: Path, n: int, *, extra: str = "") -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"{SAMPLE}\nItem {i}.", "language": "en"}) for i in range(n)]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def _counts(db: Path) -> tuple[int, int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT (SELECT count(*) FROM documents), "
                          "(SELECT count(*) FROM skipped WHERE kind = 'skipped'), "
                          "(SELECT count(*) FROM skipped WHERE kind = 'note')").fetchone()
        assert row is not None
        return row[0], row[1], row[2]
    finally:
        con.close()


def raising_on_d3(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """The real extractor, with a bug that shows on document d3 (module level: the pool pickles it)."""
    if doc.doc_id == "d3":
        raise ValueError("a bug\nover two lines")
    return extract(doc, gaz).events


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_skipped_and_the_rest_stored(tmp_path: Path, workers: int) -> None:
    n = 70 if workers > 1 else 5  # the pool starts at 64 documents
    summary = build([_feed(tmp_path, n)], tmp_path / "x.duckdb", extractor=raising_on_d3, workers=workers)
    assert summary.added == n - 1
    assert [(s.origin.rsplit("/", 1)[1], s.reason) for s in summary.skipped] == [
        ("feed.jsonl:4", "extraction failed: ValueError: a bug over two lines")]


def endless_on_d1(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """Never finishes document d1 (module level: the pool pickles it)."""
    while doc.doc_id == "d1":
        time.sleep(0.01)
    return ()


@pytest.mark.parametrize("workers", [1, 2])
def test_time_budget_skips_a_slow_document(tmp_path: Path, workers: int) -> None:
    n = 70 if workers > 1 else 3
    started = time.monotonic()
    summary = build([_feed(tmp_path, n)], tmp_path / "x.duckdb", extractor=endless_on_d1, budget=0.5,
                    workers=workers)
    assert time.monotonic() - started < 30
    assert summary.added == n - 1
    assert [(s.origin.rsplit("/", 1)[1], s.reason) for s in summary.skipped] == [
        ("feed.jsonl:2", "extraction took longer than its 0.5 s budget; not stored")]


def test_budget_interrupts_a_regular_expression() -> None:
    import re

    article = Article("a", "x", "h", "f.txt:1")
    pattern = re.compile(r"(a+)+$")
    result = extract_or_skip(article, lambda a: pattern.match("a" * 40 + "b"), budget=0.3)  # type: ignore[arg-type,return-value]
    assert result.reason.startswith("extraction took longer")  # type: ignore[union-attr]
    with time_budget(0.05):
        pass
    time.sleep(0.1)  # the timer was disarmed: nothing fires after the body


def test_budget_counts_cpu_time_so_a_busy_machine_skips_nothing() -> None:
    article = Article("a", "x", "h", "f.txt:1")

    def waits(a: Article) -> str:
        time.sleep(0.4)  # off the CPU, as when other processes have it: the 0.2 s budget is not spent
        return "done"

    assert extract_or_skip(article, waits, budget=0.2) == "done"  # type: ignore[arg-type,comparison-overlap]

    def spins(a: Article) -> str:
        while True:
            pass

    result = extract_or_skip(article, spins, budget=0.2)  # type: ignore[arg-type]
    assert result.reason == "extraction took longer than its 0.2 s budget; not stored"  # type: ignore[union-attr]


def test_invalid_published_date_is_a_note_and_the_text_date_is_used(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    text = "Hanoi, 12/05/2025. " + SAMPLE
    feed.write_text(json.dumps({"id": "bad-date", "published": "2025-06-31", "text": text}) + "\n")
    summary = build([feed], tmp_path / "x.duckdb")
    assert summary.added == 1 and not summary.skipped
    assert [(n.origin.rsplit("/", 1)[1], n.reason) for n in summary.notes] == [
        ("f.jsonl:1", "published value '2025-06-31' is not a real date; the text's date 2025-05-12 is used")]
    with Store.open(tmp_path / "x.duckdb", read_only=True) as store:
        assert store.con.execute("SELECT published FROM documents").fetchone() == ("2025-05-12",)


def test_reason_kinds_drop_particulars() -> None:
    assert pipeline.reason_kind("malformed JSON: Expecting value (line 1, column 2)") == "malformed JSON"
    assert pipeline.reason_kind("not valid UTF-8 (byte 3)") == "not valid UTF-8"
    assert pipeline.reason_kind("line larger than 5,000,000 bytes") == "line larger than N bytes"


def test_skipped_inputs_are_recorded_once_per_input(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 2, extra="{oops\n" * 3)
    db = tmp_path / "x.duckdb"
    for _ in range(3):
        summary = build([feed, feed], db)
        assert len(summary.skipped) == 3  # the same file given twice counts once
    assert _counts(db) == (2, 3, 0)


def test_many_empty_records_are_cheap(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 1, extra='{"text": ""}\n' * 100_000)
    started = time.monotonic()
    summary = build([feed], tmp_path / "x.duckdb")
    elapsed = time.monotonic() - started
    assert len(summary.skipped) == 100_000 and summary.skipped_by_reason() == [("article has no text", 100_000)]
    assert elapsed < 30, f"{elapsed:.1f}s for 100,000 empty records"
    assert _counts(tmp_path / "x.duckdb")[1] == 100_000


def test_nothing_built_leaves_no_database(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    summary = build([tmp_path / "empty.txt"], tmp_path / "x.duckdb")
    assert summary.seen == 0 and len(summary.skipped) == 1
    assert not (tmp_path / "x.duckdb").exists() and not (tmp_path / "x.duckdb.wal").exists()


def test_a_database_that_is_not_liaisons_is_refused_and_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE mine (x INTEGER); INSERT INTO mine VALUES (1)")
    con.close()
    with pytest.raises(StoreError, match="not a liaison database"):
        build([_feed(tmp_path, 1)], db)
    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
    con.close()
    assert tables == ["mine"]


def test_a_failing_write_is_one_error_and_keeps_the_previous_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "x.duckdb"
    build([_feed(tmp_path, 2)], db)
    before = _counts(db)

    def disk_full(self: Store, rows: object, replace: bool = True, pending: bool = True) -> None:
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("DELETE FROM documents")  # half-done work that must not survive
        self.con.execute("ROLLBACK")
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(Store, "save_rows", disk_full)
    other = tmp_path / "more"
    other.mkdir()
    with pytest.raises(StoreError, match="cannot write the database: Could not write file: No space left"):
        build([_feed(other, 3)], db)
    assert _counts(db) == before


def test_migration_folds_repeated_skipped_rows(tmp_path: Path) -> None:
    from liaison.store.migrations import MIGRATIONS

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for version, name, sql in MIGRATIONS[:2]:
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name])
    con.execute("INSERT INTO skipped (origin, reason) VALUES ('a:1', 'r'), ('a:1', 'r'), ('a:2', 'r')")
    con.close()
    with Store.open(db) as store:
        assert store.con.execute("SELECT count(*) FROM skipped").fetchall() == [(2,)]
        store.add_skipped([pipeline.Skipped("a:1", "r"), pipeline.Skipped("a:3", "r")])
        assert store.con.execute("SELECT count(*) FROM skipped").fetchall() == [(3,)]
