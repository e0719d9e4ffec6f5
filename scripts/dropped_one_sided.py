#!/usr/bin/env python3
"""What the recall tier's one-sided drops would have given (issue 13, further30): for every frame the step
``recall_tier_one_side`` drops in an article with a system event, whether adding it back would match one more gold
event, counted by the frame's features (kind, principals, sides known, a principal of no side titled or not, a
principal met in an event kept).

    PYTHONPATH=src .venv/bin/python scripts/dropped_one_sided.py --all-dev --half fit [--detail]
    PYTHONPATH=src .venv/bin/python scripts/dropped_one_sided.py --set real-dev-23 --half check

A feature whose drops are mostly ``useful`` on the fit half is a candidate to keep in the recall tier; judge it on
the check half (``scripts/missed_events.py --score``), where session 30 found none that pays: switching the step off
gives check events 0.957/0.839/0.894 -> 0.936/0.845/0.888 (+9 found, +40 built). Drops holding the same people as an
event kept are skipped. Judges and blind sets are refused (``DEV_SET_NAMES`` only); ``--detail`` prints each drop.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import set_articles
from liaison.eval.further import as_sys_event
from liaison.eval.gold import GoldEvent
from liaison.eval.matching import align_article
from liaison.eval.sets import DEV_SET_NAMES
from liaison.extract.assembly.confidence import sides
from liaison.extract.assembly.trace import Step, traced
from liaison.model.types import EventFrame

ROOT = Path(__file__).resolve().parents[1]


def features(frame: EventFrame, principals: set[str]) -> tuple[str, ...]:
    """The classes a dropped frame is counted in."""
    leads = [p for p in frame.participants if p.lead]
    unplaced = [p for p in leads if p.side is None]
    return (
        f"kind={frame.kind}",
        f"principals={min(len(leads), 3)}",
        f"sides={len(sides(frame))}",
        f"unplaced={'none' if not unplaced else 'titled' if all(p.person.title for p in unplaced) else 'untitled'}",
        f"met_before={any(p.person.name in principals for p in leads)}",
    )


def dropped(steps: list[Step], final: list[EventFrame]) -> list[EventFrame]:
    """The frames ``recall_tier_one_side`` dropped (each once, over the readings), none with an event kept's people."""
    out: list[EventFrame] = []
    seen: set[tuple[object, ...]] = set()
    kept_people = [{p.person.name for p in f.participants} for f in final]
    for s in steps:
        if s.name != "recall_tier_one_side":
            continue
        kept = {id(f) for f in s.after}
        for f in s.before:
            names = {p.person.name for p in f.participants}
            key = (f.evidence[:1], tuple(sorted(names)))
            if id(f) in kept or key in seen or any(names <= k for k in kept_people):
                continue
            seen.add(key)
            out.append(f)
    return out


def matched(doc: str, events: list[GoldEvent], frames: list[EventFrame]) -> int:
    return len(align_article(doc, "", events, [as_sys_event(f) for f in frames]).pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--all-dev", action="store_true", help="every dev set but the judges and the blind sets")
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--detail", action="store_true", help="print each drop, useful or not")
    args = ap.parse_args(argv)
    names = list(DEV_SET_NAMES) if args.all_dev else args.sets or ["real-dev"]
    counts: Counter[tuple[str, bool]] = Counter()
    for name in names:
        with set_articles(ROOT, name) as (gold, articles):
            for article in articles:
                if args.half is not None and half_of(article.doc_id) != args.half:
                    continue
                events = list(gold[article.doc_id].events)
                with traced() as steps:
                    final = list(extract_article(article).events)
                if not final:
                    continue
                base = matched(article.doc_id, events, final)
                principals = {p.person.name for f in final for p in f.participants if p.lead}
                for frame in dropped(steps, final):
                    useful = matched(article.doc_id, events, [*final, frame]) > base
                    for feature in ("all", *features(frame, principals)):
                        counts[(feature, useful)] += 1
                    if args.detail:
                        people = "; ".join(f"{p.person.name}{'*' if p.lead else ''} ({p.side})"
                                           for p in frame.participants)
                        told = features(frame, principals)[3]
                        print(f"{'useful' if useful else 'spurious'} {article.doc_id} {frame.kind} {told} | {people}")
    for feature in sorted({f for f, _ in counts}):
        print(f"{feature:28} useful {counts[(feature, True)]:4}  spurious {counts[(feature, False)]:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
