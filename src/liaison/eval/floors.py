"""Quality floors: per-language minimum figures that CI enforces and that only ever go up.

``quality/floors.json``::

    {"tolerance": 0.005,
     "floors": {"all": {"events.f1": 0.61, ...}, "zh": {...}, "en": {...}}}

A figure fails when it is below its floor by more than the tolerance; a figure that cannot be
computed (no denominator) counts as 0.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison.eval.scorer import Scorecard

Figures = dict[str, dict[str, float | None]]  # group -> metric -> value
Floors = dict[str, dict[str, float]]
DEFAULT_TOLERANCE = 0.005


def card_figures(card: Scorecard) -> Figures:
    """Every figure of every group (``all`` first, then languages)."""
    return {g: card.figures(g) for g in ["all", *card.languages]}


def load_floors(path: Path) -> tuple[Floors, float]:
    """The floors and the tolerance; a missing file means no floors yet."""
    if not path.exists():
        return {}, DEFAULT_TOLERANCE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    floors = {g: {m: float(v) for m, v in ms.items()} for g, ms in data.get("floors", {}).items()}
    return floors, float(data.get("tolerance", DEFAULT_TOLERANCE))


def save_floors(path: Path, floors: Floors, tolerance: float = DEFAULT_TOLERANCE) -> None:
    data = {
        "_about": "Minimum figures of a gold set (liaison eval). Only ever raised: scripts/raise_floors.py.",
        "tolerance": tolerance,
        "floors": {g: dict(sorted(ms.items())) for g, ms in floors.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Shortfall:
    group: str
    metric: str
    floor: float
    value: float | None

    def __str__(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.4f}"
        return f"{self.group} {self.metric}: {shown} < floor {self.floor:.4f}"


def shortfalls(figures: Figures, floors: Floors, tolerance: float = DEFAULT_TOLERANCE) -> list[Shortfall]:
    """Every floored figure now below its floor by more than ``tolerance``."""
    out: list[Shortfall] = []
    for group, metrics in floors.items():
        for metric, floor in metrics.items():
            value = figures.get(group, {}).get(metric)
            if (value or 0.0) < floor - tolerance:
                out.append(Shortfall(group, metric, floor, value))
    return out


def round_down(value: float) -> float:
    """Four decimals, never above the value (so a fresh floor is always met)."""
    return math.floor(value * 10_000 + 1e-9) / 10_000


def raise_floors(figures: Figures, floors: Floors) -> tuple[Floors, list[str]]:
    """Floors lifted to the current figures (never lowered), and a line per change."""
    new: Floors = {g: dict(ms) for g, ms in floors.items()}
    changes: list[str] = []
    for group, metrics in figures.items():
        for metric, value in metrics.items():
            if value is None:
                continue
            candidate = round_down(value)
            old = new.get(group, {}).get(metric)
            if old is None or candidate > old:
                new.setdefault(group, {})[metric] = candidate
                before = "new" if old is None else f"{old:.4f}"
                changes.append(f"{group} {metric}: {before} -> {candidate:.4f}")
    return new, changes


def find_shared(start: Path) -> Path | None:
    """The shared data folder: ``$LIAISON_SHARED``, else ``shared/`` beside ``start`` or an ancestor."""
    env = os.environ.get("LIAISON_SHARED")
    if env:
        return Path(env) if (Path(env) / "eval").is_dir() else None
    for folder in [start.resolve(), *start.resolve().parents]:
        candidate = folder.parent / "shared"
        if (candidate / "eval" / "dev.jsonl").is_file():
            return candidate
    return None
