"""The local engine's parallel part: worker processes parse, hash and extract parts of the input.

The main process only reads bytes (``ingest.iter_parts``: decompressed JSON lines, file names;
articles read elsewhere, such as fetched pages, go in batches of ``BATCH``) and hands each part
to a pool of workers, which run ``worker.run_part``: parsing, hashing, recognising stored
documents, normalising and extracting, and turning each extraction into the row the store takes.
Outcomes come back in input order. At most ``IN_FLIGHT`` parts per worker are out at once, so
neither the input nor finished results pile up in memory when one side is slower.

Workers are forked from a fork server that loaded the extraction code and its tables once
(``preload``), so they share those pages; they hold no database or Arrow code, and they do not
import the main module (a script needs no ``if __name__ == "__main__":`` guard, unless it
defines the extractor it passes).

Small inputs (fewer than ``POOL_THRESHOLD`` lines) are built in this process: starting workers
would cost more than it saves.

A build may start a pool for its resolution (``Kept``: ``KEPT_EARLY`` of its processes once the input is read,
the others once every part is built): the resolution after it then clusters its blocks and merges its events in
those processes rather than in this one.
"""

from __future__ import annotations

import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from itertools import chain, islice
from multiprocessing import forkserver, get_context
from multiprocessing.context import BaseContext
from types import ModuleType
from typing import TypeVar

from liaison.engines import worker
from liaison.engines.worker import Batch, Extractor, Outcome, Settings
from liaison.ingest import FilePart, Part, RawLines
from liaison.ingest.records import Item
from liaison.kb.countries import adopt_territory_names, load_territories
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Note, Skipped
from liaison.normalise import language_of

IN_FLIGHT = 4  # parts queued per worker
KEPT_PROCESSES = 0  # processes of a pool kept after the build (``Kept``; 0: as many as it had workers)
POOL_THRESHOLD = 1000  # fewer lines than this are built in-process
BATCH = 16  # articles read elsewhere per part
# Processes of the pool kept for the resolution (``Kept``) started once the input is read and its last parts are out
# to the workers (0: none), the others once they are built: its first interpreter starts, imports and loads its
# tables while the workers finish. One: each holds some 35 MB once warm, and the build's memory peaks as the last
# parts are built (75k record, 2 workers: both early, a run peaked at 505 MB); and only when the pool has more
# processes than that: a pool of one process is a large record's (``pipeline.KEPT_ALONE_UNITS``), whose memory
# is tighter still (225k items: 495 MB), and it starts once the last part is built, as before. Off (0): on the
# whole record it raised peak memory (PSS) by 15-30 MB, to 493-495 MB in the worst runs, for no wall time that could
# be told from the noise (DEVELOPERS.md "Performance", perf29)
KEPT_EARLY = 0

Unit = Part | Batch | Skipped | Note
T = TypeVar("T")
R = TypeVar("R")


