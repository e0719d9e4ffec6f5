"""``liaison serve``: the local web app and REST API over a database."""

from __future__ import annotations

import os

import click

from liaison.cli.common import console, db_option
from liaison.store import Store


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (local only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve_cmd(db: str, host: str, port: int) -> None:
    """Browse the record in a web browser; REST API under /api (OpenAPI at /docs).

    Reading needs nothing. Analyst judgements (same / not the same person) need
    `Authorization: Bearer $LIAISON_TOKEN`; without LIAISON_TOKEN set, writes are refused.
    """
    import uvicorn

    from liaison.serve import create_app

    with Store.open(db, read_only=True):  # fail now, clearly, if it is missing or not a liaison database
        pass
    app = create_app(db, on_judgement=_reresolve)
    writes = "enabled" if os.environ.get("LIAISON_TOKEN") else "disabled (set LIAISON_TOKEN to enable)"
    console.print(f"serving {db} at http://{host}:{port}/ — API docs at /docs; judgements {writes}", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="info")


def _reresolve(db_path: str) -> None:
    """Re-resolve after a judgement; the pipeline (and its models) load on first use, not at start."""
    from liaison.pipeline import reresolve

    reresolve(db_path)
