"""The main process of a pooled build takes rigour's table of territory names from a worker instead of
normalising every name again (``kb.countries.adopt_territory_names``): lookups must not change."""

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
                         text=True, check=True, env={"PYTHONPATH": str(src), "PATH": ""})
    child = json.loads(out.stdout)
    assert not child["made_here"]  # adopted: rigour's own loader was replaced, not run
    assert child["codes"] == [code_of(n) for n in NAMES]
    assert child["codes"][:4] == ["FR", "CN", "VN", "VN"] and child["codes"][-1] is None
