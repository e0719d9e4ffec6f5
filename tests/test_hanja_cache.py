"""hanja's table read back from liaison's cache (``kb.hanja_cache``): the table ``hanja`` parses itself, and
the same readings of the Korean names the Chinese extractor romanises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_NAMES = ["金正恩", "崔龙海", "文在寅", "李在明", "朴槿惠", "尹锡悦", "金哲洙", "玄松月"]

_PROBE = f"""
import hashlib, json, sys
if sys.argv[1] == "cached":
    import liaison.engines.worker  # installs the finder, as every extracting process does
import hanja
import hanja.table as table
digest = hashlib.sha256(repr(sorted(table.hanja_table.items())).encode()).hexdigest()
print(json.dumps([digest, type(table.hanja_table).__name__, [hanja.translate(n, "substitution") for n in {_NAMES!r}],
                  table.basepath, type(sys.modules["hanja.table"].__spec__.loader).__name__]))
"""


def _probe(mode: str, cache: Path) -> list[object]:
    env = {**os.environ, "LIAISON_CACHE": str(cache), "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], env=env, capture_output=True, text=True, check=True)
    result: list[object] = json.loads(out.stdout)
    return result


def test_the_cached_table_is_the_one_hanja_parses(tmp_path: Path) -> None:
    own = _probe("own", tmp_path)
    assert own[4] != "_Loader"  # (hanja's own module, parsed from its YAML)
    first = _probe("cached", tmp_path)  # parsed, and kept
    assert list((tmp_path / "hanja").glob("*.pickle"))
    again = _probe("cached", tmp_path)  # read back
    assert first[4] == again[4] == "_Loader"
    assert own[:4] == first[:4] == again[:4]
    readings = own[2]
    assert isinstance(readings, list) and [len(r) for r in readings] == [len(n) for n in _NAMES]
    assert all("\uac00" <= c <= "\ud7a3" for r in readings for c in r)  # (Hangul syllables, every one read)


def test_a_damaged_cache_file_is_parsed_again(tmp_path: Path) -> None:
    first = _probe("cached", tmp_path)
    (kept,) = (tmp_path / "hanja").glob("*.pickle")
    kept.write_bytes(b"not a pickle")
    assert _probe("cached", tmp_path)[:4] == first[:4]
    assert kept.read_bytes() != b"not a pickle"


def test_no_cache_when_it_is_off(tmp_path: Path) -> None:
    assert _probe("cached", Path("off"))[:4] == _probe("own", tmp_path)[:4]
