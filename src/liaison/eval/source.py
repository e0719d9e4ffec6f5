"""Where scored events come from: a built store, or an events-jsonl export file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from liaison.eval.gold import iter_jsonl


def records_from_db(db_path: Path) -> list[dict[str, Any]]:
    """Every event of a built store, in the export-contract shape."""
    from liaison.store import Store, iter_event_records

    with Store.open(db_path, read_only=True) as store:
        return list(iter_event_records(store))


def records_from_file(path: Path) -> Iterator[dict[str, Any]]:
    """Events from an ``events-jsonl`` export; errors name the file and line."""
    for _, record in iter_jsonl(path):
        yield record
