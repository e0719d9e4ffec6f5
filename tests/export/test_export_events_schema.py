"""events-jsonl (the export contract) validates against events.schema.json; csv keeps its shape."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from liaison.export.events_jsonl import event_schema
from tests.export.conftest import export_cli


def test_events_jsonl_validates(any_db: Path) -> None:
    lines = export_cli(any_db, "events-jsonl").splitlines()
    assert lines
    validator = jsonschema.Draft202012Validator(event_schema())
    for line in lines:
        record = json.loads(line)
        assert not list(validator.iter_errors(record)), record["id"]
        assert list(record) == ["id", "kind", "date", "date_precision", "date_source", "location", "remote",
                                "channel", "topics", "confidence", "documents", "parties", "participants"]
        assert 0 <= record["confidence"] <= 1
        assert (record["date"] is None) == (record["date_source"] == "none")


def test_schema_rejects_a_bad_event(export_db: Path) -> None:
    record = json.loads(export_cli(export_db, "events-jsonl").splitlines()[0])
    validator = jsonschema.Draft202012Validator(event_schema())
    assert list(validator.iter_errors({**record, "kind": "dinner"}))
    assert list(validator.iter_errors({**record, "documents": []}))
    assert list(validator.iter_errors({**record, "date_source": "guessed"}))


def test_csv_participants_unchanged(export_db: Path) -> None:
    lines = export_cli(export_db, "csv").splitlines()
    assert lines[0] == ("event_id,kind,date,date_precision,location,remote,channel,parties,documents,person_id,"
                        "name,native,title,organization,country,lead")
    events = export_cli(export_db, "events-jsonl").splitlines()
    assert len(lines) - 1 == sum(max(1, len(json.loads(e)["participants"])) for e in events)
