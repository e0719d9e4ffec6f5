"""Read queries the web app needs beyond ``liaison.store.queries``: graphs, counterparts, timelines.

Every function takes an open :class:`Store` and returns plain dicts and lists ready for JSON. Results
taken from a snapshot's memo are shared between requests: callers copy before changing them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations, pairwise
from typing import Any

from liaison.kb.labels import display_name
from liaison.serve import aggregates, json_bytes, read_model, text_search
from liaison.serve.db import SnapshotStore
from liaison.serve.read_model import ReadModel
from liaison.store import EventFilter, Store, stats
from liaison.store import queries as base
from liaison.store import web_reads as reads
from liaison.store.stats import Breakdown, CrossTab

MAX_TABLE_EVENTS = 200_000  # above this, event records are queried per request instead of kept in memory


# -- events --------------------------------------------------------------------------------------
def event_records(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Events in the export shape, in the order of ``ids``: from the snapshot's table of every event
    (built once per snapshot, shared read-only by all requests) when there is one, else queried."""
    table = _record_table(store)
    if table is None:
        return base.event_records(store, ids)
    return [table[i] for i in ids if i in table]


def _record_table(store: Store) -> dict[str, dict[str, Any]] | None:
    if not isinstance(store, SnapshotStore):
        return None
    return store.memo("event-records", lambda: _build_record_table(store))


def event_json(store: Store, ids: list[str]) -> list[bytes]:
    """Events as the API writes them (``json_bytes.event_json``), in the order of ``ids``; serialised once per
    snapshot."""
    if not isinstance(store, SnapshotStore) or _record_table(store) is None:
        return [json_bytes.event_json(r) for r in event_records(store, ids)]
    table: dict[str, bytes] = store.memo("event-json", lambda: _build_event_json(store))
    return [table[i] for i in ids if i in table]


def _build_event_json(store: Store) -> dict[str, bytes]:
    return {i: json_bytes.event_json(r) for i, r in (_record_table(store) or {}).items()}


def _build_record_table(store: Store) -> dict[str, dict[str, Any]] | None:
    ids = reads.all_event_ids(store)
    if len(ids) > MAX_TABLE_EVENTS:
        return None
    table: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 1000):
        table.update((r["id"], r) for r in base.event_records(store, ids[start : start + 1000]))
    return table


def model(store: Store) -> ReadModel | None:
    """The snapshot's read model of people and parties (built once per snapshot); None outside the app."""
    if not isinstance(store, SnapshotStore):
        return None
    return _model(store)


def _model(store: SnapshotStore) -> ReadModel:
    return store.memo("read-model", lambda: read_model.build(store))


def text_index(store: Store) -> text_search.TextIndex | None:
    """The snapshot's article texts for search (built once per snapshot); None outside the app."""
    if not isinstance(store, SnapshotStore):
        return None
    return store.memo("text-index", lambda: text_search.build(store, reads.events_newest_first(store)))


def event_index(store: SnapshotStore) -> aggregates.EventIndex:
    """The snapshot's events indexed for the explorer's aggregates (built once per snapshot)."""
    return store.memo("event-index", lambda: aggregates.with_whole_record(aggregates.index(store), _model(store)))


def breakdown(store: Store, by: str, flt: EventFilter, top: int | None, side: EventFilter | None) -> Breakdown:
    """``store.stats.breakdown``, counted over the snapshot's event index when there is one."""
    found = model(store)
    if found is None or not isinstance(store, SnapshotStore):
        return stats.breakdown(store, by, flt, top, side=side)
    return aggregates.breakdown(store, found, event_index(store), by, flt, top, side)


def crosstab(store: Store, period: str, by: str, flt: EventFilter, top: int, side: EventFilter | None) -> CrossTab:
    """``store.stats.crosstab``, counted over the snapshot's event index when there is one."""
    found = model(store)
    if found is None or not isinstance(store, SnapshotStore):
        return stats.crosstab(store, period, by, flt, top, side=side)
    return aggregates.crosstab(store, found, event_index(store), period, by, flt, top, side)


def event_page(store: Store, flt: EventFilter) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items"}``: one page of matching events in export shape."""
    ids = base.event_ids(store, replace(flt, limit=None, offset=0))
    limit = flt.limit if flt.limit is not None else len(ids)
    page = ids[flt.offset : flt.offset + limit]
    return {"total": len(ids), "limit": limit, "offset": flt.offset, "items": event_records(store, page)}


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    records = event_records(store, [event_id])
    return records[0] if records else None


