"""People clustered block by block, their rows replacing the stored ones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from liaison.model.types import Judgement
from liaison.resolve.blocked import Joined, block_keys_from, judgement_joins, linked_groups
from liaison.resolve.mentions import MentionKey, Unit
from liaison.resolve.people import cluster_units
from liaison.resolve.positions import Sighting
from liaison.store.resolution.apart import clustered_elsewhere, clustered_in_children, spilled
from liaison.store.resolution.batch import Batch, Stored
from liaison.store.resolution.pairs import Scores
from liaison.store.resolution.prepared import Meta, Prepared, block_name
from liaison.store.resolution.processes import Elsewhere
from liaison.store.resolution.tables import registered, strings
from liaison.store.resolution.writes import Writes

if TYPE_CHECKING:
    from liaison.store.duckdb_store import Store

_ROWS = 4000  # units written at once
_FORK_UNITS = 2000  # fewer units than this are clustered in this process whatever ``workers`` says


def resolve_people(
    store: Store, read: Prepared, blocks: list[str], old: list[Stored], judgements: Sequence[Judgement], whole: bool,
    workers: int = 1, writes: Writes | None = None, elsewhere: Elsewhere | None = None,
) -> set[MentionKey]:
    """Cluster the reached blocks with the pending documents' units, replace their stored rows and
    results; the mentions whose person changed (or that came or went).

    Blocks are clustered a batch at a time (their units loaded, clustered, written, let go); then
    the blocks analyst judgements join are clustered again together, with the judgements. ``writes``: how
    rows are written (``Writes``); every write is done when this returns. A whole resolution clusters its
    blocks in other processes: ``elsewhere`` (``clustered_elsewhere``), else ``workers`` forked ones."""
    con = store.con
    writes = writes if writes is not None else Writes(background=False)
    if not whole:  # (a whole resolution emptied these tables; the writer may hold the connection now)
        _forget_blocks(store, blocks)
        con.execute("DELETE FROM resolve_units WHERE doc_id IN (SELECT doc_id FROM _liaison_pending)")
        con.execute("DELETE FROM resolve_pairs WHERE left_doc IN (SELECT doc_id FROM _liaison_pending) "
                    "OR right_doc IN (SELECT doc_id FROM _liaison_pending)")

    kept = [s for s in old if s.unit is not None]
    scores = Scores(writes)
    if kept:
        scores.load(store, [(s.doc_id, s.ordinal) for s in kept])
    metas = read.meta  # sorted in place: not copied
    metas += [Meta(s.doc_id, s.ordinal, tuple(s.links), s.unit.key_id, i, kept=True)  # type: ignore[union-attr]
              for i, s in enumerate(kept)]
    metas.sort(key=lambda m: (m.doc_id, m.ordinal))

    def load(m: Meta) -> tuple[Meta, Unit, list[Sighting], tuple[str, str] | None]:
        if m.kept:
            s = kept[m.source]
            return m, s.unit, s.titles, s.stored  # type: ignore[return-value]
        unit, titles, stored = read.get(m)
        return m, unit, titles, stored

    groups = linked_groups([m.links for m in metas])
    unit_auto = [""] * len(metas)
    after: dict[MentionKey, str] = {}
    batch = Batch(scores, {(s.doc_id, s.ordinal): s.outcome for s in kept})
    forked = whole and (workers > 1 or elsewhere is not None) and len(metas) >= _FORK_UNITS
    apart = (() if not forked else clustered_elsewhere(read, metas, groups, elsewhere) if elsewhere is not None
             else clustered_in_children(read, groups, workers))
    for done in apart:
        block = block_name(metas, done.members[0])
        for i, pid in zip(done.members, done.unit_person, strict=True):
            unit_auto[i] = pid
            batch.in_table[(metas[i].doc_id, metas[i].ordinal)] = (block, pid, pid)  # (as ``Batch.add`` keeps)
        batch.take(done.rows, len(done.members))
        scores.take(store, done.pairs)
        for rows in spilled(done.spilled):
            scores.take(store, rows)
        if batch.size >= _ROWS:
            batch.write(store)
    for members in () if forked else groups:
        units = [load(metas[i]) for i in members]
        refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
        res = cluster_units([u for _, u, _, _ in units], keys=[block_keys_from(m.links) for m, _, _, _ in units],
                            known=scores.known(refs), keep=scores.keeper(store, refs))
        for i, pid in zip(members, res.unit_person, strict=True):
            unit_auto[i] = pid
        batch.add(units, res, res.unit_person, block_name(metas, members[0]))
        if not whole:
            after.update(res.mention_person)
        if batch.size >= _ROWS:
            batch.write(store)
    batch.write(store)
    writes.wait()  # (the connection is this thread's again)
    scores.drop_unused(store)

    applicable, _ = judgement_joins(unit_auto, [m.key_id for m in metas], judgements)
    if applicable:  # blocks joined by judgements: clustered again together, with them
        joined = Joined(len(metas))
        for members in groups:
            for i in members[1:]:
                joined.join(members[0], i)
        for _, named in applicable:
            for i in named:
                joined.join(min(named), i)
        placed: dict[int, list[Judgement]] = defaultdict(list)
        for jd, named in applicable:
            placed[joined.find(min(named))].append(jd)
        firsts: dict[int, list[str]] = defaultdict(list)  # the blocks (by name) each joined block is made of
        for members in groups:
            firsts[joined.find(members[0])].append(block_name(metas, members[0]))
        for members in joined.groups():
            if members[0] not in placed:
                continue
            _forget_blocks(store, firsts[members[0]])
            units = [load(metas[i]) for i in members]
            refs = [(m.doc_id, m.ordinal) for m, _, _, _ in units]
            scores.load(store, refs)  # the pairs of these blocks, scored or kept above
            res = cluster_units([u for _, u, _, _ in units], placed[members[0]],
                                [block_keys_from(m.links) for m, _, _, _ in units], scores.known(refs))
            batch.add(units, res, [unit_auto[i] for i in members], block_name(metas, members[0]))
            if not whole:
                after.update(res.mention_person)
            batch.write(store)
            writes.wait()

    if whole:
        return set()
    before = {m: s.person_id for s in old for m in s.mentions}
    return {m for m in before.keys() | after.keys() if before.get(m) != after.get(m)}


def _forget_blocks(store: Store, blocks: Sequence[str]) -> None:
    """Delete the people rows of ``blocks`` (they are clustered again)."""
    with registered(store, "_liaison_blocks_old", strings("block", blocks)):
        for table in ("persons", "positions", "match_decisions"):
            store.con.execute(f"DELETE FROM {table} WHERE block IN (SELECT block FROM _liaison_blocks_old)")
