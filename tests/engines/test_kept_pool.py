"""The pool a build keeps for its resolution (``engines.local.Kept``) runs every task once, in its processes
or, once broken or closed, in this one."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

from liaison.engines import local
from liaison.engines.worker import Settings


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


def _pid(_: int) -> int:
    return os.getpid()


def test_a_renewed_pool_runs_its_tasks_in_new_processes() -> None:
    """``Kept.start`` spawns its processes; ``renew`` ends them and starts as many new ones (the memory the
    tasks before took goes with the old ones)."""
    kept = local.Kept()
    kept.start(2, Settings())
    try:
        before = set(kept.map_unordered(_pid, range(8)))
        kept.renew()
        after = set(kept.map_unordered(_pid, range(8)))
    finally:
        kept.close()
    assert before and after and not before & after and os.getpid() not in before | after


def test_a_pool_holding_little_is_kept_rather_than_renewed() -> None:
    """``renew(above=...)`` ends the processes only when one holds more anonymous memory than ``above``: below it
    the same processes run the next tasks (a new interpreter costs a second or so of CPU to start)."""
    kept = local.Kept()
    kept.start(2, Settings())
    try:
        before = set(kept.map_unordered(_pid, range(8)))
        kept.renew(above=1 << 40)
        kept_ones = set(kept.map_unordered(_pid, range(8)))
        kept.renew(above=1)
        after = set(kept.map_unordered(_pid, range(8)))
    finally:
        kept.close()
    assert kept_ones <= before and before and not before & after


def test_held_memory_is_read_from_proc() -> None:
    held = local.held_memory(os.getpid())
    assert held is None or held > 1 << 20  # (None where there is no /proc)
    assert local.held_memory(0) is None


def test_a_large_record_keeps_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """From ``KEPT_ALONE_UNITS`` units prepared, the pool a whole resolution keeps has one process whatever the
    build's workers (the main process's memory grows with the record, each process's with its largest block)."""
    from liaison import pipeline
    from liaison.store.resolution import Prepared

    monkeypatch.setattr(pipeline, "KEPT_ALONE_UNITS", 5)
    given = Prepared()
    try:
        given.sizes.extend([1] * 4)
        assert pipeline._kept_processes(given, 2) == 2
        given.sizes.append(1)
        assert pipeline._kept_processes(given, 2) == 1
    finally:
        given.close()
