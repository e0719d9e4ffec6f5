"""Store stage: the embedded DuckDB database, the read queries over it, and safe concurrent access
(``locking``: writers queue; ``snapshots``: what the web app reads; ``writing``: write sessions).

The database's modules (DuckDB, Arrow) are imported on first use of what needs them, not with the package: the
processes that cluster blocks and merge events for a whole resolution (``store.resolution.apart``, ``.events``)
import this package and write nothing (DuckDB and Arrow, some 0.25 s of CPU in each new interpreter)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from liaison.store.errors import StoreBusy, StoreError
from liaison.store.lazy import lazy_names

if TYPE_CHECKING:
    from liaison.store.duckdb_store import Store
    from liaison.store.queries import EventFilter, iter_event_records
    from liaison.store.writing import write_session

__all__ = ["EventFilter", "Store", "StoreBusy", "StoreError", "iter_event_records", "write_session"]

_LAZY = {"Store": "duckdb_store", "EventFilter": "queries", "iter_event_records": "queries",
         "write_session": "writing"}

__getattr__ = lazy_names(__name__, _LAZY, globals())
