#!/usr/bin/env python3
"""Articles the naive baseline gives an event for and liaison gives none (and the reverse), per slice.

    PYTHONPATH=src .venv/bin/python scripts/recall_gaps.py --set real-dev [--show] [--json OUT]
    PYTHONPATH=src .venv/bin/python scripts/recall_gaps.py --corpus ../shared/corpus/kcna-en-2023-2024.jsonl.gz \
        --sample 300 [--show]
    PYTHONPATH=src .venv/bin/python scripts/recall_gaps.py --set real-dev --tier [--show]

Each article is normalised and extracted in this process (liaison's ``extract_article`` and the baseline's),
without building a database. For a gold set the gaps are split by what the gold says (the article reports
an exchange, or none); with them, articles-with-events recall and precision of both systems per slice, as
``liaison eval`` counts them. A corpus has no gold: its gaps (``--sample`` items of the dev partition,
``scripts/url_guard.py``; test-partition and held-out ids are passed over unread) show what a fallback would add.

``--tier`` reports the article's last resort itself (events at ``ARTICLE_CONFIDENCE``): on a gold set, how many
of its events pair with a gold event, how many sit in articles without gold events, and how many of their
participants match no gold participant of the pair; on a corpus, each firing (to be judged by reading).

``--show`` prints the headline and opening of each gap article: only for real-dev, the shared dev set and
corpus items (never for real-test, which this script refuses, nor for the blind CCTV sets).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from url_guard import heldout_hashes, partition, url_hash  # noqa: E402

from liaison.engines.worker import extract_article  # noqa: E402
from liaison.eval.floors import find_shared  # noqa: E402
from liaison.eval.gold import GoldArticle, load_gold, slice_of  # noqa: E402
from liaison.eval.matching import align_article  # noqa: E402
from liaison.eval.sets import gold_sets  # noqa: E402
from liaison.eval.system import SysEvent, SysParticipant  # noqa: E402
from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE  # noqa: E402
from liaison.extract.baseline import extract_events as baseline_events  # noqa: E402
from liaison.ingest import iter_inputs  # noqa: E402
from liaison.model.types import Article, EventFrame  # noqa: E402

_SHOWN = {"real-dev", "dev"}  # sets whose texts may be read while developing


def _articles(paths: tuple[Path, ...], wanted: set[str] | None) -> Iterator[Article]:
    for item in iter_inputs(paths):
        if isinstance(item, Article) and (wanted is None or item.doc_id in wanted):
            yield item


def _corpus(path: Path, sample: int, seed: int) -> list[Article]:
    """A sample of the corpus items in the dev partition (test-partition and held-out ids are not read)."""
    held = heldout_hashes()
    items = [a for a in _articles((path,), None)
             if partition(h := url_hash(a.url or a.doc_id)) == "dev" and h not in held]
    random.Random(seed).shuffle(items)
    return items[:sample] if sample else items


def _head(article: Article, chars: int = 420) -> str:
    text = " ".join(article.text.split())
    return f"{article.title or ''} | {text[:chars]}"


def run(articles: list[Article], gold: dict[str, bool] | None, show: bool,
        cache: dict[str, bool] | None = None) -> dict[str, object]:
    """Per slice: counts, the gap ids, and (with gold) articles-with-events recall and precision; ``cache``
    holds the baseline's answers of an earlier run (it does not change with liaison's code)."""
    cache = {} if cache is None else cache
    rows: dict[str, dict[str, object]] = defaultdict(lambda: defaultdict(list))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for article in articles:
        ours = bool(extract_article(article).events)
        if article.doc_id not in cache:
            cache[article.doc_id] = bool(extract_article(article, baseline_events).events)
        theirs = cache[article.doc_id]
        truth = None if gold is None else gold.get(article.doc_id, False)
        sl = slice_of(article.doc_id)
        for key in (sl, "all"):
            c = counts[key]
            c["articles"] += 1
            c["liaison"] += ours
            c["baseline"] += theirs
            if truth is not None:
                c["gold"] += truth
                c["liaison_tp"] += ours and truth
                c["baseline_tp"] += theirs and truth
        label = "no gold" if truth is None else ("gold: events" if truth else "gold: none")
        if theirs and not ours:
            rows[sl][f"baseline only ({label})"].append(article.doc_id)  # type: ignore[union-attr]
            if show:
                print(f"[baseline only, {label}] {article.doc_id}: {_head(article)}\n")
        elif ours and not theirs and truth is not False:
            rows[sl][f"liaison only ({label})"].append(article.doc_id)  # type: ignore[union-attr]
        if ours and truth is False:
            rows[sl]["liaison without gold events"].append(article.doc_id)  # type: ignore[union-attr]
    out: dict[str, object] = {}
    for key in sorted(counts, key=lambda k: (k == "all", k)):
        c = counts[key]
        entry: dict[str, object] = dict(c)
        if gold is not None:
            for system in ("liaison", "baseline"):
                tp = c[f"{system}_tp"]
                entry[f"{system}_recall"] = round(tp / c["gold"], 3) if c["gold"] else None
                entry[f"{system}_precision"] = round(tp / c[system], 3) if c[system] else None
        entry.update(rows.get(key, {}))
        out[key] = entry
    return out


def _sys_event(frame: EventFrame, n: int) -> SysEvent:
    """A frame in the scorer's shape (names as extracted, before resolution adds aliases)."""
    people = tuple(
        SysParticipant(None, p.person.name, p.person.native, p.person.aliases, p.person.title, None, p.side, p.lead)
        for p in frame.participants
    )
    date = frame.date.iso if frame.date is not None else None
    return SysEvent(str(n), frame.kind, date, frame.location, frame.remote, tuple(frame.channel), (), people, ())


