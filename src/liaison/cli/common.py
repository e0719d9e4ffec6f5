"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click
from rich.console import Console

from liaison.kb.labels import country_code
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


class IsoPrefix(click.ParamType):
    """A date or its prefix: ``2024``, ``2024-06`` or ``2024-06-09``."""

    name = "date"
    _SHAPE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if self._SHAPE.fullmatch(text):
            parts = [int(x) for x in text.split("-")] + [1, 1]
            try:
                date(parts[0], parts[1], parts[2])
                return text
            except ValueError:
                pass
        self.fail(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)


class CountryCode(click.ParamType):
    """An ISO 3166 alpha-2 code or a country name ("VN", "Vietnam"), as the upper-case code."""

    name = "country"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        code = country_code(str(value))
        if code is None:
            self.fail(f"{value!r} is not a country code or name (e.g. CN, VN, Venezuela)", param, ctx)
        return code


def event_filter_options(func: F) -> F:
    """The event filters shared by ``events`` and ``export``."""
    opts = [
        click.option("--person", help="Person name, native form, alias or id."),
        click.option("--party", help="Party name, abbreviation, alias or id."),
        click.option("--country", type=CountryCode(), help="A participant's side: ISO code or country name."),
        click.option("--kind", type=click.Choice(KIND_IDS), help="Event kind."),
        click.option("--channel", type=click.Choice(["party", "state", "legislature", "other"])),
        click.option("--from", "date_from", type=IsoPrefix(), help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--to", "date_to", type=IsoPrefix(), help="Latest date, included: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--text", help="Words in the source article."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="X",
                     help="Only events built with at least this confidence (0-1; recall-tier events are 0.5, "
                          "an article's last resort 0.3)."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func
