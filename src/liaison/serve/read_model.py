"""A snapshot's people and parties indexed in memory, so that a timeline or a name search is a lookup.

The web app answers a person's or a party's page, and the name part of a search, from this read
model instead of from six to ten SQL queries per request. It is built once per snapshot (a
snapshot never changes), with one query per table over the whole record (``store.web_reads.all_*``),
in about a second on the whole CCTV record; ``pages.warm`` builds it before requests need it. Every
answer equals the per-request SQL of ``store.web_reads`` (``tests/serve/test_read_model.py``
compares them on a real-built database).

Values are shared by all requests of the snapshot: callers copy before changing them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from liaison.kb.gazetteer import default_gazetteer
from liaison.store import Store
from liaison.store import web_reads as reads

SEPARATOR = "\x00"  # between the names joined for search (a query never holds it)
COUNTERPARTS = 20  # as ``web_reads.counterparts``
REPRESENTATIVES = 50  # as ``web_reads.representatives``
LIKE_WILDCARDS = ("%", "_", "\\", "\x00")  # a query with these is matched by SQL (patterns, or our separator)


@dataclass
class ReadModel:
    persons: dict[str, dict[str, Any]]
    person_events: dict[str, list[str]]
    positions: dict[str, list[dict[str, Any]]]
    counterparts: dict[str, list[dict[str, Any]]]
    orgs: dict[str, dict[str, Any]]  # as ``web_reads.party`` gives them (with ``events``)
    org_events: dict[str, set[str]]
    rank: dict[str, int]  # each event's place in the newest-first order
    partners: dict[str, list[dict[str, Any]]]
    representatives: dict[str, list[dict[str, Any]]]
    org_names: dict[str, set[str]] = field(default_factory=dict)  # lower-case name, abbreviation, alias -> ids
    persons_by_name: list[tuple[str, str, str]] = field(default_factory=list)  # id, lower-case name, native
    people_text: list[tuple[str, str]] = field(default_factory=list)  # id, lower-case names joined; search order
    sides_text: list[tuple[str, str, str | None]] = field(default_factory=list)  # id, names joined, abbreviation
    person_names: dict[str, set[str]] = field(default_factory=dict)  # lower-case name or alias -> ids
    native_names: dict[str, set[str]] = field(default_factory=dict)  # native form -> ids

    # -- people ----------------------------------------------------------------------------------------
    def person(self, person_id: str) -> dict[str, Any] | None:
        return self.persons.get(person_id)

    # -- parties ---------------------------------------------------------------------------------------
    def party(self, org_id: str) -> dict[str, Any] | None:
        return self.orgs.get(org_id)

    def party_event_ids(self, org_id: str) -> list[str] | None:
        """The events of the organisations ``EventFilter(party=org_id)`` names (its id, name, abbreviation or
        alias is ``org_id``), newest first; None when ``org_id`` is not a stored organisation's id."""
        info = self.orgs.get(org_id)
        if info is None or org_id != org_id.strip():
            return None
        named = {org_id, *self.org_names.get(info["folded_id"], ())}
        events: set[str] = set().union(*(self.org_events.get(o, set()) for o in named))
        return sorted(events, key=self.rank.__getitem__)

    def people_named(self, query: str) -> list[str] | None:
        """As ``store.queries.find_people``: ids whose id, name, native form or alias is ``query`` (any case),
        else whose name (any case) or native form contains it; None for a query with LIKE wildcards."""
        q = query.strip()
        if any(w in q for w in LIKE_WILDCARDS):
            return None
        folded = q.lower()
        found = self.person_names.get(folded, set()) | self.native_names.get(q, set()) | (
            {q} if q in self.persons else set())
        if not found:
            found = {pid for pid, name, native in self.persons_by_name if folded in name or q in native}
        return sorted(found)

    def events_of(self, person_ids: list[str], limit: int) -> list[str]:
        """The newest ``limit`` events of any of ``person_ids``, newest first."""
        events: set[str] = set().union(*(self.person_events.get(p, ()) for p in person_ids))
        return sorted(events, key=self.rank.__getitem__)[:limit]

    # -- search ----------------------------------------------------------------------------------------
    def search_people(self, query: str, limit: int) -> list[dict[str, Any]] | None:
        """As ``web_reads.search_people``; None for a query with LIKE wildcards (left to SQL)."""
        if any(w in query for w in LIKE_WILDCARDS):
            return None
        folded = query.lower()
        out = []
        for pid, text in self.people_text:
            if pid == query or folded in text:
                out.append(_person_ref(self.persons[pid]))
                if len(out) == limit:
                    break
        return out

    def search_parties(self, query: str, limit: int) -> list[dict[str, Any]] | None:
        """As ``web_reads.search_parties``; None for a query with LIKE wildcards (left to SQL)."""
        if any(w in query for w in LIKE_WILDCARDS):
            return None
        folded = query.lower()
        out = []
        for oid, text, abbr in self.sides_text:
            if oid == query or folded in text or abbr == folded:
                out.append(_org_ref(self.orgs[oid]))
                if len(out) == limit:
                    break
        return out


