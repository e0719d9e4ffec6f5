"""``ftm``: FollowTheMoney entities, one JSON object per line (the format ``ftm`` tools read).

Entities (all built and validated with the library's own model):

- ``Document`` ``liaison-export``: the export itself (generator version, export time) — first line;
- ``Article`` per source document (title, publisher, url, publication date, language, text);
- ``Event`` per event (name, date, location, summary = the evidence sentence, involved people and
  organisations, ``proof`` = the reporting articles, ``recordId`` = the liaison event id);
- ``Documentation`` per (article, event), role ``report``;
- ``Mention`` per participant as named in an article (``name`` as written, ``resolved`` person);
- ``Person`` per participant (name, native form and aliases, country, titles);
- ``Organization`` per party and party body, ``PublicBody`` per state body or legislature;
- ``Position`` per (title, organisation) and ``Occupancy`` per person holding it. liaison only knows
  when a title was *observed*, not a term of office, so the first and last observation dates go to
  ``date`` (not ``startDate``/``endDate``), with ``proof`` pointing to the articles.

Ids are stable and readable where possible (see ``ftm_id``): ``liaison-person.p-3884d7072957``,
``liaison-org-cpc``, ``liaison-doc-en-cai``; an id longer than FtM allows is hashed.

Values fit FtM's property limits (see ``_fit``): a text longer than a text property holds (an
article body over 65,000 characters) is split into several values of that property, in order, at
whitespace where possible; a longer name or title is shortened with "…".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from followthemoney import model
from followthemoney.property import Property
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from liaison.export.meta import ExportOptions, export_time
from liaison.export.reading import (
    DocInfo,
    OrgInfo,
    ParticipantLink,
    batches,
    documents,
    filtered_event_ids,
    links_of,
    org_index,
    participant_links,
)
from liaison.store import EventFilter, Store
from liaison.store.export_reads import PositionRow, org_id_named, person_rows, position_org_ids, position_rows
from liaison.store.queries import event_records

PUBLIC_BODY_KINDS = {"state", "legislature"}
_VALID = re.compile(r"^[0-9A-Za-z]([0-9A-Za-z.\-]*[0-9A-Za-z])?$")  # FtM's own entity id rule
_SNAKE = re.compile(r"^[0-9A-Za-z]+(_[0-9A-Za-z]+)+$")
MAX_ID = registry.entity.max_length  # an entity id longer than this is not a valid reference


def ftm_id(kind: str, raw: str) -> str:
    """A valid, stable and injective FtM entity id for a liaison id of one kind.

    Valid ids are kept (``liaison-doc-en-cai``); snake-case ids get ``-`` for ``_`` after a dot
    (``liaison-person.p-3884d7072957``); anything else, or anything that would be longer than an
    FtM reference may be, is hashed (``liaison-org.h<sha1>``).
    """
    fits = len(raw) + len(kind) + 9 <= MAX_ID
    if fits and _VALID.match(raw):
        return f"liaison-{kind}-{raw}"
    if fits and _SNAKE.match(raw):
        return f"liaison-{kind}.{raw.replace('_', '-')}"
    return f"liaison-{kind}.h{hashlib.sha1(raw.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _entity(schema: str, entity_id: str, **props: Any) -> EntityProxy:
    """Make an entity, adding each property's values (None and empty values skipped)."""
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for name, values in props.items():
        prop = proxy.schema.properties[name]
        for value in values if isinstance(values, list | tuple) else [values]:
            if value is not None and value != "":
                for part in _fit(prop, value):
                    proxy.add(prop, part)
    proxy.schema.validate(proxy.to_dict())  # type: ignore[arg-type]
    return proxy


def _fit(prop: Property, value: Any) -> list[Any]:
    """``value`` as values ``prop`` accepts: a long text split, a long string shortened, a long URL dropped."""
    limit = prop.max_length
    if not isinstance(value, str) or len(value) <= limit:
        return [value]
    if prop.type == registry.text:
        return split_text(value, limit)
    if prop.type == registry.string:
        return [value[: limit - 1].rstrip() + "…"]
    return []


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters that join back to it, cut at whitespace where possible."""
    parts = []
    while len(text) > limit:
        cut = max(text.rfind(" ", limit // 2, limit), text.rfind("\n", limit // 2, limit))
        cut = cut + 1 if cut > 0 else limit
        parts.append(text[:cut])
        text = text[cut:]
    return [*parts, text] if text else parts


def _line(proxy: EntityProxy) -> str:
    return json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"


def export_entity(opts: ExportOptions) -> EntityProxy:
    return _entity("Document", "liaison-export", fileName="liaison-export.ftm.json", title="liaison export",
                   generator=f"liaison {opts.version}", processingAgent=f"liaison {opts.version}",
                   processedAt=opts.exported_at.rstrip("Z"), date=opts.exported_at[:10])


def article_entity(doc: DocInfo) -> EntityProxy:
    return _entity("Article", ftm_id("doc", doc.doc_id), fileName=doc.doc_id, title=doc.title,
                   publisher=doc.source, sourceUrl=doc.url, publishedAt=doc.published, language=doc.language,
                   bodyText=doc.text)


def org_entity(org: OrgInfo) -> EntityProxy:
    schema = "PublicBody" if org.kind in PUBLIC_BODY_KINDS else "Organization"
    return _entity(schema, ftm_id("org", org.org_id), name=org.name, abbreviation=org.abbr,
                   alias=sorted(set(org.aliases) - {org.name}), country=org.country, legalForm=org.kind)


def _event_name(event: dict[str, Any]) -> str:
    leads = [p["name"] for p in event["participants"] if p["lead"]] or [p["name"] for p in event["parties"]]
    label = event["kind"].replace("_", " ")
    return f"{label}: {' / '.join(leads)}" if leads else label


def event_entities(
    event: dict[str, Any], docs: dict[str, DocInfo], links: list[ParticipantLink]
) -> Iterator[EntityProxy]:
    """The Event, its Documentation links and its participants' Mentions."""
    first = event["documents"][0] if event["documents"] else None
    summary = docs[first["id"]].excerpt(first["evidence"]) if first and first["id"] in docs else None
    involved = [ftm_id("person", p["person_id"]) for p in event["participants"]]
    involved += [ftm_id("org", p["id"]) for p in event["parties"]]
    involved += [ftm_id("org", link.org_id) for link in links if link.org_id]
    countries = sorted({p["country"] for p in event["participants"] + event["parties"] if p["country"]})
    article_ids = [ftm_id("doc", d["id"]) for d in event["documents"] if d["id"] in docs]
    ev_id = ftm_id("event", event["id"])
    yield _entity("Event", ev_id, name=_event_name(event), date=event["date"], location=event["location"],
                  summary=summary, involved=list(dict.fromkeys(involved)), country=countries, proof=article_ids,
                  recordId=event["id"], keywords=event["topics"] + event["channel"])
    for ref in event["documents"]:
        if ref["id"] in docs:
            yield _entity("Documentation", ftm_id("documentation", f"{ref['id']}|{event['id']}"),
                          document=ftm_id("doc", ref["id"]), entity=ev_id, role="report")
    mentioned: set[str] = set()
    for p, link in zip(event["participants"], links, strict=True):
        mention_id = ftm_id("mention", f"{link.doc_id}|{event['id']}|{p['person_id']}|{p['native']}")
        if link.doc_id in docs and mention_id not in mentioned:
            mentioned.add(mention_id)
            yield _entity("Mention", mention_id,
                          document=ftm_id("doc", link.doc_id), name=p["native"] or p["name"],
                          resolved=ftm_id("person", p["person_id"]), detectedSchema="Person")


