"""CI gate: each gold set's figures must not fall below its floors file (which only ever goes up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli.eval_cmd import run_eval
from liaison.eval.floors import card_figures, find_shared, load_floors, shortfalls
from liaison.eval.sets import SET_NAMES, gold_sets

ROOT = Path(__file__).resolve().parents[2]
SHARED = find_shared(ROOT)


@pytest.mark.parametrize("name", SET_NAMES)
def test_figures_meet_floors(name: str) -> None:
    if SHARED is None:
        pytest.skip("../shared/eval/dev.jsonl not found beside the repo (LIAISON_SHARED)")
    gold_set = gold_sets(ROOT, SHARED)[name]
    if not gold_set.available():
        pytest.skip(f"{name}: gold or articles missing ({gold_set.gold}, {gold_set.articles})")
    floors, tolerance = load_floors(gold_set.floors)
    assert floors, f"{gold_set.floors} is missing or empty: run scripts/raise_floors.py --set {name}"
    run = run_eval(gold_set.gold, articles=gold_set.articles, only_gold=gold_set.only_gold, by=gold_set.by)
    below = shortfalls(card_figures(run.system), floors, tolerance)
    assert not below, f"{name} quality regressed below the floors:\n" + "\n".join(f"  {s}" for s in below)
