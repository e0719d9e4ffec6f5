"""Print, for the fit half of one dev set only, each article's system events beside its gold events (people with
title, organisation, country, lead), to read a fresh set's fit-half errors without opening its check half.

    python scripts/fit_half_dump.py --set real-dev-es-2 [--doc ID] [--naive]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from liaison.engines.worker import extract_article  # noqa: E402
from liaison.eval.breakdown import half_of  # noqa: E402
from liaison.eval.dev_articles import set_articles  # noqa: E402
from liaison.eval.sets import NOT_DEVELOPED  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", required=True)
    ap.add_argument("--doc", action="append")
    ap.add_argument("--naive", action="store_true")
    args = ap.parse_args(argv)
    if args.set in NOT_DEVELOPED:
        raise SystemExit(f"{args.set} is not developed on")
    naive = None
    if args.naive:
        from liaison.extract.baseline import extract_events

        naive = extract_events
    with set_articles(ROOT, args.set) as (gold, articles):
        for article in articles:
            if half_of(article.doc_id) != "fit" or (args.doc and article.doc_id not in args.doc):
                continue
            built = extract_article(article, naive) if naive else extract_article(article)
            print(f"=== {article.doc_id}")
            for e in gold[article.doc_id].events:
                people = "; ".join(f"{p.name}|{p.title}|{p.organization}|{p.country}|{'L' if p.lead else '-'}"
                                   for p in e.participants)
                print(f"  GOLD {e.kind} {e.date} {e.location}: {people}")
            for f in built.events:
                people = "; ".join(
                    f"{q.person.name}|{q.person.title}|{q.person.organization.name if q.person.organization else None}"
                    f"|{q.side}|{'L' if q.lead else '-'}"
                    for q in f.participants)
                print(f"  SYS  {f.kind} {f.date.iso if f.date else None} {f.location}: {people}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
