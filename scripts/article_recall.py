#!/usr/bin/env python3
"""Articles with events, before and after a change (issue 13, floor28): from two caches of ``scripts/ablate.py
--baseline-only``, per fixed half and language, the articles with gold events where the extractor gives some
(article recall), the negative articles where it gives some (false articles), and events F1.

    PYTHONPATH=src .venv/bin/python scripts/ablate.py --baseline-only --cache /tmp/before   # then change, and
    PYTHONPATH=src .venv/bin/python scripts/ablate.py --baseline-only --cache /tmp/after
    PYTHONPATH=src .venv/bin/python scripts/article_recall.py /tmp/before /tmp/after [--changed fit]

``--changed fit`` also lists the fit-half articles whose events changed, with the events paired or not (never the
check half: judge a change there by the counts only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from ablate import records_file

from liaison.cli.eval_cmd import _named_set
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.gold import GoldArticle, load_gold
from liaison.eval.scorer import score
from liaison.eval.sets import DEV_SET_NAMES


def _records(cache: Path, name: str) -> list[dict[str, Any]]:
    path = records_file(cache, "", name)
    return list(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else []


def _gold(name: str) -> list[GoldArticle]:
    return load_gold(_named_set(name).gold)


def _with_events(records: list[dict[str, Any]]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for r in records:
        for d in r["documents"]:
            out[d["id"]] += 1
    return out


def _tally(caches: list[Path], sets: list[str]) -> dict[tuple[str, str], list[list[int]]]:
    """Per (half, language): per cache [articles with gold events, of them with system events, negative articles
    with system events, events tp, n_sys, n_gold]."""
    table: dict[tuple[str, str], list[list[int]]] = defaultdict(lambda: [[0] * 6 for _ in caches])
    for name in sets:
        gold = _gold(name)
        for k, cache in enumerate(caches):
            records = _records(cache, name)
            found = _with_events(records)
            for g in gold:
                for key in ((half_of(g.doc), g.language), (half_of(g.doc), "all")):
                    row = table[key][k]
                    if g.events:
                        row[0] += 1
                        row[1] += found.get(g.doc, 0) > 0
                    else:
                        row[2] += found.get(g.doc, 0) > 0
            for half in HALVES:
                for lang in {g.language for g in gold} | {"all"}:
                    part = [g for g in gold if half_of(g.doc) == half and lang in (g.language, "all")]
                    if part:
                        ev = score(part, records).groups["all"].prf["events"]
                        row = table[(half, lang)][k]
                        row[3] += ev.tp
                        row[4] += ev.n_sys
                        row[5] += ev.n_gold
    return table


def _changed(before: Path, after: Path, sets: list[str], half: str) -> None:
    for name in sets:
        gold = {g.doc: g for g in _gold(name) if half_of(g.doc) == half}
        recs = [_records(c, name) for c in (before, after)]
        counts = [_with_events(r) for r in recs]
        for doc, g in gold.items():
            if counts[0].get(doc, 0) == counts[1].get(doc, 0):
                continue
            cells = []
            for r in recs:
                ev = score([g], r).groups["all"].prf["events"]
                cells.append(f"tp {ev.tp} sys {ev.n_sys}")
            print(f"{name} {doc} gold {len(g.events)}: {cells[0]} -> {cells[1]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--changed", choices=["fit"], help="list the fit-half articles whose events changed")
    args = ap.parse_args()
    sets = args.sets or list(DEV_SET_NAMES)
    table = _tally([args.before, args.after], sets)
    print("half  language  articles  recall before -> after  false articles  events F1 before -> after")
    for (half, lang), (b, a) in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
        f1 = [2 * r[3] / (r[4] + r[5]) if r[4] + r[5] else 0.0 for r in (b, a)]
        rec = [r[1] / r[0] if r[0] else 0.0 for r in (b, a)]
        print(f"{half:5s} {lang:9s} {b[0]:5d}  {rec[0]:.3f} -> {rec[1]:.3f}  {b[2]:3d} -> {a[2]:3d}  "
              f"{f1[0]:.3f} -> {f1[1]:.3f} (tp {b[3]} -> {a[3]}, sys {b[4]} -> {a[4]})")
    if args.changed:
        _changed(args.before, args.after, sets, args.changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
