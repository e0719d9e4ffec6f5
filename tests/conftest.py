"""Shared test fixtures: where the real data lives."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from liaison.model.types import Extraction

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


@pytest.fixture()
def archive_feed(shared: Path, tmp_path: Path) -> Path:
    """The first 1,100 items of the 2022–2026 CCTV archive, as a file."""
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        lines = list(islice(fh, 1100))
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def archive_extractions(limit: int) -> Iterator[Extraction]:
    """The extractions with events among the first ``limit`` items of the 2022–2026 CCTV archive."""
    from liaison.engines.worker import extract_article
    from liaison.ingest.records import parse_record

    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(islice(fh, limit)):
            record = json.loads(line)
            if (record.get("text") or "").strip():
                ex = extract_article(parse_record(record, f"item-{n}", f"archive:{n}"))
                if ex.events:
                    yield ex
