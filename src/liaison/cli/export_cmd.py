"""``liaison export``: write the record in a format other tools read."""

from __future__ import annotations

import sys

import click
from rich.markup import escape

from liaison.cli.common import console, db_option, event_filter_options
from liaison.export.formats import FORMATS, run_export
from liaison.export.meta import ExportOptions, export_time, filter_fields
from liaison.store import EventFilter, Store

__all__ = ["FORMATS", "export_cmd"]

_FORMAT_HELP = "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values())


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="events-jsonl", show_default=True,
              help=_FORMAT_HELP)
@click.option("-o", "--output", default="-",
              help="Output file ('-' for standard output); a directory (or .zip for csv-tables) for table formats.")
@click.option("--nodes", type=click.Choice(["parties", "people"]), default="parties", show_default=True,
              help="Graph formats: what the nodes are.")
@click.option("--export-time", "export_at", metavar="ISO|@EPOCH",
              help="Export time recorded in the output (default: $SOURCE_DATE_EPOCH, else now).")
@event_filter_options
def export_cmd(db: str, fmt: str, output: str, nodes: str, export_at: str | None, **filters: str | None) -> None:
    """Export events (filtered as in `liaison events`)."""
    flt = EventFilter(**filters)  # type: ignore[arg-type]
    if not FORMATS[fmt].streams and output == "-":
        raise click.UsageError(f"--format {fmt} writes files: give an output path with -o")
    try:
        opts = ExportOptions(exported_at=export_time(export_at), nodes=nodes, filters=filter_fields(flt))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--export-time") from exc
    with Store.open(db, read_only=True) as store:
        n = run_export(fmt, store, output, flt, opts, stdout_text=sys.stdout, stdout_bytes=sys.stdout.buffer)
    if output != "-":
        console.print(f"wrote {n} events to {escape(output)} ({fmt})", highlight=False)
