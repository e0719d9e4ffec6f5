"""A whole resolution copies the texts of the documents with frames into ``event_texts`` early, by its writer
thread while people are clustered (``store.resolution.run._copy_texts``), and keeps only those of documents in an
event: the table holds what copying the texts of every event's documents gives, row for row."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pytest

from liaison.pipeline import build
from liaison.store import Store


def test_event_texts_are_those_of_every_events_documents(archive_feed: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[tuple[str, int]] = []
    copy = Store.copy_event_texts

    def watched(self: Store, doc_ids: list[str]) -> None:
        copied.append((threading.current_thread().name, len(doc_ids)))
        copy(self, doc_ids)

    monkeypatch.setattr(Store, "copy_event_texts", watched)
    db = tmp_path / "x.duckdb"
    build([archive_feed], db, workers=1, budget=None)
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = sorted(con.execute("SELECT * FROM event_texts").fetchall())
        want = sorted(con.execute(
            "SELECT doc_id, lower(coalesce(title, '') || chr(10) || coalesce(text, '')) FROM documents "
            "WHERE doc_id IN (SELECT doc_id FROM event_documents)").fetchall())
        with_frames = con.execute("SELECT count(*) FROM extractions WHERE frames::VARCHAR <> '[]'").fetchone()
    finally:
        con.close()
    assert len(want) > 100
    assert got == want
    assert with_frames is not None
    assert copied == [(copied[0][0], with_frames[0])]
    assert copied[0][0].startswith("liaison-resolve-writer")  # (not the thread that clusters people)
