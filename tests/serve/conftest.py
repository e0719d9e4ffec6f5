"""Shared fixtures for the web app tests: one small database built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from serve_fixture import build_fixture_db


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only-by-convention database; tests that write use ``writable_db``."""
    return build_fixture_db(tmp_path_factory.mktemp("serve") / "fixture.duckdb")


@pytest.fixture
def writable_db(fixture_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "writable.duckdb"
    shutil.copy(fixture_db, target)
    return target
