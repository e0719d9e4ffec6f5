#!/usr/bin/env python3
"""Raise quality/floors.json to the current dev-set figures; never lowers a floor.

Builds ../shared/eval/dev.jsonl, scores it against dev-gold.jsonl and lifts every floor the build
now beats. If any figure is below its floor (beyond the tolerance) nothing is written and the
script exits 1: fix the regression first.

    .venv/bin/python scripts/raise_floors.py [--dry-run] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison.cli.eval_cmd import run_eval
from liaison.eval.floors import card_figures, find_shared, load_floors, raise_floors, save_floors, shortfalls

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "quality" / "floors.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--floors", type=Path, default=FLOORS)
    args = parser.parse_args(argv)

    shared = find_shared(ROOT)
    if shared is None:
        print("error: ../shared/eval/dev.jsonl not found (set LIAISON_SHARED)", file=sys.stderr)
        return 2
    run = run_eval(shared / "eval" / "dev-gold.jsonl", articles=[shared / "eval" / "dev.jsonl"],
                   workers=args.workers, progress=sys.stderr.isatty())
    figures = card_figures(run.system)
    floors, tolerance = load_floors(args.floors)
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
    if args.dry_run:
        print(f"(dry run: {args.floors} not written)")
    else:
        save_floors(args.floors, new, tolerance)
        print(f"wrote {args.floors} ({len(changes)} floors raised)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
