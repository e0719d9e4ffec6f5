"""``liaison events | people | parties | show``: read the record from the terminal."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table

from liaison.cli.common import console, db_option, event_filter_options
from liaison.store import EventFilter, Store
from liaison.store.queries import event_ids, event_records, find_people, parties, people, positions


def _participants_cell(ev: dict) -> str:  # type: ignore[type-arg]
    leads = [p["name"] for p in ev["participants"] if p["lead"]]
    others = len(ev["participants"]) - len(leads)
    return ", ".join(leads) + (f" (+{others})" if others else "")


def _print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[tuple[str, str]]) -> None:
    """One JSON object per line, or a table of ``(header, key)`` columns."""
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    table = Table(*(header for header, _ in columns))
    for r in rows:
        table.add_row(*("" if r[key] is None else str(r[key]) for _, key in columns))
    console.print(table)


@click.command("events")
@db_option
@event_filter_options
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (export contract).")
def events_cmd(db: str, limit: int, as_json: bool, **filters: str | None) -> None:
    """List events, newest first, filtered by person, party, country, kind, channel and dates."""
    flt = EventFilter(**filters, limit=limit)  # type: ignore[arg-type]
    with Store.open(db, read_only=True) as store:
        records = event_records(store, event_ids(store, flt))
    if as_json:
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    table = Table("date", "kind", "channel", "leads", "parties", "location", "sources")
    for r in records:
        table.add_row(
            r["date"] or "?", r["kind"], ",".join(r["channel"]), _participants_cell(r),
            ", ".join(p["abbr"] or p["name"] for p in r["parties"]),
            r["location"] or ("remote" if r["remote"] else ""), ", ".join(d["id"] for d in r["documents"]),
        )
    console.print(table)
    console.print(f"{len(records)} events", highlight=False)


@click.command("people")
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def people_cmd(db: str, limit: int, as_json: bool) -> None:
    """People, most active first."""
    with Store.open(db, read_only=True) as store:
        rows = people(store, limit=limit)
    _print_rows(rows, as_json, [("name", "name"), ("native", "native"), ("country", "country"),
                                ("events", "events"), ("first", "first"), ("last", "last"),
                                ("name from", "name_source"), ("id", "person_id")])


@click.command("parties")
@db_option
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def parties_cmd(db: str, limit: int, as_json: bool) -> None:
    """Parties that are sides of events, with counts."""
    with Store.open(db, read_only=True) as store:
        rows = parties(store, limit=limit)
    _print_rows(rows, as_json, [("party", "name"), ("abbr", "abbr"), ("country", "country"),
                                ("events", "events"), ("first", "first"), ("last", "last"), ("id", "org_id")])


# How the Latin-script name was obtained, as ``show`` says it.
_SOURCES = {
    "as-written": "as written",
    "pinyin": "pinyin",
    "table": "from the people table",
    "table-part": "a name part from the people table (surname or given name alone)",
    "reading-vi": "Sino-Vietnamese reading of the characters",
    "reading-ko": "Sino-Korean reading of the characters",
    "reading-ja": "Japanese reading of the characters",
    "pinyin-fallback": "PINYIN FALLBACK (pinyin of a foreign name's characters: not its real spelling)",
}


@click.command("show")
@click.argument("name")
@db_option
def show_cmd(name: str, db: str) -> None:
    """A person's positions over time and events (NAME: any name form, native form or id)."""
    with Store.open(db, read_only=True) as store:
        ids = find_people(store, name)
        if not ids:
            raise click.ClickException(f"no person matches {name!r}")
        for pid in ids:
            info = people(store, query=pid)[0]
            console.print(f"[bold]{info['name']}[/] ({info['native']}, {info['country'] or '?'}) {pid}",
                          highlight=False)
            if info["name_source"]:
                console.print(f"name: {_SOURCES.get(info['name_source'], info['name_source'])}", highlight=False)
            pos = positions(store, pid)
            if pos:
                table = Table("from", "to", "title", "organization", title="positions")
                for p in pos:
                    table.add_row(p["first_seen"], p["last_seen"], p["title"], p["organization"] or "")
                console.print(table)
            recs = event_records(store, event_ids(store, EventFilter(person=pid)))
            table = Table("date", "kind", "counterparts", "title then", title=f"{len(recs)} events")
            for r in recs:
                me = next((p for p in r["participants"] if p["person_id"] == pid), None)
                others = [p["name"] for p in r["participants"] if p["person_id"] != pid and p["lead"]]
                table.add_row(r["date"] or "?", r["kind"], ", ".join(others), (me or {}).get("title") or "")
            console.print(table)
