"""``csv-tables``: the record as five related tables — events, participants, people, parties,
positions — one CSV file each, in a directory or (when the output ends in ``.zip``) a zip file,
with ``metadata.json`` (liaison version, export time, filters, row counts). Columns are defined
once here (``TABLES``) and documented in ``docs/export-columns.md``; ``parquet`` writes the same
tables.

Rows are read with SQL in batches of events; people, parties and positions are those the exported
events involve, sorted by id. Tables must be consumed in order (``TableStream``), as the later
ones are made from what the earlier ones saw.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

from liaison.export.meta import ExportOptions, export_time
from liaison.export.reading import batches, filtered_event_ids, spans
from liaison.model.kinds import listed
from liaison.store import EventFilter, Store
from liaison.store.export_reads import (
    event_document_ids,
    event_party_ids,
    event_rows,
    org_rows,
    participant_counts,
    participant_rows,
    person_rows,
    position_rows,
)

ColumnType = Literal["string", "bool", "int", "float", "list"]


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    doc: str


TABLES: dict[str, tuple[Column, ...]] = {
    "events": (
        Column("event_id", "string", "Stable event id (`ev_…`), as in events-jsonl."),
        Column("kind", "string", listed() + "."),
        Column("date", "string", "ISO date prefix (`2025`, `2025-06`, `2025-06-09`); empty when unknown."),
        Column("date_precision", "string", "day, month or year."),
        Column("date_source", "string", "Where the date came from: text, published (the article's date) or none."),
        Column("location", "string", "Place as reported (English city name where known)."),
        Column("remote", "bool", "True for video conferences and phone calls."),
        Column("channel", "list", "Capacities: party, state, legislature, other."),
        Column("topics", "list", "Topics discussed, as found in the text."),
        Column("confidence", "float", "How surely the text reports this exchange (0-1); recall-tier events 0.5, "
               "an article's last resort 0.3."),
        Column("party_ids", "list", "Parties on the sides of the event (parties.org_id), in reported order."),
        Column("document_ids", "list", "Documents reporting the event (ids given at ingest)."),
        Column("participants", "int", "Number of participant rows."),
    ),
    "participants": (
        Column("event_id", "string", "events.event_id."),
        Column("ordinal", "int", "Position in the event's participant list (leads first as reported)."),
        Column("person_id", "string", "people.person_id (stable across documents)."),
        Column("name", "string", "Canonical romanised name of the person."),
        Column("name_as_written", "string", "Name in the reporting document (romanised)."),
        Column("native", "string", "Name exactly as written in the document."),
        Column("title", "string", "Title held at the time of this event, as written."),
        Column("organization_id", "string", "parties.org_id of the organisation in the title, if known."),
        Column("organization", "string", "Organisation name."),
        Column("country", "string", "ISO 3166 alpha-2 code of the side the person represents."),
        Column("lead", "bool", "True when the person leads their side."),
        Column("doc_id", "string", "Document the participant was read from."),
        Column("evidence", "string", "JSON list of `[start, end]` character spans in that document."),
    ),
    "people": (
        Column("person_id", "string", "Stable person id."),
        Column("name", "string", "Canonical romanised name (pinyin family name first for Chinese)."),
        Column("native", "string", "Native form as first written."),
        Column("aliases", "list", "Other names and spellings seen."),
        Column("country", "string", "ISO 3166 alpha-2 code."),
        Column("events", "int", "Number of exported events the person took part in."),
        Column("first_date", "string", "Earliest date among those events."),
        Column("last_date", "string", "Latest date among those events."),
    ),
    "parties": (
        Column("org_id", "string", "Organisation id (gazetteer key, or `x:<name>` for organisations not in it)."),
        Column("name", "string", "Canonical English name."),
        Column("abbr", "string", "Abbreviation."),
        Column("kind", "string", "party, party_body, state, legislature or other."),
        Column("country", "string", "ISO 3166 alpha-2 code."),
        Column("aliases", "list", "Other names (English, Chinese, Spanish, …)."),
        Column("parent", "string", "org_id of the parent body."),
        Column("partyfacts_id", "int", "Party Facts id, when known."),
        Column("events", "int", "Number of exported events with this organisation as a side."),
        Column("participants", "int", "Number of participant rows whose title names this organisation."),
    ),
    "positions": (
        Column("person_id", "string", "people.person_id."),
        Column("title", "string", "Title as written."),
        Column("organization", "string", "Organisation named in the title."),
        Column("first_seen", "string", "Date of the first event where the title was observed."),
        Column("last_seen", "string", "Date of the last event where the title was observed."),
        Column("evidence", "string", "JSON list of `[doc_id, [start, end]]` where the title was read."),
    ),
}

Row = dict[str, Any]


@dataclass
class _Stats:
    events: int = 0
    first: str = ""
    last: str = ""
    participants: int = 0

    def see(self, date: str | None) -> None:
        self.events += 1
        if date:
            self.first = min(self.first, date) if self.first else date
            self.last = max(self.last, date)


@dataclass
class TableStream:
    """The five tables of an export, produced in order, each as batches of rows."""

    store: Store
    flt: EventFilter
    ids: list[str] = field(default_factory=list)
    people: dict[str, _Stats] = field(default_factory=dict)
    orgs: dict[str, _Stats] = field(default_factory=dict)
    dates: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ids = filtered_event_ids(self.store, self.flt)

    def tables(self) -> Iterator[tuple[str, Iterator[list[Row]]]]:
        yield "events", self._events()
        yield "participants", self._participants()
        yield "people", self._people()
        yield "parties", self._parties()
        yield "positions", self._positions()

    def _events(self) -> Iterator[list[Row]]:
        for chunk in batches(self.ids):
            rows = event_rows(self.store, chunk)
            parties = event_party_ids(self.store, chunk)
            docs = event_document_ids(self.store, chunk)
            counts = participant_counts(self.store, chunk)
            out = []
            for ev_id in chunk:
                r = rows[ev_id]
                self.dates[ev_id] = r.date
                for org in dict.fromkeys(parties.get(ev_id, [])):
                    self.orgs.setdefault(org, _Stats()).see(r.date)
                out.append({"event_id": r.event_id, "kind": r.kind, "date": r.date,
                            "date_precision": r.date_precision, "date_source": r.date_source,
                            "location": r.location, "remote": r.remote, "channel": r.channel, "topics": r.topics,
                            "confidence": 1.0 if r.confidence is None else round(r.confidence, 3),
                            "party_ids": parties.get(ev_id, []), "document_ids": docs.get(ev_id, []),
                            "participants": counts.get(ev_id, 0)})
            yield out

    def _participants(self) -> Iterator[list[Row]]:
        for chunk in batches(self.ids):
            order = {ev: i for i, ev in enumerate(chunk)}
            rows = sorted(participant_rows(self.store, chunk), key=lambda r: (order[r.event_id], r.ordinal))
            seen: set[tuple[str, str]] = set()
            out = []
            for r in rows:
                if (r.event_id, r.person_id) not in seen:
                    seen.add((r.event_id, r.person_id))
                    self.people.setdefault(r.person_id, _Stats()).see(self.dates.get(r.event_id))
                if r.organization_id:
                    self.orgs.setdefault(r.organization_id, _Stats(events=0)).participants += 1
                out.append({"event_id": r.event_id, "ordinal": r.ordinal, "person_id": r.person_id,
                            "name": r.person_name, "name_as_written": r.name_as_written, "native": r.native,
                            "title": r.title, "organization_id": r.organization_id,
                            "organization": r.organization, "country": r.country, "lead": r.lead,
                            "doc_id": r.doc_id, "evidence": json.dumps(spans(r.evidence))})
            yield out

    def _people(self) -> Iterator[list[Row]]:
        for chunk in batches(sorted(self.people)):
            out = []
            for p in person_rows(self.store, chunk):
                stats = self.people[p.person_id]
                out.append({"person_id": p.person_id, "name": p.name, "native": p.native,
                            "aliases": sorted(p.aliases), "country": p.country, "events": stats.events,
                            "first_date": stats.first or None, "last_date": stats.last or None})
            yield out

    def _parties(self) -> Iterator[list[Row]]:
        for chunk in batches(sorted(self.orgs)):
            out = []
            for o in org_rows(self.store, chunk):
                stats = self.orgs[o.org_id]
                out.append({"org_id": o.org_id, "name": o.name, "abbr": o.abbr, "kind": o.kind,
                            "country": o.country, "aliases": sorted(o.aliases), "parent": o.parent,
                            "partyfacts_id": o.partyfacts_id, "events": stats.events,
                            "participants": stats.participants})
            yield out

    def _positions(self) -> Iterator[list[Row]]:
        for chunk in batches(sorted(self.people)):
            yield [{"person_id": r.person_id, "title": r.title, "organization": r.organization,
                    "first_seen": r.first_seen, "last_seen": r.last_seen,
                    "evidence": json.dumps(json.loads(r.evidence) if r.evidence else [], ensure_ascii=False)}
                   for r in position_rows(self.store, chunk)]


def csv_cell(value: Any, kind: ColumnType) -> str:
    """A value as written in the CSV tables: lists joined by ``;``, booleans ``true``/``false``."""
    if value is None:
        return ""
    if kind == "list":
        return ";".join(value)
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def _write_csv(out: IO[str], name: str, rows: Iterator[list[Row]]) -> int:
    columns = TABLES[name]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in columns])
    n = 0
    for batch in rows:
        for row in batch:
            writer.writerow([csv_cell(row[c.name], c.type) for c in columns])
            n += 1
    return n


def tables_metadata(opts: ExportOptions, fmt: str, counts: dict[str, int], ext: str) -> str:
    """``metadata.json`` of a table export: version, export time, filters, files and row counts."""
    meta = opts.metadata(fmt)
    meta["tables"] = {name: {"file": f"{name}.{ext}", "rows": counts[name]} for name in TABLES}
    return json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _zip_info(name: str, opts: ExportOptions) -> zipfile.ZipInfo:
    moment = datetime.strptime(opts.exported_at, "%Y-%m-%dT%H:%M:%SZ")
    info = zipfile.ZipInfo(name, date_time=(max(moment.year, 1980), *moment.timetuple()[1:6]))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_csv_tables(store: Store, target: Path, flt: EventFilter | None = None,
                     opts: ExportOptions | None = None) -> int:
    """Write the tables into directory ``target`` (created) or zip file ``target`` (``*.zip``);
    returns the number of events."""
    opts = opts or ExportOptions(exported_at=export_time())
    stream = TableStream(store, flt or EventFilter())
    counts: dict[str, int] = {}
    if target.suffix.lower() == ".zip":
        with zipfile.ZipFile(target, "w") as zf:
            for name, rows in stream.tables():
                with zf.open(_zip_info(f"{name}.csv", opts), "w") as raw, \
                        io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
                    counts[name] = _write_csv(fh, name, rows)
            with zf.open(_zip_info("metadata.json", opts), "w") as raw:
                raw.write(tables_metadata(opts, "csv-tables", counts, "csv").encode("utf-8"))
    else:
        target.mkdir(parents=True, exist_ok=True)
        for name, rows in stream.tables():
            with open(target / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
                counts[name] = _write_csv(fh, name, rows)
        (target / "metadata.json").write_text(tables_metadata(opts, "csv-tables", counts, "csv"), encoding="utf-8")
    return counts["events"]
