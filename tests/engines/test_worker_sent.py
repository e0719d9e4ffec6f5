"""A pool task sends each built row's text and frames as UTF-8 bytes (``worker.sent``): the store keeps the same
documents as from the rows ``outcomes`` gives, on real CCTV items."""

from __future__ import annotations

import gzip
from itertools import islice
from pathlib import Path

from liaison.engines import worker
from liaison.engines.worker import Done, Settings
from liaison.ingest import RawLines
from liaison.model.rows import FRAMES, TEXT
from liaison.resolve.prepared import PreparedDocument, load, load_events
from liaison.store import Store
from tests.conftest import ARCHIVE


def _part(start: int, n: int) -> RawLines:
    with gzip.open(ARCHIVE, "rb") as fh:
        lines = tuple((i + 1, line) for i, line in enumerate(islice(fh, start, start + n)))
    return RawLines("archive", "xwlb", lines)


def _opened(prepared: PreparedDocument | None) -> object:
    """A prepared document with its pickles read (the same unit may pickle to other bytes in another process)."""
    if prepared is None:
        return None
    return (prepared.doc_id, prepared.frames, load_events(prepared.events),
            [(u.links, u.key_id, load(u.data)) for u in prepared.units])


def _documents(db: Path, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    with Store.open(db) as store:
        store.save_rows(rows, replace=False, pending=False)
        got = store.con.execute("SELECT * EXCLUDE (built_at) FROM documents ORDER BY doc_id").fetchall()
        got += store.con.execute("SELECT * FROM extractions ORDER BY doc_id").fetchall()
    return got


def test_rows_sent_as_bytes_store_the_same_documents(tmp_path: Path) -> None:
    part = _part(2000, 300)
    plain = [out for out in worker.outcomes(part.items(), Settings()) if isinstance(out, Done)]
    worker.start(Settings())
    sent = [out for out in worker.run_part(part) if isinstance(out, Done)]
    assert len(sent) == len(plain) > 250
    with_events = 0
    for a, b in zip(plain, sent, strict=True):
        assert a.row is not None and b.row is not None
        assert isinstance(b.row[TEXT], bytes) and isinstance(b.row[FRAMES], bytes)
        assert b.row[TEXT].decode("utf-8") == a.row[TEXT] and b.row[FRAMES].decode("utf-8") == a.row[FRAMES]
        assert b._replace(row=None, prepared=None) == a._replace(row=None, prepared=None)
        assert _opened(b.prepared) == _opened(a.prepared)  # (what resolution takes: as it was)
        assert [x for i, x in enumerate(b.row) if i not in (TEXT, FRAMES)] == [
            x for i, x in enumerate(a.row) if i not in (TEXT, FRAMES)]
        with_events += a.events > 0
    assert with_events  # (frames of real events too, not only "[]")
    assert any(not row[TEXT].isascii() for row in (d.row for d in plain) if row is not None)
    assert _documents(tmp_path / "sent.db", [d.row for d in sent if d.row is not None]) == _documents(
        tmp_path / "plain.db", [d.row for d in plain if d.row is not None])
