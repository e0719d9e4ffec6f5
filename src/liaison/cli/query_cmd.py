"""``liaison events | people | parties``: list the record from the terminal."""

from __future__ import annotations

from typing import Any

import click

from liaison.cli.common import db_option, event_filter_options
from liaison.cli.output import Column, chosen_format, count_note, format_option, note, write
from liaison.cli.refs import check_filter
from liaison.kb.labels import display_name
from liaison.store import EventFilter, Store
from liaison.store.queries import count_events, count_parties, count_people, event_ids, event_records, parties, people

EVENT_COLUMNS = [
    Column("id", "id", fixed=True), Column("date", "date", fixed=True), Column("kind", "kind"),
    Column("channel", "channel", needs=120), Column("conf", "confidence", fixed=True, numeric=True),
    Column("leads", "leads", min_width=16), Column("parties", "parties", needs=70),
    Column("where", "where", needs=100),
    Column("sources", "sources", needs=150),
]


def limit_options(func: Any) -> Any:
    """``--limit N`` (default 50) and ``--all``."""
    func = click.option("--all", "show_all", is_flag=True, help="Everything, no limit.")(func)
    return click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, metavar="N",
                        help="At most N rows.")(func)


def event_row(record: dict[str, Any]) -> dict[str, Any]:
    """An event flattened for a table or csv: leads by name, parties by abbreviation, sources by id."""
    return {
        "id": record["id"], "date": record["date"] or "?", "date_precision": record["date_precision"],
        "kind": record["kind"], "channel": record["channel"], "confidence": record["confidence"],
        "leads": [p["name"] for p in record["participants"] if p["lead"]],
        "participants": len(record["participants"]),
        "parties": [p["abbr"] or p["name"] for p in record["parties"]],
        "where": record["location"] or ("remote" if record["remote"] else ""),
        "remote": record["remote"], "sources": [d["id"] for d in record["documents"]],
    }


@click.command("events")
@db_option
@event_filter_options
@limit_options
@format_option
def events_cmd(db: str, limit: int, show_all: bool, fmt: str | None, as_json: bool, **filters: Any) -> None:
    """List events, newest first, filtered by person, party, country, kind, channel, dates and confidence.

    json and jsonl give each event whole (the export contract); the table and csv one line per event.
    `liaison event ID` shows one event with its sides and sources.
    """
    fmt = chosen_format(fmt, as_json)
    flt = EventFilter(**filters, limit=None if show_all else limit)
    with Store.open(db, read_only=True) as store:
        check_filter(store, flt)
        records = event_records(store, event_ids(store, flt))
        total = count_events(store, flt)
    write(fmt, records, EVENT_COLUMNS, flat=None if fmt in ("json", "jsonl") else [event_row(r) for r in records])
    if fmt == "table" or len(records) < total:
        note(count_note(len(records), total, "events"), fmt)


@click.command("people")
@db_option
@limit_options
@format_option
def people_cmd(db: str, limit: int, show_all: bool, fmt: str | None, as_json: bool) -> None:
    """People, most active first (`liaison show NAME` for one of them)."""
    fmt = chosen_format(fmt, as_json)
    with Store.open(db, read_only=True) as store:
        rows = people(store, limit=None if show_all else limit)
        total = count_people(store)
    flat = [{**r, "name": display_name(r["name"], r["native"])} for r in rows] if fmt == "table" else None
    write(fmt, rows, [Column("name", "name"), Column("country", "country", fixed=True),
                      Column("events", "events", fixed=True, numeric=True), Column("first", "first", fixed=True),
                      Column("last", "last", fixed=True), Column("name from", "name_source", fixed=True),
                      Column("id", "person_id", fixed=True)], flat=flat)
    if fmt == "table" or len(rows) < total:
        note(count_note(len(rows), total, "people"), fmt)


@click.command("parties")
@db_option
@limit_options
@format_option
def parties_cmd(db: str, limit: int, show_all: bool, fmt: str | None, as_json: bool) -> None:
    """Parties that are sides of events, most active first."""
    fmt = chosen_format(fmt, as_json)
    with Store.open(db, read_only=True) as store:
        rows = parties(store, limit=None if show_all else limit)
        total = count_parties(store)
    write(fmt, rows, [Column("party", "name"), Column("abbr", "abbr"), Column("country", "country", fixed=True),
                      Column("events", "events", fixed=True, numeric=True), Column("first", "first", fixed=True),
                      Column("last", "last", fixed=True), Column("id", "org_id", fixed=True)])
    if fmt == "table" or len(rows) < total:
        note(count_note(len(rows), total, "parties"), fmt)
