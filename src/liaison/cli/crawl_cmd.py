"""``liaison crawl``: build the pages a feed or sitemap lists."""

from __future__ import annotations

import os

import click
from rich.markup import escape

from liaison.cli.build_cmd import fetch_options, run_build
from liaison.cli.common import db_option, err_console
from liaison.engines.guard import DEFAULT_BUDGET
from liaison.ingest.crawl import CrawlStats, crawl, valid_since
from liaison.ingest.fetch import Fetcher, FetchPolicy, cache_folder
from liaison.ingest.pages import is_url
from liaison.pipeline import BuildSummary, ProgressFn, build_items


@click.command("crawl")
@click.argument("feed")
@click.option("--since", default=None, metavar="DATE",
              help="Only entries dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="Fetch at most N pages (newest first).")
@db_option
@click.option("--workers", "-j", type=int, default=os.cpu_count() or 1, show_default=True,
              help="Extraction processes.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any entry was skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--report", "report", default=None, metavar="FILE",
              help="Write every skipped entry and note to FILE (JSON lines: kind, origin, reason).")
@click.option("--budget", type=float, default=DEFAULT_BUDGET, show_default=True, metavar="SECONDS",
              help="Extraction CPU time per document (4x as much real time at most); "
                   "a document that takes longer is skipped (0: no limit).")
@fetch_options
def crawl_cmd(feed: str, since: str | None, limit: int | None, db: str, workers: int, strict: bool, quiet: bool,
              report: str | None, budget: float, delay: float, timeout: float) -> None:
    """Fetch and build the pages listed by FEED: an RSS, Atom or JSON feed, or a sitemap (index).

    robots.txt is obeyed, requests to one host are spaced by --delay, raw pages are cached
    beside the database (DB.pages/) and re-fetched only when they changed. A page that cannot
    be fetched or read is reported and counted; the others are built.
    """
    if not is_url(feed):
        raise click.BadParameter("give the http(s) URL of a feed or sitemap", param_hint="FEED")
    if since is not None and not valid_since(since):
        raise click.BadParameter(f"{since!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint="--since")
    fetcher = Fetcher(cache_folder(db), FetchPolicy(delay=delay, timeout=timeout))
    stats = CrawlStats()

    def run(progress: ProgressFn) -> BuildSummary:
        items = crawl(fetcher, feed, stats, since=since, limit=limit)
        return build_items(items, db, workers=workers, progress=progress, budget=budget or None)

    def listed() -> None:
        parts = [f"{stats.entries} entries"]
        if stats.older:
            parts.append(f"{stats.older} older than {since}")
        if stats.left_out:
            parts.append(f"{stats.left_out} left out by --limit {limit}")
        err_console.print(f"crawled {escape(feed)}: " + ", ".join(parts), highlight=False)

    run_build(run, db, quiet=quiet, report=report, strict=strict, fetcher=fetcher, before=listed)
