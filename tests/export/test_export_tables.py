"""csv-tables and parquet: the same five tables, read back with csv, pyarrow and DuckDB."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from liaison.export.tables import TABLES
from tests.conftest import REPO
from tests.export.conftest import DOCS, FIXED_TIME, export_cli


def _csv_dir(db: Path, out: Path) -> dict[str, list[dict[str, str]]]:
    export_cli(db, "csv-tables", out)
    return {name: list(csv.DictReader(open(out / f"{name}.csv", encoding="utf-8", newline="")))
            for name in TABLES}


def test_csv_tables_are_consistent(any_db: Path, tmp_path: Path) -> None:
    tables = _csv_dir(any_db, tmp_path / "t")
    events = [json.loads(line) for line in export_cli(any_db, "events-jsonl").splitlines()]
    assert [r["event_id"] for r in tables["events"]] == [e["id"] for e in events]
    assert len(tables["participants"]) == sum(len(e["participants"]) for e in events)
    people = {r["person_id"] for r in tables["people"]}
    assert people == {p["person_id"] for e in events for p in e["participants"]}
    assert {r["person_id"] for r in tables["positions"]} <= people
    parties = {r["org_id"] for r in tables["parties"]}
    assert {p for r in tables["events"] for p in r["party_ids"].split(";") if p} <= parties
    for name, rows in tables.items():
        if rows:
            assert list(rows[0]) == [c.name for c in TABLES[name]]
    meta = json.loads((tmp_path / "t" / "metadata.json").read_text(encoding="utf-8"))
    assert meta["exported_at"] == FIXED_TIME and meta["version"] == "0.1.0"
    assert {n: t["rows"] for n, t in meta["tables"].items()} == {n: len(r) for n, r in tables.items()}


def test_csv_tables_values(export_db: Path, tmp_path: Path) -> None:
    tables = _csv_dir(export_db, tmp_path / "t")
    cabello = next(r for r in tables["people"] if r["name"] == "Diosdado Cabello")
    assert (cabello["events"], cabello["first_date"], cabello["last_date"]) == ("5", "2023", "2025-06-09")
    liu = [r for r in tables["participants"] if r["native"] == "刘建超"]
    assert liu and liu[0]["name"] == "Liu Jianchao" and liu[0]["organization_id"] == "idcpc"
    text = next(d.text for d in DOCS if d.doc_id == "zh-liu-cpv")
    start = text.index("刘建超")
    assert json.loads(liu[0]["evidence"]) == [[start, start + 3]]
    video = next(r for r in tables["events"] if r["kind"] == "video_conference")
    assert (video["remote"], video["party_ids"], video["document_ids"]) == ("true", "psuv;cpc", "es-cabello-liu")


def test_zip_holds_the_same_tables(export_db: Path, tmp_path: Path) -> None:
    export_cli(export_db, "csv-tables", tmp_path / "t")
    export_cli(export_db, "csv-tables", tmp_path / "t.zip")
    with zipfile.ZipFile(tmp_path / "t.zip") as zf:
        assert zf.namelist() == [*(f"{n}.csv" for n in TABLES), "metadata.json"]
        for name in TABLES:
            assert zf.read(f"{name}.csv") == (tmp_path / "t" / f"{name}.csv").read_bytes()
        assert zf.getinfo("events.csv").date_time == (2025, 7, 1, 12, 0, 0)


def test_parquet_reads_with_pyarrow_and_duckdb(any_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    export_cli(any_db, "parquet", out)
    csv_tables = _csv_dir(any_db, tmp_path / "csv")
    for name, columns in TABLES.items():
        table = pq.read_table(out / f"{name}.parquet")
        assert table.column_names == [c.name for c in columns]
        assert table.num_rows == len(csv_tables[name])
        meta = json.loads(table.schema.metadata[b"liaison"])
        assert (meta["exported_at"], meta["table"]) == (FIXED_TIME, name)
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{out}/events.parquet'").fetchone()
    assert n is not None and n[0] == len(csv_tables["events"])
    joined = con.execute(
        f"SELECT count(*) FROM '{out}/participants.parquet' p JOIN '{out}/people.parquet' USING (person_id)"
    ).fetchone()
    assert joined is not None and joined[0] == len(csv_tables["participants"])
    lists = con.execute(f"SELECT channel FROM '{out}/events.parquet' LIMIT 1").fetchone()
    assert lists is not None and isinstance(lists[0], list)


def test_every_column_is_documented() -> None:
    text = (REPO / "docs" / "export-columns.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    for name, columns in TABLES.items():
        section = next(s for s in sections if s.startswith(f"`{name}`"))
        for column in columns:
            assert f"| `{column.name}` |" in section, (name, column.name)


def test_path_formats_refuse_stdout(export_db: Path) -> None:
    from click.testing import CliRunner

    from liaison.cli.main import cli

    result = CliRunner().invoke(cli, ["export", "--db", str(export_db), "--format", "parquet"])
    assert result.exit_code == 2 and "-o" in result.output
