"""The ``hanja`` package's table of Hangul readings, read back parsed from liaison's cache.

``hanja`` parses its table (``table.yml``, 520 KB of YAML, 27,000 characters) when its module
``hanja.table`` is first imported: 0.2 s of CPU in the fork server before any worker starts (the
warm-up reads a Korean name), and in any process that reads one. ``install`` puts a finder before
Python's own that makes ``hanja.table`` with the same names (``hanja_table``, ``load_table``,
``basepath``) from the parsed table kept by ``kb.parsed.read_parsed`` (named by the hash of the
file's bytes: another ``hanja`` release is parsed again; 5 ms to read back). Should the package not
be laid out as expected, the finder steps aside and ``hanja`` loads its table itself.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

from liaison.kb.parsed import read_parsed

_MODULE = "hanja.table"


def install() -> None:
    """Make ``hanja.table`` from the cache from now on (once; nothing when it is imported already)."""
    if _MODULE in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())


def parse_table(data: bytes) -> Any:
    """The table as ``hanja.table.load_table`` reads it (its YAML loader: libyaml's when there is one)."""
    import yaml

    loader = getattr(yaml, "CLoader", None) or yaml.BaseLoader
    return yaml.load(data.decode("utf-8"), Loader=loader)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != _MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None:
            return None
        source, table = Path(spec.origin), Path(spec.origin).with_name("table.yml")
        try:
            expected = "hanja_table = load_table(" in source.read_text(encoding="utf-8") and table.is_file()
        except OSError:
            expected = False
        if not expected:
            return None
        return importlib.util.spec_from_loader(fullname, _Loader(table), origin=spec.origin)


class _Loader(importlib.abc.Loader):
    def __init__(self, table: Path) -> None:
        self.table = table

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        table = self.table

        def load_table(filename: str) -> Any:
            """Loads the Hanja table."""
            return parse_table(Path(filename).read_bytes())

        module.load_table = load_table  # type: ignore[attr-defined]
        module.basepath = str(table.parent)  # type: ignore[attr-defined]
        module.hanja_table = read_parsed(table, "hanja", parse_table)  # type: ignore[attr-defined]
