"""Shared fixtures for the web app tests: one small database built once per session."""

from __future__ import annotations

import gzip
import shutil
from itertools import islice
from pathlib import Path

import pytest
from serve_fixture import build_fixture_db

from liaison.pipeline import build
from tests.conftest import ARCHIVE

ARCHIVE_ITEMS = 4000


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only-by-convention database; tests that write use ``writable_db``."""
    return build_fixture_db(tmp_path_factory.mktemp("serve") / "fixture.duckdb")


@pytest.fixture
def writable_db(fixture_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "writable.duckdb"
    shutil.copy(fixture_db, target)
    return target


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 4,000 items of the 2022-2026 CCTV archive, built."""
    if not ARCHIVE.exists():
        pytest.skip(f"CCTV archive not found at {ARCHIVE}")
    folder = tmp_path_factory.mktemp("read-model")
    items = folder / "items.jsonl"
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        items.write_text("".join(islice(fh, ARCHIVE_ITEMS)), encoding="utf-8")
    db = folder / "archive.duckdb"
    build([items], db, workers=1)
    return db
