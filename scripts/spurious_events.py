#!/usr/bin/env python3
"""Every spurious event of real-dev (issue 13, precision), with a rough class and its trigger sentence.

    PYTHONPATH=src .venv/bin/python scripts/spurious_events.py [--unknown-people] [--slice web-fr] [--json]

Each article of real-dev is normalised and extracted in this process; its frames are aligned with the gold
(``eval.matching.align_article``) and each frame left unpaired is printed with its kind, date, confidence,
participants and trigger sentence, under a class guessed from the article and the sentence:
``negative`` (the gold codes no event), ``split`` (a participant of it is in a frame paired with gold: one
exchange told twice), ``recalled`` (the sentence marks an earlier occasion), ``upcoming`` (it tells what is still
to come), ``count`` (a count or summary of exchanges), ``international`` (a participant of an international
body), else ``other``. Classes are only a first sort: read the sentences. Blind sets are refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import set_articles
from liaison.eval.floors import find_shared
from liaison.eval.further import as_sys_event
from liaison.eval.gold import slice_of
from liaison.eval.matching import align_article
from liaison.eval.sets import DEV_SET_NAMES
from liaison.model.types import Document, EventFrame

ROOT = Path(__file__).resolve().parents[1]
OPEN_SETS = set(DEV_SET_NAMES)

_RECALLED = re.compile(
    r"last year|previous|earlier|since their|had (?:already )?(?:met|held)|during their|reached|"
    r"l'an dernier|lors de leur|précédent|anterior|pasado año|durante su|reunión de|já havia|"
    r"曾|此前|上次|去年|达成的|期间达成", re.I)
_UPCOMING = re.compile(
    r"\bwill\b|scheduled|is to\b|\bto (?:meet|hold|visit)\b|est attendu|sera\b|va\b|prévu|"
    r"\bse reunirá|próxim|previst|\birá\b|将|拟|定于|即将", re.I)
_COUNT = re.compile(r"\b\d+\s+(?:calls|meetings|times|veces|fois|vezes)|\d+次|多次|\btimes\b", re.I)
_INTERNATIONAL = re.compile(r"United Nations|\bUN\b|Nations unies|Naciones Unidas|联合国|UNESCO|WHO\b", re.I)


def sentence_of(doc: Document, at: int) -> str:
    for start, end in doc.sentences:
        if start <= at < end:
            return " ".join(doc.text[start:end].split())
    return " ".join(doc.text[max(0, at - 100):at + 200].split())


def classify(frame: EventFrame, sentence: str, negative: bool, paired_names: set[str]) -> str:
    names = {p.person.name for p in frame.participants}
    titles = " ".join(p.person.title or "" for p in frame.participants)
    if negative:
        return "negative"
    if names & paired_names:
        return "split"
    if _COUNT.search(sentence):
        return "count"
    if _UPCOMING.search(sentence):
        return "upcoming"
    if _RECALLED.search(sentence):
        return "recalled"
    if _INTERNATIONAL.search(titles):
        return "international"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="real-dev")
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--slice")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--half", choices=HALVES, help="keep one fixed half of the articles (by the hash of the id)")
    args = ap.parse_args(argv)
    if args.set not in OPEN_SETS:
        print(f"{args.set} is blind: use `liaison eval --set {args.set}` for its aggregates", file=sys.stderr)
        return 2
    shared = find_shared(ROOT)
    if shared is None:
        print("the shared data folder is missing", file=sys.stderr)
        return 2
    rows: list[dict[str, object]] = []
    with set_articles(ROOT, args.set, slice_name=args.slice, unknown_people=args.unknown_people) as (gold, articles):
        for article in articles:
            if args.half and half_of(article.doc_id) != args.half:
                continue
            extraction = extract_article(article)
            frames = list(extraction.events)
            if not frames:
                continue
            events = list(gold[article.doc_id].events)
            sys_events = [as_sys_event(f) for f in frames]
            al = align_article(article.doc_id, "", events, sys_events)
            paired = {id(p.system) for p in al.pairs}
            paired_names = {q.name or "" for p in al.pairs for q in p.system.participants}
            for frame, ev in zip(frames, sys_events, strict=True):
                if id(ev) in paired:
                    continue
                sentence = sentence_of(extraction.document, frame.evidence[0][0] if frame.evidence else 0)
                rows.append({
                    "doc": article.doc_id, "slice": slice_of(article.doc_id),
                    "class": classify(frame, sentence, not events, paired_names),
                    "kind": frame.kind, "date": frame.date.iso if frame.date else None,
                    "confidence": frame.confidence,
                    "people": [p.person.native or p.person.name for p in frame.participants],
                    "sentence": sentence[:300],
                })
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r['doc']} [{r['class']}] {r['kind']} {r['date']} c={r['confidence']} {r['people']}")
        print(f"    {r['sentence']}")
    print("\nby class: " + ", ".join(f"{k} {v}" for k, v in Counter(str(r["class"]) for r in rows).most_common()))
    print("by slice: " + ", ".join(f"{k} {v}" for k, v in Counter(str(r["slice"]) for r in rows).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