def _person_ref(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in reads.PERSON_COLS}


def _org_ref(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in reads.ORG_COLS}


def _grouped(rows: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for key, value in rows:
        out[key].append(value)
    return dict(out)


def subtrees(store: Store, org_ids: Iterable[str]) -> dict[str, list[str]]:
    """Each organisation with every body below it (International Department under the CPC Central
    Committee...), sorted; intermediate bodies may not be stored, so the knowledge base's hierarchy fills
    the gaps."""
    parents = {key: entry.parent for key, entry in default_gazetteer().orgs.items() if entry.parent}
    parents.update(reads.org_parents(store))
    children: dict[str, list[str]] = defaultdict(list)
    for oid, parent in parents.items():
        children[parent].append(oid)
    out = {}
    for org_id in org_ids:
        seen, todo = {org_id}, [org_id]
        while todo:
            for child in children.get(todo.pop(), []):
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        out[org_id] = sorted(seen)
    return out


def build(store: Store) -> ReadModel:
    """The read model of the record ``store`` holds (a dozen whole-table queries)."""
    persons = {p["person_id"]: p for p in reads.all_persons(store)}
    orgs = {o["org_id"]: o for o in reads.all_orgs(store)}
    org_names: dict[str, set[str]] = defaultdict(set)
    for oid, info in orgs.items():
        for name in info["folded"]:
            org_names[name].add(oid)
    countries = {oid: info["country"] for oid, info in orgs.items()}
    org_event = reads.all_org_events(store)
    sides = {o for o, _ in org_event}
    folded_people = reads.folded_person_names(store)
    person_names: dict[str, set[str]] = defaultdict(set)
    native_names: dict[str, set[str]] = defaultdict(set)
    for pid, name, _, aliases in folded_people:
        for form in (name, *aliases):
            person_names[form].add(pid)
        if (native := persons[pid]["native"]) is not None:
            native_names[native].add(pid)
    return ReadModel(
        persons=persons,
        person_events=_grouped(reads.all_person_events(store)),
        positions=_grouped(reads.all_positions(store)),
        counterparts=_grouped(reads.all_counterparts(store, COUNTERPARTS)),
        orgs=orgs,
        org_events={k: set(v) for k, v in _grouped(org_event).items()},
        rank={eid: i for i, eid in enumerate(reads.events_newest_first(store))},
        partners=_grouped(reads.all_partners(store)),
        representatives=_grouped(reads.all_representatives(store, subtrees(store, orgs), countries, REPRESENTATIVES)),
        org_names=dict(org_names),
        persons_by_name=[(pid, name, persons[pid]["native"] or "") for pid, name, _, _ in folded_people],
        people_text=[(pid, SEPARATOR.join([name, native or "", *aliases]))
                     for pid, name, native, aliases in folded_people],
        sides_text=[(o["org_id"], SEPARATOR.join([o["folded_name"], *o["folded_aliases"]]), o["folded_abbr"])
                    for o in reads.folded_side_names(store) if o["org_id"] in sides],
        person_names=dict(person_names), native_names=dict(native_names),
    )
