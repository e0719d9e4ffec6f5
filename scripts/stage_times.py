#!/usr/bin/env python3
"""Where a one-worker build spends its CPU: seconds per stage and per extraction pass.

Builds the given files into a fresh database in this process (``-j 1``) with the stages' functions
wrapped in timers that add up the CPU time of the calling thread (``time.thread_time``; the DuckDB
writer thread is timed on its own). Times are inclusive: a stage's figure holds what it calls
(the Chinese passes are inside ``zh extract_events``). The wrappers cost some CPU of their own
(a few percent): compare runs of this script, not its figures with a plain build's.

    .venv/bin/python scripts/stage_times.py FILE [FILE ...] [--db PATH]
"""

from __future__ import annotations

import argparse
import importlib
import resource
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def timed(label: str, fn: Callable[..., Any], clock: Callable[[], float] = time.thread_time) -> Callable[..., Any]:
    """``fn``, adding its CPU time under ``label`` (a recursive call counts once)."""
    depth = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal depth
        depth += 1
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            depth -= 1
            if depth == 0:
                SPENT[label] += clock() - start
                CALLS[label] += 1

    return wrapper


def patch(module: str, name: str, label: str, *, also: tuple[str, ...] = ()) -> None:
    """Wrap ``module.name`` and the same function where ``also`` modules imported it by name."""
    mod = importlib.import_module(module)
    wrapped = timed(label, getattr(mod, name))
    for where in (module, *also):
        setattr(importlib.import_module(where), name, wrapped)


def timed_items(label: str) -> None:
    """Time reading: the parsing of parts into items (their generator's own time, hashing included)."""
    from liaison.ingest import records

    original = records.RawLines.items

    def items(self: Any) -> Any:
        it = original(self)
        while True:
            start = time.thread_time()
            try:
                item = next(it)
            except StopIteration:
                SPENT[label] += time.thread_time() - start
                return
            SPENT[label] += time.thread_time() - start
            yield item

    records.RawLines.items = items  # type: ignore[method-assign]


def install() -> None:
    from liaison.extract.zh import frames

    timed_items("read: decode + parse records (hash included)")
    patch("liaison.ingest.records", "hashed_text", "read: of which content hash")
    patch("liaison.engines.worker", "normalise", "normalise (no sentences)")
    patch("liaison.engines.worker", "may_hold_exchange", "triage")
    patch("liaison.engines.worker", "with_sentences", "normalise: sentences")
    patch("liaison.engines.worker", "extract", "extract (all, after triage)")
    patch("liaison.extract.zh", "extract_events", "  zh extract_events", also=())
    patch("liaison.extract.zh", "with_country_forms", "    zh with_country_forms")
    patch("liaison.extract.zh", "with_listed_subjects", "    zh with_listed_subjects")
    patch("liaison.extract.zh", "with_dateline_reference", "    zh with_dateline_reference")
    patch("liaison.extract.zh", "build_frames", "    zh build_frames")
    patch("liaison.extract.zh.frames", "reading", "      zh reading")
    frames.PASSES = tuple((name, timed(f"      pass {name}", run)) for name, run in frames.PASSES)
    patch("liaison.extract.zh.frames", "frame_of", "      zh frame_of (assembly)")
    patch("liaison.extract.zh", "party_message_frames", "    zh party_message_frames")
    patch("liaison.extract.zh", "organ_message_frames", "    zh organ_message_frames")
    patch("liaison.extract.zh", "reply_frames", "    zh reply_frames")
    patch("liaison.extract.zh", "delegation_tour_frames", "    zh delegation_tour_frames")
    for code in ("en", "es", "pt", "fr", "it", "ru"):
        patch(f"liaison.extract.{code}", "extract_events", f"  {code} extract_events")
    patch("liaison.extract.latin", "extract_with", "    latin extract_with",
          also=tuple(f"liaison.extract.{c}" for c in ("en", "es", "pt", "fr", "it", "ru")))
    patch("liaison.extract", "scored", "  scored + as written")
    patch("liaison.engines.worker", "extraction_row", "row (JSON of the frames)")
    patch("liaison.engines.worker", "_prepared", "prepare for resolution")
    patch("liaison.pipeline", "finish", "finish: skipped + resolution")
    from liaison.store import Store

    Store.save_rows = timed("DuckDB writes (writer thread)", Store.save_rows)  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    start = time.process_time()
    install()
    from liaison.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "stages.duckdb"
        begun = time.process_time()
        summary = build(args.files, db, workers=1)
        total = time.process_time() - begun
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{summary.seen} items, {summary.events} events; build CPU {total:.1f} s (process {usage.ru_utime:.1f} user "
          f"+ {usage.ru_stime:.1f} sys; imports and set-up {begun - start:.1f} s)")
    for label, seconds in SPENT.items():
        print(f"{seconds:8.2f} s  {CALLS[label]:7d}  {label}")


if __name__ == "__main__":
    main()