def _firing(frame: EventFrame) -> str:
    people = ", ".join(f"{p.person.name} ({p.side}{', lead' if p.lead else ''})" for p in frame.participants)
    return f"{frame.kind} {frame.date.iso if frame.date else '-'} [{people}]"


def tier(articles: list[Article], gold: dict[str, GoldArticle] | None, show: bool) -> dict[str, object]:
    """The last resort's events (confidence ``ARTICLE_CONFIDENCE``) per slice: with gold, paired with a gold
    event, in an article without gold events, or unpaired in one with; their participants matched or not."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    firings: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        frames = [f for f in extract_article(article).events if f.confidence <= ARTICLE_CONFIDENCE]
        if not frames:
            continue
        sl = slice_of(article.doc_id)
        truth = gold.get(article.doc_id) if gold is not None else None
        verdict = "no gold"
        for key in (sl, "all"):
            counts[key]["events"] += len(frames)
            counts[key]["participants"] += sum(len(f.participants) for f in frames)
        if gold is not None:
            events = truth.events if truth is not None else ()
            alignment = align_article(article.doc_id, sl, events, [_sys_event(f, i) for i, f in enumerate(frames)])
            matched = sum(len(p.participants) for p in alignment.pairs)
            leads = sum(1 for p in alignment.pairs for g, s in p.participants if p.gold.participants[g].lead
                        and p.system.participants[s].lead)
            outcome = {"paired": len(alignment.pairs), "participants_matched": matched, "leads_matched": leads,
                       "in_negative_articles": len(frames) if not events else 0,
                       "unpaired_in_positive_articles": len(alignment.spurious) if events else 0}
            for key in (sl, "all"):
                for name, value in outcome.items():
                    counts[key][name] += value
            verdict = ("paired" if alignment.pairs else "negative article" if not events else "unpaired")
            verdict += f", participants {matched}/{sum(len(f.participants) for f in frames)}"
        for frame in frames:
            firings[sl].append(f"{article.doc_id} ({verdict}): {_firing(frame)}")
            if show:
                print(f"[{verdict}] {article.doc_id}: {_firing(frame)}\n    {_head(article, 600)}\n")
    out: dict[str, object] = {}
    for key in sorted(counts, key=lambda k: (k == "all", k)):
        entry: dict[str, object] = dict(counts[key])
        if key != "all":
            entry["firings"] = firings[key]
        out[key] = entry
    return out


def _print(name: str, report: dict[str, object]) -> None:
    print(f"== {name}")
    for key, entry in report.items():
        assert isinstance(entry, dict)
        figures = " ".join(f"{k}={v}" for k, v in entry.items() if not isinstance(v, list))
        print(f"  {key}: {figures}")
        for k, v in entry.items():
            if isinstance(v, list):
                print(f"    {k} [{len(v)}]: {' '.join(v)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--set", dest="name", help="a gold set (not real-test)")
    group.add_argument("--corpus", type=Path, help="a corpus file (items without gold)")
    parser.add_argument("--sample", type=int, default=0, help="corpus items to read (dev partition); 0: all")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--tier", action="store_true", help="report the last resort's own events instead of the gaps")
    parser.add_argument("--show", action="store_true", help="print each gap article's headline and opening")
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    parser.add_argument("--baseline-cache", type=Path, help="a JSON file of the baseline's answers, read and updated")
    args = parser.parse_args(argv)

    if args.name in ("real-test", "real-test-2"):
        print(f"error: {args.name} is scored blind (liaison eval --set {args.name}, aggregates only)", file=sys.stderr)
        return 2
    cache = json.loads(args.baseline_cache.read_text()) if args.baseline_cache and args.baseline_cache.exists() else {}
    if args.name:
        shared = find_shared(ROOT)
        if shared is None:
            print("error: ../shared not found", file=sys.stderr)
            return 2
        sets = gold_sets(ROOT, shared)
        if args.name not in sets:
            print(f"error: no gold set {args.name}", file=sys.stderr)
            return 2
        gold_set = sets[args.name]
        if args.show and args.name not in _SHOWN:
            print(f"error: {args.name} is not read while developing: counts and ids only", file=sys.stderr)
            return 2
        golden = {a.doc: a for a in load_gold(gold_set.gold)}
        gold = {doc: bool(a.events) for doc, a in golden.items()}
        articles = list(_articles(gold_set.articles, set(gold)))
        report = tier(articles, golden, args.show) if args.tier else run(articles, gold, args.show, cache)
        _print(args.name, report)
    else:
        sample = _corpus(args.corpus, args.sample, args.seed)
        report = tier(sample, None, args.show) if args.tier else run(sample, None, args.show, cache)
        _print(str(args.corpus.name), report)
    if args.baseline_cache:
        args.baseline_cache.write_text(json.dumps(cache), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
