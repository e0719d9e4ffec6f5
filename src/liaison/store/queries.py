"""Read queries over the resolved record, shared by the CLI, the web app and the exporters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from liaison.kb.party_translation import MARK
from liaison.store.duckdb_store import Store, placeholders
from liaison.store.web_reads import POSITION_ORDER


@dataclass(frozen=True)
class EventFilter:
    """Filters on events; every field optional. Names match any form of a person or party."""

    person: str | None = None
    party: str | None = None
    country: str | None = None
    kind: str | None = None
    channel: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    limit: int | None = None
    offset: int = 0


def _person_ids(store: Store, query: str) -> list[str]:
    """Person ids whose id, name, native form or alias matches ``query`` (case-insensitive), sorted."""
    q = query.strip()
    rows = store.con.execute(
        "SELECT person_id FROM persons WHERE person_id = ? OR lower(name) = lower(?) OR native = ? "
        "OR list_contains(list_transform(aliases, lambda a: lower(a)), lower(?)) ORDER BY person_id",
        [q, q, q, q],
    ).fetchall()
    if not rows:
        rows = store.con.execute(
            "SELECT person_id FROM persons WHERE lower(name) LIKE '%' || lower(?) || '%' "
            "OR native LIKE '%' || ? || '%' ORDER BY person_id",
            [q, q],
        ).fetchall()
    return [r[0] for r in rows]


def _org_ids(store: Store, query: str) -> list[str]:
    """Organisations named ``query``: id, name (a derived translation also without its mark), abbreviation
    or alias, in any case."""
    q = query.strip()
    rows = store.con.execute(
        "SELECT org_id FROM orgs WHERE org_id = ? OR lower(name) IN (lower(?), lower(?)) OR lower(abbr) = lower(?) "
        "OR list_contains(list_transform(aliases, lambda a: lower(a)), lower(?)) ORDER BY org_id",
        [q, q, q + MARK, q, q],
    ).fetchall()
    return [r[0] for r in rows]


def event_where(store: Store, flt: EventFilter | None = None) -> tuple[str, list[Any]]:
    """The SQL condition (over ``events``) and its parameters selecting the events matching ``flt``."""
    flt = flt or EventFilter()
    where: list[str] = ["true"]
    params: list[Any] = []
    if flt.person:
        ids = _person_ids(store, flt.person) or ["\x00"]
        where.append(f"event_id IN (SELECT event_id FROM participants WHERE person_id IN ({placeholders(ids)}))")
        params += ids
    if flt.party:
        orgs = _org_ids(store, flt.party) or ["\x00"]
        where.append(f"event_id IN (SELECT event_id FROM event_parties WHERE org_id IN ({placeholders(orgs)}))")
        params += orgs
    if flt.country:
        where.append("event_id IN (SELECT event_id FROM participants WHERE upper(country) = upper(?))")
        params.append(flt.country)
    if flt.kind:
        where.append("kind = ?")
        params.append(flt.kind)
    if flt.channel:
        where.append("list_contains(channel, ?)")
        params.append(flt.channel)
    if flt.date_from:
        where.append("date IS NOT NULL AND date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        where.append("date IS NOT NULL AND left(date, ?) <= ?")
        params += [len(flt.date_to), flt.date_to]
    if flt.text:
        if store.has_table("event_texts"):  # the texts of documents with events, in lower case
            where.append("event_id IN (SELECT ed.event_id FROM event_documents ed JOIN event_texts t USING (doc_id) "
                         "WHERE t.folded LIKE '%' || lower(?) || '%')")
            params.append(flt.text)
        else:  # a database from before migration 8
            where.append(
                "event_id IN (SELECT ed.event_id FROM event_documents ed JOIN documents d USING (doc_id) "
                "WHERE d.text ILIKE '%' || ? || '%' OR d.title ILIKE '%' || ? || '%')"
            )
            params += [flt.text, flt.text]
    if flt.min_confidence is not None:
        where.append("coalesce(confidence, 1.0) >= ?")
        params.append(flt.min_confidence)
    return " AND ".join(where), params


def event_ids(store: Store, flt: EventFilter | None = None) -> list[str]:
    """Ids of the events matching ``flt``, newest first (undated last), then by id."""
    flt = flt or EventFilter()
    where, params = event_where(store, flt)
    sql = f"SELECT event_id FROM events WHERE {where} ORDER BY date DESC NULLS LAST, event_id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
    return [r[0] for r in store.con.execute(sql, params).fetchall()]


def count_events(store: Store, flt: EventFilter | None = None) -> int:
    """How many events match ``flt`` (its limit and offset ignored)."""
    where, params = event_where(store, flt)
    row = store.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()
    return int(row[0]) if row else 0


def event_records(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Events in the export-contract shape (DESIGN.md), in the order of ``ids``."""
    if not ids:
        return []
    con = store.con
    marks = placeholders(ids)
    events = {
        r[0]: r
        for r in con.execute(
            f"SELECT event_id, kind, date, date_precision, location, remote, channel, topics, confidence, "
            f"date_source FROM events WHERE event_id IN ({marks})",
            ids,
        ).fetchall()
    }
    docs: dict[str, list[dict[str, Any]]] = {}
    for event_id, doc_id, evidence in con.execute(
        f"SELECT event_id, doc_id, evidence FROM event_documents WHERE event_id IN ({marks}) "
        f"ORDER BY event_id, doc_id, frame_index",
        ids,
    ).fetchall():
        docs.setdefault(event_id, []).append({"id": doc_id, "evidence": json.loads(evidence)})
    parties: dict[str, list[dict[str, Any]]] = {}
    for event_id, org_id, name, abbr, country, aliases, pf in con.execute(
        f"SELECT ep.event_id, o.org_id, o.name, o.abbr, o.country, o.aliases, o.partyfacts_id "
        f"FROM event_parties ep JOIN orgs o USING (org_id) WHERE ep.event_id IN ({marks}) "
        f"ORDER BY ep.event_id, ep.ordinal",
        ids,
    ).fetchall():
        party: dict[str, Any] = {"id": org_id, "name": name, "abbr": abbr, "country": country,
                                 "aliases": list(aliases or [])}
        if pf is not None:
            party["partyfacts_id"] = pf
        parties.setdefault(event_id, []).append(party)
    people: dict[str, list[dict[str, Any]]] = {}
    source = _name_source_column(store)
    for row in con.execute(
        f"SELECT p.event_id, p.person_id, pe.name, p.native, pe.aliases, p.title, p.organization, "
        f"p.country, p.lead, p.evidence, p.name, {source} FROM participants p JOIN persons pe USING (person_id) "
        f"WHERE p.event_id IN ({marks}) ORDER BY p.event_id, p.ordinal",
        ids,
    ).fetchall():
        event_id, pid, name, native, aliases, title, org, country, lead, evidence, local_name, name_source = row
        alias_set = sorted({*(aliases or []), local_name} - {name, native})
        people.setdefault(event_id, []).append(
            {"person_id": pid, "name": name, "native": native, "aliases": alias_set, "title": title,
             "organization": org, "country": country, "lead": bool(lead), "evidence": json.loads(evidence),
             "name_source": name_source}
        )
    out = []
    for event_id in ids:
        e = events.get(event_id)
        if e is None:
            continue
        out.append(
            {"id": e[0], "kind": e[1], "date": e[2], "date_precision": e[3], "date_source": e[9] or "none",
             "location": e[4],
             "remote": bool(e[5]), "channel": list(e[6] or []), "topics": list(e[7] or []),
             "confidence": 1.0 if e[8] is None else round(float(e[8]), 3),
             "documents": docs.get(event_id, []), "parties": parties.get(event_id, []),
             "participants": people.get(event_id, [])}
        )
    return out


