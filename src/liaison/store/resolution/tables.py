"""The tables a resolution writes: their columns, and lists registered with the store for its statements.

Arrow and the store's module (DuckDB) are imported where rows are written or lists registered, not with this
module: the processes clustering blocks and merging events elsewhere (``apart``, ``events``) import it and write
nothing (see ``liaison.store``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

    from liaison.store.duckdb_store import Store


def insert_rows(con: Any, table: str, columns: Sequence[str] | None, rows: Sequence[tuple[Any, ...]]) -> None:
    """``rows`` inserted into ``table`` (``duckdb_store._insert_rows``)."""
    from liaison.store.duckdb_store import _insert_rows

    _insert_rows(con, table, columns, rows)


def strings(column: str, values: Sequence[str]) -> pa.Table:
    """A table of one column of strings."""
    import pyarrow as pa

    return pa.table({column: pa.array(list(values), pa.string())})


def register(store: Store, name: str, column: str, values: Sequence[str]) -> None:
    """``values`` readable as table ``name`` by the store's statements until it is unregistered."""
    store.con.register(name, strings(column, values))


@contextmanager
def registered(store: Store, name: str, table: pa.Table) -> Iterator[None]:
    """``table`` readable as ``name`` by the store's statements inside the block."""
    store.con.register(name, table)
    try:
        yield
    finally:
        store.con.unregister(name)


PEOPLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "resolve_units": ("doc_id", "ordinal", "block", "person_id", "auto_id", "key_id", "links", "mentions", "unit",
                      "titles"),
    "persons": ("person_id", "name", "native", "aliases", "country", "name_source", "block"),
    "positions": ("person_id", "title", "organization", "first_seen", "last_seen", "evidence", "block"),
    "match_decisions": ("left_id", "right_id", "score", "features", "merged", "block"),
}
PAIR_COLUMNS = ("left_doc", "left_ordinal", "right_doc", "right_ordinal", "score", "relation", "features")

UnitRef = tuple[str, int]  # (doc_id, ordinal): a unit of a document


def refs_table(refs: Sequence[UnitRef]) -> pa.Table:
    import pyarrow as pa

    return pa.table({"doc_id": pa.array([r[0] for r in refs], pa.string()),
                     "ordinal": pa.array([r[1] for r in refs], pa.int32())})


EVENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("event_id", "kind", "date", "date_precision", "date_source", "location", "remote", "channel",
               "topics", "confidence", "part"),
    "event_documents": ("event_id", "doc_id", "frame_index", "evidence"),
    "participants": ("event_id", "person_id", "doc_id", "name", "native", "title", "organization_id",
                     "organization", "country", "lead", "ordinal", "evidence", "name_source"),
    "event_parties": ("event_id", "org_id", "ordinal"),
}
