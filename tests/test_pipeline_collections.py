"""A whole resolution after a build runs with the build's seldom collections (``pipeline._fewer_collections``):
it makes no cyclic garbage, so the collector's usual thresholds only cost CPU (a sixth of the resolution's at
75,000 items, each full collection walking every unit, frame and row alive), never memory."""

from __future__ import annotations

import gc
import gzip
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

import liaison.pipeline as pipeline
from liaison.pipeline import build


@pytest.fixture()
def feed(shared: Path, tmp_path: Path) -> Path:
    """The first 1,100 items of the 2022–2026 CCTV archive, as a file."""
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = list(islice(fh, 1100))
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


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


def test_a_whole_resolution_makes_no_cyclic_garbage(feed: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the usual thresholds its collections are many and free nothing."""
    seen = _resolving(monkeypatch, (700, 10, 10))
    summary = build([feed], tmp_path / "usual.duckdb", workers=1, budget=None)
    assert summary.events > 100
    assert seen["collections"] > 20
    assert seen["collected"] == 0


def test_a_whole_resolution_after_a_build_collects_seldom(feed: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _resolving(monkeypatch, None)
    build([feed], tmp_path / "seldom.duckdb", workers=1, budget=None)
    assert seen["thresholds"][0] >= 100_000
    assert seen["collections"] < 5
