"""Running the CLI as a user would, in a terminal of a given width."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner, Result

from liaison.cli.main import cli


def run(*args: str, columns: int = 80) -> Result:
    """``liaison ARGS`` in a terminal ``columns`` wide."""
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})


def jsonl(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]