def person_entities(store: Store, person_ids: list[str]) -> Iterator[EntityProxy]:
    """People with their titles, and the Positions (each once) and Occupancies behind those titles."""
    seen: set[str] = set()
    for chunk in batches(person_ids):
        people = person_rows(store, chunk)
        positions: dict[str, list[PositionRow]] = {}
        for row in position_rows(store, chunk):
            positions.setdefault(row.person_id, []).append(row)
        for pid, name, native, aliases, country in people:
            held = positions.get(pid, [])
            yield _entity("Person", ftm_id("person", pid), name=name,
                          alias=sorted({native, *(aliases or [])} - {name, None}), country=country,
                          position=list(dict.fromkeys(r[1] for r in held if r[1])))
            for _, title, org_name, first_seen, last_seen, evidence in held:
                if not title:
                    continue
                post_id = ftm_id("position", f"{title}|{org_name or ''}")
                if post_id not in seen:
                    seen.add(post_id)
                    yield _entity("Position", post_id, name=title, organization=_org_by_name(store, org_name))
                proof = sorted({ftm_id("doc", d) for d, _ in (json.loads(evidence) if evidence else [])})
                yield _entity("Occupancy", ftm_id("occupancy", f"{pid}|{title}|{org_name or ''}|{first_seen}"),
                              holder=ftm_id("person", pid), post=post_id,
                              date=list(dict.fromkeys([first_seen, last_seen])), proof=proof,
                              description=f"title observed in sources from {first_seen} to {last_seen}")


def _org_by_name(store: Store, name: str | None) -> str | None:
    if not name:
        return None
    org_id = org_id_named(store, name)
    return ftm_id("org", org_id) if org_id else None


def iter_ftm_entities(
    store: Store, flt: EventFilter | None = None, opts: ExportOptions | None = None
) -> Iterator[EntityProxy]:
    """Every entity of the export, in a stable order, streamed by batches of events."""
    opts = opts or ExportOptions(exported_at=export_time())
    orgs = org_index(store)
    yield export_entity(opts)
    seen_docs: set[str] = set()
    person_ids: set[str] = set()
    used_orgs: set[str] = set()
    for chunk in batches(filtered_event_ids(store, flt or EventFilter())):
        records = event_records(store, chunk)
        docs = documents(store, (d["id"] for ev in records for d in ev["documents"]))
        links = participant_links(store, chunk)
        for doc_id in sorted(set(docs) - seen_docs):
            seen_docs.add(doc_id)
            yield article_entity(docs[doc_id])
        for ev in records:
            ev_links = links_of(ev, links)
            used_orgs.update(link.org_id for link in ev_links if link.org_id)
            used_orgs.update(p["id"] for p in ev["parties"])
            person_ids.update(p["person_id"] for p in ev["participants"])
            yield from event_entities(ev, docs, ev_links)
    # position organisations are named in the positions table; include them too
    for org_id in sorted(used_orgs | _position_orgs(store, sorted(person_ids))):
        if org_id in orgs:
            yield org_entity(orgs[org_id])
    yield from person_entities(store, sorted(person_ids))


def _position_orgs(store: Store, person_ids: list[str]) -> set[str]:
    out: set[str] = set()
    for chunk in batches(person_ids):
        out |= position_org_ids(store, chunk)
    return out


def write_ftm(store: Store, out: IO[str], flt: EventFilter | None = None, opts: ExportOptions | None = None) -> int:
    """Write the entities as FtM JSON lines; returns the number of events exported."""
    n = 0
    for proxy in iter_ftm_entities(store, flt, opts):
        n += proxy.schema.name == "Event"
        out.write(_line(proxy))
    return n
