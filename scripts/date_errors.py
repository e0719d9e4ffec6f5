"""Date errors of matched events, classified: where a build's event dates differ from gold, and why.

Score a build (``liaison eval --set real-dev --by slice --db B.duckdb`` leaves one) against a gold set
and list, for every matched event pair whose gold has a date, the gold and system dates, where the
system's date came from (the text or the publication date), the words it was read from, the article's
publication date and dateline, and the trigger sentence. Each disagreement gets a class:

- ``too_fine`` / ``too_coarse``: the same date at another precision (gold "2024-05", system "2024-05-14");
- ``published``: the publication date stood in for an event the text dates otherwise;
- ``year``: the right month and day in another year;
- ``near``: within a week (a relative day, "on Monday", resolved against the wrong anchor);
- ``other``: any other date, or none.

Usage: ``python scripts/date_errors.py --set real-dev --db B.duckdb [--slice web-en] [--ok] [--json]``;
the summary counts classes per slice; ``--list`` prints each error with its evidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from liaison.eval import load_gold, score
from liaison.eval.floors import find_shared
from liaison.eval.gold import slice_of
from liaison.eval.sets import gold_sets
from liaison.eval.source import records_from_db

REPO = Path(__file__).resolve().parents[1]


@dataclass
class DatePair:
    slice: str
    doc: str
    gold: str
    system: str | None
    source: str | None  # text, published or none
    cls: str
    published: str | None
    dateline: str | None
    date_words: str | None  # the words the system read its date from
    reader: str  # where they stand: trigger sentence, dateline, another sentence; or published / none
    evidence: str  # the trigger sentence
    notes: str | None  # the gold's notes (how the annotator resolved the date)


def classify(gold: str, system: str | None, published: str | None) -> str:
    """The class of one date disagreement (``ok`` when equal)."""
    if system == gold:
        return "ok"
    if system is None:
        return "other"
    if system.startswith(gold):
        return "too_fine"
    if gold.startswith(system):
        return "too_coarse"
    if published is not None and system == published[: len(system)]:
        return "published"
    if system[4:] == gold[4:]:
        return "year"
    if len(system) == len(gold) == 10:
        days = abs((date.fromisoformat(system) - date.fromisoformat(gold)).days)
        if days <= 7:
            return "near"
    return "other"


def _frame_of(frames: list[dict[str, Any]], evidence: list[list[int]]) -> dict[str, Any] | None:
    """The extracted frame an exported event came from: the one sharing its first evidence span."""
    first = tuple(evidence[0]) if evidence else None
    for f in frames:
        if first is not None and any(tuple(s) == first for s in f.get("evidence") or ()):
            return f
    return None


def date_pairs(set_name: str, db: Path) -> list[DatePair]:
    shared = find_shared(REPO)
    if shared is None:
        sys.exit("the shared data folder is missing")
    gold_set = gold_sets(REPO, shared)[set_name]
    gold = load_gold(gold_set.gold)
    by_doc = {g.doc: g for g in gold}
    records = records_from_db(db)
    by_id = {r["id"]: r for r in records}
    card = score(gold, records, "slice")
    con = duckdb.connect(str(db), read_only=True)
    docs = {d: (t, p) for d, t, p in con.execute("SELECT doc_id, text, published FROM documents").fetchall()}
    frames = {d: json.loads(f) for d, f in con.execute("SELECT doc_id, frames FROM extractions").fetchall()}
    source = dict(con.execute("SELECT event_id, date_source FROM events").fetchall())
    out = []
    for al in card.alignments:
        text, published = docs.get(al.doc, ("", None))
        dateline = _dateline(text, published)
        for pair in al.pairs:
            g, s = pair.gold, pair.system
            if g.date is None:
                continue
            record = by_id.get(s.event_id, {})
            evidence = next((d.get("evidence") for d in record.get("documents", []) if d.get("id") == al.doc), [])
            frame = _frame_of(frames.get(al.doc, []), evidence or [])
            span = frame.get("date_span") if frame else None
            trigger = evidence[0] if evidence else None
            reader = _reader(span, trigger, text, published, source.get(s.event_id))
            out.append(DatePair(
                slice=slice_of(al.doc), doc=al.doc, gold=g.date, system=s.date, source=source.get(s.event_id),
                cls=classify(g.date, s.date, published), published=published, dateline=dateline,
                date_words=text[span[0]:span[1]] if span else None, reader=reader,
                evidence=" ".join(text[trigger[0]:trigger[1]].split()) if trigger else "",
                notes=by_doc[al.doc].notes,
            ))
    return out


def _reader(span: list[int] | None, trigger: list[int] | None, text: str, published: str | None,
            source: str | None) -> str:
    """Where the system's date was read: the trigger sentence, the dateline, another sentence, or none."""
    if span is None:
        return source or "none"
    from liaison.model.types import FuzzyDate
    from liaison.normalise.datelines import find_dateline

    found = find_dateline(text, FuzzyDate.parse(published) if published else None)
    if found is not None and tuple(found.span) == tuple(span):
        return "dateline"
    if trigger is not None and trigger[0] <= span[0] and span[1] <= trigger[1]:
        return "trigger"
    return "before" if trigger is not None and span[1] <= trigger[0] else "after"


def _dateline(text: str, published: str | None) -> str | None:
    from liaison.model.types import FuzzyDate
    from liaison.normalise.datelines import find_dateline

    found = find_dateline(text, FuzzyDate.parse(published) if published else None)
    if found is None:
        return None
    return f"{found.place} {found.date.iso if found.date else '-'} ({found.agency or ''})"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="real-dev")
    ap.add_argument("--db", type=Path, required=True, help="a build of the set (liaison eval --db)")
    ap.add_argument("--slice", action="append", help="only these slices")
    ap.add_argument("--class", dest="classes", action="append", help="only these classes")
    ap.add_argument("--list", action="store_true", help="print each error with its evidence")
    ap.add_argument("--ok", action="store_true", help="with --list, also the correct dates")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pairs = [p for p in date_pairs(args.set, args.db) if not args.slice or p.slice in args.slice]
    if args.classes:
        pairs = [p for p in pairs if p.cls in args.classes]
    if args.json:
        print(json.dumps([asdict(p) for p in pairs], ensure_ascii=False, indent=1))
        return
    if args.list:
        for p in pairs:
            if p.cls == "ok" and not args.ok:
                continue
            print(f"{p.doc} [{p.cls}] gold {p.gold} system {p.system} ({p.reader}: {p.date_words!r}) "
                  f"published {p.published} dateline {p.dateline}")
            print(f"    {p.evidence[:300]}")
            if p.notes:
                print(f"    notes: {p.notes[:300]}")
    readers: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        readers[p.reader][p.cls] += 1
    print("by reader:", {r: dict(c) for r, c in readers.items()})
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        counts[p.slice][p.cls] += 1
        counts["all"][p.cls] += 1
    classes = ["ok", "too_fine", "too_coarse", "published", "near", "year", "other"]
    print(f"{'slice':8} {'n':>4} {'acc':>6} " + " ".join(f"{c:>10}" for c in classes))
    for name, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"{name:8} {n:>4} {c['ok'] / n:>6.3f} " + " ".join(f"{c[k]:>10}" for k in classes))


if __name__ == "__main__":
    main()
