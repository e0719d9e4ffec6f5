#!/usr/bin/env python3
"""Recall by class of gold event and participant on a gold set: where its losses lie (counts only).

    PYTHONPATH=src .venv/bin/python scripts/recall_by_class.py --set real-test [--half fit|check] \
        [--unknown-people] [--workers 2]

Builds the set's articles into a temporary database as ``liaison eval --set`` does, prints events and
participants figures per language, then recall of gold events by kind, remoteness, size and position in the
article, and of the participants of found events by principal/attendee (``liaison.eval.breakdown``). Only
aggregates are printed, so the blind sets may be read. ``--half`` keeps one fixed half of the set (by the hash
of each id): read errors on ``fit``, judge rules on ``check``.
"""

from __future__ import annotations

import argparse
import tempfile
from contextlib import ExitStack
from pathlib import Path

from liaison.cli.eval_cmd import _named_set, _subset, build_records
from liaison.eval.breakdown import HALVES, breakdown, format_breakdown, half_of
from liaison.eval.gold import load_gold
from liaison.eval.report import fmt
from liaison.eval.scorer import score
from liaison.eval.sets import ALL_SET_NAMES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="set_name", required=True, choices=ALL_SET_NAMES)
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--slice", dest="slice_name", help="keep one slice's articles (web-zh: also web-zh-d13-…)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    gold_set = _named_set(args.set_name)
    gold = [g for g in load_gold(gold_set.gold) if (args.half is None or half_of(g.doc) == args.half)
            and (args.slice_name is None or g.doc.startswith(f"{args.slice_name}-"))]
    docs = {g.doc for g in gold}
    articles = list(gold_set.articles)
    with tempfile.TemporaryDirectory(prefix="liaison-recall-") as tmp, ExitStack() as stack:
        if args.unknown_people:
            from liaison.kb.gazetteer import people_forgotten

            stack.enter_context(people_forgotten(_subset(articles, docs, Path(tmp))[0]))
        records = build_records(articles, None, workers=args.workers, only=docs if gold_set.only_gold else None)
    card = score(gold, records)
    for group in ["all", *card.languages]:
        f = card.figures(group)
        prf = ["/".join(fmt(f[f"{m}.{k}"]) for k in ("precision", "recall", "f1")) for m in ("events", "participants")]
        print(f"{group:4s} {card.groups[group].n_articles:5d} articles  events P/R/F {prf[0]}  "
              f"participants P/R/F {prf[1]}  leads F1 {fmt(f['leads.f1'])}")
    print(format_breakdown(breakdown(card.alignments)))


if __name__ == "__main__":
    main()
