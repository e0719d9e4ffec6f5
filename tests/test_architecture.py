"""The layout is a picture of the data flow: a stage never imports a later stage (DESIGN.md)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "liaison"
ORDER = ["ingest", "normalise", "extract", "resolve", "store", "serve|export|eval"]
SHARED = {"model", "kb"}  # read by every stage
WIRING = {"pipeline", "cli", "engines"}  # may import anything


def _rank(package: str) -> int | None:
    for i, names in enumerate(ORDER):
        if package in names.split("|"):
            return i
    return None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("liaison."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("liaison."))
    return found


@pytest.mark.parametrize("package", [p.name for p in sorted(SRC.iterdir()) if p.is_dir() and p.name != "__pycache__"])
def test_no_stage_imports_a_later_stage(package: str) -> None:
    if package in WIRING:
        return
    own = _rank(package)
    bad = []
    for path in (SRC / package).rglob("*.py"):
        for target in _imports(path):
            if target == package or target in SHARED or target == "__init__":
                continue
            if package in SHARED:
                bad.append(f"{path.relative_to(SRC)} imports liaison.{target} (shared packages import no stage)")
                continue
            rank = _rank(target)
            if target in WIRING or rank is None or own is None or rank >= own:
                bad.append(f"{path.relative_to(SRC)} imports liaison.{target}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("package", ["cli", "export", "serve", "engines", "pipeline.py"])
def test_readers_go_through_the_store_api(package: str) -> None:
    """Commands, exporters, the web app and the build call ``liaison.store`` functions; SQL on
    ``store.con`` stays inside ``store/``."""
    paths = [SRC / package] if package.endswith(".py") else list((SRC / package).rglob("*.py"))
    bad = [str(path.relative_to(SRC)) for path in paths if re.search(r"\.con\b", path.read_text("utf-8"))]
    assert not bad, f"store.con used in {bad}"
