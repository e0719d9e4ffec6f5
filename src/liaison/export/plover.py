"""``plover-jsonl``: one PLOVER event record per event (Political Language Ontology for Verifiable
Event Records, Open Event Data Alliance), validated by ``schemas/plover.schema.json``.

Mapping (liaison kind -> PLOVER event type, mode), declared with the kinds in ``model/kinds.toml``:

- meeting, talks, visit, seminar, other -> ``CONSULT``; video_conference, phone_call (class remote)
  -> ``CONSULT`` with mode ``phone`` (PLOVER's mode for telephone and other remote communication);
- agreement -> ``AGREE`` (an agreement signed or announced); message -> ``SUPPORT`` (congratulatory
  and condolence messages endorse the recipient); these carry no mode.

CONSULT modes, as in the PLOVER manual: ``visit`` — the actor travels to meet the recipient, so the
actor is the visitor and the recipient the host (the side whose country the event took place in);
``meet`` — a meeting in a third country; ``phone`` — remote; and ``multilateral`` (a liaison
extension) when more than two countries take part. With no host known the first side in lead order
is the actor and the others are recipients, and the mode is ``visit`` only for liaison ``visit``
events (else null).

Actors and recipients are lists of (country ISO alpha-3, sector) entries with the organisations
and people of that sector: ``PTY`` party (and party bodies), ``GOV`` state, ``LEG`` legislature
(CAMEO/PLOVER sector codes). ``text`` is the sentence the event was read from; ``citation`` lists
every reporting document with its evidence spans. ``coder`` carries the liaison version and the
export time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from liaison.export.countries import country_of_place, iso3
from liaison.export.meta import ExportOptions, export_time
from liaison.export.reading import (
    DocInfo,
    OrgInfo,
    documents,
    iter_record_batches,
    links_of,
    org_index,
    participant_links,
)
from liaison.export.sides import Side, event_sides, host_country, sector_of
from liaison.model.kinds import of_class, plover_type
from liaison.store import EventFilter, Store

CONTEXT_OF_CHANNEL = {"party": "political", "state": "executive", "legislature": "legislative"}
REMOTE_KINDS = of_class("remote")


@lru_cache(maxsize=1)
def plover_schema() -> dict[str, Any]:
    """The JSON Schema every PLOVER record validates against."""
    text = resources.files("liaison.export").joinpath("schemas/plover.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def _mode(event: dict[str, Any], event_type: str, sides: list[Side], host: str | None) -> str | None:
    if event_type != "CONSULT":
        return None
    if event["remote"] or event["kind"] in REMOTE_KINDS:
        return "phone"
    if sum(1 for s in sides if s.country) > 2:
        return "multilateral"
    if host:
        return "visit"
    place = country_of_place(event["location"])
    if place and all(s.country != place for s in sides):
        return "meet"
    return "visit" if event["kind"] == "visit" else None


def _entries(side: Side, orgs: dict[str, OrgInfo], channel: list[str]) -> list[dict[str, Any]]:
    """One actor/recipient entry per sector present on a side."""
    by_sector: dict[str | None, dict[str, Any]] = {}

    def entry(sector: str | None) -> dict[str, Any]:
        return by_sector.setdefault(
            sector, {"country": iso3(side.country), "sector": sector, "organizations": [], "people": []}
        )

    def add_org(e: dict[str, Any], org_id: str, name: str, abbr: str | None) -> None:
        if all(o["id"] != org_id for o in e["organizations"]):
            e["organizations"].append({"id": org_id, "name": name, "abbr": abbr})

    for party in side.parties:
        add_org(entry(sector_of(party["id"], orgs, channel)), party["id"], party["name"], party["abbr"])
    for person, org_id in side.people:
        e = entry(sector_of(org_id, orgs, channel))
        org = orgs.get(org_id) if org_id else None
        if org is not None:
            add_org(e, org.org_id, org.name, org.abbr)
        e["people"].append({"id": person["person_id"], "name": person["name"], "native": person["native"],
                            "title": person["title"], "lead": person["lead"]})
    return list(by_sector.values())


def plover_record(
    event: dict[str, Any],
    person_orgs: list[str | None],
    orgs: dict[str, OrgInfo],
    docs: dict[str, DocInfo],
    opts: ExportOptions,
) -> dict[str, Any]:
    """The PLOVER record of one export-contract event."""
    sides = event_sides(event, person_orgs, orgs)
    host = host_country(event, sides)
    event_type = plover_type(event["kind"])
    if host:
        actors = [s for s in sides if s.country != host]
        recipients = [s for s in sides if s.country == host]
    else:
        actors, recipients = sides[:1], sides[1:]
    channel = event["channel"]
    citations = []
    text = ""
    for ref in event["documents"]:
        doc = docs.get(ref["id"])
        if doc is not None and not text:
            text = doc.excerpt(ref["evidence"])
        citations.append({
            "document_id": ref["id"], "title": doc.title if doc else None, "source": doc.source if doc else None,
            "url": doc.url if doc else None, "published": doc.published if doc else None,
            "language": doc.language if doc else None, "evidence": ref["evidence"],
        })
    location = None
    if event["location"]:
        location = {"name": event["location"], "country": iso3(country_of_place(event["location"]))}
    return {
        "id": event["id"],
        "date": event["date"],
        "date_precision": event["date_precision"],
        "event": event_type,
        "mode": _mode(event, event_type, sides, host),
        "contexts": ["diplomatic", *sorted({CONTEXT_OF_CHANNEL[c] for c in channel if c in CONTEXT_OF_CHANNEL})],
        "actor": [e for s in actors for e in _entries(s, orgs, channel)],
        "recipient": [e for s in recipients for e in _entries(s, orgs, channel)],
        "location": location,
        "text": text,
        "citation": citations,
        "liaison": {"kind": event["kind"], "remote": event["remote"], "channel": channel,
                    "topics": event["topics"], "host": iso3(host)},
        "coder": {"name": "liaison", "version": opts.version, "exported_at": opts.exported_at},
    }


def iter_plover_records(
    store: Store, flt: EventFilter | None = None, opts: ExportOptions | None = None
) -> Iterator[dict[str, Any]]:
    """Every matching event as a PLOVER record, streamed in batches."""
    opts = opts or ExportOptions(exported_at=export_time())
    orgs = org_index(store)
    for batch in iter_record_batches(store, flt or EventFilter()):
        docs = documents(store, (d["id"] for ev in batch for d in ev["documents"]))
        links = participant_links(store, [ev["id"] for ev in batch])
        for ev in batch:
            yield plover_record(ev, [link.org_id for link in links_of(ev, links)], orgs, docs, opts)


def write_plover_jsonl(
    store: Store, out: IO[str], flt: EventFilter | None = None, opts: ExportOptions | None = None
) -> int:
    """Write one PLOVER record per line; returns how many."""
    n = 0
    for record in iter_plover_records(store, flt, opts):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
