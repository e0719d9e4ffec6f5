import json
from pathlib import Path

from click.testing import CliRunner
from eval_helpers import gev, gp, sev, sp

from liaison.cli.eval_cmd import eval_command


def _files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc": "a", "language": "zh", "published": None,
                    "events": [gev(gp("Cai Qi", "蔡奇"), gp("To Lam", "苏林", country="VN"))]}) + "\n"
        + json.dumps({"doc": "b", "language": "en", "published": None, "events": []}) + "\n",
        encoding="utf-8",
    )
    events = tmp_path / "events.jsonl"
    events.write_text(
        json.dumps(sev("a", sp("Cai Qi", "蔡奇"), sp("Su Lin", "苏林", country="VN"))) + "\n"
        + json.dumps(sev("b", sp("X"), sp("Y"))) + "\n",
        encoding="utf-8",
    )
    return gold, events


def test_eval_events_file_json(tmp_path: Path) -> None:
    gold, events = _files(tmp_path)
    result = CliRunner().invoke(eval_command, [str(gold), "--events", str(events), "--json", "--errors", "3"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["scored_articles"] == {"all": 2, "zh": 1, "en": 1}
    assert out["system"]["all"]["figures"]["events.precision"] == 0.5
    assert out["system"]["zh"]["figures"]["participants.f1"] == 1.0
    assert [e["doc"] for e in out["errors"]] == ["b"]


def test_eval_table_by_language(tmp_path: Path) -> None:
    gold, events = _files(tmp_path)
    result = CliRunner().invoke(eval_command, [str(gold), "--events", str(events), "--by", "language",
                                               "--errors", "1"])
    assert result.exit_code == 0, result.output
    assert "all languages: 2 scored articles" in result.output
    assert "zh: 1 scored article" in result.output and "events f1" in result.output
    assert "scored articles: 2 (en 1, zh 1)" in result.output
    assert "spurious events" in result.output


def test_eval_usage_errors(tmp_path: Path) -> None:
    gold, events = _files(tmp_path)
    result = CliRunner().invoke(eval_command, [str(gold)])
    assert result.exit_code != 0 and "--articles" in result.output
    result = CliRunner().invoke(eval_command, [str(gold), "--events", str(events), "--baseline"])
    assert result.exit_code != 0 and "--baseline needs --articles" in result.output
    result = CliRunner().invoke(eval_command, [str(gold), "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "no such database" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(bad), "--events", str(events)])
    assert result.exit_code != 0 and "bad.jsonl:1" in result.output


def test_eval_gold_folder_grouped_by_slice(tmp_path: Path) -> None:
    gold, events = _files(tmp_path)
    folder = tmp_path / "real"
    folder.mkdir()
    lines = gold.read_text(encoding="utf-8").splitlines()
    (folder / "web-zh.gold.jsonl").write_text(lines[0].replace('"doc": "a"', '"doc": "web-zh-001"') + "\n")
    (folder / "kcna.gold.jsonl").write_text(lines[1].replace('"doc": "b"', '"doc": "kcna-00042"') + "\n")
    text = events.read_text(encoding="utf-8").replace('"id": "a"', '"id": "web-zh-001"')
    events.write_text(text.replace('"id": "b"', '"id": "kcna-00042"'), encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(folder), "--events", str(events), "--by", "slice", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["scored_articles"] == {"all": 2, "kcna": 1, "web-zh": 1}
    assert out["system"]["web-zh"]["figures"]["participants.f1"] == 1.0


def test_eval_needs_gold_or_set() -> None:
    result = CliRunner().invoke(eval_command, [])
    assert result.exit_code == 2 and "--set NAME" in result.output
