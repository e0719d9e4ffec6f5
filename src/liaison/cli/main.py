"""The ``liaison`` command: a thin, documented layer over the library."""

from __future__ import annotations

import sys

import click

from liaison import __version__
from liaison.cli.build_cmd import build_cmd, summary_cmd
from liaison.cli.eval_cmd import eval_command
from liaison.cli.export_cmd import export_cmd
from liaison.cli.judge_cmd import not_same_cmd, review_cmd, same_cmd, undo_cmd
from liaison.cli.kb_cmd import kb_cmd
from liaison.cli.query_cmd import events_cmd, parties_cmd, people_cmd, show_cmd
from liaison.cli.serve_cmd import serve_cmd
from liaison.export.atomic import ExportError
from liaison.ingest.text import one_line
from liaison.store import StoreError

COMMANDS: list[click.Command] = [
    build_cmd,
    summary_cmd,
    events_cmd,
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="liaison")
def cli() -> None:
    """liaison: who met whom, when, where, in which capacity, from news of party diplomacy."""


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (StoreError, ExportError) as exc:
        click.echo(f"error: {one_line(exc)}", err=True)
        sys.exit(2)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # no traceback reaches a user: one line saying what failed
        click.echo(f"error: {type(exc).__name__}: {one_line(exc)}", err=True)
        sys.exit(2)
