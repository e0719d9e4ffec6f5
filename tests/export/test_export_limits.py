"""Exports hold any stored text length and id, and appear whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model
from followthemoney.types import registry

import liaison.export.ftm as ftm
from liaison.export.atomic import ExportError
from liaison.export.formats import ExportFormat, run_export
from liaison.export.meta import ExportOptions
from liaison.store import EventFilter, Store
from tests.export.conftest import DOCS, export_cli
from tests.fixture_db import build_db

LONG_ID = "doc-" + "x" * 1100
FILLER = " ".join(["Delegates also discussed cooperation in many other areas of mutual interest."] * 1000)


@pytest.fixture(scope="module")
def long_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dataclasses import replace

    base = DOCS[0]
    long_doc = replace(base, doc_id=LONG_ID, text=base.text + "\n" + FILLER, title="T" * 2000,
                       url="https://example.org/" + "a" * 5000)
    assert len(long_doc.text) > 70_000
    return build_db(tmp_path_factory.mktemp("limits") / "long.duckdb", [long_doc, DOCS[1]])


def test_ftm_holds_long_bodies_and_ids(long_db: Path) -> None:
    entities = {}
    for line in export_cli(long_db, "ftm").splitlines():
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)
        proxy.schema.validate(data)
        entities[proxy.id] = proxy
    assert all(len(str(i)) <= registry.entity.max_length for i in entities)
    article = entities[ftm.ftm_id("doc", LONG_ID)]
    body = article.get("bodyText")
    assert len(body) == 2 and all(len(part) <= 65_000 for part in body)
    assert "".join(body).replace(" ", "") == (DOCS[0].text + "\n" + FILLER).replace(" ", "")
    assert article.get("title") == ["T" * 1023 + "…"]
    assert article.get("fileName")[0].endswith("…")
    event = next(e for e in entities.values() if e.schema.name == "Event" and article.id in e.get("proof"))
    assert event.get("involved")


def test_split_text_joins_back() -> None:
    text = ("word " * 30_000) + "x" * 70_000
    parts = ftm.split_text(text, 65_000)
    assert "".join(parts) == text and max(map(len, parts)) <= 65_000


@pytest.mark.parametrize(("fmt", "name"), [("ftm", "out.ftm.json"), ("csv-tables", "tables"),
                                           ("csv-tables", "tables.zip"), ("parquet", "pq"), ("graphml", "g.graphml")])
def test_a_failing_export_leaves_no_partial_output(
    long_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, name: str
) -> None:
    target = tmp_path / name
    opts = ExportOptions(exported_at="2025-07-01T12:00:00Z")
    if target.suffix:
        target.write_bytes(b"the previous export")
    else:
        target.mkdir()
        (target / "events.csv").write_bytes(b"the previous export")
    before = _snapshot(target)

    real_write = ExportFormat.write

    def write_then_fail(self: ExportFormat, *args: Any) -> int:
        real_write(self, *args)  # everything written where the export goes first ...
        raise RuntimeError("writer failed half-way")  # ... then a failure before it is done

    monkeypatch.setattr(ExportFormat, "write", write_then_fail)
    with Store.open(long_db, read_only=True) as store, pytest.raises(RuntimeError, match="half-way"):
        run_export(fmt, store, target, EventFilter(), opts)
    assert _snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_unwritable_target_is_one_export_error(long_db: Path, tmp_path: Path) -> None:
    with Store.open(long_db, read_only=True) as store, pytest.raises(ExportError, match="cannot write"):
        run_export("ftm", store, tmp_path / "missing" / "out.json", EventFilter(),
                   ExportOptions(exported_at="2025-07-01T12:00:00Z"))


def _snapshot(target: Path) -> dict[str, bytes]:
    if target.is_dir():
        return {p.name: p.read_bytes() for p in sorted(target.iterdir())}
    return {target.name: target.read_bytes()}
