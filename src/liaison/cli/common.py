"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console

from liaison.model.kinds import KIND_IDS

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = os.environ.get("LIAISON_DB", "liaison.duckdb")
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def db_option(func: F) -> F:
    """``--db FILE``: the database (default ``$LIAISON_DB`` or ``liaison.duckdb``)."""
    return click.option(
        "--db",
        "db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="DuckDB database file.",
    )(func)


def event_filter_options(func: F) -> F:
    """The event filters shared by ``events`` and ``export``."""
    opts = [
        click.option("--person", help="Person name, native form, alias or id."),
        click.option("--party", help="Party name, abbreviation, alias or id."),
        click.option("--country", help="ISO country code of a participant's side."),
        click.option("--kind", type=click.Choice(KIND_IDS), help="Event kind."),
        click.option("--channel", type=click.Choice(["party", "state", "legislature", "other"])),
        click.option("--from", "date_from", help="Earliest date (ISO prefix)."),
        click.option("--to", "date_to", help="Latest date (ISO prefix)."),
        click.option("--text", help="Words in the source article."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="X",
                     help="Only events built with at least this confidence (0-1; recall-tier events are 0.5)."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func
