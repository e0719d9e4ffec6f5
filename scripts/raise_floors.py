#!/usr/bin/env python3
"""Raise a gold set's floors to its current figures; never lowers a floor.

Builds the set's articles (``dev``: ../shared/eval/dev.jsonl, floors in quality/floors.json;
``heldout``: our blind sample of the CCTV archive, floors in quality/heldout-floors.json;
``synthetic``/``synthetic-test``: our blind English/Spanish articles, floors in
quality/synthetic*-floors.json), scores
them against the gold and lifts every floor the build now beats. If any figure is below its
floor (beyond the tolerance) nothing is written and the script exits 1: fix the regression first.

    .venv/bin/python scripts/raise_floors.py [--set NAME|all] [--dry-run] [--workers N] [--reset]

``--reset`` writes the current figures as the floors of the chosen set, lower or not: only for a set whose
gold just changed (articles added), never to pass a regression; say so in the commit message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison.cli.eval_cmd import run_eval
from liaison.eval.floors import card_figures, find_shared, load_floors, raise_floors, save_floors, shortfalls
from liaison.eval.sets import SET_NAMES, GoldSet, gold_sets

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="floors = current figures (the set's gold changed)")
    parser.add_argument("--set", dest="name", default="all",
                        choices=[*SET_NAMES, "all"])
    args = parser.parse_args(argv)

    shared = find_shared(ROOT)
    if shared is None:
        print("error: ../shared/eval/dev.jsonl not found (set LIAISON_SHARED)", file=sys.stderr)
        return 2
    sets = gold_sets(ROOT, shared)
    chosen = list(sets.values()) if args.name == "all" else [sets[args.name]]
    return max(_raise(s, args.workers, args.dry_run, args.reset) for s in chosen)


def _raise(gold_set: GoldSet, workers: int, dry_run: bool, reset: bool = False) -> int:
    print(f"[{gold_set.name}]")
    run = run_eval(gold_set.gold, articles=gold_set.articles, workers=workers, progress=sys.stderr.isatty(),
                   only_gold=gold_set.only_gold, by=gold_set.by)
    figures = card_figures(run.system)
    floors, tolerance = load_floors(gold_set.floors)
    if reset:
        floors = {}
    below = shortfalls(figures, floors, tolerance)
    if below:
        print("refusing to raise floors: these figures are below their floors", file=sys.stderr)
        for s in below:
            print(f"  {s}", file=sys.stderr)
        return 1
    new, changes = raise_floors(figures, floors)
    if not changes:
        print("floors unchanged: no figure beats its floor")
        return 0
    for line in changes:
        print(line)
    if dry_run:
        print(f"(dry run: {gold_set.floors} not written)")
    else:
        save_floors(gold_set.floors, new, tolerance)
        print(f"wrote {gold_set.floors} ({len(changes)} floors raised)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
