"""The CLI on real seed documents: build, query, export, and exit codes on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from liaison.cli.main import cli
from liaison.export.events_jsonl import event_schema
from tests.conftest import REPO, SEEDS

SAMPLES = REPO / "samples"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.exists():
        pytest.skip("shared seeds not available")
    db = tmp_path_factory.mktemp("cli") / "seeds.duckdb"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--db", str(db), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    return db


def test_rebuild_says_nothing_changed(seed_db: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--db", str(seed_db), "-q"])
    assert result.exit_code == 0
    assert "2 unchanged" in result.output and "nothing changed" in result.output


def test_events_filters_and_json(seed_db: Path) -> None:
    run = CliRunner().invoke
    out = run(cli, ["events", "--db", str(seed_db), "--json", "--person", "Cabello"]).output
    events = [json.loads(line) for line in out.splitlines()]
    assert sorted(e["date"] for e in events) == ["2020-05-29", "2025-06-09"]
    out = run(cli, ["events", "--db", str(seed_db), "--json", "--from", "2021", "--party", "PSUV"]).output
    assert [json.loads(line)["date"] for line in out.splitlines()] == ["2025-06-09"]
    out = run(cli, ["events", "--db", str(seed_db), "--json", "--kind", "video_conference"]).output
    assert [json.loads(line)["remote"] for line in out.splitlines()] == [True]


def test_export_validates_against_schema(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(cli, ["export", "--db", str(seed_db), "--format", "events-jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        jsonschema.validate(record, event_schema())
        assert {d["id"] for d in record["documents"]} <= {"000_60bced7b8f3769a1", "004_7043981c94149c74"}


def test_csv_one_row_per_participant(seed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    CliRunner().invoke(cli, ["export", "--db", str(seed_db), "--format", "csv", "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,kind,date")
    assert len(lines) - 1 == 12 + 5  # participants of the two seed events


def test_show_person_timeline(seed_db: Path) -> None:
    out = CliRunner().invoke(cli, ["show", "Diosdado Cabello", "--db", str(seed_db)]).output
    assert "First Vice President" in out and "2020-05-29" in out and "2025-06-09" in out


def test_people_and_parties(seed_db: Path) -> None:
    out = CliRunner().invoke(cli, ["people", "--db", str(seed_db), "--json"]).output
    people = [json.loads(line) for line in out.splitlines()]
    assert people[0]["name"] == "Diosdado Cabello" and people[0]["events"] == 2
    out = CliRunner().invoke(cli, ["parties", "--db", str(seed_db), "--json"]).output
    assert {json.loads(line)["abbr"] for line in out.splitlines()} == {"CPC", "PSUV"}


def test_strict_and_nothing_built_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((SAMPLES / "en" / "06_phone_call_vietnam.txt").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok text"}\n{oops\n', encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    result = CliRunner().invoke(cli, ["build", str(good), str(bad), "--db", db, "-q"])
    assert result.exit_code == 0
    assert f"{bad}:2" in result.output and "malformed JSON" in result.output and "1 skipped" in result.output
    result = CliRunner().invoke(cli, ["build", str(good), str(bad), "--db", db, "-q", "--strict"])
    assert result.exit_code == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(cli, ["build", str(empty), "--db", db, "-q"])
    assert result.exit_code == 1 and "nothing could be built" in result.output


def test_query_on_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0
    assert "no such database" in str(result.exception) + result.output
