#!/usr/bin/env python3
"""Copy the benchmark table (``bench/results.md``, written by ``scripts/bench.py``) into the README.

Replaces the text between ``<!-- perf:start -->`` and ``<!-- perf:end -->`` in README.md.
``--check`` exits 1 when the README is out of date instead of writing it.

    .venv/bin/python scripts/bench_readme.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- perf:start -->", "<!-- perf:end -->"


def splice(readme: str, section: str) -> str:
    """``readme`` with the text between the markers replaced by ``section``."""
    head, sep, rest = readme.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise ValueError(f"README.md has no {START} … {END} markers")
    return f"{head}{START}\n{section.strip(chr(10))}\n{END}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if the README is out of date")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args()
    if not args.results.exists():
        sys.exit(f"{args.results}: no benchmark results (run scripts/bench.py first)")
    readme = args.readme.read_text(encoding="utf-8")
    try:
        updated = splice(readme, args.results.read_text(encoding="utf-8"))
    except ValueError as exc:
        sys.exit(str(exc))
    if args.check:
        if updated != readme:
            sys.exit("README performance section is out of date: run scripts/bench_readme.py")
        return
    args.readme.write_text(updated, encoding="utf-8")
    print(f"updated {args.readme}")


if __name__ == "__main__":
    main()
