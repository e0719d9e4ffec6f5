"""Same database, same bytes: every format, with the export time fixed by option or
SOURCE_DATE_EPOCH; the export time and version are recorded where the format has room."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from liaison.export.formats import FORMATS
from liaison.export.meta import export_time, parse_export_time
from tests.export.conftest import export_cli


def _digest(path: Path) -> str:
    if not path.is_dir():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(path)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _out(tmp: Path, fmt: str, tag: str) -> Path:
    return tmp / (f"{fmt}-{tag}.zip" if fmt == "csv-tables" and tag.endswith("z") else f"{fmt}-{tag}")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_same_database_same_bytes(export_db: Path, tmp_path: Path, fmt: str) -> None:
    a, b, c = (_out(tmp_path, fmt, t) for t in ("a", "b", "c"))
    export_cli(export_db, fmt, a, "--export-time", "2025-07-01T12:00:00Z")
    export_cli(export_db, fmt, b, env={"SOURCE_DATE_EPOCH": "1751371200"})  # the same instant
    assert _digest(a) == _digest(b)
    export_cli(export_db, fmt, c, "--export-time", "2026-01-02T03:04:05Z")
    if fmt in ("events-jsonl", "csv"):  # the contract formats carry no metadata
        assert _digest(a) == _digest(c)
    else:
        assert _digest(a) != _digest(c)


def test_zip_is_deterministic(export_db: Path, tmp_path: Path) -> None:
    export_cli(export_db, "csv-tables", tmp_path / "a.zip")
    export_cli(export_db, "csv-tables", tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_export_time_sources() -> None:
    assert export_time("2025-07-01T14:00:00+02:00") == "2025-07-01T12:00:00Z"
    assert export_time("2025-07-01") == "2025-07-01T00:00:00Z"
    assert export_time("@1751371200") == "2025-07-01T12:00:00Z"
    assert export_time(None, {"SOURCE_DATE_EPOCH": "1751371200"}) == "2025-07-01T12:00:00Z"
    assert export_time(None, {}).endswith("Z")
    with pytest.raises(ValueError, match="export time"):
        parse_export_time("yesterday")
