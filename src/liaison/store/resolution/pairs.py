"""The score of every candidate pair of units (``resolve_pairs``), kept, reused and written."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from liaison.resolve.people import KeepScore, KnownScore
from liaison.resolve.scoring import PairScore
from liaison.store.resolution.tables import PAIR_COLUMNS, UnitRef, insert_rows, refs_table, registered
from liaison.store.resolution.writes import Writes
from liaison.store.resolved_rows import Row

if TYPE_CHECKING:
    from liaison.store.duckdb_store import Store

PAIR_ROWS = 20_000  # pair scores written at once


class Scores:
    """What ``score_pair`` gave each candidate pair of units (``resolve_pairs``): a pure function of
    the two units, so a pair of units neither of which changed is not scored again. The features of
    a pair are kept as JSON text, read and written once per distinct text (a few hundred)."""

    def __init__(self, writes: Writes | None = None, spill: Callable[[list[Row]], None] | None = None,
                 at: int = 0) -> None:
        self.writes = writes if writes is not None else Writes(background=False)  # how rows are written
        self.spill = spill  # where rows go a few thousand at a time when there is no store (``apart._Spill``)
        self.at = at or PAIR_ROWS  # rows written (or spilled) at once
        self.kept: dict[tuple[UnitRef, UnitRef], PairScore] = {}
        self.used: set[tuple[UnitRef, UnitRef]] = set()  # kept pairs that are still candidates
        self._read: dict[str, dict[str, float]] = {}  # shared, never changed (``people`` copies before adding)
        self._written: dict[int, str] = {}  # JSON text of each features dict (by id) in the rows
        self._alive: list[dict[str, float]] = []
        self.rows: list[Row] = []  # pairs to write

    def load(self, store: Store, refs: Sequence[UnitRef]) -> None:
        """Keep the stored scores of the pairs between ``refs`` (units none of whose documents changed)."""
        with registered(store, "_liaison_refs", refs_table(refs)):
            table = store.con.sql(
                "SELECT p.* FROM resolve_pairs p "
                "SEMI JOIN _liaison_refs a ON p.left_doc = a.doc_id AND p.left_ordinal = a.ordinal "
                "SEMI JOIN _liaison_refs b ON p.right_doc = b.doc_id AND p.right_ordinal = b.ordinal").to_arrow_table()
        ld, lo, rd, ro, score, relation, features = (table.column(i).to_pylist() for i in range(table.num_columns))
        read = self._read
        read.update((text, json.loads(text)) for text in set(features) - read.keys())
        pairs = zip(zip(ld, lo, strict=True), zip(rd, ro, strict=True), strict=True)
        self.kept.update(zip(pairs, zip(score, map(read.__getitem__, features), relation, strict=True), strict=True))

    def known(self, refs: Sequence[UnitRef]) -> KnownScore | None:
        """The kept score of a pair of units given by their indices in ``refs``."""
        if not self.kept:
            return None
        kept, used = self.kept, self.used

        def known(a: int, b: int) -> PairScore | None:
            key = (refs[a], refs[b])
            got = kept.get(key)
            if got is not None:
                used.add(key)
            return got

        return known

    def drop_unused(self, store: Store) -> None:
        """Remove the kept pairs that are no longer candidates (a large name bucket pairs each unit
        with its neighbours in date order only), so the table holds what a whole resolution gives."""
        gone = sorted(self.kept.keys() - self.used)
        if not gone:
            return
        import pyarrow as pa

        with registered(store, "_liaison_gone", pa.table({
                "ld": [g[0][0] for g in gone], "lo": pa.array([g[0][1] for g in gone], pa.int32()),
                "rd": [g[1][0] for g in gone], "ro": pa.array([g[1][1] for g in gone], pa.int32())})):
            store.con.execute("DELETE FROM resolve_pairs p USING _liaison_gone g WHERE p.left_doc = g.ld "
                              "AND p.left_ordinal = g.lo AND p.right_doc = g.rd AND p.right_ordinal = g.ro")

    def keeper(self, store: Store | None, refs: Sequence[UnitRef]) -> KeepScore:
        """Keeps the score of each pair of units (by their indices in ``refs``) not kept already,
        written a few thousand at a time (held in ``rows`` when there is no ``store``)."""
        kept, rows, written, at = self.kept, self.rows, self._written, self.at

        def keep(a: int, b: int, given: PairScore) -> None:
            left, right = refs[a], refs[b]
            if kept and (left, right) in kept:  # (nothing kept in a whole resolution: no pair made to look up)
                return
            score, features, relation = given
            text = written.get(id(features))
            if text is None:  # (features dicts are shared per block: one text each)
                text = json.dumps(features, ensure_ascii=False)
                written[id(features)] = text
                self._alive.append(features)  # so that its id is not reused
            rows.append((*left, *right, score, relation, text))
            if len(rows) >= at:
                if store is not None:
                    self.write(store)
                elif self.spill is not None:
                    self.spill(self.handed())

        return keep

    def take(self, store: Store, rows: list[Row]) -> None:
        """Pair rows made elsewhere (a forked process), written with the others."""
        self.rows += rows
        if len(self.rows) >= PAIR_ROWS:
            self.write(store)

    def handed(self) -> list[Row]:
        """The pair rows kept since the last write, handed over to be written (``rows`` empty again)."""
        rows = list(self.rows)  # (``rows`` itself is the keeper's: emptied, not replaced)
        self.rows.clear()
        self._written.clear()
        self._alive.clear()
        return rows

    def write(self, store: Store) -> None:
        rows = self.handed()
        self.writes.run(lambda: write_pairs(store, rows))


def write_pairs(store: Store, rows: list[Row]) -> None:
    insert_rows(store.con, "resolve_pairs", PAIR_COLUMNS, rows)
    rows.clear()
    store.stage()
