"""``events-jsonl``: one event per line, exactly the export contract of DESIGN.md."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from liaison.store import EventFilter, Store, iter_event_records

__all__ = ["event_schema", "iter_event_records", "write_events_jsonl"]


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    """The JSON Schema every exported event validates against."""
    text = resources.files("liaison.export").joinpath("schemas/events.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def write_events_jsonl(store: Store, out: IO[str], flt: EventFilter | None = None) -> int:
    """Write matching events, one JSON object per line; returns how many."""
    n = 0
    for record in iter_event_records(store, flt or EventFilter()):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n
