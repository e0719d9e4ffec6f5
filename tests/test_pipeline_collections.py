"""A whole resolution after a build runs with the build's seldom collections (``pipeline._fewer_collections``):
it makes no cyclic garbage, so the collector's usual thresholds only cost CPU (a sixth of the resolution's at
75,000 items, each full collection walking every unit, frame and row alive), never memory."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import liaison.pipeline as pipeline
from liaison.pipeline import build


def _resolving(monkeypatch: pytest.MonkeyPatch, thresholds: tuple[int, int, int] | None) -> dict[str, Any]:
    """Watch the collector while ``resolve_stored`` runs (under ``thresholds`` when given)."""
    seen: dict[str, Any] = {"collections": 0, "collected": 0, "thresholds": None}
    resolve = pipeline.resolve_stored

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            seen["collections"] += 1
            seen["collected"] += info["collected"]

    def watched(*args: Any, **kwargs: Any) -> None:
        seen["thresholds"] = gc.get_threshold()
        before = gc.get_threshold()
        if thresholds is not None:
            gc.set_threshold(*thresholds)
        gc.callbacks.append(watch)
        try:
            resolve(*args, **kwargs)
        finally:
            gc.callbacks.remove(watch)
            gc.set_threshold(*before)

    monkeypatch.setattr(pipeline, "resolve_stored", watched)
    return seen


def test_a_whole_resolution_makes_no_cyclic_garbage(archive_feed: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the usual thresholds its collections are many and free nothing."""
    seen = _resolving(monkeypatch, (700, 10, 10))
    summary = build([archive_feed], tmp_path / "usual.duckdb", workers=1, budget=None)
    assert summary.events > 100
    assert seen["collections"] > 20
    assert seen["collected"] == 0


def test_a_whole_resolution_after_a_build_collects_seldom(archive_feed: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _resolving(monkeypatch, None)
    build([archive_feed], tmp_path / "seldom.duckdb", workers=1, budget=None)
    assert seen["thresholds"][0] >= 100_000
    assert seen["collections"] < 5
