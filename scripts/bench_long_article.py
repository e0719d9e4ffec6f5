#!/usr/bin/env python3
"""Benchmark check: extraction time grows linearly with article size, and a 5 MB English article is
extracted (or skipped by its time budget) in at most 10 s.

The article is the bundled English samples repeated to each size. For each size it prints the
seconds and the seconds per 100 KB (flat when extraction is linear), then runs the 5 MB article
through the build's guarded extraction (the default per-document budget) and exits 1 when that
takes longer than the limit.

    .venv/bin/python scripts/bench_long_article.py [--sizes 100000,200000,400000,800000] [--limit 10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from liaison.engines.guard import DEFAULT_BUDGET
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Skipped
from liaison.pipeline import extract_article, guarded_extract

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "en"
BIG = 5_000_000


def article_of(size: int) -> Article:
    parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    chunks: list[str] = []
    total, i = 0, 0
    while total < size:
        chunks.append(parts[i % len(parts)] + "\n\n")
        total += len(chunks[-1])
        i += 1
    text = "".join(chunks)[:size]
    return Article(f"long-{size}", text, content_hash(text), f"long-{size}.txt", language="en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,200000,400000,800000")
    parser.add_argument("--limit", type=float, default=10.0, help="seconds allowed for the 5 MB article")
    args = parser.parse_args()
    default_gazetteer()
    print(f"{'characters':>12} {'seconds':>8} {'s/100KB':>8} events")
    for size in (int(s) for s in args.sizes.split(",")):
        started = time.perf_counter()
        ex = extract_article(article_of(size))
        took = time.perf_counter() - started
        print(f"{size:>12,} {took:>8.2f} {took / size * 100_000:>8.3f} {len(ex.events)}")
    article = article_of(BIG)
    started = time.perf_counter()
    result = guarded_extract(article, budget=DEFAULT_BUDGET)
    took = time.perf_counter() - started
    outcome = f"skipped ({result.reason})" if isinstance(result, Skipped) else f"{len(result.events)} events"
    print(f"5 MB article ({len(article.text):,} characters): {took:.1f} s, {outcome}; limit {args.limit:g} s")
    return 0 if took <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
