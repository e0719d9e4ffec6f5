"""The rows of the people tables for a batch of blocks, and the stored units of the blocks a build reaches."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from liaison.resolve.mentions import MentionKey, Unit, unit_from_dict
from liaison.resolve.people import PeopleResult
from liaison.resolve.positions import Sighting, positions_from
from liaison.resolve.prepared import unit_json
from liaison.store.resolution.memory import trim_heap
from liaison.store.resolution.pairs import Scores, write_pairs
from liaison.store.resolution.prepared import Meta, Prepared
from liaison.store.resolution.tables import PEOPLE_COLUMNS, UnitRef, insert_rows, refs_table, registered, strings
from liaison.store.resolved_rows import Row, decision_rows, person_rows, position_rows

if TYPE_CHECKING:
    from liaison.store.duckdb_store import Store


# --- people -----------------------------------------------------------------------------------
@dataclass
class Stored:
    doc_id: str
    ordinal: int
    person_id: str
    mentions: list[MentionKey]
    unit: Unit | None  # None: a unit of a document built again (replaced by what it gives now)
    links: list[str]
    titles: list[Sighting]
    stored: tuple[str, str]  # the unit's and the titles' JSON, as stored
    outcome: tuple[str, str, str]  # its block, person id and automatic person id, as stored


def reached(store: Store, read: Prepared, idents: list[str]) -> tuple[list[str], list[Stored]]:
    """Every block the pending documents reach (by their old links and their new ones) or a
    judgement names, and the stored units of those blocks and of the pending documents."""
    con = store.con
    with registered(store, "_liaison_keys", strings("key", sorted({k for m in read.meta for k in m.links}))), \
            registered(store, "_liaison_idents", strings("ident", idents)):
        blocks = con.execute(
            "WITH pend AS (SELECT doc_id FROM _liaison_pending), "
            "old_keys AS (SELECT DISTINCT unnest(links) AS key FROM resolve_units "
            "WHERE doc_id IN (SELECT * FROM pend)), "
            "keys AS (SELECT key FROM _liaison_keys UNION SELECT key FROM old_keys) "
            "SELECT DISTINCT block FROM (SELECT block, unnest(links) AS key FROM resolve_units) "
            "WHERE key IN (SELECT key FROM keys) "
            "UNION SELECT block FROM resolve_units WHERE doc_id IN (SELECT * FROM pend) "
            "OR auto_id IN (SELECT ident FROM _liaison_idents) OR key_id IN (SELECT ident FROM _liaison_idents)"
        ).fetchall()
    reached = sorted(b[0] for b in blocks)
    with registered(store, "_liaison_blocks", strings("block", reached)):
        rows = con.execute(
            "SELECT doc_id, ordinal, person_id, mentions, links, doc_id IN (SELECT doc_id FROM _liaison_pending), "
            "unit, titles, block, auto_id FROM resolve_units WHERE block IN (SELECT block FROM _liaison_blocks) "
            "OR doc_id IN (SELECT doc_id FROM _liaison_pending) ORDER BY doc_id, ordinal"
        ).fetchall()
    out = []
    for doc_id, ordinal, person_id, mentions, links, rebuilt, unit, titles, block, auto_id in rows:
        out.append(Stored(
            doc_id, ordinal, person_id, [(doc_id, a, b) for a, b in json.loads(mentions)],
            None if rebuilt else unit_from_dict(json.loads(unit)), list(links),
            [] if rebuilt else [_sighting(doc_id, t) for t in json.loads(titles)], (unit, titles),
            (block, person_id, auto_id),
        ))
    return reached, out


def _sighting(doc_id: str, t: list[Any]) -> Sighting:
    return Sighting(doc_id, t[0], t[1], (t[2], t[3]), t[4], t[5], (t[6], t[7]), t[8], t[9])


class Batch:
    """Rows of the people tables for a batch of blocks, written together. A unit's row is written
    only when its block or persons differ from the row the table holds (``in_table``)."""

    def __init__(self, scores: Scores, in_table: dict[UnitRef, tuple[str, str, str]]) -> None:
        self.rows: dict[str, list[Row]] = {t: [] for t in PEOPLE_COLUMNS}
        self.scores = scores
        self.in_table = in_table
        self.replaced: list[UnitRef] = []  # units whose row in the table the batch replaces
        self.size = 0

    def add(self, units: Sequence[tuple[Meta, Unit, list[Sighting], tuple[str, str] | None]], res: PeopleResult,
            unit_auto: list[str], block: str) -> None:
        """The rows of one block (its units in record order, clustered into ``res``)."""
        for (m, u, titles, stored), pid, auto in zip(units, res.unit_person, unit_auto, strict=True):
            ref, outcome = (m.doc_id, m.ordinal), (block, pid, auto)
            held = self.in_table.get(ref)
            if held == outcome:
                continue
            if held is not None:
                self.replaced.append(ref)
            self.in_table[ref] = outcome
            self.rows["resolve_units"].append(
                (m.doc_id, m.ordinal, block, pid, auto, m.key_id, sorted(m.links),
                 json.dumps([list(k[1:]) for k in u.mentions]), *(stored or unit_json(u, titles))))
        self.rows["persons"] += [(*row, block) for row in person_rows(res.people)]
        seen = sorted((s for _, _, titles, _ in units for s in titles), key=lambda s: (s.doc_id, s.frame, s.ordinal))
        self.rows["positions"] += [(*row, block) for row in position_rows(positions_from(seen, res.mention_person))]
        self.rows["match_decisions"] += [(*row, block) for row in decision_rows(res.decisions)]
        self.size += len(units)

    def take(self, rows: dict[str, list[Row]], size: int) -> None:
        """The rows of a block made elsewhere (a forked process, with nothing in the table)."""
        for table, more in rows.items():
            self.rows[table] += more
        self.size += size

    def write(self, store: Store) -> None:
        """Write the batch's rows and the pair scores kept since the last write (through ``scores.writes``:
        in the background in a whole resolution); the batch starts empty again."""
        replaced, tables, pairs = self.replaced, self.rows, self.scores.handed()
        self.replaced, self.rows, self.size = [], {t: [] for t in PEOPLE_COLUMNS}, 0

        def write() -> None:
            if replaced:
                with registered(store, "_liaison_refs", refs_table(replaced)):
                    store.con.execute("DELETE FROM resolve_units u USING _liaison_refs r "
                                      "WHERE u.doc_id = r.doc_id AND u.ordinal = r.ordinal")
            for table, rows in tables.items():
                insert_rows(store.con, table, PEOPLE_COLUMNS[table], rows)
                rows.clear()
            write_pairs(store, pairs)
            store.stage()
            trim_heap()

        self.scores.writes.run(write)
