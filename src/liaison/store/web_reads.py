"""The reads behind the web app's pages and API: timelines, a person's and a party's records, the
shared-event links of the network, an article with its evidence and the name search. Plain rows
(dicts keyed by column); the app shapes them for display."""

from __future__ import annotations

import json
from typing import Any

from liaison.store.duckdb_store import Store, placeholders

PERSON_COLS = ["person_id", "name", "native", "aliases", "country"]
ORG_COLS = ["org_id", "name", "abbr", "kind", "country", "aliases", "parent", "partyfacts_id"]
# a representative's title at their latest event (ties between titles of one date: the greatest)
POSITION_ORDER = "first_seen, last_seen, title, organization"  # a person's positions, oldest first
LATEST_TITLE = "arg_max(p.title, [coalesce(e.date, ''), coalesce(p.title, '')])"


def _rows(store: Store, sql: str, params: list[Any], cols: list[str]) -> list[dict[str, Any]]:
    return [dict(zip(cols, r, strict=True)) for r in store.con.execute(sql, params).fetchall()]


def _with_aliases(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["aliases"] = list(row["aliases"] or [])
    return rows


def date_where(alias: str, date_from: str | None, date_to: str | None) -> tuple[str, list[Any]]:
    """SQL conditions (prefixed with AND) keeping events inside an ISO-prefix date range."""
    sql = ""
    params: list[Any] = []
    if date_from:
        sql += f" AND {alias}.date IS NOT NULL AND {alias}.date >= ?"
        params.append(date_from)
    if date_to:
        sql += f" AND {alias}.date IS NOT NULL AND left({alias}.date, ?) <= ?"
        params += [len(date_to), date_to]
    return sql, params


# -- events ----------------------------------------------------------------------------------------
def all_event_ids(store: Store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT event_id FROM events").fetchall()]


def event_evidence(store: Store, event_id: str) -> list[tuple[str, list[list[int]]]]:
    """(document id, evidence spans) of each report of an event, by document and frame."""
    rows = store.con.execute(
        "SELECT doc_id, evidence FROM event_documents WHERE event_id = ? ORDER BY doc_id, frame_index", [event_id]
    ).fetchall()
    return [(doc_id, json.loads(evidence)) for doc_id, evidence in rows]


def monthly_timeline(
    store: Store, *, person_id: str | None = None, org_id: str | None = None
) -> list[dict[str, Any]]:
    """Events per month and channel (``[{"month", "channel", "count"}]``), oldest first."""
    where, params = ["e.date IS NOT NULL", "length(e.date) >= 7"], []
    if person_id:
        where.append("e.event_id IN (SELECT event_id FROM participants WHERE person_id = ?)")
        params.append(person_id)
    if org_id:
        where.append("e.event_id IN (SELECT event_id FROM event_parties WHERE org_id = ?)")
        params.append(org_id)
    sql = (
        "SELECT left(e.date, 7) AS month, coalesce(e.channel[1], 'other') AS channel, count(*) "
        f"FROM events e WHERE {' AND '.join(where)} GROUP BY ALL ORDER BY month, channel"
    )
    return _rows(store, sql, params, ["month", "channel", "count"])


# -- people ----------------------------------------------------------------------------------------
def person_names(store: Store) -> list[tuple[str, str, str | None]]:
    """(id, name, native form) of every person."""
    return [(r[0], r[1], r[2]) for r in store.con.execute("SELECT person_id, name, native FROM persons").fetchall()]


def person(store: Store, person_id: str) -> dict[str, Any] | None:
    """A stored person (``name_source`` says how the Latin name was obtained; None when not said)."""
    source = "name_source" if store.has_column("persons", "name_source") else "NULL"
    rows = _rows(
        store, f"SELECT person_id, name, native, aliases, country, {source} FROM persons WHERE person_id = ?",
        [person_id], [*PERSON_COLS, "name_source"],
    )
    return _with_aliases(rows)[0] if rows else None


def person_event_ids(store: Store, person_id: str) -> list[str]:
    """The events of a person, newest first."""
    return [r[0] for r in store.con.execute(
        "SELECT DISTINCT e.event_id, e.date FROM participants p JOIN events e USING (event_id) "
        "WHERE p.person_id = ? ORDER BY e.date DESC NULLS LAST, e.event_id",
        [person_id],
    ).fetchall()]


def counterparts(store: Store, person_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """The people met most often by ``person_id``: ``[{"person_id", "name", "native", "country", "events"}]``.

    Counterparts are on another side than the person's at that event (their own colleagues are not); an
    international official (no side) is a counterpart of everyone with one."""
    return _rows(
        store,
        "SELECT o.person_id, pe.name, pe.native, pe.country, count(DISTINCT o.event_id) AS events "
        "FROM participants me JOIN participants o ON o.event_id = me.event_id AND o.person_id <> me.person_id "
        "AND coalesce(o.country, '') <> coalesce(me.country, '') "
        "JOIN persons pe ON pe.person_id = o.person_id WHERE me.person_id = ? "
        f"GROUP BY ALL ORDER BY events DESC, pe.name, o.person_id LIMIT {int(limit)}",
        [person_id],
        ["person_id", "name", "native", "country", "events"],
    )


# -- parties -----------------------------------------------------------------------------------------
def party(store: Store, org_id: str) -> dict[str, Any] | None:
    """A stored organisation with the number of events it is a side of."""
    rows = _rows(
        store, "SELECT org_id, name, abbr, kind, country, aliases, parent, partyfacts_id FROM orgs WHERE org_id = ?",
        [org_id], ORG_COLS,
    )
    if not rows:
        return None
    out = _with_aliases(rows)[0]
    row = store.con.execute("SELECT count(DISTINCT event_id) FROM event_parties WHERE org_id = ?", [org_id]).fetchone()
    out["events"] = int(row[0]) if row else 0
    return out


def org_parents(store: Store) -> dict[str, str]:
    """Each stored organisation's parent body, where it has one."""
    return dict(store.con.execute("SELECT org_id, parent FROM orgs WHERE parent IS NOT NULL").fetchall())


def partners(
    store: Store, org_id: str, date_from: str | None = None, date_to: str | None = None
) -> list[dict[str, Any]]:
    """Parties sharing events with ``org_id``, weighted by the number of shared events."""
    cond, params = date_where("e", date_from, date_to)
    return _rows(
        store,
        "SELECT o.org_id, o.name, o.abbr, o.country, count(DISTINCT a.event_id) AS weight "
        "FROM event_parties a JOIN event_parties b ON a.event_id = b.event_id AND b.org_id <> a.org_id "
        "JOIN orgs o ON o.org_id = b.org_id JOIN events e ON e.event_id = a.event_id "
        f"WHERE a.org_id = ?{cond} GROUP BY ALL ORDER BY weight DESC, o.name, o.org_id",
        [org_id, *params],
        ["org_id", "name", "abbr", "country", "weight"],
    )


def representatives(
    store: Store, org_id: str, bodies: list[str], country: str | None, limit: int = 50
) -> list[dict[str, Any]]:
    """People who represented a party: members of one of its ``bodies``, or of its ``country``'s side at
    its events, most active first."""
    return _rows(
        store,
        "SELECT p.person_id, pe.name, pe.native, pe.country, count(DISTINCT p.event_id) AS events, "
        f"max(e.date) AS last, {LATEST_TITLE} AS title "
        "FROM participants p JOIN persons pe USING (person_id) JOIN events e USING (event_id) "
        f"WHERE p.organization_id IN ({placeholders(bodies)}) OR (p.organization_id IS NULL AND p.country = ? "
        "AND p.event_id IN (SELECT event_id FROM event_parties WHERE org_id = ?)) "
        f"GROUP BY ALL ORDER BY events DESC, pe.name, p.person_id LIMIT {int(limit)}",
        [*bodies, country, org_id],
        ["person_id", "name", "native", "country", "events", "last", "title"],
    )


# -- the network -----------------------------------------------------------------------------------------
def event_members(
    store: Store, kind: str, date_from: str | None, date_to: str | None
) -> list[tuple[str, str]]:
    """(event id, party or person id) of every side (``kind`` "party") or participant ("person") over a
    date range."""
    cond, params = date_where("e", date_from, date_to)
    if kind == "party":
        table, key = "event_parties", "org_id"
    elif kind == "person":
        table, key = "participants", "person_id"
    else:
        raise ValueError(f"unknown graph kind {kind!r} (party or person)")
    return [(r[0], r[1]) for r in store.con.execute(
        f"SELECT DISTINCT t.event_id, t.{key} FROM {table} t JOIN events e USING (event_id) WHERE true{cond}",
        params,
    ).fetchall()]


def party_labels(store: Store, ids: list[str]) -> list[tuple[str, str, str, str | None]]:
    """(id, abbreviation or name, name, country) of the organisations ``ids``."""
    if not ids:
        return []
    sql = f"SELECT org_id, coalesce(abbr, name), name, country FROM orgs WHERE org_id IN ({placeholders(ids)})"
    return [(r[0], r[1], r[2], r[3]) for r in store.con.execute(sql, ids).fetchall()]


def person_labels(store: Store, ids: list[str]) -> list[tuple[str, str, str | None, str | None]]:
    """(id, name, native form, country) of the people ``ids``."""
    if not ids:
        return []
    sql = f"SELECT person_id, name, native, country FROM persons WHERE person_id IN ({placeholders(ids)})"
    return [(r[0], r[1], r[2], r[3]) for r in store.con.execute(sql, ids).fetchall()]


# -- documents and search -----------------------------------------------------------------------------------
def document_row(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A stored article's fields (``id``, ``title``, ``source``, ``url``, ``language``, ``published``,
    ``published_precision``, ``text``)."""
    rows = _rows(
        store,
        "SELECT doc_id, title, source, url, language, published, published_precision, text FROM documents "
        "WHERE doc_id = ?",
        [doc_id], ["id", "title", "source", "url", "language", "published", "published_precision", "text"],
    )
    return rows[0] if rows else None


def document_events(store: Store, doc_id: str) -> list[tuple[str, list[list[int]]]]:
    """(event id, evidence spans) of each event a document reports, in frame order."""
    rows = store.con.execute(
        "SELECT event_id, evidence FROM event_documents WHERE doc_id = ? ORDER BY frame_index", [doc_id]
    ).fetchall()
    return [(ev, json.loads(evidence)) for ev, evidence in rows]


def document_mentions(
    store: Store, doc_id: str, event_id: str | None = None
) -> list[tuple[str, str, list[list[int]]]]:
    """(person id, name as written, evidence spans) of the participants a document names (of one event)."""
    sql = "SELECT person_id, name, evidence FROM participants WHERE doc_id = ?"
    params: list[Any] = [doc_id]
    if event_id is not None:
        sql += " AND event_id = ?"
        params.append(event_id)
    return [(r[0], r[1], json.loads(r[2])) for r in store.con.execute(sql, params).fetchall()]


def search_people(store: Store, query: str, limit: int) -> list[dict[str, Any]]:
    """People whose id is ``query`` or whose name, native form or an alias contains it."""
    like = f"%{query.lower()}%"
    return _with_aliases(_rows(
        store,
        "SELECT person_id, name, native, aliases, country FROM persons WHERE person_id = ? OR lower(name) LIKE ? "
        "OR lower(native) LIKE ? OR len(list_filter(aliases, lambda a: lower(a) LIKE ?)) > 0 "
        f"ORDER BY name, person_id LIMIT {int(limit)}",
        [query, like, like, like],
        PERSON_COLS,
    ))


def search_parties(store: Store, query: str, limit: int) -> list[dict[str, Any]]:
    """Sides of events whose id or abbreviation is ``query`` or whose name or an alias contains it."""
    like = f"%{query.lower()}%"
    return _with_aliases(_rows(
        store,
        "SELECT org_id, name, abbr, kind, country, aliases, parent, partyfacts_id FROM orgs "
        "WHERE org_id IN (SELECT org_id FROM event_parties) AND (org_id = ? OR lower(name) LIKE ? "
        "OR lower(abbr) = lower(?) OR len(list_filter(aliases, lambda a: lower(a) LIKE ?)) > 0) "
        f"ORDER BY name, org_id LIMIT {int(limit)}",
        [query, like, query, like],
        ORG_COLS,
    ))


# -- the whole record at once (the web app's per-snapshot read model) ----------------------------------------
def all_persons(store: Store) -> list[dict[str, Any]]:
    """Every stored person, as :func:`person` gives one."""
    source = "name_source" if store.has_column("persons", "name_source") else "NULL"
    return _with_aliases(_rows(
        store, f"SELECT person_id, name, native, aliases, country, {source} FROM persons", [],
        [*PERSON_COLS, "name_source"],
    ))


def all_person_events(store: Store) -> list[tuple[str, str]]:
    """(person id, event id) of every participation, each person's events newest first."""
    return [(r[0], r[1]) for r in store.con.execute(
        "SELECT DISTINCT p.person_id, e.event_id, e.date FROM participants p JOIN events e USING (event_id) "
        "ORDER BY p.person_id, e.date DESC NULLS LAST, e.event_id"
    ).fetchall()]


def all_counterparts(store: Store, limit: int = 20) -> list[tuple[str, dict[str, Any]]]:
    """(person id, counterpart) of every person's :func:`counterparts`, in their order."""
    cols = ["person_id", "name", "native", "country", "events"]
    rows = store.con.execute(
        "SELECT me.person_id, o.person_id, pe.name, pe.native, pe.country, count(DISTINCT o.event_id) AS events "
        "FROM participants me JOIN participants o ON o.event_id = me.event_id AND o.person_id <> me.person_id "
        "AND coalesce(o.country, '') <> coalesce(me.country, '') "
        "JOIN persons pe ON pe.person_id = o.person_id GROUP BY me.person_id, o.person_id, pe.name, pe.native, "
        "pe.country QUALIFY row_number() OVER (PARTITION BY me.person_id ORDER BY events DESC, pe.name, o.person_id) "
        f"<= {int(limit)} ORDER BY me.person_id, events DESC, pe.name, o.person_id"
    ).fetchall()
    return [(r[0], dict(zip(cols, r[1:], strict=True))) for r in rows]


def all_orgs(store: Store) -> list[dict[str, Any]]:
    """Every stored organisation as :func:`party` gives one, with ``folded``: its id, name, abbreviation and
    aliases in lower case (as the store's name lookups compare them)."""
    rows = store.con.execute(
        "SELECT o.org_id, o.name, o.abbr, o.kind, o.country, o.aliases, o.parent, o.partyfacts_id, "
        "coalesce(n.events, 0), lower(o.org_id), "
        "list_filter([lower(o.name), lower(o.abbr)] || list_transform(o.aliases, lambda a: lower(a)), "
        "lambda x: x IS NOT NULL) "
        "FROM orgs o LEFT JOIN (SELECT org_id, count(DISTINCT event_id) AS events FROM event_parties GROUP BY 1) n "
        "USING (org_id)"
    ).fetchall()
    out = []
    for r in rows:
        row = dict(zip(ORG_COLS, r[:8], strict=True))
        row["aliases"] = list(row["aliases"] or [])
        out.append({**row, "events": int(r[8]), "folded_id": r[9], "folded": list(r[10] or [])})
    return out


def all_org_events(store: Store) -> list[tuple[str, str]]:
    """(org id, event id) of every side of every event."""
    return [(r[0], r[1]) for r in store.con.execute("SELECT DISTINCT org_id, event_id FROM event_parties").fetchall()]


def events_newest_first(store: Store) -> list[str]:
    """Every event id in the order event lists take: newest first (undated last), then by id."""
    return [r[0] for r in store.con.execute(
        "SELECT event_id FROM events ORDER BY date DESC NULLS LAST, event_id").fetchall()]


def all_partners(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """(org id, partner) of every party's :func:`partners` over the whole record, in their order."""
    rows = store.con.execute(
        "SELECT a.org_id, o.org_id, o.name, o.abbr, o.country, count(DISTINCT a.event_id) AS weight "
        "FROM event_parties a JOIN event_parties b ON a.event_id = b.event_id AND b.org_id <> a.org_id "
        "JOIN orgs o ON o.org_id = b.org_id JOIN events e ON e.event_id = a.event_id "
        "GROUP BY ALL ORDER BY a.org_id, weight DESC, o.name, o.org_id"
    ).fetchall()
    cols = ["org_id", "name", "abbr", "country", "weight"]
    return [(r[0], dict(zip(cols, r[1:], strict=True))) for r in rows]


def all_representatives(
    store: Store, bodies: dict[str, list[str]], countries: dict[str, str], limit: int = 50
) -> list[tuple[str, dict[str, Any]]]:
    """(org id, representative) of every party's :func:`representatives`, in their order: ``bodies`` maps each
    party to its bodies (itself included), ``countries`` to its country."""
    pairs = [(org, body) for org, found in bodies.items() for body in found]
    homes = [(org, c) for org, c in countries.items() if c is not None]
    cols = ["person_id", "name", "native", "country", "events", "last", "title"]
    rows = store.con.execute(
        "WITH b AS (SELECT unnest(?::VARCHAR[]) AS org, unnest(?::VARCHAR[]) AS body), "
        "c AS (SELECT unnest(?::VARCHAR[]) AS org, unnest(?::VARCHAR[]) AS country), "
        "hits AS (SELECT b.org, p.person_id, p.event_id, p.title FROM participants p JOIN b "
        "ON p.organization_id = b.body UNION ALL "
        "SELECT c.org, p.person_id, p.event_id, p.title FROM participants p JOIN c ON p.organization_id IS NULL "
        "AND p.country = c.country WHERE EXISTS (SELECT 1 FROM event_parties ep WHERE ep.event_id = p.event_id "
        "AND ep.org_id = c.org)) "
        "SELECT h.org, h.person_id, pe.name, pe.native, pe.country, count(DISTINCT h.event_id) AS events, "
        f"max(e.date), {LATEST_TITLE.replace('p.title', 'h.title')} "
        "FROM hits h JOIN persons pe USING (person_id) JOIN events e USING (event_id) "
        "GROUP BY h.org, h.person_id, pe.name, pe.native, pe.country "
        "QUALIFY row_number() OVER (PARTITION BY h.org ORDER BY events DESC, pe.name, h.person_id) "
        f"<= {int(limit)} ORDER BY h.org, events DESC, pe.name, h.person_id",
        [[o for o, _ in pairs], [b for _, b in pairs], [o for o, _ in homes], [c for _, c in homes]],
    ).fetchall()
    return [(r[0], dict(zip(cols, r[1:], strict=True))) for r in rows]


def all_positions(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """(person id, position) of every person's positions, each person's in the order ``positions`` gives."""
    cols = ["title", "organization", "first_seen", "last_seen", "evidence"]
    rows = store.con.execute(
        f"SELECT person_id, {', '.join(cols)} FROM positions ORDER BY person_id, {POSITION_ORDER}"
    ).fetchall()
    return [(r[0], {**dict(zip(cols, r[1:], strict=True)), "evidence": json.loads(r[5])}) for r in rows]


def folded_person_names(store: Store) -> list[tuple[str, str, str | None, list[str]]]:
    """(id, name, native form, aliases) of every person in lower case, in :func:`search_people`'s order."""
    return [(r[0], r[1], r[2], list(r[3] or [])) for r in store.con.execute(
        "SELECT person_id, coalesce(lower(name), ''), lower(native), "
        "list_filter(list_transform(aliases, lambda a: lower(a)), lambda a: a IS NOT NULL) FROM persons "
        "ORDER BY name, person_id"
    ).fetchall()]


def folded_side_names(store: Store) -> list[dict[str, Any]]:
    """Id, name, abbreviation and aliases in lower case of every organisation, in :func:`search_parties`'s
    order."""
    rows = store.con.execute(
        "SELECT org_id, coalesce(lower(name), ''), lower(abbr), "
        "list_filter(list_transform(aliases, lambda a: lower(a)), lambda a: a IS NOT NULL) FROM orgs "
        "ORDER BY name, org_id"
    ).fetchall()
    return [{"org_id": r[0], "folded_name": r[1], "folded_abbr": r[2], "folded_aliases": list(r[3] or [])}
            for r in rows]


def event_fields(store: Store) -> list[tuple[str, str | None, str | None, list[str] | None]]:
    """(id, date, kind, channels) of every event."""
    return [(r[0], r[1], r[2], r[3]) for r in store.con.execute(
        "SELECT event_id, date, kind, channel FROM events ORDER BY event_id").fetchall()]


def participant_sides(store: Store) -> list[tuple[str, str, str | None, str | None]]:
    """(event id, person id, country in upper case, organisation id) of every participation."""
    return [(r[0], r[1], r[2], r[3]) for r in store.con.execute(
        "SELECT event_id, person_id, upper(country), organization_id FROM participants").fetchall()]


def event_document_pairs(store: Store) -> list[tuple[str, str]]:
    """(document id, event id) of every report of an event."""
    return [(r[0], r[1]) for r in store.con.execute("SELECT DISTINCT doc_id, event_id FROM event_documents").fetchall()]


def event_texts(store: Store) -> list[tuple[str, str]]:
    """(document id, title and text in lower case) of every document that reports an event."""
    return [(r[0], r[1] or "") for r in store.con.execute("SELECT doc_id, folded FROM event_texts").fetchall()]
