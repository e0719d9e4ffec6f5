"""Streaming reads over the store shared by the exporters: event ids and records in batches,
the documents that report them, and the organisations table (small: the gazetteer plus what
was found)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from liaison.store import EventFilter, Store
from liaison.store.queries import event_ids, event_records

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


def marks(values: Iterable[Any]) -> str:
    return ", ".join("?" for _ in values)


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    language: str | None
    published: str | None
    text: str

    def excerpt(self, spans: Iterable[Iterable[int]]) -> str:
        """The text of ``spans`` joined by a space (the sentence(s) an event was read from)."""
        return " ".join(self.text[s:e].strip() for s, e in spans if 0 <= s < e <= len(self.text))


def documents(store: Store, doc_ids: Iterable[str]) -> dict[str, DocInfo]:
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    rows = store.con.execute(
        f"SELECT doc_id, title, source, url, language, published, text FROM documents "
        f"WHERE doc_id IN ({marks(ids)})",
        ids,
    ).fetchall()
    return {r[0]: DocInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "") for r in rows}


@dataclass(frozen=True)
class OrgInfo:
    org_id: str
    name: str
    abbr: str | None
    kind: str | None
    country: str | None
    aliases: tuple[str, ...]
    parent: str | None
    partyfacts_id: int | None


def org_index(store: Store) -> dict[str, OrgInfo]:
    """Every organisation by id (the table is small: gazetteer entries plus unknown names found)."""
    out: dict[str, OrgInfo] = {}
    for r in store.con.execute(
        "SELECT org_id, name, abbr, kind, country, aliases, parent, partyfacts_id FROM orgs ORDER BY org_id"
    ).fetchall():
        out.setdefault(r[0], OrgInfo(r[0], r[1], r[2], r[3], r[4], tuple(r[5] or ()), r[6], r[7]))
    return out


@dataclass(frozen=True)
class ParticipantLink:
    """What event records do not carry about a participant: its organisation id and document."""

    org_id: str | None
    doc_id: str | None


def participant_links(store: Store, ids: list[str]) -> dict[tuple[str, int], ParticipantLink]:
    """(event id, participant ordinal) -> organisation id and reporting document."""
    if not ids:
        return {}
    rows = store.con.execute(
        f"SELECT event_id, ordinal, organization_id, doc_id FROM participants WHERE event_id IN ({marks(ids)})",
        ids,
    ).fetchall()
    return {(r[0], int(r[1])): ParticipantLink(r[2], r[3]) for r in rows}


def links_of(event: dict[str, Any], links: dict[tuple[str, int], ParticipantLink]) -> list[ParticipantLink]:
    """The links of an event's participants, in the order of ``event["participants"]``."""
    none = ParticipantLink(None, None)
    return [links.get((event["id"], i), none) for i in range(len(event["participants"]))]


def spans(evidence: str | None) -> list[list[int]]:
    return [list(s) for s in json.loads(evidence)] if evidence else []