def iter_event_records(
    store: Store, flt: EventFilter | None = None, batch: int = 500
) -> Iterator[dict[str, Any]]:
    """Every matching event in the export-contract shape, streamed in batches."""
    flt = flt or EventFilter()
    ids = event_ids(store, EventFilter(**{**flt.__dict__, "limit": None, "offset": 0}))
    ids = ids[flt.offset :] if flt.limit is None else ids[flt.offset : flt.offset + flt.limit]
    for i in range(0, len(ids), batch):
        yield from event_records(store, ids[i : i + batch])


def _name_source_column(store: Store) -> str:
    """``pe.name_source``, or NULL for a database built before names carried their source."""
    return "pe.name_source" if store.has_column("persons", "name_source") else "NULL"


def people(store: Store, query: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """People with their number of events, most active first."""
    sql = (
        "SELECT pe.person_id, pe.name, pe.native, pe.country, count(DISTINCT p.event_id) AS events, "
        f"min(e.date) AS first, max(e.date) AS last, {_name_source_column(store)} AS name_source FROM persons pe "
        "LEFT JOIN participants p USING (person_id) LEFT JOIN events e USING (event_id)"
    )
    params: list[Any] = []
    if query:
        ids = _person_ids(store, query) or ["\x00"]
        sql += f" WHERE pe.person_id IN ({placeholders(ids)})"
        params += ids
    sql += " GROUP BY ALL ORDER BY events DESC, pe.name"
    if limit:
        sql += f" LIMIT {int(limit)}"
    cols = ["person_id", "name", "native", "country", "events", "first", "last", "name_source"]
    return [dict(zip(cols, r, strict=True)) for r in store.con.execute(sql, params).fetchall()]


def parties(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    """Parties that are sides of at least one event, with counts."""
    sql = (
        "SELECT o.org_id, o.name, o.abbr, o.country, o.partyfacts_id, count(DISTINCT ep.event_id) AS events, "
        "min(e.date) AS first, max(e.date) AS last FROM orgs o JOIN event_parties ep USING (org_id) "
        "JOIN events e USING (event_id) GROUP BY ALL ORDER BY events DESC, o.name"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    cols = ["org_id", "name", "abbr", "country", "partyfacts_id", "events", "first", "last"]
    return [dict(zip(cols, r, strict=True)) for r in store.con.execute(sql).fetchall()]


def positions(store: Store, person_id: str) -> list[dict[str, Any]]:
    cols = ["title", "organization", "first_seen", "last_seen", "evidence"]
    rows = store.con.execute(
        "SELECT title, organization, first_seen, last_seen, evidence FROM positions "
        f"WHERE person_id = ? ORDER BY {POSITION_ORDER}",
        [person_id],
    ).fetchall()
    return [{**dict(zip(cols, r, strict=True)), "evidence": json.loads(r[4])} for r in rows]


def find_people(store: Store, query: str) -> list[str]:
    """Person ids matching a name, native form, alias or id."""
    return _person_ids(store, query)


def party_ids(store: Store, query: str) -> list[str]:
    """Organisation ids whose id, name, abbreviation or alias is ``query`` (any case)."""
    return _org_ids(store, query)


def count_people(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM persons").fetchone()
    return int(row[0]) if row else 0


def count_parties(store: Store) -> int:
    """Organisations that are a side of at least one event."""
    row = store.con.execute("SELECT count(DISTINCT org_id) FROM event_parties").fetchone()
    return int(row[0]) if row else 0


def summary(store: Store) -> dict[str, Any]:
    con = store.con

    def one(sql: str) -> Any:
        row = con.execute(sql).fetchone()
        return row[0] if row else None

    return {
        "documents": one("SELECT count(*) FROM documents"),
        "documents_with_events": one("SELECT count(DISTINCT doc_id) FROM event_documents"),
        "events": one("SELECT count(*) FROM events"),
        "people": one("SELECT count(*) FROM persons"),
        "parties": one("SELECT count(DISTINCT org_id) FROM event_parties"),
        "skipped": one("SELECT count(*) FROM skipped WHERE kind = 'skipped'"),
        "notes": one("SELECT count(*) FROM skipped WHERE kind = 'note'"),
        "first": one("SELECT min(date) FROM events"),
        "last": one("SELECT max(date) FROM events"),
        "by_kind": dict(con.execute("SELECT kind, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()),
        "by_language": dict(
            con.execute("SELECT language, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC").fetchall()
        ),
    }


@dataclass(frozen=True)
class Source:
    """An article an event comes from, with the sentences cited as evidence."""

    doc_id: str
    title: str | None
    published: str | None
    url: str | None
    evidence: tuple[str, ...]


def event_sources(store: Store, event_id: str) -> list[Source]:
    """The articles reporting ``event_id`` and the text of their evidence spans."""
    rows = store.con.execute(
        "SELECT d.doc_id, d.title, d.published, d.url, d.text, ed.evidence FROM event_documents ed "
        "JOIN documents d USING (doc_id) WHERE ed.event_id = ? ORDER BY d.doc_id, ed.frame_index",
        [event_id],
    ).fetchall()
    out = []
    for doc_id, title, published, url, text, evidence in rows:
        spans = [(int(a), int(b)) for a, b in json.loads(evidence or "[]")]
        quotes = tuple(" ".join((text or "")[a:b].split()) for a, b in spans if 0 <= a < b <= len(text or ""))
        out.append(Source(doc_id, title, published, url, quotes))
    return out


def partyfacts_link_counts(store: Store) -> dict[str, int]:
    """How many gazetteer parties are linked to Party Facts, by linking method."""
    rows = store.con.execute("SELECT method, count(*) FROM partyfacts_links GROUP BY 1 ORDER BY 1").fetchall()
    return {str(m): int(c) for m, c in rows}


def event_kinds(store: Store) -> list[str]:
    """The event kinds present, sorted."""
    return [r[0] for r in store.con.execute(
        "SELECT DISTINCT kind FROM events WHERE kind IS NOT NULL ORDER BY 1").fetchall()]


def busiest_country(store: Store) -> tuple[str, int] | None:
    """The participants' country present at the most events, with that number of events."""
    row = store.con.execute(
        "SELECT upper(country), count(DISTINCT event_id) AS n FROM participants WHERE country IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1").fetchone()
    return (row[0], int(row[1])) if row else None


def person_names(store: Store, person_ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """Name and native form of the people ``person_ids`` still stored."""
    if not person_ids:
        return {}
    rows = store.con.execute(
        f"SELECT person_id, name, native FROM persons WHERE person_id IN ({placeholders(person_ids)})", person_ids
    ).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}
