"""Databases the CLI tests read: the bundled samples, and the first 3,000 items of the CCTV archive."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from liaison.cli.main import cli
from tests.conftest import ARCHIVE, REPO

SAMPLES = REPO / "samples"
SLICE = 3000


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-samples") / "samples.duckdb"
    result = CliRunner().invoke(cli, ["build", str(SAMPLES), "--db", str(db), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ARCHIVE.exists():
        pytest.skip(f"CCTV archive not found at {ARCHIVE}")
    folder = tmp_path_factory.mktemp("cli-archive")
    items = folder / "slice.jsonl"
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as src, open(items, "w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= SLICE:
                break
            out.write(line)
    db = folder / "archive.duckdb"
    result = CliRunner().invoke(cli, ["build", str(items), "--db", str(db), "-q", "-j", "2"])
    assert result.exit_code == 0, result.output
    return db