def event_documents(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The source articles of an event, each with its text split into highlighted segments."""
    out = []
    for doc_id, evidence in reads.event_evidence(store, event_id):
        doc = document(store, doc_id, event_id=event_id, event_evidence=evidence)
        if doc is not None:
            out.append(doc)
    return out


monthly_timeline = reads.monthly_timeline


def timeline_bars(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill the months between the first and last with zero, for drawing: ``[{"month", "counts"}]``."""
    if not rows:
        return []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        counts[r["month"]][r["channel"]] += r["count"]
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append({"month": key, "counts": dict(counts.get(key, {})), "total": sum(counts.get(key, {}).values())})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# -- people ----------------------------------------------------------------------------------------
def display_names(store: Store) -> dict[str, str]:
    """Every person's display name by id (kept per snapshot): event records carry each article's own written form,
    pages show the person's one name."""
    def build() -> dict[str, str]:
        return {pid: display_name(name, native) for pid, name, native in reads.person_names(store)}

    return store.memo("display-names", build) if isinstance(store, SnapshotStore) else build()


def person(store: Store, person_id: str) -> dict[str, Any] | None:
    """A stored person (``name_source`` says how the Latin name was obtained; None when not said)."""
    found = model(store)
    if found is None:
        return reads.person(store, person_id)
    info = found.person(person_id)
    return None if info is None else dict(info)  # the model's row is shared by every request


def people_page(store: Store, query: str | None, limit: int, offset: int) -> dict[str, Any]:
    """One page of people (matching ``query``), most active first, each with their display name."""
    everyone = base.people(store, query or None)
    items = [{**p, "display_name": display_name(p["name"], p["native"])} for p in everyone[offset : offset + limit]]
    return {"total": len(everyone), "limit": limit, "offset": offset, "items": items}


def person_event_ids(store: Store, person_id: str) -> list[str]:
    """The events of a person, newest first."""
    found = model(store)
    return reads.person_event_ids(store, person_id) if found is None else found.person_events.get(person_id, [])


def counterparts(store: Store, person_id: str) -> list[dict[str, Any]]:
    """The people met most often by ``person_id`` (see ``web_reads.counterparts``)."""
    found = model(store)
    return reads.counterparts(store, person_id) if found is None else found.counterparts.get(person_id, [])


def person_positions(store: Store, person_id: str) -> list[dict[str, Any]]:
    found = model(store)
    return base.positions(store, person_id) if found is None else found.positions.get(person_id, [])


# -- parties -----------------------------------------------------------------------------------------
def party(store: Store, org_id: str) -> dict[str, Any] | None:
    """A stored organisation with the number of events it is a side of."""
    found = model(store)
    if found is None:
        return reads.party(store, org_id)
    info = found.party(org_id)
    return None if info is None else {k: info[k] for k in (*reads.ORG_COLS, "events")}


def parties_list(store: Store) -> list[dict[str, Any]]:
    return base.parties(store)


def partners(store: Store, org_id: str) -> list[dict[str, Any]]:
    """Parties sharing events with ``org_id``, weighted by the number of shared events."""
    found = model(store)
    return reads.partners(store, org_id) if found is None else found.partners.get(org_id, [])


def party_event_ids(store: Store, org_id: str) -> list[str]:
    found = model(store)
    ids = None if found is None else found.party_event_ids(org_id)
    return base.event_ids(store, EventFilter(party=org_id)) if ids is None else ids


def representatives(store: Store, org_id: str, limit: int = read_model.REPRESENTATIVES) -> list[dict[str, Any]]:
    """People who represented the party: members of it (or its bodies), or its country's side at its events."""
    found = model(store)
    if found is not None and limit == read_model.REPRESENTATIVES:
        return found.representatives.get(org_id, [])
    info = party(store, org_id)
    if info is None:
        return []
    bodies = read_model.subtrees(store, [org_id])[org_id]
    return reads.representatives(store, org_id, bodies, info["country"], limit)


# -- graph -----------------------------------------------------------------------------------------------
def graph(
    store: Store,
    kind: str = "party",
    date_from: str | None = None,
    date_to: str | None = None,
    center: str | None = None,
    *,
    top: int | None = None,
    min_weight: int = 1,
) -> dict[str, Any]:
    """Nodes and weighted edges (shared events) between parties or people over a date range.

    With ``center``, only that node, its neighbours and the edges among them are kept. Edges of fewer than
    ``min_weight`` events are left out (and, when it is above 1, the nodes they leave alone); ``top`` keeps the
    nodes with the most events (and ``center``). People are labelled by their display names.
    """
    node_events, edges = _links(store, kind, date_from, date_to)
    edges = Counter({e: w for e, w in edges.items() if w >= min_weight})
    if center is not None:
        keep = {center} | {a for a, b in edges if b == center} | {b for a, b in edges if a == center}
        node_events = Counter({n: c for n, c in node_events.items() if n in keep})
    if min_weight > 1:
        linked = {n for pair in edges for n in pair} | ({center} if center else set())
        node_events = Counter({n: c for n, c in node_events.items() if n in linked})
    total = len(node_events)
    if top is not None and total > top:
        ranked = sorted(node_events, key=lambda n: (n != center, -node_events[n], n))[:top]
        node_events = Counter({n: node_events[n] for n in ranked})
    edges = Counter({e: w for e, w in edges.items() if e[0] in node_events and e[1] in node_events})
    ids = sorted(node_events)
    labels = _node_labels(store, kind, ids)
    nodes_out = [
        {"id": n, "label": labels.get(n, {}).get("label", n), "name": labels.get(n, {}).get("name", n),
         "country": labels.get(n, {}).get("country"), "events": node_events[n]}
        for n in ids
    ]
    edges_out = [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(edges.items())]
    return {"kind": kind, "from": date_from, "to": date_to, "nodes": nodes_out, "edges": edges_out,
            "nodes_total": total}


def _links(
    store: Store, kind: str, date_from: str | None, date_to: str | None
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Events per node and shared events per pair of nodes (sorted ids), over a date range."""
    members: dict[str, set[str]] = defaultdict(set)
    for event_id, node in reads.event_members(store, kind, date_from, date_to):
        members[event_id].add(node)
    node_events: Counter[str] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    for nodes in members.values():
        node_events.update(nodes)
        edges.update(combinations(sorted(nodes), 2))
    return node_events, edges


def _node_labels(store: Store, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    labels: dict[str, dict[str, Any]] = {}
    if kind == "party":
        for nid, label, full, country in reads.party_labels(store, ids):
            labels[nid] = {"label": label, "name": full, "country": country}
    else:
        for nid, name, native, country in reads.person_labels(store, ids):
            shown = display_name(name, native)
            labels[nid] = {"label": shown, "name": shown, "country": country}
    return labels


def top_pairs(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The party pairs with the most shared events (the main counterpart relations)."""
    g = graph(store, "party")
    names = {n["id"]: n for n in g["nodes"]}
    pairs = sorted(g["edges"], key=lambda e: (-e["weight"], e["source"], e["target"]))[:limit]
    return [{"left": names[e["source"]], "right": names[e["target"]], "weight": e["weight"]} for e in pairs]


# -- documents and search -----------------------------------------------------------------------------------
def document(
    store: Store, doc_id: str, *, event_id: str | None = None, event_evidence: list[list[int]] | None = None
) -> dict[str, Any] | None:
    """A stored article with its evidence spans: ``spans`` lists ``{start, end, kind, label}``; ``segments``
    splits the text at span edges so a template can highlight without touching the (unescaped) text.

    Without ``event_id`` the spans of every event the document reports are included.
    """
    out = reads.document_row(store, doc_id)
    if out is None:
        return None
    text: str = out["text"] or ""
    spans: list[dict[str, Any]] = []
    ev_rows = reads.document_events(store, doc_id)
    out["events"] = sorted({r[0] for r in ev_rows})
    if event_id is not None:
        ev_rows = [(event_id, event_evidence or [])]
    for ev_id, evidence in ev_rows:
        for start, end in evidence:
            spans.append({"start": start, "end": end, "kind": "event", "label": ev_id})
    seen: set[tuple[int, int]] = set()
    for person_id, name, evidence in reads.document_mentions(store, doc_id, event_id):
        for start, end in evidence:
            if (start, end) not in seen:
                seen.add((start, end))
                spans.append({"start": start, "end": end, "kind": "person", "label": name, "person_id": person_id})
    spans = [s for s in spans if 0 <= s["start"] < s["end"] <= len(text)]
    spans.sort(key=lambda s: (s["start"], s["end"]))
    out["spans"] = spans
    out["segments"] = segments(text, spans)
    return out


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span edge: ``[{"text", "kinds", "labels"}]`` (kinds empty outside spans)."""
    edges = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for a, b in pairwise(edges):
        covering = [s for s in spans if s["start"] <= a and b <= s["end"]]
        out.append({
            "text": text[a:b],
            "kinds": sorted({s["kind"] for s in covering}),
            "labels": [s["label"] for s in covering if s["kind"] == "person"],
            "person_id": next((s.get("person_id") for s in covering if s["kind"] == "person"), None),
        })
    return out


def search(store: Store, query: str, limit: int = 20) -> dict[str, Any]:
    """People, parties and events matching ``query`` (names, aliases, abbreviations, article text)."""
    found, ids = search_hits(store, query, limit)
    return {**found, "events": event_records(store, ids)}


def search_hits(store: Store, query: str, limit: int = 20) -> tuple[dict[str, Any], list[str]]:
    """:func:`search` without its events, and the ids of those events."""
    q = query.strip()
    if not q:
        return {"query": q, "people": [], "parties": []}, []
    found = model(store)
    people_rows = None if found is None else found.search_people(q, limit)
    if people_rows is None:
        people_rows = reads.search_people(store, q, limit)
    party_rows = None if found is None else found.search_parties(q, limit)
    if party_rows is None:
        party_rows = reads.search_parties(store, q, limit)
    texts = text_index(store)
    ids = None if texts is None else texts.search(q, limit)
    if ids is None:
        ids = base.event_ids(store, EventFilter(text=q, limit=limit))
    if not ids:
        named = None if found is None else found.people_named(q)
        ids = base.event_ids(store, EventFilter(person=q, limit=limit)) if found is None or named is None \
            else found.events_of(named or ["\x00"], limit)
    return {"query": q, "people": people_rows, "parties": party_rows}, ids
