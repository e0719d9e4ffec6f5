"""Rows out, as sqlite-utils writes them: ``--format table|json|csv|jsonl``.

``json`` is one array, ``jsonl`` one object per line, ``csv`` a header and one line per row (lists joined
with "; "), ``table`` a table sized to the terminal in which ids and dates are never cut. Notes about
what was left out go to standard error for the machine formats, so piped output stays clean.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "json", "csv", "jsonl")


def format_option(func: F) -> F:
    """``--format table|json|csv|jsonl`` and ``--json`` (kept: one JSON object per line, as always)."""
    func = click.option("--json", "as_json", is_flag=True,
                        help="One JSON object per line, as before --format existed (same as --format jsonl).")(func)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                        help="Output format (default: table).")(func)


def chosen_format(fmt: str | None, as_json: bool) -> str:
    """The format asked for; ``--json`` with another ``--format`` is a usage error."""
    if as_json and fmt not in (None, "jsonl"):
        raise click.UsageError(f"--json means --format jsonl; it cannot be combined with --format {fmt}")
    return "jsonl" if as_json else fmt or "table"


def console() -> Console:
    """A console for standard output, sized when the command runs (``$COLUMNS``, else the terminal)."""
    return Console(highlight=False)


def note(text: str, fmt: str) -> None:
    """A line about the output (counts, what was left out): after a table, or on standard error."""
    if fmt == "table":
        console().print(text, soft_wrap=True, markup=False)
    else:
        click.echo(text, err=True)


@dataclass(frozen=True)
class Column:
    """A table column: ``fixed`` columns (ids, dates, numbers) are never wrapped or cut; a column with
    ``needs`` is left out of tables narrower than that many characters (it stays in csv and json)."""

    header: str
    key: str
    fixed: bool = False
    numeric: bool = False
    needs: int = 0
    min_width: int | None = None


def table(columns: Sequence[Column], rows: Iterable[dict[str, Any]], title: str | None = None) -> Table:
    """A borderless table; columns the terminal is too narrow for are left out."""
    width = console().width
    out = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", pad_edge=False, show_edge=False,
                padding=(0, 1, 0, 0))
    columns = [c for c in columns if c.needs <= width]
    for c in columns:
        out.add_column(c.header, no_wrap=c.fixed, overflow="fold", justify="right" if c.numeric else "left",
                       min_width=c.min_width)
    for r in rows:
        out.add_row(*(Text(_cell(r.get(c.key))) for c in columns))
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(_flat(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write(fmt: str, rows: list[dict[str, Any]], columns: Sequence[Column], *,
          flat: list[dict[str, Any]] | None = None, title: str | None = None) -> None:
    """Write ``rows`` in ``fmt``. ``flat`` rows, when given, are used for csv and the table (nested
    records such as events stay whole in json and jsonl)."""
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "json":
        body = ",\n ".join(json.dumps(r, ensure_ascii=False) for r in rows)
        click.echo(f"[{body}]")
    elif fmt == "csv":
        flat_rows = flat if flat is not None else rows
        fields = list(flat_rows[0]) if flat_rows else [c.key for c in columns]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for r in flat_rows:
            writer.writerow({k: _flat(v) for k, v in r.items()})
        click.echo(buffer.getvalue(), nl=False)
    else:
        console().print(table(columns, flat if flat is not None else rows, title=title))


def count_note(shown: int, total: int, noun: str, hint: str = "--limit N, --all") -> str:
    """``"50 of 2,178 events (--limit N, --all)"``, or ``"2,178 events"`` when all are shown."""
    if shown < total:
        return f"{shown:,} of {total:,} {noun} ({hint})"
    return f"{total:,} {noun}"
