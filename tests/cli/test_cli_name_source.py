"""How a Latin name was obtained travels from extraction through the store to the export and `show`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from liaison.cli.main import cli
from liaison.export.events_jsonl import event_schema

# Items in the shape of CCTV news, written for the test.
ITEMS = [
    {"id": "zh-a", "published": "2024-05-20", "language": "zh", "source": "test",
     "text": "国家主席习近平20日在人民大会堂会见西班牙首相桑切斯。"},
    {"id": "zh-b", "published": "2024-05-21", "language": "zh", "source": "test",
     "text": "全国人大常委会副委员长李鸿忠21日在北京会见保加利亚国民议会副议长加内夫。"},
    {"id": "zh-c", "published": "2024-05-22", "language": "zh", "source": "test",
     "text": "国家主席习近平22日在北京会见联合国秘书长古特雷斯。"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    corpus = root / "items.jsonl"
    corpus.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
    path = root / "names.duckdb"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--db", str(path), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    return path


def _participants(db: Path) -> dict[str, dict[str, object]]:
    out = CliRunner().invoke(cli, ["events", "--db", str(db), "--json"]).output
    events = [json.loads(line) for line in out.splitlines()]
    schema = event_schema()
    for ev in events:
        jsonschema.validate(ev, schema)
    return {p["native"]: p for ev in events for p in ev["participants"]}


def test_export_carries_name_source(db: Path) -> None:
    people = _participants(db)
    assert (people["桑切斯"]["name"], people["桑切斯"]["name_source"]) == ("Pedro Sánchez", "table")
    assert (people["加内夫"]["name"], people["加内夫"]["name_source"]) == ("Jianeifu", "pinyin-fallback")
    assert people["习近平"]["name_source"] == "table"
    guterres = people["古特雷斯"]
    assert guterres["country"] is None and guterres["organization"] == "United Nations"


def test_show_says_a_pinyin_fallback_is_one(db: Path) -> None:
    out = CliRunner().invoke(cli, ["show", "加内夫", "--db", str(db)]).output
    assert "Jianeifu" in out and "PINYIN FALLBACK" in out
    out = CliRunner().invoke(cli, ["show", "Pedro Sánchez", "--db", str(db)]).output
    assert "from the people table" in out
