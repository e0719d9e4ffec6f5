"""The blocks of a whole resolution clustered in other processes: forked ones, or the pool the build kept."""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from collections.abc import Iterator
from multiprocessing import get_context
from typing import Any, NamedTuple

from liaison.resolve.blocked import block_keys_from
from liaison.resolve.mentions import Unit
from liaison.resolve.people import cluster_units
from liaison.resolve.positions import Sighting
from liaison.resolve.prepared import load
from liaison.store.resolution import pairs
from liaison.store.resolution.batch import Batch
from liaison.store.resolution.memory import before_fork, trim_heap
from liaison.store.resolution.pairs import Scores
from liaison.store.resolution.prepared import Meta, Prepared, block_name
from liaison.store.resolution.processes import Elsewhere
from liaison.store.resolved_rows import Row


class _Clustered(NamedTuple):
    """One block clustered in a forked process: its members, their person ids and the rows it gives."""

    members: list[int]
    unit_person: list[str]
    rows: dict[str, list[Row]]
    pairs: list[Row]
    spilled: str | None = None  # a file holding its other pair rows (``_Spill``), read and removed by the receiver


class _Spill:
    """The pair rows of a block clustered in another process, written to a file of their own a few thousand at a
    time as they are scored (the block of the person named every day has hundreds of thousands: held until the
    block is done, and pickled whole, they doubled that process's memory). ``spilled`` reads them back."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.file: Any = None

    def __call__(self, rows: list[Row]) -> None:
        if self.file is None:
            self.file = tempfile.NamedTemporaryFile(prefix="liaison-pairs-", dir=self.folder, delete=False)  # noqa: SIM115
        pickle.dump(rows, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        rows.clear()

    def close(self) -> str | None:
        """The file's name (None: nothing spilled)."""
        if self.file is None:
            return None
        self.file.close()
        return str(self.file.name)


def spilled(path: str | None) -> Iterator[list[Row]]:
    """The batches of pair rows a ``_Spill`` wrote to ``path``; the file is removed after."""
    if path is None:
        return
    try:
        with open(path, "rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)  # (written by this build's workers)
                except EOFError:
                    return
    finally:
        os.unlink(path)


_forked: tuple[Prepared, list[Meta]] | None = None  # what forked processes read their blocks from


def clustered_in_children(read: Prepared, groups: list[list[int]], workers: int) -> Iterator[_Clustered]:
    """The blocks of a whole resolution clustered by ``workers`` forked processes, which read their units
    from ``read``'s file and make the rows themselves (as ``Batch`` and ``Scores`` do here, with no
    rows in the tables yet); in the order they finish, the largest blocks started first."""
    global _forked
    read.flush()
    _forked = (read, read.meta)
    before_fork()
    try:
        with get_context("fork").Pool(workers) as pool:
            yield from pool.imap_unordered(_cluster_block, sorted(groups, key=len, reverse=True))
    finally:
        _forked = None

_TASK_UNITS = 400  # units of the blocks clustered elsewhere given as one task, at least (a larger block alone)
_Sent = tuple[str, int, tuple[str, ...], str, int, int]  # a unit sent: doc_id, ordinal, links, name key, where, size


class _Blocks(NamedTuple):
    """Blocks of a whole resolution clustered by another process of the build (``clustered_elsewhere``): the
    prepared file's name, and each block's members, name and units (what ``Meta`` keeps, and where its pickle is)."""

    path: str
    blocks: list[tuple[list[int], str, list[_Sent]]]
    pair_rows: int  # pair rows spilled at once (``pairs.PAIR_ROWS`` where the task was made)


def clustered_elsewhere(read: Prepared, metas: list[Meta], groups: list[list[int]],
                        elsewhere: Elsewhere) -> Iterator[_Clustered]:
    """The blocks of a whole resolution clustered by ``elsewhere``'s processes (the pool the build kept, which
    loaded the gazetteer while the tasks were made), which read their units from ``read``'s file and make the
    rows themselves, as forked processes do (``clustered_in_children``); in the order they finish, the largest
    blocks given first, the small ones a few together."""
    read.flush()
    for done in elsewhere.map_unordered(_cluster_blocks, _block_tasks(read, metas, groups)):
        yield from done


def _block_tasks(read: Prepared, metas: list[Meta], groups: list[list[int]]) -> Iterator[_Blocks]:
    """The tasks of ``clustered_elsewhere``, made as they are given (not all held at once)."""
    starts, sizes = read.starts, read.sizes
    held: list[tuple[list[int], str, list[_Sent]]] = []
    units = 0
    for members in sorted(groups, key=len, reverse=True):
        held.append((members, block_name(metas, members[0]), [
            (m.doc_id, m.ordinal, m.links, m.key_id, starts[m.source], sizes[m.source])
            for m in map(metas.__getitem__, members)]))
        units += len(members)
        if units >= _TASK_UNITS:
            yield _Blocks(read.file.name, held, pairs.PAIR_ROWS)
            held, units = [], 0
    if held:
        yield _Blocks(read.file.name, held, pairs.PAIR_ROWS)


def _cluster_blocks(task: _Blocks) -> list[_Clustered]:
    """Blocks clustered in another process of the build (``clustered_elsewhere``), its cyclic garbage
    collector held off as this one's is (they make no cyclic garbage), the C heap's free pages given back
    after each task. A block's units share their equal sets (``Unit.shared``)."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        with open(task.path, "rb") as fh:
            return [_clustered(members, name, _read_block(fh.fileno(), sent), _Spill(os.path.dirname(task.path)),
                               task.pair_rows)
                    for members, name, sent in task.blocks]
    finally:
        gc.set_threshold(*before)
        trim_heap()


def _read_block(fd: int, sent: list[_Sent]) -> list[tuple[Meta, Unit, list[Sighting], tuple[str, str] | None]]:
    """The units of a block read from the prepared file (open as ``fd``), their equal sets shared."""
    seen: dict[tuple[str, tuple[Any, ...]], Any] = {}
    units: list[tuple[Meta, Unit, list[Sighting], tuple[str, str] | None]] = []
    for doc_id, ordinal, links, key, at, size in sent:
        unit, titles, stored = load(os.pread(fd, size, at))
        units.append((Meta(doc_id, ordinal, links, key, 0), unit.shared(seen), titles, stored))
    return units

def _cluster_block(members: list[int]) -> _Clustered:
    """One block clustered in a forked process (``clustered_in_children``)."""
    assert _forked is not None
    read, metas = _forked
    return _clustered(members, block_name(metas, members[0]), [(metas[i], *read.get(metas[i])) for i in members])


def _clustered(members: list[int], name: str, units: list[tuple[Meta, Unit, list[Sighting], tuple[str, str] | None]],
               spill: _Spill | None = None, pair_rows: int = 0) -> _Clustered:
    """A block clustered apart (its units loaded): its rows, made as ``Batch`` and ``Scores`` make them (the
    pair rows beyond a few thousand written to ``spill``, when given)."""
    refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
    scores = Scores(spill=spill, at=pair_rows)
    res = cluster_units([u for _, u, _, _ in units], keys=[block_keys_from(m.links) for m, _, _, _ in units],
                        keep=scores.keeper(None, refs))
    batch = Batch(scores, {})
    batch.add(units, res, res.unit_person, name)
    return _Clustered(members, res.unit_person, batch.rows, scores.rows, spill.close() if spill is not None else None)
