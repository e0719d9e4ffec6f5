"""``Store.save_rows`` marks the record as stale (and, for a fresh build, as resolved by no block) in the first
batch's transaction only: later batches find the marks committed; anything that sets them otherwise has the next
batch mark them again."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.model.rows import DOCUMENT_COLUMNS
from liaison.store import Store


def _row(doc_id: str) -> tuple[object, ...]:
    values: dict[str, object] = {"doc_id": doc_id, "content_hash": "h" + doc_id, "origin": "test", "text": "文本",
                                 "extractor_version": "v"}
    return (*(values.get(c) for c in DOCUMENT_COLUMNS), "[]")


def _meta(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT key, value FROM meta WHERE key IN "
                                  "('resolution_stale', 'resolved_by_block')").fetchall())


def test_marks_are_written_once_and_again_after_a_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path / "t.db") as store:
        written: list[tuple[str, str]] = []
        set_meta = store._set_meta

        def spy(key: str, value: str) -> None:
            written.append((key, value))
            set_meta(key, value)

        monkeypatch.setattr(store, "_set_meta", spy)
        store.save_rows([_row("a")], replace=False, pending=False)
        assert sorted(written) == [("resolution_stale", "1"), ("resolved_by_block", "")]
        store.save_rows([_row("b")], replace=False, pending=False)
        store.save_rows([_row("c")], replace=False, pending=False)
        assert len(written) == 2 and _meta(store) == {"resolution_stale": "1", "resolved_by_block": ""}
        store._set_meta("resolution_stale", "0")  # (as a resolution does)
        store._set_meta("resolved_by_block", "abc")
        written.clear()
        store.save_rows([_row("d")], replace=True, pending=True)  # (a later build: stale again, its blocks kept)
        assert written == [("resolution_stale", "1")]
        assert _meta(store) == {"resolution_stale": "1", "resolved_by_block": "abc"}
        assert store.document_count() == 4


def test_a_batch_that_fails_leaves_its_marks_to_the_next(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        store.save_rows([_row("a")], replace=False, pending=False)
        store._set_meta("resolution_stale", "0")
        with pytest.raises(Exception):  # noqa: B017 (a duplicate key: DuckDB's constraint error)
            store.save_rows([_row("a")], replace=False, pending=False)
        assert _meta(store)["resolution_stale"] == "0"  # (rolled back)
        store.save_rows([_row("b")], replace=False, pending=False)
        assert _meta(store)["resolution_stale"] == "1"
