"""The pool a build keeps for its resolution (``engines.local.Kept``) runs every task once, in its processes
or, once broken or closed, in this one."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

from liaison.engines import local
from liaison.engines.worker import Settings
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame


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


def test_a_build_starts_the_kept_pool_once_its_input_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool a build keeps for its resolution starts ``KEPT_EARLY`` of its processes once the input is read and
    its last parts are out to the workers: they start while those are built, the others once they are. The
    outcomes are those of a build that starts them all after the last part, in input order."""
    import json

    from liaison.ingest import RawLines

    rows = [(n, json.dumps({"id": f"a{n}", "text": f"第{n}条。国务院总理在北京会见来访的外国客人。", "language": "zh"},
                           ensure_ascii=False).encode()) for n in range(1, 3001)]
    parts = [RawLines("x.jsonl", "x", tuple(rows[i:i + 256])) for i in range(0, len(rows), 256)]  # (more parts
    # than are out to the workers at once: the first outcomes come before the input is read)
    settings = Settings(extractor=_no_events)

    def outcomes(early: int) -> tuple[list[tuple[str, str]], list[int], int]:
        monkeypatch.setattr(local, "KEPT_EARLY", early)
        kept = local.Kept(warm=_warm)
        started: list[int] = []  # (the kept pool's processes as each outcome came)
        got = []
        try:
            for out in local.run(parts, settings, 2, kept):
                started.append(len(kept._pids()) if kept else 0)
                got.append((out.doc_id, out.status))  # type: ignore[union-attr]
            return got, started, len(kept._pids())
        finally:
            kept.close()

    early, started_early, after_early = outcomes(1)
    late, started_late, after_late = outcomes(0)
    assert early == late and len(early) == 3000
    assert started_early[0] == 0 and started_early[-1] == 1 and after_early == 2
    assert not any(started_late) and after_late == 2
    monkeypatch.setattr(local, "KEPT_PROCESSES", 1)  # (a pool of one process, a large record's: started after)
    alone, started_alone, after_alone = outcomes(1)
    assert alone == early and not any(started_alone) and after_alone == 1


def _warm() -> None:
    return None


def _no_events(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    return ()
