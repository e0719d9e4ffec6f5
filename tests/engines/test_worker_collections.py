"""A pool's extraction workers collect cyclic garbage seldom (``worker.POOL_COLLECTIONS``), as a build in one
process extracts (``pipeline._fewer_collections``); the process that starts the pool keeps its own thresholds."""

from __future__ import annotations

import gc

from liaison.engines import local, worker
from liaison.engines.worker import Settings


def test_pool_workers_collect_seldom() -> None:
    before = gc.get_threshold()
    pool = local._pool(1, Settings())
    try:
        assert pool.submit(gc.get_threshold).result(timeout=300) == worker.POOL_COLLECTIONS
    finally:
        pool.shutdown(wait=True)
        local._stop_fork_server()
    assert gc.get_threshold() == before != worker.POOL_COLLECTIONS
