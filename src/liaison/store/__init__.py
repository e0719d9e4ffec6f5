"""Store stage: the embedded DuckDB database and the read queries over it."""

from liaison.store.duckdb_store import Store, StoreError
from liaison.store.queries import EventFilter, iter_event_records

__all__ = ["EventFilter", "Store", "StoreError", "iter_event_records"]
