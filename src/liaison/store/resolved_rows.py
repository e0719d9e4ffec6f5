"""The rows of the resolved tables (persons, events and their parts, positions, match decisions)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from liaison.kb.gazetteer import Gazetteer
from liaison.kb.party_translation import marked_names
from liaison.model.types import MatchDecision, OrgRef, Person, Position, ResolvedEvent

Row = tuple[Any, ...]
EVENT_TABLES = ("events", "event_documents", "participants", "event_parties")


def person_rows(people: Iterable[Person]) -> list[Row]:
    return [(p.person_id, p.name, p.native, list(p.aliases), p.country, p.name_source) for p in people]


def position_rows(positions: Iterable[Position]) -> list[Row]:
    return [
        (p.person_id, p.title, p.organization, p.first_seen, p.last_seen,
         json.dumps([[d, list(s)] for d, s in p.evidence]))
        for p in positions
    ]


def decision_rows(decisions: Iterable[MatchDecision]) -> list[Row]:
    return [(d.left, d.right, d.score, json.dumps(d.features), d.merged) for d in decisions]


def org_row(org_id: str, org: Any, gazetteer: Gazetteer) -> Row:
    """An organisation's row; a party known only by its Chinese name is recorded under its derived
    English name, marked as such (``kb.party_translation``), the Chinese name kept as an alias."""
    entry = gazetteer.org(org_id)
    name, aliases = org.name, tuple(org.aliases)
    if entry is None and org.kind == "party" and (derived := marked_names(org.name, org.country)) is not None:
        name, aliases = derived[0], (*derived[1], *(a for a in aliases if a not in derived[1]))
    return (org_id, name, org.abbr, org.kind, org.country, list(aliases), org.parent,
            entry.partyfacts_id if entry else None)


def event_rows(
    events: Iterable[ResolvedEvent], gazetteer: Gazetteer, orgs: dict[str, Row]
) -> dict[str, list[Row]]:
    """Rows of ``EVENT_TABLES`` for ``events``; organisations they name are added to ``orgs`` (first seen wins)."""
    out: dict[str, list[Row]] = {t: [] for t in EVENT_TABLES}
    for ev in events:
        f = ev.frame
        out["events"].append(
            (ev.event_id, f.kind, f.date.iso if f.date else None, f.date.precision if f.date else None,
             f.date_source, f.location, f.remote, list(f.channel), list(f.topics), f.confidence)
        )
        for rep in ev.reports:
            out["event_documents"].append(
                (ev.event_id, rep.doc_id, rep.index, json.dumps([list(s) for s in rep.evidence])))
        for i, rp in enumerate(ev.participants):
            p = rp.participant.person
            org = p.organization
            org_id = (org.key or f"x:{org.name}") if org else None
            if org is not None and org_id is not None and org_id not in orgs:
                orgs[org_id] = org_row(org_id, org, gazetteer)
            spans = [list(p.span), *[list(s) for s in p.extra_spans]]
            out["participants"].append(
                (ev.event_id, rp.person_id, rp.doc_id, p.name, p.native, p.title, org_id,
                 org.name if org else None, rp.participant.side or p.country, rp.participant.lead, i,
                 json.dumps(spans), p.name_source)
            )
        for i, party in enumerate(ev.parties):
            org_id = party.key or f"x:{party.name}"
            if org_id not in orgs:
                orgs[org_id] = org_row(org_id, party, gazetteer)
            out["event_parties"].append((ev.event_id, org_id, i))
    return out


def gazetteer_parties(gazetteer: Gazetteer, orgs: dict[str, Row]) -> None:
    """Add every party the gazetteer knows to ``orgs`` (the explorer lists them even without events)."""
    for key, entry in gazetteer.orgs.items():
        if entry.kind == "party" and key not in orgs:
            ref: OrgRef = entry.ref()
            orgs[key] = org_row(key, ref, gazetteer)
