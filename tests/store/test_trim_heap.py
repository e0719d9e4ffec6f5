"""``store.resolution.trim_heap``: after each batch a build writes (and each batch of blocks a resolution
writes) the C heap's free pages go back to the system, which glibc otherwise keeps (half of the main process's
C heap was free pages at the end of a build of the 75k record)."""

from __future__ import annotations

import os

import pytest

from liaison.store.resolution.memory import _libc, trim_heap


def _resident() -> int:
    with open("/proc/self/statm", encoding="utf-8") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_freed_heap_pages_are_given_back() -> None:
    if _libc() is None or not os.path.exists("/proc/self/statm"):
        pytest.skip("not glibc on Linux")
    chunks = [os.urandom(1) * 4000 for _ in range(40_000)]  # ~160 MB of heap chunks (below mmap's threshold)
    keep = chunks[-1]  # (alive at the top of the heap: free() alone cannot shrink it)
    before = _resident()
    del chunks
    freed = _resident()
    trim_heap()
    after = _resident()
    assert len(keep) == 4000
    assert before - freed < 100 << 20  # glibc kept most of the freed pages
    assert freed - after > 100 << 20  # trim_heap gave them back
