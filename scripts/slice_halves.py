#!/usr/bin/env python3
"""One slice (``web-zh``, ``web-es`` …) across every dev set that has it, per fixed half: events and
participants P/R/F per set and half, and pooled, so that a rule is read on the fit halves and judged on the
check halves of several sets at once.

    PYTHONPATH=src .venv/bin/python scripts/slice_halves.py --slice web-zh [--set real-dev --set real-dev-13] \
        [--unknown-people] [--workers 1]

Only the slice's articles are built. Refuses the blind sets and the judges (their per-set figures are not to be
read by slice halves: ``liaison eval --set NAME --by slice`` gives their aggregates).
"""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from liaison.cli.eval_cmd import _named_set, _subset, build_records
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.gold import GoldArticle, load_gold
from liaison.eval.report import fmt
from liaison.eval.scorer import score
from liaison.eval.sets import DEV_SET_NAMES


def _line(label: str, n: int, f: dict[str, float | None]) -> str:
    prf = ["/".join(fmt(f[f"{m}.{k}"]) for k in ("precision", "recall", "f1"))
           for m in ("events", "participants", "leads")]
    attrs = "/".join(fmt(f.get(k)) for k in ("country.accuracy", "organization.accuracy", "title.token_f1"))
    return (f"{label:24s} {n:4d} articles  events P/R/F {prf[0]}  participants P/R/F {prf[1]}  leads P/R/F {prf[2]}"
            f"  country/organisation/title {attrs}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slice", dest="slice_name", required=True)
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    pooled: dict[str, tuple[list[GoldArticle], list[dict[str, Any]]]] = {h: ([], []) for h in HALVES}
    fresh_docs: set[str] = set()  # the sets other than real-dev, the one developed on for many sessions
    for name in args.sets or DEV_SET_NAMES:
        gold_set = _named_set(name)
        gold = [g for g in load_gold(gold_set.gold) if g.doc.startswith(f"{args.slice_name}-")]
        if not gold:
            continue
        docs = {g.doc for g in gold}
        if name != "real-dev":
            fresh_docs |= docs
        with tempfile.TemporaryDirectory(prefix="liaison-halves-") as tmp, ExitStack() as stack:
            if args.unknown_people:
                from liaison.kb.gazetteer import people_forgotten

                stack.enter_context(people_forgotten(_subset(list(gold_set.articles), docs, Path(tmp))[0]))
            records = build_records(list(gold_set.articles), None, workers=args.workers, only=docs)
        for half in HALVES:
            part = [g for g in gold if half_of(g.doc) == half]
            pooled[half][0].extend(part)
            pooled[half][1].extend(records)  # the scorer reads only the gold's documents
            if part:
                print(_line(f"{name}/{half}", len(part), score(part, records).figures("all")), flush=True)
    for half in HALVES:
        gold_all, recs_all = pooled[half]
        fresh = [g for g in gold_all if g.doc in fresh_docs]
        for label, part in ((f"ALL/{half}", gold_all), (f"fresh sets/{half}", fresh)):
            if part:
                print(_line(label, len(part), score(part, recs_all).figures("all")))


if __name__ == "__main__":
    main()
