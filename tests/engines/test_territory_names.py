"""The main process of a pooled build takes rigour's table of territory names from a worker instead of
normalising every name again (``kb.countries.adopt_territory_names``), and any process reads it from the
cache file the first one wrote (``kb.countries.names_cache``): lookups must not change."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

from liaison.kb.countries import adopt_territory_names, code_of, territory_names

# Names in several scripts and languages, as extractors and resolution meet them.
NAMES = ["France", "Cina", "越南", "Viet Nam", "Laos", "República Bolivariana de Venezuela", "Corea del Norte",
         "Россия", "South Africa", "Lao People's Democratic Republic", "Nowhere-land"]

_CHILD = """
import json, pickle, sys
from concurrent.futures import Future
from rigour.territories import lookup
from liaison.engines import local
from liaison.kb.countries import code_of
names = Future()
names.set_result(pickle.load(open(sys.argv[1], "rb")))
local._load_resolution_tables(names)
made_here = lookup._get_territory_names.__wrapped__.__name__ == "_get_territory_names"
print(json.dumps({"made_here": made_here, "codes": [code_of(n) for n in json.loads(sys.argv[2])]}))
"""


def test_a_table_taken_from_another_process_gives_the_same_codes(tmp_path: Path) -> None:
    table = territory_names()
    assert len(table) > 10_000 and table["france"] == "fr"
    assert not adopt_territory_names(table)  # this process has its own table already: kept
    dumped = tmp_path / "names.pickle"
    dumped.write_bytes(pickle.dumps(table))
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", _CHILD, str(dumped), json.dumps(NAMES)], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(src), "PATH": "", "LIAISON_CACHE": "off"})
    child = json.loads(out.stdout)
    assert not child["made_here"]  # adopted: rigour's own loader was replaced, not run
    assert child["codes"] == [code_of(n) for n in NAMES]
    assert child["codes"][:4] == ["FR", "CN", "VN", "VN"] and child["codes"][-1] is None


_CACHED = """
import json, sys
from rigour.territories import lookup
from liaison.kb.countries import code_of, load_territories, names_cache
load_territories()
made_here = lookup._get_territory_names.__wrapped__.__name__ == "_get_territory_names"
print(json.dumps({"made_here": made_here, "cache": str(names_cache()),
                  "codes": [code_of(n) for n in json.loads(sys.argv[1])]}))
"""


def _cached_run(cache: str) -> dict[str, object]:
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", _CACHED, json.dumps(NAMES)], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(src), "PATH": "", "LIAISON_CACHE": cache})
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_the_table_is_read_from_the_cache_the_first_process_wrote(tmp_path: Path) -> None:
    expected = [code_of(n) for n in NAMES]
    first = _cached_run(str(tmp_path))
    cached = Path(str(first["cache"]))
    assert first["made_here"] and first["codes"] == expected
    assert cached.parent == tmp_path and json.loads(cached.read_text(encoding="utf-8"))["france"] == "fr"
    assert [p.name for p in tmp_path.iterdir()] == [cached.name]  # no part file left behind
    second = _cached_run(str(tmp_path))
    assert not second["made_here"] and second["codes"] == expected  # read, not made


def test_a_damaged_cache_is_not_used(tmp_path: Path) -> None:
    cached = Path(str(_cached_run(str(tmp_path))["cache"]))
    for damaged in ("{not json", '{"france": "xx-nowhere"}', "[1, 2]", '{"france": 3}'):
        cached.write_text(damaged, encoding="utf-8")
        run = _cached_run(str(tmp_path))
        assert run["made_here"] and run["codes"] == [code_of(n) for n in NAMES]


def test_no_cache_when_turned_off(tmp_path: Path) -> None:
    run = _cached_run("off")
    assert run["made_here"] and run["cache"] == "None"
