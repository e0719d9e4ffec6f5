"""The ``liaison`` command: a thin, documented layer over the library."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from typing import Any

import click
import duckdb

from liaison import __version__
from liaison.cli.build_cmd import build_cmd, summary_cmd
from liaison.cli.crawl_cmd import crawl_cmd
from liaison.cli.eval_cmd import eval_command
from liaison.cli.export_cmd import export_cmd
from liaison.cli.judge_cmd import not_same_cmd, review_cmd, same_cmd, undo_cmd
from liaison.cli.kb_cmd import kb_cmd
from liaison.cli.query_cmd import events_cmd, parties_cmd, people_cmd
from liaison.cli.serve_cmd import serve_cmd
from liaison.cli.show_cmd import event_cmd, show_cmd
from liaison.cli.stats_cmd import stats_cmd
from liaison.export.atomic import ExportError
from liaison.ingest.text import one_line
from liaison.store import StoreError

COMMANDS: list[click.Command] = [
    build_cmd,
    crawl_cmd,
    summary_cmd,
    events_cmd,
    event_cmd,
    stats_cmd,
    people_cmd,
    parties_cmd,
    show_cmd,
    export_cmd,
    eval_command,
    serve_cmd,
    same_cmd,
    not_same_cmd,
    undo_cmd,
    review_cmd,
    kb_cmd,
]


class StoreProblem(click.ClickException):
    """The database cannot be used: one line, exit status 2."""

    exit_code = 2


class LiaisonGroup(click.Group):
    """Reports database problems as one line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise StoreProblem(str(exc)) from exc
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreProblem(f"database error: {first}") from exc


@click.group(cls=LiaisonGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="liaison")
def cli() -> None:
    """liaison: who met whom, when, where, in which capacity, from news of party diplomacy."""


for _command in COMMANDS:
    cli.add_command(_command)


def _frozen_at_exit() -> None:
    """Have the interpreter's exit skip its garbage collections over what the command left alive (``gc.freeze``):
    at exit they walk every object (the extraction's tables, the gazetteer, the store's rows read), only to find
    them still referenced by the modules being torn down; after a day's news was built into the whole-record
    database that was 0.7-1.1 s of wall time on a loaded machine between the build's end and the process's (0.3
    frozen), a third of the command's time. ``atexit`` runs it before the interpreter's own collections, so it
    changes nothing while a command runs; registered once however often ``main`` runs in one process (a test)."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def main() -> None:
    """Run the CLI; every failure ends as one line on standard error and a non-zero status."""
    _frozen_at_exit()
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (StoreError, ExportError) as exc:
        click.echo(f"error: {one_line(exc)}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `liaison events --all | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # no traceback reaches a user: one line saying what failed
        if os.environ.get("LIAISON_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {one_line(exc)} (LIAISON_DEBUG=1 shows the traceback)",
                   err=True)
        sys.exit(70)
    sys.exit(status if isinstance(status, int) else 0)
