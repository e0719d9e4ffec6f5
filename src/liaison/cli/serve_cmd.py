"""``liaison serve``: the local web app and REST API over a database."""

from __future__ import annotations

import ipaddress
import multiprocessing
import os
from typing import TYPE_CHECKING

import click

from liaison.cli.common import console, db_option, err_console
from liaison.store import Store, StoreBusy, snapshots
from liaison.store.locking import adopted_lock

if TYPE_CHECKING:  # (FastAPI is imported where the app is made: every other command starts some 0.15 s sooner)
    from fastapi import FastAPI

SERVE_DB_ENV = "LIAISON_SERVE_DB"  # hands the database to uvicorn's worker processes


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (local only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each reads the database's latest snapshot with a thread pool).")
@click.option("--allowed-host", "allowed", multiple=True, metavar="HOST",
              help="Also accept requests for this Host (repeatable; also $LIAISON_ALLOWED_HOSTS, comma-separated). "
              "127.0.0.1, localhost and ::1 are always accepted, and so is --host when it is an address.")
@click.option("--access-log/--no-access-log", default=False, show_default=True, help="Log every request.")
def serve_cmd(db: str, host: str, port: int, workers: int, allowed: tuple[str, ...], access_log: bool) -> None:
    """Browse the record in a web browser; REST API under /api (OpenAPI at /docs).

    The app reads a snapshot of the database that every successful build or judgement replaces,
    so builds, `liaison same` and the like work while it serves (it shows the previous state until
    they finish). Reading needs nothing. Analyst judgements (same / not the same person) need
    `Authorization: Bearer $LIAISON_TOKEN`; without LIAISON_TOKEN set, writes are refused.
    """
    import uvicorn

    _check(db)
    hosts = [*allowed, *([host] if _is_address(host) else [])]
    os.environ[SERVE_DB_ENV] = db
    os.environ["LIAISON_ALLOWED_HOSTS"] = ",".join(filter(None, [os.environ.get("LIAISON_ALLOWED_HOSTS"), *hosts]))
    writes = "enabled" if os.environ.get("LIAISON_TOKEN") else "disabled (set LIAISON_TOKEN to enable)"
    console.print(
        f"serving {db} at http://{host}:{port}/ with {workers} worker{'s' if workers > 1 else ''} — "
        f"API docs at /docs; judgements {writes}",
        highlight=False,
    )
    uvicorn.run("liaison.cli.serve_cmd:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=access_log)


def app_from_env() -> FastAPI:
    """The app for a uvicorn worker process (``liaison serve`` sets the environment)."""
    from liaison.serve import create_app

    return create_app(os.environ[SERVE_DB_ENV], on_judgement=reresolve_in_child)


def _check(db: str) -> None:
    """Fail now, clearly, if the database is missing or not a liaison database.

    While a writer holds it the app starts anyway: it serves the last snapshot, or answers 503
    until the writer finishes and publishes the first one.
    """
    try:
        with Store.open(db, read_only=True, wait=0):
            pass
    except StoreBusy:
        if snapshots.current(db) is None:
            err_console.print(f"note: another process is writing {db}; the app answers 503 until it finishes",
                              highlight=False)


def _is_address(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_unspecified


def reresolve_in_child(db_path: str) -> None:
    """Re-resolve after a judgement from the web, in a child process: the server's threads keep the
    interpreter to themselves (re-resolving the 20k-item archive takes seconds of pure Python). The
    child works under the write lock the server holds for the judgement, and the server waits for it."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(_reresolve_adopting_lock, (db_path,))


def _reresolve_adopting_lock(db_path: str) -> None:
    from liaison.pipeline import reresolve

    with adopted_lock(db_path):
        reresolve(db_path)
