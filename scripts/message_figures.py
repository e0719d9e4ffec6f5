#!/usr/bin/env python3
"""Message and call figures of gold sets: how many gold messages (and calls) are found, of the right kind, with
their senders and recipients, and how many system messages pair with no gold event.

    PYTHONPATH=src .venv/bin/python scripts/message_figures.py --set real-dev-msg [--set ...] [--half fit|check] \
        [--detail]

Per set, for gold ``message`` events and for remote ones (``phone_call``, ``video_conference``): found (paired
with any system event), kind right (paired with a system event of the same kind), participants seated in found
ones; for system messages: how many, paired with a gold message, with another gold event, unpaired (spurious).
Only counts are printed, so every set may be measured. ``--detail`` prints, for open development sets only, each
missed gold message with the sentences naming its people and each spurious message with its trigger sentence;
blind sets and judges are refused there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import half_of
from liaison.eval.dev_articles import BLIND_SETS, set_articles
from liaison.eval.further import _named_in, as_sys_event
from liaison.eval.matching import ArticleAlignment, align_article
from liaison.eval.sets import NOT_DEVELOPED
from liaison.model.types import Document

ROOT = Path(__file__).resolve().parent.parent
JUDGES = NOT_DEVELOPED - BLIND_SETS
REMOTE = ("phone_call", "video_conference")


def _sentence_at(doc: Document, at: int) -> str:
    for start, end in doc.sentences:
        if start <= at < end:
            return " ".join(doc.text[start:end].split())
    return ""


def tally(alignments: Sequence[ArticleAlignment]) -> Counter[str]:
    """The counts of the module docstring over a set's alignments."""
    c: Counter[str] = Counter()
    for al in alignments:
        paired = {id(p.gold): p for p in al.pairs}
        by_sys = {id(p.system): p for p in al.pairs}
        for ev in al.gold:
            group = "msg" if ev.kind == "message" else "call" if ev.kind in REMOTE else None
            if group is None:
                continue
            pair = paired.get(id(ev))
            c[f"{group}.gold"] += 1
            c[f"{group}.people"] += len(ev.participants)
            if pair is None:
                continue
            c[f"{group}.found"] += 1
            c[f"{group}.kind_right"] += int(pair.system.kind == ev.kind)
            c[f"{group}.seated"] += len(pair.participants)
            c[f"{group}.people_found"] += len(ev.participants)
        for s in al.system:
            group = "msg" if s.kind == "message" else "call" if s.kind in REMOTE else None
            if group is None:
                continue
            c[f"{group}.sys"] += 1
            pair = by_sys.get(id(s))
            if pair is None:
                c[f"{group}.spurious"] += 1
            elif pair.gold.kind == s.kind or (group == "call" and pair.gold.kind in REMOTE):
                c[f"{group}.sys_right"] += 1
            else:
                c[f"{group}.sys_other"] += 1
    return c


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}" + (f" {a / b:.2f}" if b else "")


def format_tally(name: str, c: Counter[str]) -> str:
    rows = []
    for group in ("msg", "call"):
        rows.append(
            f"{name:18s} {group:4s} found {_ratio(c[f'{group}.found'], c[f'{group}.gold']):12s} "
            f"kind {_ratio(c[f'{group}.kind_right'], c[f'{group}.found']):12s} "
            f"people {_ratio(c[f'{group}.seated'], c[f'{group}.people_found']):12s} "
            f"sys {c[f'{group}.sys']:3d} right {c[f'{group}.sys_right']:3d} other {c[f'{group}.sys_other']:3d} "
            f"spurious {c[f'{group}.spurious']:3d}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append", required=True)
    ap.add_argument("--half", choices=("fit", "check"))
    ap.add_argument("--detail", action="store_true")
    args = ap.parse_args(argv)
    if args.detail and any(s in BLIND_SETS or s in JUDGES for s in args.sets):
        print("--detail is for open development sets only", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    for name in args.sets:
        alignments: list[ArticleAlignment] = []
        with set_articles(ROOT, name) as (gold, articles):
            for article in articles:
                if args.half and half_of(article.doc_id) != args.half:
                    continue
                extraction = extract_article(article)
                frames = list(extraction.events)
                al = align_article(article.doc_id, "", gold[article.doc_id].events,
                                   [as_sys_event(f) for f in frames])
                alignments.append(al)
                if args.detail:
                    _detail(al, extraction.document, frames)
        c = tally(alignments)
        total.update(c)
        print(format_tally(name, c), flush=True)
    if len(args.sets) > 1:
        print(format_tally("total", total))
    return 0


def _detail(al: ArticleAlignment, doc: Document, frames: Sequence[object]) -> None:
    paired_sys = {id(p.system) for p in al.pairs}
    for ev in al.missed:
        if ev.kind != "message" and ev.kind not in REMOTE:
            continue
        people = ", ".join(f"{p.name}{'*' if p.lead else ''}" for p in ev.participants)
        print(f"MISSED {al.doc} {ev.kind} {ev.date} [{people}]")
        shown = 0
        for a, b in doc.sentences:
            s = doc.text[a:b]
            if any(_named_in(s, p) for p in ev.participants) and shown < 2:
                print("    | " + " ".join(s.split())[:300])
                shown += 1
    for s_ev, frame in zip(al.system, frames, strict=True):
        if id(s_ev) in paired_sys or (s_ev.kind != "message" and s_ev.kind not in REMOTE):
            continue
        people = ", ".join(f"{p.name}" for p in s_ev.participants)
        at = frame.evidence[0][0] if getattr(frame, "evidence", None) else 0  # type: ignore[attr-defined]
        print(f"SPURIOUS {al.doc} {s_ev.kind} {s_ev.date} [{people}]")
        print("    | " + _sentence_at(doc, at)[:300])
    for p in al.pairs:
        if p.gold.kind == "message" and p.system.kind != "message":
            print(f"KIND {al.doc} gold message, system {p.system.kind} "
                  f"[{', '.join(q.name for q in p.gold.participants)}]")


if __name__ == "__main__":
    raise SystemExit(main())
