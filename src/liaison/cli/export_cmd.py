"""``liaison export``: write the record in a format other tools read."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import IO

import click

from liaison.cli.common import console, db_option, event_filter_options
from liaison.export.csv_participants import write_participants_csv
from liaison.export.events_jsonl import write_events_jsonl
from liaison.store import EventFilter, Store

Writer = Callable[[Store, IO[str], EventFilter], int]

FORMATS: dict[str, Writer] = {
    "events-jsonl": write_events_jsonl,
    "csv": write_participants_csv,
}


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="events-jsonl", show_default=True)
@click.option("-o", "--output", default="-", help="Output file ('-' for standard output).")
@event_filter_options
def export_cmd(db: str, fmt: str, output: str, **filters: str | None) -> None:
    """Export events (filtered as in `liaison events`)."""
    flt = EventFilter(**filters)  # type: ignore[arg-type]
    with Store.open(db, read_only=True) as store:
        if output == "-":
            n = FORMATS[fmt](store, sys.stdout, flt)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = FORMATS[fmt](store, fh, flt)
    if output != "-":
        console.print(f"wrote {n} events to {output} ({fmt})", highlight=False)
