#!/usr/bin/env python3
"""Where a pool worker's CPU goes: a sample of the input's parts run as a worker runs them, in this process.

Reads the given JSON-lines files into parts (as ``ingest.read_parts`` makes them for the pool), keeps every
``--step``-th part (``--step 7`` over the CCTV record: some 10,900 items, a worker's share of a 75k build in
proportion), warms up as the local engine's fork server does for a Chinese input (``engines.warm.warm_up``,
the collector's thresholds of ``worker.POOL_COLLECTIONS``), then runs each part as ``worker.run_part`` does and
pickles its outcomes as the pool sends them. It prints the CPU time by what became of each item (parsed; turned
away as written; extracted, no event; extracted with events, preparing for resolution included; the bytes sent;
the pickle), or, with ``--profile FILE``, writes a cProfile of the parts' run (cProfile doubles the time of
Python calls, and more than doubles their share beside native searches: read shares with care;
``py-spy record -f raw -- python scripts/worker_profile.py ...`` samples without that). With ``--passes`` it
splits the CPU (thread time) of the items extracted, with events and without, by Chinese pass (``zh.frames.PASSES``),
the frames' assembly (``frame_of``), preparing for resolution and the rest (normalising, triage, the row).

    .venv/bin/python scripts/worker_profile.py FILE [FILE ...] [--step 7] [--profile OUT | --passes]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from liaison.engines import warm, worker
from liaison.ingest.readers import read_parts
from liaison.ingest.records import RawLines
from liaison.model.types import Article


def parts_of(files: list[Path], step: int) -> list[RawLines]:
    """Every ``step``-th JSON-lines part of ``files``, in order."""
    parts = [p for f in files for p in read_parts(f) if isinstance(p, RawLines)]
    return parts[::step]


def phases(parts: list[RawLines]) -> dict[str, tuple[float, int]]:
    """CPU seconds and items by what became of each item (``worker.outcome`` split by its result)."""
    spent: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    clock = time.process_time
    for part in parts:
        start = clock()
        items = list(part.items())
        spent["parse the lines (JSON, hash)"] += clock() - start
        count["parse the lines (JSON, hash)"] += len(items)
        done = []
        for item in items:
            if not isinstance(item, Article):
                continue
            start = clock()
            out = worker.outcome(item, worker._settings)
            took = clock() - start
            label = _became(out)
            spent[label] += took
            count[label] += 1
            start = clock()
            done.append(worker.sent(out))
            spent["text and frames as bytes (sent)"] += clock() - start
        start = clock()
        pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
        spent["pickle the outcomes"] += clock() - start
    return {label: (seconds, count[label]) for label, seconds in spent.items()}


def _became(out: worker.Done) -> str:
    """What became of an item, as ``phases`` labels it."""
    if out.status == "built" and out.row is not None and not out.events and out.row[-2] is not None:
        return "turned away (as written or by the triage)"
    return "extracted, events (prepared included)" if out.events else "extracted, no event"


_WHOLE = "whole item"
_ZH_STEPS = (
    "with_listed_subjects", "with_dateline_reference", "party_message_frames", "congratulation_frames",
    "congratulated_before_frames", "reply_frames", "organ_message_frames", "delegation_tour_frames",
    "congratulation_lead", "party_visit_told", "held_reception",
)


def pass_times(parts: list[RawLines]) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """CPU seconds (thread time) of each Chinese pass, the frames' assembly and preparing for resolution, by what
    became of the item (``--passes``; the functions are wrapped in this process), and the items of each kind."""
    from liaison.extract import zh
    from liaison.extract.zh import frames

    clock = time.thread_time
    current: dict[str, float] = defaultdict(float)

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                current[label] += clock() - start

        return run

    frames.PASSES = tuple((name, timed(f"pass {name}", run)) for name, run in frames.PASSES)
    frames.frame_of = timed("frames assembled (frame_of)", frames.frame_of)  # type: ignore[attr-defined]
    frames.reading = timed("the item's reading (headings, headline)", frames.reading)
    for name in _ZH_STEPS:  # the steps ``zh._extract_events`` takes around the passes
        setattr(zh, name, timed(name, getattr(zh, name)))
    for name in ("normalise", "with_sentences", "_triaged", "extraction_row"):
        setattr(worker, name, timed(name, getattr(worker, name)))
    worker._prepared = timed("prepared for resolution", worker._prepared)  # type: ignore[assignment]
    spent: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    count: dict[str, int] = defaultdict(int)
    for part in parts:
        for item in part.items():
            if not isinstance(item, Article):
                continue
            current.clear()
            start = clock()
            out = worker.outcome(item, worker._settings)
            took = clock() - start
            label = _became(out)
            count[label] += 1
            spent[label][_WHOLE] += took
            for step, seconds in current.items():
                spent[label][step] += seconds
    return spent, count


def print_pass_times(spent: dict[str, dict[str, float]], count: dict[str, int]) -> None:
    """The table of ``pass_times``: a column per kind of item extracted, a row per step, the rest last."""
    kinds = [k for k in ("extracted, events (prepared included)", "extracted, no event") if k in spent]
    steps = sorted({s for k in kinds for s in spent[k] if s != _WHOLE}, key=lambda s: -sum(spent[k][s] for k in kinds))
    print(f"{'':36s}" + "".join(f"{k.split(' (')[0]:>26s}" for k in kinds))
    print(f"{'items':36s}" + "".join(f"{count[k]:>26d}" for k in kinds))
    for step in [_WHOLE, *steps, "rest (extract dispatch, guard, ...)"]:
        cells = []
        for k in kinds:
            seconds = spent[k][step] if step != "rest (extract dispatch, guard, ...)" else spent[k][_WHOLE] - sum(
                spent[k][s] for s in steps)
            cells.append(f"{seconds:9.3f} s {100 * seconds / spent[k][_WHOLE]:5.1f}%    ")
        print(f"{step:36s}" + "".join(f"{c:>26s}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--step", type=int, default=7, help="keep every STEP-th part (default 7)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the parts' run here")
    parser.add_argument("--passes", action="store_true", help="split the extracted items' CPU by Chinese pass")
    args = parser.parse_args()
    parts = parts_of(args.files, args.step)
    warm.warm_up(("zh",))
    gc.set_threshold(*worker.POOL_COLLECTIONS)
    worker.start(worker.Settings())
    lines = sum(len(p.lines) for p in parts)
    if args.profile:
        profile = cProfile.Profile()
        start = time.process_time()
        profile.runcall(lambda: [worker.run_part(p) for p in parts])
        print(f"{len(parts)} parts, {lines} lines: {time.process_time() - start:.2f} s of CPU under cProfile")
        profile.dump_stats(args.profile)
        return
    if args.passes:
        print_pass_times(*pass_times(parts))
        return
    found = phases(parts)
    total = sum(seconds for seconds, _n in found.values())
    print(f"{len(parts)} parts, {lines} lines: {total:.2f} s of CPU")
    for label, (seconds, n) in sorted(found.items(), key=lambda kv: -kv[1][0]):
        print(f"{seconds:7.2f} s  {100 * seconds / total:5.1f}%  {n:7d}  {label}")


if __name__ == "__main__":
    main()
