"""``liaison build`` and ``liaison summary``."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from liaison.cli.common import console, db_option, err_console
from liaison.engines import ENGINES
from liaison.engines.guard import DEFAULT_BUDGET
from liaison.ingest.fetch import Fetcher, FetchPolicy, cache_folder
from liaison.ingest.pages import is_url
from liaison.pipeline import BuildSummary, ProgressFn, build
from liaison.store import Store
from liaison.store.queries import summary

F = TypeVar("F", bound=Callable[..., Any])


def fetch_options(func: F) -> F:
    """``--delay`` and ``--timeout`` for commands that fetch URLs."""
    func = click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                        metavar="SECONDS", help="Wait between requests to one host (robots.txt may ask more).")(func)
    return click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                        metavar="SECONDS", help="Give up on a URL that does not connect or answer in time.")(func)


@click.command("build")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-j", type=int, default=os.cpu_count() or 1, show_default=True,
              help="Extraction processes.")
@click.option("--rebuild", is_flag=True, help="Re-extract every document (judgements are kept).")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input was skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: worker processes on this machine; spark: a Spark job (needs liaison[spark]).")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master for --engine spark: local[N], spark://host:7077, yarn.")
@click.option("--spark-output", default=None, metavar="DIR",
              help="Where --engine spark writes its Parquet extractions (default: a temporary directory).")
@click.option("--report", "report", default=None, metavar="FILE",
              help="Write every skipped input and note to FILE (JSON lines: kind, origin, reason).")
@click.option("--budget", type=float, default=DEFAULT_BUDGET, show_default=True, metavar="SECONDS",
              help="Extraction CPU time per document (4x as much real time at most); "
                   "a document that takes longer is skipped (0: no limit).")
@fetch_options
def build_cmd(paths: tuple[str, ...], db: str, workers: int, rebuild: bool, strict: bool, quiet: bool,
              engine: str, master: str, spark_output: str | None, report: str | None, budget: float,
              delay: float, timeout: float) -> None:
    """Ingest, extract, resolve and store articles from PATHS (files, folders or http(s) URLs).

    Reads .txt, .html, .json, .jsonl, .pdf, .docx (optionally .gz) and web pages (HTML, PDF,
    .docx; robots.txt obeyed, raw pages cached in DB.pages/). Already-built documents (same content,
    same extractor version) are skipped; an interrupted build resumes where it stopped.
    With --engine spark, PATHS are JSON lines (optionally .gz) or Parquet on any filesystem Spark reads.
    """
    urls = [p for p in paths if is_url(p)]
    if urls and engine == "spark":
        err_console.print("[red]error:[/] URLs are fetched by the local engine only; build them without "
                          "--engine spark", highlight=False)
        sys.exit(2)
    fetcher = Fetcher(cache_folder(db), FetchPolicy(delay=delay, timeout=timeout)) if urls else None

    def run(progress: ProgressFn) -> BuildSummary:
        if engine == "spark":
            from liaison.engines.spark import SparkEngineError, build_spark

            try:
                return build_spark(list(paths), db, master=master, output=spark_output, rebuild=rebuild,
                                   progress=progress)
            except SparkEngineError as exc:
                err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
                sys.exit(2)
        return build(list(paths), db, workers=workers, rebuild=rebuild, progress=progress, budget=budget or None,
                     fetcher=fetcher)

    run_build(run, db, quiet=quiet, report=report, strict=strict, fetcher=fetcher)


def run_build(run: Callable[[ProgressFn], BuildSummary], db: str, *, quiet: bool, report: str | None,
              strict: bool, fetcher: Fetcher | None = None, before: Callable[[], None] | None = None) -> None:
    """Run a build under a progress bar and report it: counts, skipped inputs, the exit status."""
    show = not quiet and sys.stderr.isatty()
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]building"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed:,.0f} docs"),
        TextColumn("{task.fields[rate]:,.0f} docs/s"),
        TextColumn("{task.fields[events]:,} events"),
        TimeElapsedColumn(),
        console=err_console,
        disable=not show,
        transient=True,
    ) as bar:
        task = bar.add_task("build", total=None, rate=0.0, events=0)

        shown_at = [0.0]

        def progress(seen: int, events: int) -> None:
            # (asked once per document by the process that writes: a bar nobody sees is not updated, and a
            # shown one at most every 50 ms, since each update takes rich's lock and its bookkeeping)
            if not show or (now := time.monotonic()) - shown_at[0] < 0.05:
                return
            shown_at[0] = now
            elapsed = bar.tasks[0].elapsed or 0.0
            bar.update(task, completed=seen, events=events, rate=seen / elapsed if elapsed else 0.0)

        result = run(progress)

    if before is not None:
        before()
    if fetcher is not None:
        stats = fetcher.stats
        where = f"; pages cached in {escape(str(fetcher.cache))}" if fetcher.cache and stats.downloaded else ""
        err_console.print(f"fetched {stats.downloaded} pages, {stats.not_modified} unchanged since the last fetch, "
                          f"{stats.failed} failed{where}", highlight=False)
    _report_skipped(result, report)
    parts = [f"{result.added} new", f"{result.updated} updated", f"{result.unchanged} unchanged"]
    if result.duplicates:
        parts.append(f"{result.duplicates} duplicate ids")
    parts.append(f"{len(result.skipped)} skipped")
    if result.notes:
        parts.append(f"{len(result.notes)} notes")
    if result.seen == 0:
        err_console.print(f"[red]error:[/] nothing could be built ({', '.join(parts)}); no database written",
                          highlight=False)
        sys.exit(1)
    console.print(
        f"built {escape(db)}: " + ", ".join(parts) + f" in {result.seconds:.1f}s; "
        f"{result.events} events, {result.people} people in the database",
        highlight=False,
    )
    if result.built == 0 and result.unchanged and not result.skipped:
        console.print("nothing changed: every document was already built", highlight=False)
    if strict and result.skipped:
        sys.exit(1)


FIRST_FEW = 5  # skipped inputs listed by name after a build; --report FILE has them all


def _report_skipped(result: BuildSummary, report: str | None) -> None:
    """Counts of skipped inputs by reason and the first few of them (all of them in ``report``)."""
    if report:
        _write_report(Path(report), result)
    if not result.skipped and not result.notes:
        return
    if result.skipped:
        kinds = ", ".join(f"{n} {kind}" for kind, n in result.skipped_by_reason())
        err_console.print(f"[yellow]skipped {len(result.skipped)} inputs:[/] {escape(kinds)}", highlight=False)
        for s in result.skipped[:FIRST_FEW]:
            err_console.print(f"  {escape(s.origin)}: {escape(s.reason)}", highlight=False)
    for n in result.notes[: FIRST_FEW if result.skipped else FIRST_FEW * 2]:
        err_console.print(f"[cyan]note[/] {escape(n.origin)}: {escape(n.reason)}", highlight=False)
    shown = min(len(result.skipped), FIRST_FEW) + min(len(result.notes), FIRST_FEW)
    if len(result.skipped) + len(result.notes) > shown:
        where = f"all of them are in {escape(report)}" if report else "--report FILE lists them all"
        err_console.print(f"  … {where}", highlight=False)


def _write_report(path: Path, result: BuildSummary) -> None:
    try:
        with open(path, "w", encoding="utf-8") as fh:
            for kind, items in (("skipped", result.skipped), ("note", result.notes)):
                for item in items:
                    fh.write(json.dumps({"kind": kind, "origin": item.origin, "reason": item.reason},
                                        ensure_ascii=False) + "\n")
    except OSError as exc:
        raise click.ClickException(f"cannot write the report {path}: {exc.strerror or exc}") from exc


@click.command("summary")
@db_option
def summary_cmd(db: str) -> None:
    """Counts of documents, events, people and parties in the database."""
    with Store.open(db, read_only=True) as store:
        s = summary(store)
    console.print(
        f"[bold]{escape(db)}[/]: {s['documents']} documents ({s['documents_with_events']} with events), "
        f"{s['events']} events, {s['people']} people, {s['parties']} parties, {s['skipped']} skipped inputs"
        + (f", {s['notes']} notes" if s.get("notes") else ""),
        highlight=False,
    )
    if s["first"]:
        console.print(f"events from {s['first']} to {s['last']}", highlight=False)
    if s["by_kind"]:
        console.print("by kind: " + ", ".join(f"{k} {v}" for k, v in s["by_kind"].items()), highlight=False)
    if s["by_language"]:
        console.print(
            "documents by language: " + ", ".join(f"{k} {v}" for k, v in s["by_language"].items()),
            highlight=False,
        )