class Kept:
    """A pool started as a build's last parts are built (``run`` given one) for other work: new interpreters
    (spawned), which import only what their tasks need, not the extraction's tables nor this process's heap,
    each running ``warm`` first. The fork server ends with the extraction workers (children of it held its 50 MB
    and grew from there: 75k record, 508-540 -> 423 MB at the peak). ``close`` ends them."""

    def __init__(self, warm: Callable[[], object] | None = None, processes: Callable[[int], int] | None = None) -> None:
        self.warm = warm  # a module's function each process runs first
        self.processes = processes  # how many processes to start, given the build's workers (default: as many)
        self.pool: ProcessPoolExecutor | None = None
        self.workers = 0
        self.settings: Settings | None = None

    def start(self, processes: int, settings: Settings, *, started: int | None = None) -> None:
        """Start ``processes`` interpreters, each running ``warm`` (loading what the tasks need while this process
        makes them); with ``started``, only that many for now (the pool starts the others as its tasks come, or
        ``start_all``: an interpreter holds some 35 MB once warm)."""
        with _main_module_hidden(settings):
            self.pool = ProcessPoolExecutor(processes, mp_context=get_context("spawn"))
        self.workers, self.settings = processes, settings
        self._warm(processes if started is None else started)

    def start_all(self) -> None:
        """Start the processes ``start`` left for later (``started``), each running ``warm``."""
        self._warm(self.workers)  # (the executor starts a process for a task no idle one takes)

    def _warm(self, processes: int) -> None:
        if self.pool is not None and self.warm is not None:
            with _main_module_hidden(self.settings or Settings()):
                for _ in range(processes):
                    self.pool.submit(self.warm)

    def renew(self, warm: Callable[[], object] | None = None, *, above: int = 0) -> None:
        """End the processes and start as many new ones (running ``warm``, when given, instead): what the tasks
        run so far took is given back. With ``above`` (bytes), only when one of them holds more anonymous memory
        than that (``held_memory``; unknown counts as more); else they are kept and given ``warm`` to run (each
        new interpreter costs a second or so of CPU importing and loading its tables, and one that has clustered
        a record's blocks holds about what a new one does once it has loaded them: 75k record, 62-68 MB)."""
        if self.pool is None or self.settings is None:
            return
        self.warm = warm or self.warm
        if above and all(held is not None and held <= above for held in map(held_memory, self._pids())):
            if self.warm is not None:
                with _main_module_hidden(self.settings):
                    for _ in range(self.workers):
                        self.pool.submit(self.warm)
            return
        self.pool.shutdown(wait=True)
        self.start(self.workers, self.settings)

    def _pids(self) -> list[int]:
        processes = getattr(self.pool, "_processes", None)  # (the executor's own map of its processes)
        return list(processes or ()) or [0]  # (none known: a pid no process has, whose memory is unknown)

    def __bool__(self) -> bool:
        return self.pool is not None

    def map_unordered(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        """``fn`` of every task, in the order they finish, run by the pool's processes (``fn`` must be a
        module's function: it is pickled by name), at most ``IN_FLIGHT`` tasks per process given at a time.
        Should the pool break, or be closed already, the tasks not done are run in this process. The tasks are
        taken from ``tasks`` as they are given, and let go once done (the blocks of a whole resolution are large)."""
        todo = iter(tasks)  # (made as they are given)
        left: dict[int, T] = {}  # the tasks given and not done, by index
        window: dict[Future[R], int] = {}
        given = 0
        try:
            while self.pool is not None:
                for task in islice(todo, max(0, self.workers * IN_FLIGHT - len(window))):
                    left[given] = task  # (before it is given: should the pool break, it is run here)
                    with _main_module_hidden(self.settings or Settings()):
                        window[self.pool.submit(fn, task)] = given
                    given += 1
                if not window:
                    break
                done, _ = wait(window, return_when=FIRST_COMPLETED)
                for future in done:
                    result = future.result()
                    del left[window.pop(future)]
                    yield result
        except BrokenProcessPool:
            warnings.warn("the worker processes stopped; the work goes on in the main process", RuntimeWarning,
                          stacklevel=2)
            self.close()
        for index in sorted(left):
            yield fn(left.pop(index))
        for task in todo:
            yield fn(task)

    def close(self) -> None:
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.shutdown(wait=True, cancel_futures=True)


def held_memory(pid: int) -> int | None:
    """The anonymous memory (bytes) process ``pid`` holds (``RssAnon``; None: unknown, no such process or no /proc)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


class Head:
    """A build's input with its first parts read (``POOL_THRESHOLD`` lines) and, when they are enough for a pool,
    the fork server started already (``early``): its preload (importing the extraction, extracting a sample:
    about a second before any worker can start) runs while this process opens the store and reads what it holds,
    rather than after. ``run`` takes it as its input; ``close`` ends a fork server no pool took (an error between)."""

    def __init__(self, units: Iterable[Part | Item], workers: int, *, early: bool = True,
                 extractor: Extractor | None = None) -> None:
        self.rest = _batched(units)
        self.head: list[Unit] = []
        self.pooled = self.chinese = self.started = False
        if workers > 1:
            lines = 0
            for unit in self.rest:
                self.head.append(unit)
                lines += _size(unit)
                if lines >= POOL_THRESHOLD:
                    self.pooled, self.chinese = True, chinese_head(self.head)
                    break
        if self.pooled and early:
            with suppress(Exception), _main_module_hidden(Settings(extractor)):  # (the server imports no main
                _context(self.chinese)  # module, as when the pool starts it; should it fail, the pool does)
                forkserver.ensure_running()
                self.started = True

    def units(self) -> Iterator[Unit]:
        return chain(self.head, self.rest)

    def close(self) -> None:
        if self.started:
            self.started = False
            _stop_fork_server()


def run(units: Iterable[Part | Item] | Head, settings: Settings, workers: int,
        kept: Kept | None = None) -> Generator[Outcome, None, None]:
    """The outcome of every item under ``units``, in input order (``kept``: keeps the pool, when one was
    started, once every part is built; its owner closes it). A caller that stops early closes it: the pool
    is then shut down at once, not as the interpreter exits. ``units`` may be a ``Head`` (its fork server
    started already)."""
    head = units if isinstance(units, Head) else Head(units, workers, early=False)
    if head.pooled:
        head.started = False  # (the pool's now: ended with it)
        yield from _pooled(head.units(), settings, workers, kept, chinese=head.chinese)
        return
    yield from _in_process(head.units(), settings)


def chinese_head(head: Iterable[Unit]) -> bool:
    """Whether every article of ``head`` (the parts read before the pool starts) is a JSON line whose metadata says
    it is Chinese (``normalise.language_of``): the fork server then extracts only the Chinese sample
    (``preload_zh``). Any other part, or an article with no language: False (every sample). A line that is no
    article (skipped: empty, unreadable) is extracted by no one and decides nothing."""
    found = False
    for unit in head:
        if not isinstance(unit, RawLines):
            return False
        for item in unit.items():
            if isinstance(item, Skipped | Note):
                continue
            if not item.language or language_of(item) != "zh":
                return False
            found = True
    return found


def _batched(units: Iterable[Part | Item]) -> Iterator[Unit]:
    """``units`` with consecutive articles gathered into batches."""
    held: list[Article] = []
    for unit in units:
        if isinstance(unit, Article):
            held.append(unit)
            if len(held) < BATCH:
                continue
        if held:
            yield Batch(tuple(held))
            held = []
        if not isinstance(unit, Article):
            yield unit
    if held:
        yield Batch(tuple(held))


def _size(unit: Unit) -> int:
    if isinstance(unit, RawLines):
        return len(unit.lines)
    if isinstance(unit, Batch):
        return len(unit.articles)
    return 1 if isinstance(unit, FilePart) else 0


def _in_process(units: Iterable[Unit], settings: Settings) -> Iterator[Outcome]:
    for unit in units:
        if isinstance(unit, Skipped | Note):
            yield unit
        else:
            yield from worker.outcomes(unit.items(), settings)


def _pooled(units: Iterable[Unit], settings: Settings, workers: int, kept: Kept | None = None, *,
            chinese: bool = False) -> Iterator[Outcome]:
    """Parts built by ``workers`` spawned processes (``chinese``: the input's first part is all Chinese, see
    ``chinese_head``). Should the pool break (a worker killed, or a script that starts a build without the
    ``if __name__ == "__main__":`` guard), the parts not yet built are built in this process instead."""
    ctx = _context(chinese)
    window: deque[tuple[Unit, Future[list[Outcome]] | None]] = deque()
    pool = _pool(workers, settings, ctx)
    threading.Thread(target=_load_resolution_tables, args=(_territory_names(pool, settings),), name="liaison-warm",
                     daemon=True).start()
    try:
        for unit in units:
            window.append((unit, _submit(pool, unit, settings)))
            while len(window) > workers * IN_FLIGHT:
                yield from _result(*window.popleft(), settings)
        if kept is not None and KEPT_EARLY and _kept_size(kept, workers) > KEPT_EARLY:  # (the input read: its last
            _start_kept(kept, workers, settings, started=KEPT_EARLY)  # parts are out)
        while window:
            yield from _result(*window.popleft(), settings)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _stop_fork_server()
    if kept is not None:
        if kept:
            kept.start_all()
        else:
            _start_kept(kept, workers, settings)


def _kept_size(kept: Kept, workers: int) -> int:
    return KEPT_PROCESSES or (kept.processes(workers) if kept.processes is not None else workers)


def _start_kept(kept: Kept, workers: int, settings: Settings, started: int | None = None) -> None:
    kept.start(_kept_size(kept, workers), settings, started=started)


def _pool(workers: int, settings: Settings, ctx: BaseContext | None = None) -> ProcessPoolExecutor:
    """The extraction workers (``worker.start_in_pool``: the settings kept, the collector's thresholds raised)."""
    return ProcessPoolExecutor(workers, mp_context=ctx or _context(), initializer=worker.start_in_pool,
                               initargs=(settings,))


def _load_resolution_tables(names: Future[dict[str, str]] | None) -> None:
    """Load what resolution, after the build, loads on first use (the gazetteer; rigour's table of
    territory names, some 25,000 names transliterated: seconds of CPU) while the workers extract and
    this process mostly waits for them, rather than after them, when nothing else runs. The table of
    names is taken from a worker, which has it from the fork server (``names``); only should that
    fail is it made here."""
    default_gazetteer()
    if names is not None:
        with suppress(Exception):  # a broken pool: the table is made here
            adopt_territory_names(names.result())
    load_territories()


def _context(chinese: bool = False) -> BaseContext:
    """Workers forked from a server that loaded what they need once (``preload``; ``chinese``: ``preload_zh``, the
    Chinese extractor's tables only): they share it."""
    ctx = get_context("forkserver")
    ctx.set_forkserver_preload(["liaison.engines.preload_zh" if chinese else "liaison.engines.preload"])
    return ctx


def _stop_fork_server() -> None:
    """End the fork server with the pool: it holds the extraction tables, which resolution does not need."""
    server = getattr(forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def _territory_names(pool: ProcessPoolExecutor, settings: Settings) -> Future[dict[str, str]] | None:
    """A worker's table of territory names (None: the pool is broken already)."""
    try:
        with _main_module_hidden(settings):
            return pool.submit(worker.territory_names)
    except BrokenProcessPool:
        return None


def _submit(pool: ProcessPoolExecutor, unit: Unit, settings: Settings) -> Future[list[Outcome]] | None:
    """The task building ``unit`` (None: build it here: a skipped input, or a broken pool)."""
    if isinstance(unit, Skipped | Note):
        return None
    try:
        with _main_module_hidden(settings):  # workers start on the first submissions
            return pool.submit(worker.run_part, unit)
    except BrokenProcessPool:
        return None


@contextmanager
def _main_module_hidden(settings: Settings) -> Iterator[None]:
    """Start workers without the main module: they need nothing from it (unless the extractor is
    defined there), and a script that builds without the ``if __name__ == "__main__":`` guard would
    otherwise run again in every worker."""
    extractor = settings.extractor
    if extractor is not None and getattr(extractor, "__module__", None) == "__main__":
        yield
        return
    main = sys.modules["__main__"]
    sys.modules["__main__"] = ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _result(unit: Unit, future: Future[list[Outcome]] | None, settings: Settings) -> Iterator[Outcome]:
    if future is not None:
        try:
            yield from future.result()
            return
        except BrokenProcessPool:
            warnings.warn("the worker processes stopped; the build goes on in the main process",
                          RuntimeWarning, stacklevel=2)
    yield from _in_process([unit], settings)
