"""Typed batch reads for the exporters: the documents that report events, the organisations
table, participant links and the rows of the five export tables. Every read takes a list of
ids (a batch) and returns plain typed records; no SQL leaves ``store/``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from liaison.store.duckdb_store import Store, placeholders


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
    """The documents ``doc_ids`` by id (unknown ids are left out)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    rows = store.con.execute(
        f"SELECT doc_id, title, source, url, language, published, text FROM documents "
        f"WHERE doc_id IN ({placeholders(ids)})",
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


def org_id_named(store: Store, name: str) -> str | None:
    """The first organisation id (by id order) whose name is exactly ``name``."""
    row = store.con.execute("SELECT min(org_id) FROM orgs WHERE name = ?", [name]).fetchone()
    return row[0] if row and row[0] else None


@dataclass(frozen=True)
class ParticipantLink:
    """What event records do not carry about a participant: its organisation id and document."""

    org_id: str | None
    doc_id: str | None


def participant_links(store: Store, event_ids: list[str]) -> dict[tuple[str, int], ParticipantLink]:
    """(event id, participant ordinal) -> organisation id and reporting document."""
    if not event_ids:
        return {}
    rows = store.con.execute(
        f"SELECT event_id, ordinal, organization_id, doc_id FROM participants "
        f"WHERE event_id IN ({placeholders(event_ids)})",
        event_ids,
    ).fetchall()
    return {(r[0], int(r[1])): ParticipantLink(r[2], r[3]) for r in rows}


class EventRow(NamedTuple):
    event_id: str
    kind: str | None
    date: str | None
    date_precision: str | None
    date_source: str | None
    location: str | None
    remote: bool
    channel: list[str]
    topics: list[str]
    confidence: float | None


def event_rows(store: Store, event_ids: list[str]) -> dict[str, EventRow]:
    """The events ``event_ids`` by id."""
    rows = store.con.execute(
        f"SELECT event_id, kind, date, date_precision, date_source, location, remote, channel, topics, "
        f"confidence FROM events WHERE event_id IN ({placeholders(event_ids)})", event_ids).fetchall()
    return {r[0]: EventRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), list(r[7] or []), list(r[8] or []),
                           None if r[9] is None else float(r[9])) for r in rows}


def event_party_ids(store: Store, event_ids: list[str]) -> dict[str, list[str]]:
    """Each event's party ids, in their stored order."""
    out: dict[str, list[str]] = {}
    for ev, org in store.con.execute(
            f"SELECT event_id, org_id FROM event_parties WHERE event_id IN ({placeholders(event_ids)}) "
            f"ORDER BY event_id, ordinal", event_ids).fetchall():
        out.setdefault(ev, []).append(org)
    return out


def event_document_ids(store: Store, event_ids: list[str]) -> dict[str, list[str]]:
    """Each event's reporting documents, sorted."""
    out: dict[str, list[str]] = {}
    for ev, doc in store.con.execute(
            f"SELECT DISTINCT event_id, doc_id FROM event_documents WHERE event_id IN ({placeholders(event_ids)}) "
            f"ORDER BY event_id, doc_id", event_ids).fetchall():
        out.setdefault(ev, []).append(doc)
    return out


def participant_counts(store: Store, event_ids: list[str]) -> dict[str, int]:
    """Number of participant rows per event (events without any are left out)."""
    return {ev: int(n) for ev, n in store.con.execute(
        f"SELECT event_id, count(*) FROM participants WHERE event_id IN ({placeholders(event_ids)}) GROUP BY 1",
        event_ids).fetchall()}


class ParticipantRow(NamedTuple):
    event_id: str
    ordinal: int
    person_id: str
    person_name: str
    name_as_written: str | None
    native: str | None
    title: str | None
    organization_id: str | None
    organization: str | None
    country: str | None
    lead: bool
    doc_id: str | None
    evidence: str | None


def participant_rows(store: Store, event_ids: list[str]) -> list[ParticipantRow]:
    """The participants of ``event_ids`` (unordered), with their person's resolved name."""
    rows = store.con.execute(
        f"SELECT p.event_id, p.ordinal, p.person_id, pe.name, p.name, p.native, p.title, p.organization_id, "
        f"p.organization, p.country, p.lead, p.doc_id, p.evidence FROM participants p "
        f"JOIN persons pe USING (person_id) WHERE p.event_id IN ({placeholders(event_ids)})", event_ids).fetchall()
    return [ParticipantRow(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]), r[11],
                           r[12]) for r in rows]


class PersonRow(NamedTuple):
    person_id: str
    name: str
    native: str | None
    aliases: list[str]
    country: str | None


def person_rows(store: Store, person_ids: list[str]) -> list[PersonRow]:
    """The people ``person_ids``, ordered by id."""
    rows = store.con.execute(
        f"SELECT person_id, name, native, aliases, country FROM persons "
        f"WHERE person_id IN ({placeholders(person_ids)}) ORDER BY person_id", person_ids).fetchall()
    return [PersonRow(r[0], r[1], r[2], list(r[3] or []), r[4]) for r in rows]


def org_rows(store: Store, org_ids: list[str]) -> list[OrgInfo]:
    """The organisations ``org_ids`` (one row per id), ordered by id."""
    rows = store.con.execute(
        f"SELECT org_id, any_value(name), any_value(abbr), any_value(kind), any_value(country), "
        f"any_value(aliases), any_value(parent), any_value(partyfacts_id) FROM orgs "
        f"WHERE org_id IN ({placeholders(org_ids)}) GROUP BY org_id ORDER BY org_id", org_ids).fetchall()
    return [OrgInfo(r[0], r[1], r[2], r[3], r[4], tuple(r[5] or ()), r[6], r[7]) for r in rows]


class PositionRow(NamedTuple):
    person_id: str
    title: str | None
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    evidence: str | None


def position_rows(store: Store, person_ids: list[str]) -> list[PositionRow]:
    """The positions of ``person_ids``, by person then first/last seen, title and organisation."""
    rows = store.con.execute(
        f"SELECT person_id, title, organization, first_seen, last_seen, evidence FROM positions "
        f"WHERE person_id IN ({placeholders(person_ids)}) "
        f"ORDER BY person_id, first_seen, last_seen, title, organization NULLS FIRST", person_ids).fetchall()
    return [PositionRow(*r) for r in rows]


def position_org_ids(store: Store, person_ids: list[str]) -> set[str]:
    """Ids of the organisations named by the positions of ``person_ids``."""
    return {r[0] for r in store.con.execute(
        f"SELECT DISTINCT o.org_id FROM positions p JOIN orgs o ON o.name = p.organization "
        f"WHERE p.person_id IN ({placeholders(person_ids)})", person_ids).fetchall()}
