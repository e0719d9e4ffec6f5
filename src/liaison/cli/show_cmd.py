"""``liaison show NAME`` (a person) and ``liaison event ID`` (an event, side by side, with its sources)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

import click
from rich.markup import escape

from liaison.cli.common import db_option
from liaison.cli.output import Column, console, table
from liaison.cli.refs import person_label, unknown_person
from liaison.kb.labels import country_label, country_name, display_name
from liaison.store import EventFilter, Store
from liaison.store.lookup import PersonMatch, match_people
from liaison.store.queries import event_ids, event_records, event_sources, people, positions

MAX_CANDIDATES = 25


def _choose(store: Store, name: str) -> PersonMatch:
    """The one person ``name`` means; several or none are errors listing candidates or close names."""
    found = match_people(store, name)
    if len(found) == 1:
        return found[0]
    if not found:
        raise unknown_person(store, name)
    rows = [{"name": person_label(p), "country": country_name(p.country) if p.country else "",
             "events": p.events, "seen": _span(p.first, p.last), "id": p.person_id} for p in found[:MAX_CANDIDATES]]
    out = console()
    out.print(f"{name!r} matches {len(found)} people; show one by its id or full name, e.g. "
              f"liaison show {found[0].person_id}", soft_wrap=True, markup=False)
    out.print(table([Column("name", "name"), Column("country", "country"),
                     Column("events", "events", fixed=True, numeric=True), Column("seen", "seen", fixed=True),
                     Column("id", "id", fixed=True)], rows))
    if len(found) > MAX_CANDIDATES:
        out.print(f"... and {len(found) - MAX_CANDIDATES} more: type more of the name", soft_wrap=True)
    raise click.exceptions.Exit(1)


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if first == last else f"{first} – {last}"


@click.command("show")
@click.argument("name")
@db_option
def show_cmd(name: str, db: str) -> None:
    """A person's positions over time and events (NAME: any name form, native form, part of a name, or id).

    When NAME fits several people they are listed to choose from, and the exit status is 1.
    """
    with Store.open(db, read_only=True) as store:
        person = _choose(store, name)
        pid = person.person_id
        pos = positions(store, pid)
        recs = event_records(store, event_ids(store, EventFilter(person=pid)))
        source = next((r["name_source"] for r in people(store, query=pid)), None)
    out = console()
    out.print(f"[bold]{escape(person_label(person))}[/] · {escape(country_label(person.country))} · {pid}",
              soft_wrap=True)
    if source:
        out.print(f"name: {escape(NAME_SOURCES.get(source, source))}", soft_wrap=True)
    if pos:
        out.print(table([Column("from", "first_seen", fixed=True), Column("to", "last_seen", fixed=True),
                         Column("title", "title"), Column("organization", "organization")], pos, title="positions"))
    rows = [_timeline_row(r, pid, person.country) for r in recs]
    out.print(table([Column("date", "date", fixed=True), Column("kind", "kind"), Column("met", "met"),
                     Column("title then", "title"), Column("id", "id", fixed=True)], rows,
                    title=f"{len(recs):,} event{'' if len(recs) == 1 else 's'}"))


def _timeline_row(record: dict[str, Any], pid: str, country: str | None) -> dict[str, Any]:
    """One event of a person: the leads of the other sides (any other leads when the person's side is unknown)."""
    me: dict[str, Any] = next((p for p in record["participants"] if p["person_id"] == pid), {})
    side = me.get("country") or country
    others = [p for p in record["participants"] if p["person_id"] != pid and p["lead"]]
    across = [p for p in others if p["country"] != side] if side else others  # never the person's own side
    return {"date": record["date"] or "?", "kind": record["kind"], "met": [p["name"] for p in across],
            "title": me.get("title"), "id": record["id"]}


# How the Latin-script name was obtained, as ``show`` says it.
NAME_SOURCES = {
    "as-written": "as written",
    "pinyin": "pinyin",
    "table": "from the people table",
    "table-part": "a name part from the people table (surname or given name alone)",
    "reading-vi": "Sino-Vietnamese reading of the characters",
    "reading-ko": "Sino-Korean reading of the characters",
    "reading-ja": "Japanese reading of the characters",
    "pinyin-fallback": "PINYIN FALLBACK (pinyin of a foreign name's characters: not its real spelling)",
}


@click.command("event")
@click.argument("event_id")
@db_option
def event_cmd(event_id: str, db: str) -> None:
    """One event: date, kind, place, channel, participants side by side, and the articles it comes from."""
    with Store.open(db, read_only=True) as store:
        records = event_records(store, [event_id.strip()])
        sources = event_sources(store, event_id.strip())
    if not records:
        raise click.ClickException(f"no event {event_id!r} (ids are shown by `liaison events`)")
    r = records[0]
    out = console()
    where = r["location"] or ("remote" if r["remote"] else "place not given")
    out.print(f"[bold]{r['id']}[/] {r['kind']} on {r['date'] or '?'} ({r['date_precision'] or 'undated'}), "
              f"{escape(where)}; channel {', '.join(r['channel']) or '?'}; confidence {r['confidence']:.2f}",
              soft_wrap=True)
    if r["parties"]:
        out.print("parties: " + ", ".join(f"{p['name']} ({p['abbr']})" if p["abbr"] else p["name"]
                                          for p in r["parties"]), soft_wrap=True, markup=False)
    sides = list(dict.fromkeys(p["country"] for p in r["participants"]))  # in the order the article names them
    people = sorted(r["participants"], key=lambda p: (p["country"] is None, sides.index(p["country"]), not p["lead"]))
    for code, group in groupby(people, key=lambda p: p["country"]):
        out.print(f"\n[bold]{escape(country_label(code))}[/]", soft_wrap=True)
        for p in group:
            role = "lead" if p["lead"] else "    "
            what = ", ".join(x for x in (p["title"], p["organization"]) if x)
            out.print(f"  {role} {display_name(p['name'], p['native'])}" + (f" — {what}" if what else ""),
                      soft_wrap=True, markup=False)
    out.print(f"\n[bold]{len(sources)} source{'s' if len(sources) != 1 else ''}[/]", soft_wrap=True)
    for s in sources:
        head = " · ".join(x for x in (s.doc_id, s.published, s.title, s.url) if x)
        out.print(f"  {head}", soft_wrap=True, markup=False)
        for quote in s.evidence:
            out.print(f"    “{quote}”", soft_wrap=True, markup=False)
