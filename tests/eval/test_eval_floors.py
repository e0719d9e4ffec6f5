import json
from pathlib import Path

import pytest

from liaison.eval.floors import find_shared, load_floors, raise_floors, round_down, save_floors, shortfalls


def test_shortfalls_respect_tolerance_and_missing_values() -> None:
    floors = {"all": {"events.f1": 0.5, "parties.precision": 0.2}, "zh": {"events.f1": 0.4}}
    figures = {"all": {"events.f1": 0.496, "parties.precision": None}, "zh": {"events.f1": 0.39}}
    below = shortfalls(figures, floors, 0.005)
    assert [(s.group, s.metric) for s in below] == [("all", "parties.precision"), ("zh", "events.f1")]
    assert "n/a < floor 0.2000" in str(below[0])


def test_raise_never_lowers() -> None:
    floors = {"all": {"events.f1": 0.5, "events.recall": 0.6}}
    figures = {"all": {"events.f1": 0.55555, "events.recall": 0.58, "parties.f1": None, "kind.accuracy": 1.0}}
    new, changes = raise_floors(figures, floors)
    assert new == {"all": {"events.f1": 0.5555, "events.recall": 0.6, "kind.accuracy": 1.0}}
    assert changes == ["all events.f1: 0.5000 -> 0.5555", "all kind.accuracy: new -> 1.0000"]


def test_round_down() -> None:
    assert round_down(2 / 3) == 0.6666
    assert round_down(0.7) == 0.7


def test_save_and_load_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "q" / "floors.json"
    assert load_floors(path) == ({}, 0.005)
    save_floors(path, {"all": {"b": 0.2, "a": 0.1}}, 0.01)
    assert load_floors(path) == ({"all": {"a": 0.1, "b": 0.2}}, 0.01)
    assert list(json.loads(path.read_text())["floors"]["all"]) == ["a", "b"]


def test_find_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIAISON_SHARED", raising=False)
    (tmp_path / "shared" / "eval").mkdir(parents=True)
    (tmp_path / "shared" / "eval" / "dev.jsonl").write_text("")
    (tmp_path / "repo" / "tests").mkdir(parents=True)
    assert find_shared(tmp_path / "repo" / "tests") == tmp_path / "shared"
    monkeypatch.setenv("LIAISON_SHARED", str(tmp_path / "nowhere"))
    assert find_shared(tmp_path / "repo") is None
