"""CI gate: the dev-set figures must not fall below quality/floors.json (which only ever goes up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli.eval_cmd import run_eval
from liaison.eval.floors import card_figures, find_shared, load_floors, shortfalls

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "quality" / "floors.json"
SHARED = find_shared(ROOT)


@pytest.mark.skipif(SHARED is None, reason="../shared/eval/dev.jsonl not found beside the repo (LIAISON_SHARED)")
def test_dev_set_figures_meet_floors() -> None:
    assert SHARED is not None
    floors, tolerance = load_floors(FLOORS)
    assert floors, f"{FLOORS} is missing or empty: run scripts/raise_floors.py"
    run = run_eval(SHARED / "eval" / "dev-gold.jsonl", articles=[SHARED / "eval" / "dev.jsonl"])
    below = shortfalls(card_figures(run.system), floors, tolerance)
    assert not below, "quality regressed below the floors:\n" + "\n".join(f"  {s}" for s in below)
