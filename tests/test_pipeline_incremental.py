"""Pipeline: incremental re-runs extract only what changed; the pool matches in-process builds and
keeps a bounded window of work in flight (memory does not grow with the corpus)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from liaison.engines import local
from liaison.engines.worker import Done, Settings
from liaison.ingest import RawLines, content_hash
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, FuzzyDate, Participant, PersonMention
from liaison.pipeline import build

_MET = re.compile(r"(?P<a>[A-Z]\w+ [A-Z]\w+) met (?P<b>[A-Z]\w+ [A-Z]\w+) on (?P<d>\d{4}-\d{2}-\d{2})")
CALLS: list[str] = []


def toy_extractor(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """One meeting per 'A B met C D on YYYY-MM-DD' sentence (records the documents it saw)."""
    CALLS.append(doc.doc_id)
    frames = []
    for m in _MET.finditer(doc.text):
        people = [
            Participant(PersonMention(name=m[g], native=m[g], span=(m.start(g), m.end(g))), lead=True)
            for g in ("a", "b")
        ]
        frames.append(EventFrame(kind="meeting", date=FuzzyDate.parse(m["d"]), date_source="text", location=None,
                                 remote=False, channel=("party",), participants=tuple(people), parties=(),
                                 evidence=((m.start(), m.end()),)))
    return tuple(frames)


PEOPLE = ["Ana Torres", "Li Wei", "Nguyen Van", "Maria Lopez", "John Smith", "Cai Qi"]


def _text(i: int) -> str:
    a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 1) % len(PEOPLE)]
    return f"Item {i}. {a} met {b} on 2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}. Other news follows."


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _rows(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"id": f"d{i:04d}", "language": "en", "published": "2024-06-01", "text": _text(i)}
            for i in range(start, start + n)]


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute(
                "SELECT doc_id, content_hash, language, published, extractor_version FROM documents ORDER BY doc_id"
            ).fetchall(),
            "extractions": con.execute("SELECT doc_id, frames FROM extractions ORDER BY doc_id").fetchall(),
            "events": con.execute("SELECT event_id, kind, date FROM events ORDER BY event_id").fetchall(),
            "persons": con.execute("SELECT person_id, name FROM persons ORDER BY person_id").fetchall(),
        }
    finally:
        con.close()


def test_rerun_extracts_only_new_and_changed_items(tmp_path: Path) -> None:
    rows = _rows(40)
    src, db = _write(tmp_path / "feed.jsonl", rows), tmp_path / "x.duckdb"
    first = build([src], db, extractor=toy_extractor)
    assert (first.added, first.updated, first.unchanged) == (40, 0, 0)
    assert first.events_found == 40

    rows[5]["text"] += " Corrected."
    rows += _rows(3, start=40)
    _write(src, rows)
    CALLS.clear()
    again = build([src], db, extractor=toy_extractor)
    assert (again.added, again.updated, again.unchanged) == (3, 1, 39)
    assert sorted(CALLS) == ["d0005", "d0040", "d0041", "d0042"]
    assert again.events == len(_snapshot(db)["events"]) and again.events > 0


def test_duplicate_ids_keep_the_first_item(tmp_path: Path) -> None:
    rows = _rows(3)
    dup = dict(rows[1], text=_text(99))
    src, db = _write(tmp_path / "feed.jsonl", [*rows, dup]), tmp_path / "x.duckdb"
    summary = build([src], db, extractor=toy_extractor)
    assert (summary.added, summary.duplicates) == (3, 1)
    docs = {r[0]: r[1] for r in _snapshot(db)["documents"]}
    assert docs["d0001"] == content_hash(rows[1]["text"])


def test_pool_build_equals_in_process_build(tmp_path: Path) -> None:
    rows = _rows(150)  # above the pool threshold
    src = _write(tmp_path / "feed.jsonl", rows)
    serial = build([src], tmp_path / "one.duckdb", extractor=toy_extractor, workers=1)
    parallel = build([src], tmp_path / "two.duckdb", extractor=toy_extractor, workers=2)
    assert (serial.added, serial.events_found) == (parallel.added, parallel.events_found) == (150, 150)
    assert _snapshot(tmp_path / "one.duckdb") == _snapshot(tmp_path / "two.duckdb")


def test_pool_keeps_a_bounded_window_in_flight() -> None:
    pulled = 0
    size = 16

    def parts() -> Iterator[RawLines]:
        nonlocal pulled
        for start in range(0, 5000, size):
            pulled += 1
            lines = tuple((i + 1, json.dumps({"id": f"d{i}", "language": "en", "text": _text(i)}).encode())
                          for i in range(start, start + size))
            yield RawLines("mem", "mem", lines)

    stream = local.run(parts(), Settings(extractor=toy_extractor), workers=2)
    first = [next(stream) for _ in range(10)]
    assert [out.doc_id for out in first] == [f"d{i}" for i in range(10)]  # type: ignore[union-attr]
    assert all(isinstance(out, Done) and out.status == "built" and out.events == 1 for out in first)
    bound = local.POOL_THRESHOLD // size + 2 * local.IN_FLIGHT + 1
    assert pulled <= bound < 5000 // size
    stream.close()  # stops the pool


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_reports_every_document(tmp_path: Path, workers: int) -> None:
    src, db = _write(tmp_path / "feed.jsonl", _rows(80)), tmp_path / "x.duckdb"
    seen: list[tuple[int, int]] = []
    build([src], db, extractor=toy_extractor, workers=workers, progress=lambda s, e: seen.append((s, e)))
    assert seen[-1] == (80, 80)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)
