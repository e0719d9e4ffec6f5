"""The resolved record kept up to date block by block (``resolve.blocked``), whole or in part.

A whole resolution reads the documents with events once, a batch at a time, keeping of each only
its units (one person in one document), the partition of each frame (``resolve.events.event_part``)
and the titles it states; documents are not held. People are clustered block by block, and events
merged a few partitions at a time, reading only the documents of those partitions. What each unit
and frame gave is stored (``resolve_units``, ``resolve_frames``), with the block of every person,
position and match decision and the partition of every event.

A later build re-resolves only what its new or changed documents (``resolve_pending``) reach: the
blocks their units link to (by their old links and their new ones), the blocks any analyst judgement
(even undone) names, and the event partitions whose frames changed or which name a mention whose
person changed. After a new judgement or an undo there is nothing pending: only the judged blocks
are resolved again. The ``score_pair`` of every candidate pair is kept (``resolve_pairs``): a block
reached again scores only the pairs that touch a unit of a new or changed document.
Everything else stays as stored, and the outcome is the one a whole resolution gives
(tests/test_pipeline_incremental.py). One exception: an organisation first seen in an earlier build
keeps the row it got then (a whole resolution takes the first report that names it).

The stages, a module each: ``prepared`` (what the documents give, in a file), ``batch`` (stored units reached, rows
of a batch of blocks), ``pairs`` (pair scores kept), ``people`` (blocks clustered), ``apart`` (blocks clustered in
other processes), ``events`` (frames merged into events), ``writes`` (the background writer), ``run`` (one
resolution, its stages in order); ``tables``, ``memory`` and ``processes`` serve them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liaison.store.lazy import lazy_names

if TYPE_CHECKING:
    from liaison.store.resolution.memory import give_back_memory, trim_heap
    from liaison.store.resolution.prepared import Prepared
    from liaison.store.resolution.processes import Elsewhere, warm_elsewhere
    from liaison.store.resolution.run import resolve_stored, resolved_by_block

__all__ = ["Elsewhere", "Prepared", "give_back_memory", "resolve_stored", "resolved_by_block", "trim_heap",
           "warm_elsewhere"]

# (imported on first use: the processes clustering blocks and merging events elsewhere import ``apart`` and
# ``events`` from this package, and neither ``run`` nor DuckDB, see ``liaison.store``)
_LAZY = {"give_back_memory": "memory", "trim_heap": "memory", "Prepared": "prepared", "Elsewhere": "processes",
         "warm_elsewhere": "processes", "resolve_stored": "run", "resolved_by_block": "run"}

__getattr__ = lazy_names(__name__, _LAZY, globals())
