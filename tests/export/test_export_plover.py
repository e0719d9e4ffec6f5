"""plover-jsonl: every record validates against the schema; actors, recipients and modes follow
the mapping documented in liaison.export.plover."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from liaison.export.plover import plover_schema
from tests.export.conftest import FIXED_TIME, export_cli


def _records(db: Path, *args: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in export_cli(db, "plover-jsonl", "-", *args).splitlines()]


def _by_doc(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["citation"][0]["document_id"]: r for r in records}


def test_every_record_validates(any_db: Path) -> None:
    records = _records(any_db)
    events = export_cli(any_db, "events-jsonl").splitlines()
    assert len(records) == len(events) > 0
    validator = jsonschema.Draft202012Validator(plover_schema())
    for record in records:
        errors = list(validator.iter_errors(record))
        assert not errors, (record["id"], [e.message for e in errors])
        assert record["coder"] == {"name": "liaison", "version": "0.1.0", "exported_at": FIXED_TIME}


def test_schema_rejects_bad_records(export_db: Path) -> None:
    record = _records(export_db)[0]
    validator = jsonschema.Draft202012Validator(plover_schema())
    for broken in (
        {**record, "event": "MEET"},
        {**record, "actor": [{**record["actor"][0], "country": "CN"}]},
        {**record, "event": "AGREE", "mode": "visit"},
        {k: v for k, v in record.items() if k != "citation"},
    ):
        assert list(validator.iter_errors(broken)), broken


def _countries(entries: list[dict[str, Any]]) -> list[str | None]:
    return [e["country"] for e in entries]


def test_visitor_is_actor_and_host_is_recipient(export_db: Path) -> None:
    rec = _by_doc(_records(export_db))
    beijing = rec["en-cai-cabello"]
    assert (beijing["event"], beijing["mode"]) == ("CONSULT", "visit")
    assert _countries(beijing["actor"]) == ["VEN"] and _countries(beijing["recipient"]) == ["CHN"]
    assert beijing["liaison"]["host"] == "CHN" and beijing["location"] == {"name": "Beijing", "country": "CHN"}
    assert beijing["actor"][0]["sector"] == "PTY"
    assert [p["name"] for p in beijing["actor"][0]["people"]] == ["Diosdado Cabello"]
    assert beijing["text"].startswith("Cai Qi, a member of the Standing Committee")
    # Chinese side reported first, but the talks were in Caracas: China visits Venezuela
    caracas = rec["en-liu-caracas"]
    assert _countries(caracas["actor"]) == ["CHN"] and _countries(caracas["recipient"]) == ["VEN"]
    # Chinese article: the Vietnamese delegation visits Beijing
    zh = rec["zh-liu-cpv"]
    assert _countries(zh["actor"]) == ["VNM"] and zh["recipient"][0]["people"][0]["native"] == "刘建超"


def test_modes_and_event_types(export_db: Path) -> None:
    rec = _by_doc(_records(export_db))
    assert (rec["es-cabello-liu"]["mode"], rec["es-cabello-liu"]["liaison"]["host"]) == ("phone", None)
    assert _countries(rec["es-cabello-liu"]["actor"]) == ["VEN"]  # no host: lead order
    seminar = rec["en-seminar"]
    assert seminar["mode"] == "multilateral"
    assert _countries(seminar["recipient"]) == ["LAO"]
    assert sorted(str(c) for c in _countries(seminar["actor"])) == ["CHN", "VNM"]
    assert (rec["en-agreement"]["event"], rec["en-agreement"]["mode"]) == ("AGREE", None)
    assert (rec["en-message"]["event"], rec["en-message"]["mode"]) == ("SUPPORT", None)
    nowhere = rec["en-nowhere"]
    assert (nowhere["mode"], nowhere["location"], nowhere["date_precision"]) == (None, None, "year")
    assert _countries(nowhere["actor"]) == ["CHN"] and _countries(nowhere["recipient"]) == ["VEN"]


def test_sectors_follow_the_organisations(export_db: Path) -> None:
    state = _by_doc(_records(export_db))["en-state"]
    assert "executive" in state["contexts"]
    chinese = {e["sector"]: e for e in state["actor"]}
    assert set(chinese) == {"GOV", "PTY"}
    assert [p["name"] for p in chinese["GOV"]["people"]] == ["Wang Yi"]
    assert [p["name"] for p in chinese["PTY"]["people"]] == ["Cai Qi"]
    assert {e["sector"] for e in state["recipient"]} == {"GOV", "PTY"}  # Maduro (state) and the PSUV


@pytest.mark.parametrize("size", [1, 3])
def test_batches_do_not_change_the_output(export_db: Path, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = export_cli(export_db, "plover-jsonl")
    monkeypatch.setattr("liaison.export.reading.BATCH", size)
    assert export_cli(export_db, "plover-jsonl") == whole


def test_filters_apply(export_db: Path) -> None:
    records = _records(export_db, "--party", "CPV")
    assert {r["citation"][0]["document_id"] for r in records} == {"zh-liu-cpv", "en-seminar"}
