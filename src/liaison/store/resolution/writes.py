"""The writes of a whole resolution, run in order by one background thread."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress

WRITES_QUEUED = 3  # writes of a whole resolution given to the writer and not yet done, at most (``Writes``)

class Writes:
    """The writes of a whole resolution (rows inserted, stages committed), run in order by one background
    thread while this one clusters the next blocks or merges the next events: DuckDB lets go of the GIL
    while it inserts and commits, so its work runs on the other core rather than after this thread's.
    At most ``WRITES_QUEUED`` writes are given and not done (``run`` waits for the oldest beyond that), so
    memory holds that many batches more at most: the first write (the build's checkpoint and the texts'
    copy, ``_copy_texts``) takes longer than clustering the first batches of blocks, which then wait in line
    rather than hold up this thread. The connection is the writer's from ``run`` to ``wait``: whatever else
    reads or writes it waits first (the incremental resolution, one transaction with reads between its
    writes, writes in place)."""

    def __init__(self, background: bool) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="liaison-resolve-writer") if background else None
        self._jobs: deque[Future[None]] = deque()

    def run(self, write: Callable[[], None]) -> None:
        """Run ``write`` after the writes before it (in this thread when there is no background one)."""
        if self._pool is None:
            write()
            return
        while len(self._jobs) >= WRITES_QUEUED:
            self._jobs.popleft().result()
        self._jobs.append(self._pool.submit(write))

    def wait(self) -> None:
        """Until every write given is done (the first error, if any, raised here)."""
        while self._jobs:
            self._jobs.popleft().result()

    def close(self) -> None:
        """Wait for the writes under way (an error of theirs is not raised: the one being raised matters)
        and end the thread."""
        if self._pool is not None:
            while self._jobs:
                with suppress(Exception):
                    self._jobs.popleft().result()
            self._pool.shutdown()
