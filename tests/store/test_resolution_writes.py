"""The writes of a whole resolution (``store.resolution.writes.Writes``): run in the order given, on one background
thread, with at most ``WRITES_QUEUED`` given and not done; ``wait`` returns once all are done and raises the
first error."""

from __future__ import annotations

import threading
import time

import pytest

from liaison.store.resolution.writes import WRITES_QUEUED, Writes


def test_writes_run_in_order_and_at_most_a_few_wait_in_line() -> None:
    writes = Writes(background=True)
    gate = threading.Event()
    done: list[int] = []
    threads: set[str] = set()

    def write(i: int) -> None:
        threads.add(threading.current_thread().name)
        if i == 0:
            gate.wait(5)
        done.append(i)

    try:
        for i in range(WRITES_QUEUED):
            writes.run(lambda i=i: write(i))  # (none waits: the first one holds the line)
        assert done == []
        releaser = threading.Timer(0.2, gate.set)
        releaser.start()
        started = time.perf_counter()
        writes.run(lambda: write(99))  # (waits for the oldest)
        assert time.perf_counter() - started >= 0.1 and done[:1] == [0]
        writes.wait()
        assert done == [*range(WRITES_QUEUED), 99]
        assert len(threads) == 1 and threading.current_thread().name not in threads
    finally:
        writes.close()


def test_the_first_error_is_raised_by_wait() -> None:
    writes = Writes(background=True)
    done: list[str] = []

    def fail() -> None:
        raise ValueError("first")

    try:
        writes.run(fail)
        writes.run(lambda: done.append("after"))
        with pytest.raises(ValueError, match="first"):
            writes.wait()
    finally:
        writes.close()
    assert done == ["after"]


def test_without_a_thread_each_write_runs_at_once() -> None:
    writes = Writes(background=False)
    done: list[int] = []
    writes.run(lambda: done.append(1))
    assert done == [1]
    writes.close()
