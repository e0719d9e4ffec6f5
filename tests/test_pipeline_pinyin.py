"""A large build that extracted Chinese text in its own process (one worker) lets go of pypinyin's tables
before it resolves (``pipeline.release_pinyin``): the prepared units carry what matching reads from pinyin,
so the resolved record is the one a build keeping the tables gives, on real CCTV items."""

from __future__ import annotations

import gzip
import sys
from itertools import islice
from pathlib import Path

import duckdb
import pytest

from liaison import pipeline
from liaison.pipeline import build

_TABLES = {
    "persons": "SELECT * FROM persons ORDER BY person_id",
    "units": "SELECT doc_id, ordinal, block, person_id, auto_id, key_id, unit FROM resolve_units ORDER BY ALL",
    "pairs": "SELECT * FROM resolve_pairs ORDER BY ALL",
    "participants": "SELECT event_id, person_id, name, native FROM participants ORDER BY ALL",
}


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in _TABLES.items()}


def test_a_large_build_resolves_without_pinyin_as_with_it(shared: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        (tmp_path / "items.jsonl").write_bytes(b"".join(islice(src, 400)))
    monkeypatch.setattr(pipeline, "RELEASE_PINYIN_AT", 10**9)
    build([tmp_path / "items.jsonl"], tmp_path / "kept.duckdb", workers=1)
    assert "pypinyin" in sys.modules  # (extraction loaded it, and it was kept)
    monkeypatch.setattr(pipeline, "RELEASE_PINYIN_AT", 100)  # (a large build, scaled down)
    released: list[bool] = []
    resolve = pipeline.resolve_stored

    def resolve_stored(*args: object, **kwargs: object) -> None:
        released.append("pypinyin" not in sys.modules)
        resolve(*args, **kwargs)  # type: ignore[arg-type]
        released.append("pypinyin" not in sys.modules)

    monkeypatch.setattr(pipeline, "resolve_stored", resolve_stored)
    build([tmp_path / "items.jsonl"], tmp_path / "released.duckdb", workers=1)
    assert released == [True, True]  # (let go before resolving, and not loaded again by it)
    kept, without = _tables(tmp_path / "kept.duckdb"), _tables(tmp_path / "released.duckdb")
    assert kept["persons"] and kept["pairs"]
    assert kept == without
