"""``liaison stats --by DIMENSION``: events per year, month, party, country, channel, kind or person."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from liaison.cli.common import CountryCode, IsoPrefix, db_option
from liaison.cli.output import FORMATS, Column, note, write
from liaison.cli.refs import check_filter
from liaison.kb.labels import country_label, country_name, display_name
from liaison.model.kinds import KIND_IDS
from liaison.model.types import CHANNELS
from liaison.store import EventFilter, Store
from liaison.store.stats import DIMENSIONS, PERIODS, Breakdown, Bucket, breakdown

BAR = 24
_PLURAL = {"party": "parties", "country": "countries", "person": "people", "channel": "channels"}


def _bar(n: int, most: int) -> str:
    """A bar of eighth blocks, ``BAR`` cells for the largest group."""
    if not most or not n:
        return ""
    eighths = max(1, round(n / most * BAR * 8))
    return "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]


def _columns(by: str) -> list[Column]:
    count = [Column("events", "events", fixed=True, numeric=True), Column("share", "share", fixed=True, numeric=True)]
    if by in PERIODS:
        return [Column(by, "key", fixed=True), *count, Column("", "bar", fixed=True)]
    seen = [Column("first", "first", fixed=True, needs=110), Column("last", "last", fixed=True, needs=95)]
    if by == "party":
        return [Column("party", "name"), Column("abbr", "abbr"), Column("country", "country"), *count, *seen]
    if by == "person":
        return [Column("person", "name"), Column("country", "country"), *count, *seen, Column("id", "key", fixed=True)]
    if by == "country":
        return [Column("country", "name"), Column("code", "key", fixed=True), *count, *seen]
    return [Column(by, "key"), *count, Column("", "bar", fixed=True)]


def _row(b: Bucket, result: Breakdown, fmt: str) -> dict[str, Any]:
    """A bucket as printed: shares of the matching events; display names and country names in tables."""
    row = {**asdict(b), "share": round(b.events / result.events, 4) if result.events else 0.0}
    if fmt == "table":
        row["share"] = f"{row['share']:.1%}"
        row["bar"] = _bar(b.events, max((x.events for x in result.buckets), default=0))
        if result.by == "person":
            row["name"] = display_name(b.name, b.native)
        if result.by in ("person", "party") and b.country:
            row["country"] = country_name(b.country)
    return row


def _notes(result: Breakdown) -> list[str]:
    """What the figures count and what they leave out."""
    span = f" from {result.first} to {result.last}" if result.first else ""
    lines = [f"{result.events:,} matching events{span}"]
    if result.home is not None:
        sides = ", ".join(country_label(c) for c in result.home.countries) or "their own side at each event"
        lines.append(f"counterparts of {result.home.label}: {_PLURAL[result.by]} of the other sides only (not {sides})")
    if result.by not in PERIODS and len(result.buckets) < result.groups:
        lines.append(f"top {len(result.buckets)} of {result.groups:,} (--top N, --top 0 for all)")
    if result.unassigned:
        what = {"year": "undated", "month": "dated to the year only", "party": "with no party as a side",
                "country": "with no participant of known country", "person": "with no participant",
                "channel": "with no channel", "kind": "of no kind"}[result.by]
        if result.home is not None and result.by in _PLURAL:
            what = f"with no {result.by} on another known side"
        lines.append(f"{result.unassigned:,} of them {what}, not counted above")
    if result.by in _PLURAL:
        lines.append(f"an event with several {_PLURAL[result.by]} counts once for each")
    return lines


@click.command("stats")
@click.option("--by", "by", type=click.Choice(DIMENSIONS), default="year", show_default=True,
              help="Group events by this.")
@click.option("--from", "date_from", type=IsoPrefix(), help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "date_to", type=IsoPrefix(), help="Latest date, included.")
@click.option("--party", help="Only events with this party as a side; party, country and person then count "
              "its counterparts.")
@click.option("--country", type=CountryCode(), help="Only events with a participant of this country (code or "
              "name); without --party, party, country and person then count its counterparts.")
@click.option("--person", help="Only events this person took part in; without --party or --country, party, "
              "country and person then count their counterparts.")
@click.option("--channel", type=click.Choice(CHANNELS))
@click.option("--kind", type=click.Choice(KIND_IDS))
@click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="X", help="Least event confidence (0-1).")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True, metavar="N",
              help="The N largest groups (0: all); years and months are always all shown.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@db_option
def stats_cmd(by: str, top: int, fmt: str, db: str, **filters: Any) -> None:
    """Events per year, month, party, country, channel, kind or person, for the events matching the filters.

    \b
    liaison stats --by month --from 2025
    liaison stats --by party --from 2024
    liaison stats --by person --party CPC --top 10     # who met the CPC most
    liaison stats --by country --person "Wang Yi"      # where Wang Yi's counterparts came from
    """
    flt = EventFilter(**filters)
    with Store.open(db, read_only=True) as store:
        check_filter(store, flt)
        result = breakdown(store, by, flt, top=top or None)
    rows = [_row(b, result, fmt) for b in result.buckets]
    write(fmt, rows, _columns(by))
    notes = _notes(result)
    if fmt == "table":
        for line in notes:
            note(line, fmt)
    elif len(result.buckets) < result.groups:
        note(notes[0] + "; " + "; ".join(notes[1:]), fmt)
