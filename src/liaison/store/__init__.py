"""Store stage: the embedded DuckDB database, the read queries over it, and safe concurrent access
(``locking``: writers queue; ``snapshots``: what the web app reads; ``writing``: write sessions)."""

from liaison.store.duckdb_store import Store, StoreBusy, StoreError
from liaison.store.queries import EventFilter, iter_event_records
from liaison.store.writing import write_session

__all__ = ["EventFilter", "Store", "StoreBusy", "StoreError", "iter_event_records", "write_session"]
