"""Shared test fixtures: where the real data lives."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "eval" / "dev.jsonl"
DEV_GOLD = SHARED / "eval" / "dev-gold.jsonl"
ARCHIVE = SHARED / "corpus" / "xwlb-2022-2026.jsonl.gz"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED
