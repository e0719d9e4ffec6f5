"""The scaled build: parts read in the main process and parsed in workers give exactly what the
readers give; a new extractor version only restamps what the triage turned away; a script without
the ``__main__`` guard builds with workers."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import liaison.engines.worker as worker
from liaison.engines import local
from liaison.ingest import iter_inputs, iter_parts
from liaison.ingest.readers import FilePart, RawLines
from liaison.model.types import Skipped
from liaison.pipeline import build
from tests.conftest import REPO

MEETING = "新华社北京6月9日电 中共中央政治局常委蔡奇9日在北京会见越南共产党代表团。"
WEATHER = "中央气象台今天发布暴雨预警，南方多地将有强降雨。"


def _line(i: int, text: str) -> str:
    return json.dumps({"id": f"d{i}", "language": "zh", "published": "2024-06-09", "text": text},
                      ensure_ascii=False) + "\n"


def _flatten(units: list[object]) -> list[object]:
    out: list[object] = []
    for unit in units:
        out += list(unit.items()) if isinstance(unit, RawLines | FilePart) else [unit]
    return out


def test_parts_hold_what_the_readers_read(tmp_path: Path) -> None:
    body = "".join(_line(i, WEATHER) for i in range(9)) + "\n{oops\n" + _line(9, MEETING)
    (tmp_path / "a.jsonl").write_text(body, encoding="utf-8")
    data = gzip.compress("".join(_line(i, WEATHER + "x" * 3000 + str(i)) for i in range(40)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "b.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n\n")
    (tmp_path / "w.jsonl").write_bytes(("\ufeff" + _line(1, MEETING) + _line(2, WEATHER)).encode("utf-16-le"))
    expected = list(iter_inputs([tmp_path]))
    assert any(isinstance(i, Skipped) and "corrupt gzip" in i.reason for i in expected)
    for lines in (1, 2, 256):
        assert _flatten(list(iter_parts([tmp_path], lines=lines))) == expected


def _documents(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT doc_id, content_hash, language, published, extractor_version, triage, e.frames "
                           "FROM documents JOIN extractions e USING (doc_id) ORDER BY doc_id").fetchall()
    finally:
        con.close()


def test_a_new_extractor_version_restamps_what_the_triage_turned_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(_line(i, MEETING if i % 3 == 0 else WEATHER) for i in range(12)), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    first = build([feed], db)
    assert first.added == 12 and first.events_found >= 4
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET extractor_version = 'an older version'")
    con.close()

    extracted: list[str] = []
    real = worker.extract

    def counting(doc, gazetteer=None):  # type: ignore[no-untyped-def]
        extracted.append(doc.doc_id)
        return real(doc, gazetteer)

    monkeypatch.setattr(worker, "extract", counting)
    again = build([feed], db)
    assert (again.updated, again.retagged, again.unchanged) == (12, 8, 0)
    assert sorted(extracted) == ["d0", "d3", "d6", "d9"]  # only what the triage lets through
    assert _documents(db) == _documents(_fresh(feed, tmp_path))


def _fresh(feed: Path, tmp_path: Path) -> Path:
    db = tmp_path / "fresh.duckdb"
    build([feed], db)
    return db


def test_a_script_without_the_main_guard_builds_with_workers(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    n = local.POOL_THRESHOLD + 80  # enough lines for the pool
    feed.write_text("".join(_line(i, MEETING if i % 5 == 0 else WEATHER) for i in range(n)), encoding="utf-8")
    script = tmp_path / "script.py"
    script.write_text(
        "from liaison.pipeline import build\n"
        f"summary = build([{str(feed)!r}], {str(tmp_path / 'x.duckdb')!r}, workers=2)\n"
        "print(summary.added, summary.events_found)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(n), str(len(range(0, n, 5)))]
    assert "stopped" not in done.stderr  # the pool did its work
