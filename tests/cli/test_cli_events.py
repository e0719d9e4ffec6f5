"""`liaison events | people | parties` on real built data: counts that never mislead, ids, whole dates in 80
columns, confidence, one name per person, and the four output formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from cli_helpers import jsonl, run


def test_events_says_how_many_were_left_out(archive_db: Path) -> None:
    everything = jsonl(run("events", "--db", str(archive_db), "--all", "--format", "jsonl"))
    assert len(everything) > 50
    result = run("events", "--db", str(archive_db))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"50 of {len(everything):,} events (--limit N, --all)"
    result = run("events", "--db", str(archive_db), "--all")
    assert result.output.splitlines()[-1] == f"{len(everything):,} events"


def test_events_table_shows_ids_whole_dates_and_confidence_in_80_columns(archive_db: Path) -> None:
    records = jsonl(run("events", "--db", str(archive_db), "--limit", "40", "--format", "jsonl"))
    result = run("events", "--db", str(archive_db), "--limit", "40", columns=80)
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in result.output
    assert re.split(r"\s+", lines[0].strip())[:4] == ["id", "date", "kind", "conf"]
    rows = [line for line in lines if line.startswith("ev_")]
    assert [row.split()[:2] for row in rows] == [[r["id"], r["date"]] for r in records]
    assert [row.split()[3] for row in rows] == [f"{r['confidence']:.2f}" for r in records]


def test_machine_formats_agree_and_keep_notes_off_stdout(archive_db: Path) -> None:
    db = str(archive_db)
    lines = run("events", "--db", db, "--limit", "5", "--format", "jsonl")
    records = jsonl(lines)
    assert len(records) == 5
    assert "5 of " in lines.stderr and "5 of " not in lines.stdout
    array = json.loads(run("events", "--db", db, "--limit", "5", "--format", "json").stdout)
    assert array == records
    assert run("events", "--db", db, "--limit", "5", "--json").stdout == lines.stdout  # the old flag is unchanged
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--limit", "5", "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    assert {"id", "date", "kind", "confidence", "leads", "parties", "sources"} <= set(rows[0])
    clash = run("events", "--db", db, "--json", "--format", "csv")
    assert clash.exit_code == 2 and "--json means --format jsonl" in clash.output


def test_people_and_parties_formats(samples_db: Path) -> None:
    db = str(samples_db)
    people = json.loads(run("people", "--db", db, "--all", "--format", "json").stdout)
    assert people[0]["name"] == "Cai Qi" and people[0]["events"] == 3
    assert people == jsonl(run("people", "--db", db, "--all", "--json"))
    rows = list(csv.DictReader(io.StringIO(run("parties", "--db", db, "--format", "csv").stdout)))
    assert {"PSUV", "CPC"} <= {r["abbr"] for r in rows}
    assert rows[0].keys() >= {"org_id", "name", "abbr", "country", "events"}
    result = run("people", "--db", db, "--limit", "3")
    assert result.output.splitlines()[-1] == f"3 of {len(people)} people (--limit N, --all)"


def test_one_display_name_per_person(samples_db: Path) -> None:
    table = run("people", "--db", str(samples_db), "--all", columns=200).output
    assert "Cai Qi (蔡奇)" in table  # a native form in another script is shown once, beside the name
    cabello = next(line for line in table.splitlines() if "Diosdado" in line)
    assert cabello.count("Diosdado") == 1 and "Rondón" not in cabello  # a Latin spelling variant is not


def test_unknown_names_and_bad_values_are_one_line_errors(samples_db: Path) -> None:
    db = str(samples_db)
    result = run("events", "--db", db, "--party", "PSUVV")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: no party matches 'PSUVV'; did you mean PSUV (United Socialist Party of Venezuela)?"
    ]
    result = run("events", "--db", db, "--person", "Diosdado Cabelo")
    assert result.exit_code == 1 and "did you mean Diosdado Cabello?" in result.output
    result = run("events", "--db", db, "--from", "2024-13")
    assert result.exit_code == 2 and "'2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in result.output
    result = run("events", "--db", db, "--country", "Narnia")
    assert result.exit_code == 2 and "not a country code or name" in result.output
    result = run("events", "--db", str(Path(db).with_name("missing.duckdb")))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {Path(db).with_name('missing.duckdb')}: no such database (run `liaison build` first)"
    ]


def test_country_by_name_or_code(samples_db: Path) -> None:
    db = str(samples_db)
    by_code = jsonl(run("events", "--db", db, "--country", "VE", "--format", "jsonl"))
    assert by_code and jsonl(run("events", "--db", db, "--country", "Venezuela", "--format", "jsonl")) == by_code
