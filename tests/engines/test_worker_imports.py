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
