#!/usr/bin/env python3
"""Where a pool worker's CPU goes: a sample of the input's parts run as a worker runs them, in this process.

Reads the given JSON-lines files into parts (as ``ingest.read_parts`` makes them for the pool), keeps every
``--step``-th part (``--step 7`` over the CCTV record: some 10,900 items, a worker's share of a 75k build in
proportion), warms up as the local engine's fork server does for a Chinese input (``engines.warm.warm_up``,
the collector's thresholds of ``worker.POOL_COLLECTIONS``), then runs each part as ``worker.run_part`` does and
pickles its outcomes as the pool sends them. It prints the CPU time by what became of each item (parsed; turned
away as written; extracted, no event; extracted with events, preparing for resolution included; the bytes sent;
the pickle), or, with ``--profile FILE``, writes a cProfile of the parts' run (cProfile doubles the time of
Python calls: read shares with care; ``py-spy record -f raw -- python scripts/worker_profile.py ...`` samples
without that).

    .venv/bin/python scripts/worker_profile.py FILE [FILE ...] [--step 7] [--profile OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pickle
import time
from collections import defaultdict
from pathlib import Path

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
            if out.status == "built" and out.row is not None and not out.events and out.row[-2] is not None:
                label = "turned away (as written or by the triage)"
            else:
                label = "extracted, events (prepared included)" if out.events else "extracted, no event"
            spent[label] += took
            count[label] += 1
            start = clock()
            done.append(worker.sent(out))
            spent["text and frames as bytes (sent)"] += clock() - start
        start = clock()
        pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)
        spent["pickle the outcomes"] += clock() - start
    return {label: (seconds, count[label]) for label, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--step", type=int, default=7, help="keep every STEP-th part (default 7)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the parts' run here")
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
    found = phases(parts)
    total = sum(seconds for seconds, _n in found.values())
    print(f"{len(parts)} parts, {lines} lines: {total:.2f} s of CPU")
    for label, (seconds, n) in sorted(found.items(), key=lambda kv: -kv[1][0]):
        print(f"{seconds:7.2f} s  {100 * seconds / total:5.1f}%  {n:7d}  {label}")


if __name__ == "__main__":
    main()
