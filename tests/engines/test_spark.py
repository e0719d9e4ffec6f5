"""The Spark engine builds the same database as the local engine from the same input."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from liaison.export.events_jsonl import write_events_jsonl
from liaison.pipeline import build
from liaison.store import Store

pytestmark = pytest.mark.spark

pyspark = pytest.importorskip("pyspark", reason="the Spark engine needs the liaison[spark] extra")

from liaison.engines.spark import build_spark, spark_session  # noqa: E402

ARCHIVE_ITEMS = 400


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    session = spark_session("local[2]", app_name="liaison-tests")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def sample(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev articles (English and Chinese, two without text) plus the first archive items,
    gzipped, with one malformed line and one duplicate id."""
    folder = tmp_path_factory.mktemp("spark-input")
    shutil.copy(shared / "eval" / "dev.jsonl", folder / "dev.jsonl")
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        lines = list(islice(src, ARCHIVE_ITEMS))
    first = json.loads(lines[0])
    lines[5:5] = [b"{not json\n", (json.dumps(dict(first, text="changed")) + "\n").encode()]
    with gzip.open(folder / "archive.jsonl.gz", "wb") as out:
        out.writelines(lines)
    return folder


def _export(db: Path) -> list[dict[str, Any]]:
    buf = io.StringIO()
    with Store.open(db, read_only=True) as store:
        write_events_jsonl(store, buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def _documents(db: Path) -> list[tuple[Any, ...]]:
    with Store.open(db, read_only=True) as store:
        return store.con.execute(
            "SELECT d.doc_id, content_hash, origin, title, language, published, published_precision, "
            "published_start, text, extractor_version, e.frames FROM documents d JOIN extractions e USING (doc_id) "
            "ORDER BY doc_id"
        ).fetchall()


@pytest.fixture(scope="session")
def both(sample: Path, spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Path, Path]:
    out = tmp_path_factory.mktemp("builds")
    local = build([sample], out / "local.duckdb", workers=2)
    distributed = build_spark([str(sample)], out / "spark.duckdb", session=spark, output=str(out / "rows.parquet"))
    return local, distributed, out / "local.duckdb", out / "spark.duckdb"


def test_spark_and_local_builds_export_the_same_events(both: tuple[Any, Any, Path, Path]) -> None:
    local, distributed, local_db, spark_db = both
    exported = _export(local_db)
    assert len(exported) > 10
    assert _export(spark_db) == exported
    assert (distributed.added, distributed.duplicates, distributed.events_found, distributed.events) == (
        local.added, local.duplicates, local.events_found, local.events)
    assert [(s.origin, s.reason) for s in distributed.skipped] == [(s.origin, s.reason) for s in local.skipped]
    assert local.duplicates == 1 and any("malformed JSON" in s.reason for s in local.skipped)


def test_spark_stores_the_same_documents(both: tuple[Any, Any, Path, Path]) -> None:
    _, _, local_db, spark_db = both
    assert _documents(spark_db) == _documents(local_db)


def test_spark_writes_the_extracted_records_as_parquet(both: tuple[Any, Any, Path, Path]) -> None:
    import pyarrow.parquet as pq

    _, distributed, _, spark_db = both
    rows = pq.read_table(spark_db.parent / "rows.parquet").to_pylist()
    built = [r for r in rows if r["status"] == "built"]
    assert len(built) == distributed.added + distributed.duplicates
    assert sum(r["events"] for r in built) >= distributed.events_found
    assert all(isinstance(json.loads(r["frames"]), list) for r in built)


def test_spark_rerun_extracts_nothing_and_reads_parquet_input(
    both: tuple[Any, Any, Path, Path], sample: Path, spark: Any, tmp_path: Path
) -> None:
    _, _, local_db, spark_db = both
    db = tmp_path / "again.duckdb"
    shutil.copy(spark_db, db)
    again = build_spark([str(sample)], db, session=spark, output=str(tmp_path / "rows"))
    assert (again.added, again.updated) == (0, 0) and again.unchanged > 400
    assert _export(db) == _export(local_db)

    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [json.loads(line) for line in (sample / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "dev.parquet")
    from_parquet = build_spark([str(tmp_path / "dev.parquet")], tmp_path / "pq.duckdb", session=spark,
                               output=str(tmp_path / "pq-rows"))
    from_jsonl = build([sample / "dev.jsonl"], tmp_path / "jsonl.duckdb")
    assert from_parquet.added == from_jsonl.added > 0
    assert _export(tmp_path / "pq.duckdb") == _export(tmp_path / "jsonl.duckdb")


def test_missing_input_is_reported_not_fatal(spark: Any, tmp_path: Path) -> None:
    summary = build_spark([str(tmp_path / "nope.jsonl")], tmp_path / "x.duckdb", session=spark,
                          output=str(tmp_path / "rows"))
    missing = (str(tmp_path / "nope.jsonl"), "no such file or directory")
    assert [(s.origin, s.reason) for s in summary.skipped] == [missing]
