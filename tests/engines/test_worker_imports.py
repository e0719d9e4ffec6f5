"""What the fork server loads (``engines.preload``: one sample extracted per language, and prepared for
resolution) is what the workers need, and no more: no Arrow, numpy or DuckDB (some 20 MB of memory and
35 MB of mapped libraries in the fork server, shared by no other process of the tree but the main one)."""

from __future__ import annotations

import pytest

from tests.fresh_python import fresh_output


@pytest.mark.parametrize("preload", ["liaison.engines.preload", "liaison.engines.preload_zh"])
def test_preload_loads_no_arrow_numpy_or_duckdb(preload: str) -> None:
    code = (f"import sys\nimport {preload}\n"
            "print(sorted(m for m in ('pyarrow', 'numpy', 'duckdb') if m in sys.modules))")
    assert fresh_output(code).strip() == "[]"


def test_the_chinese_preload_leaves_the_latin_extractors_out() -> None:
    """``preload_zh`` (an input whose first part is all Chinese) extracts the Chinese sample only: the Latin-script
    extractors, which ``preload`` loads, are not imported before the workers fork."""
    code = ("import sys\nimport liaison.engines.preload_zh\nprint('liaison.extract.latin' in sys.modules, "
            "'liaison.extract.zh' in sys.modules, 'liaison.resolve.prepared' in sys.modules)")
    assert fresh_output(code).split() == ["False", "True", "True"]


def test_the_warm_up_prepares_units_for_resolution() -> None:
    """(So the test above covers what a worker imports to prepare a document: ``resolve.prepared``.)"""
    code = ("import sys\nimport liaison.engines.preload\n"
            "print('liaison.resolve.prepared' in sys.modules, 'liaison.resolve.people' in sys.modules)")
    assert fresh_output(code).split() == ["True", "True"]


def test_arrow_is_loaded_where_pairs_are_counted() -> None:
    """The clustering still finds Arrow when it needs it (imported on first use)."""
    code = ("import sys\nfrom liaison.resolve.people import _int64s\nfrom array import array\n"
            "print('pyarrow' in sys.modules, _int64s(array('q', [3, 1])).to_pylist(), 'pyarrow' in sys.modules)")
    assert fresh_output(code).split() == ["False", "[3,", "1]", "True"]


def test_the_resolution_pool_loads_no_duckdb_or_arrow() -> None:
    """The processes a whole resolution clusters blocks and merges events in (``engines.local.Kept``) import the
    tasks' modules and what they load first, and neither DuckDB nor Arrow with them (``liaison.store`` and
    ``store.resolution`` import their modules on first use): a new interpreter's 0.25 s of CPU. Arrow still comes
    where a large block's pairs are counted (``test_arrow_is_loaded_where_pairs_are_counted``)."""
    code = ("import sys\nimport liaison.store.resolution.apart, liaison.store.resolution.events\n"
            "from liaison.store.resolution.processes import warm_elsewhere, warm_merging\n"
            "print(sorted(m for m in ('pyarrow', 'numpy', 'duckdb') if m in sys.modules))")
    assert fresh_output(code).strip() == "[]"


def test_the_store_package_still_gives_its_names() -> None:
    """What ``liaison.store`` and ``store.resolution`` import on first use is what they gave before."""
    code = ("from liaison.store import Store, StoreError, EventFilter, iter_event_records, write_session\n"
            "from liaison.store.duckdb_store import Store as S\n"
            "from liaison.store.resolution import Prepared, resolve_stored, trim_heap, warm_elsewhere\n"
            "from liaison.store.resolution.run import resolve_stored as r\n"
            "print(Store is S, resolve_stored is r, issubclass(S.open.__self__, Store))")
    assert fresh_output(code).split() == ["True", "True", "True"]
