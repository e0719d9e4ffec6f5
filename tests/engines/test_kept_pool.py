"""The pool a build keeps for its resolution (``engines.local.Kept``) runs every task once, in its processes
or, once broken or closed, in this one."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

from liaison.engines import local


def _kept(workers: int = 2) -> local.Kept:
    kept = local.Kept()
    kept.pool, kept.workers = ProcessPoolExecutor(workers, mp_context=get_context("fork")), workers
    return kept


def test_every_task_is_run_once_by_the_pool() -> None:
    kept = _kept()
    try:
        assert sorted(kept.map_unordered(abs, range(-40, 0))) == list(range(1, 41))
    finally:
        kept.close()
    assert not kept


def test_a_closed_pool_runs_the_tasks_here() -> None:
    kept = local.Kept()
    assert not kept
    assert list(kept.map_unordered(abs, [-1, -2])) == [1, 2]


def test_the_tasks_left_when_the_pool_breaks_are_run_here() -> None:
    kept = _kept()
    got: list[int] = []
    with pytest.warns(RuntimeWarning, match="worker processes stopped"):
        for result in kept.map_unordered(abs, range(-40, 0)):
            got.append(result)
            if len(got) == 2:
                assert kept.pool is not None
                for process in list(kept.pool._processes.values()):  # (killed: the pool breaks)
                    process.kill()
    assert sorted(got) == list(range(1, 41))
    assert not kept
