"""Streaming reads over the store shared by the exporters: event ids and records in batches;
the typed reads behind them (documents, organisations, participant links) live in
``liaison.store.export_reads``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from liaison.store import EventFilter, Store
from liaison.store.export_reads import DocInfo, OrgInfo, ParticipantLink, documents, org_index, participant_links
from liaison.store.queries import event_ids, event_records

__all__ = [
    "DocInfo", "OrgInfo", "ParticipantLink", "batches", "documents", "filtered_event_ids", "iter_record_batches",
    "links_of", "org_index", "participant_links", "spans",
]

BATCH = 500


def filtered_event_ids(store: Store, flt: EventFilter) -> list[str]:
    """Ids of the matching events in the stable export order (newest first, then by id)."""
    ids = event_ids(store, EventFilter(**{**flt.__dict__, "limit": None, "offset": 0}))
    return ids[flt.offset :] if flt.limit is None else ids[flt.offset : flt.offset + flt.limit]


def batches(ids: list[str], size: int | None = None) -> Iterator[list[str]]:
    """``ids`` in consecutive slices of ``size`` (default ``BATCH``, read at call time)."""
    size = size or BATCH
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def iter_record_batches(store: Store, flt: EventFilter, size: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """Export-contract event records (DESIGN.md), a batch at a time."""
    for chunk in batches(filtered_event_ids(store, flt), size):
        yield event_records(store, chunk)


def links_of(event: dict[str, Any], links: dict[tuple[str, int], ParticipantLink]) -> list[ParticipantLink]:
    """The links of an event's participants, in the order of ``event["participants"]``."""
    none = ParticipantLink(None, None)
    return [links.get((event["id"], i), none) for i in range(len(event["participants"]))]


def spans(evidence: str | None) -> list[list[int]]:
    return [list(s) for s in json.loads(evidence)] if evidence else []
