#!/usr/bin/env python3
"""Where the further events of an article are lost (issue 13): stages of the gold events missed beside one found.

    PYTHONPATH=src .venv/bin/python scripts/further_events.py --set real-dev [--unknown-people] [--examples 3]
    PYTHONPATH=src .venv/bin/python scripts/further_events.py --set real-test --ratio
    PYTHONPATH=src .venv/bin/python scripts/further_events.py --gold SAMPLE.gold.jsonl --articles SAMPLE.jsonl
    PYTHONPATH=src .venv/bin/python scripts/further_events.py --all-dev --half fit --detail folded   # fold28's table

Each article of the set is normalised and extracted in this process with ``assembly.trace`` on. For every
gold event missed in an article where some other gold event was found, ``liaison.eval.further.classify``
names the stage that lost it (``lost:<step>`` of the extractor, ``folded:same_people``, ``folded:seated``,
``unmatched``, ``cue_no_frame``, ``no_cue``, ``not_named``); the counts are printed by stage and language,
with ``--examples`` sentences each. Also printed: events per article with events, system and gold.
``--set`` is repeatable and ``--all-dev`` reads every dev set but the judges and the blind sets (pooled).
``--detail PREFIX`` prints, for each loss whose stage begins so (``folded``), the article's gold events and the
system's frames side by side (kind, date, place, people) and what tells the missed event apart from the found gold
event it shares people with (``apart``: another kind, day, place, or counterpart; counted by stage at the end).
``--convention`` counts, per article of the set, the gold events sharing all their leads (two or more) and what tells
them apart: how often the annotators split the same people's exchanges, and on what (counts only).

Blind sets (real-test, real-test-2, heldout, heldout-2) give the events-per-article figures alone (``--ratio`` is
implied): no stage, no sentence of theirs is printed. ``--unknown-people`` reads with a gazetteer that knows none
of the people the gold's articles name, as ``liaison eval --unknown-people`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import half_of
from liaison.eval.dev_articles import BLIND_SETS, file_articles, set_articles
from liaison.eval.floors import find_shared
from liaison.eval.further import as_sys_event, classify
from liaison.eval.gold import GoldArticle, GoldEvent
from liaison.eval.matching import align_article
from liaison.eval.sets import DEV_SET_NAMES, NOT_DEVELOPED
from liaison.extract.assembly.trace import traced
from liaison.model.types import Article, Document, EventFrame

ROOT = Path(__file__).resolve().parents[1]


def cue_test(doc: Document) -> Callable[[str], bool]:
    """The language's cue test of one sentence: the Latin lexicon's kinds, or the Chinese triggers."""
    if doc.language == "zh":
        from liaison.extract.zh.kinds import TRIGGER_RE

        return lambda s: bool(TRIGGER_RE.search(s))
    from liaison.extract.latin.kinds import find_kind
    from liaison.extract.lexicon_file import lexicon_for

    try:
        lex = lexicon_for(doc.language, doc.text)
    except Exception:  # a language without a lexicon file: no cue read
        return lambda s: False
    return lambda s: find_kind(s, lex) is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append", help="a gold set (repeatable; real-dev by default)")
    ap.add_argument("--all-dev", action="store_true", help="every dev set but the judges and the blind sets")
    ap.add_argument("--detail", help="print gold events and frames of each loss whose stage begins so (folded)")
    ap.add_argument("--convention", action="store_true",
                    help="only count the gold events of one article sharing their leads, by what tells them apart")
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--slice", help="only this slice (web-en, kcna, ...)")
    ap.add_argument("--examples", type=int, default=2, help="sentences shown per stage and language")
    ap.add_argument("--ratio", action="store_true", help="only the events per article with events")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--half", choices=("fit", "check"), help="one fixed half of the set by id (eval.breakdown.half_of)")
    ap.add_argument("--gold", type=Path, help="a gold file of a fresh sample (with --articles) instead of --set")
    ap.add_argument("--articles", type=Path, help="the articles --gold annotates")
    args = ap.parse_args(argv)
    if (args.gold is None) != (args.articles is None):
        ap.error("--gold and --articles go together")
    shared = find_shared(ROOT)
    if shared is None:
        print("the shared data folder is missing", file=sys.stderr)
        return 2
    if args.gold is not None:
        blind = any(part.startswith("real-test") or part.startswith("heldout") for part in args.gold.resolve().parts)
        opened = file_articles(args.gold, args.articles, slice_name=args.slice, unknown_people=args.unknown_people)
        with opened as (gold, articles):
            report = run(_half(articles, args.half), gold, args.ratio or blind, args.detail)
    else:
        names = list(DEV_SET_NAMES) if args.all_dev else args.sets or ["real-dev"]
        blind = any(n in BLIND_SETS for n in names)
        if args.detail and any(n in NOT_DEVELOPED for n in names):
            ap.error("--detail prints per-article output: not on a judge or a blind set")
        reports = []
        if args.convention:
            counts: Counter[str] = Counter()
            for name in names:
                with set_articles(ROOT, name, slice_name=args.slice) as (gold, articles):
                    counts.update(convention(gold, {a.doc_id for a in _half(articles, args.half)}))
            print(f"gold pairs sharing their leads: {sum(counts.values())}: "
                  + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
            return 0
        for name in names:
            opened = set_articles(ROOT, name, slice_name=args.slice, unknown_people=args.unknown_people)
            with opened as (gold, articles):
                reports.append(run(_half(articles, args.half), gold, args.ratio or blind, args.detail, name))
        report = _pooled(reports)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        show(report, args.examples)
    return 0


def _half(articles: list[Article], half: str | None) -> list[Article]:
    return [a for a in articles if half is None or half_of(a.doc_id) == half]


def _pooled(reports: list[dict[str, object]]) -> dict[str, object]:
    """Several sets' reports as one: counts summed, examples joined."""
    if len(reports) == 1:
        return reports[0]
    ratio: Counter[str] = Counter()
    for r in reports:
        ratio.update({k: v for k, v in r["events_per_article_with_events"].items()  # type: ignore[attr-defined]
                      if k not in ("system", "gold")})
    out: dict[str, object] = {"events_per_article_with_events": {
        "system": round(ratio["system_events"] / max(1, ratio["system_articles"]), 3),
        "gold": round(ratio["gold_events"] / max(1, ratio["gold_articles"]), 3), **ratio}}
    if "stages" not in reports[0]:
        return out
    stages: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    further: Counter[str] = Counter()
    for r in reports:
        further.update(r["further_found_in_articles_with_events"])  # type: ignore[call-overload]
        for lang, counts in r["stages"].items():  # type: ignore[attr-defined]
            stages[lang].update(counts)
            for stage, lines in r["examples"][lang].items():  # type: ignore[index]
                examples[lang][stage].extend(lines)
    out["missed_beside_found"] = sum(r["missed_beside_found"] for r in reports)  # type: ignore[misc]
    out["further_found_in_articles_with_events"] = dict(further)
    out["stages"] = {lang: dict(c.most_common()) for lang, c in sorted(stages.items())}
    out["examples"] = {lang: dict(ex) for lang, ex in sorted(examples.items())}
    if any("apart" in r for r in reports):
        aparts: dict[str, Counter[str]] = defaultdict(Counter)
        for r in reports:
            for stage, counts in r.get("apart", {}).items():  # type: ignore[attr-defined]
                aparts[stage].update(counts)
        out["apart"] = {stage: dict(c.most_common()) for stage, c in sorted(aparts.items())}
    return out


def _gold_line(e: GoldEvent) -> str:
    people = "; ".join(f"{p.name}{'*' if p.lead else ''} ({p.country})" for p in e.participants)
    return f"{e.kind} {e.date} {e.location} | {people}"


def _frame_line(f: EventFrame) -> str:
    people = "; ".join(f"{p.person.name}{'*' if p.lead else ''} ({p.side})" for p in f.participants)
    return f"{f.kind} {f.date.iso if f.date else None} {f.location} | {people}"


def apart(missed: GoldEvent, events: list[GoldEvent], found: set[int]) -> str:
    """What tells a missed gold event from the found gold event of its article sharing most of its people: "kind
    (agreement/meeting)", "day", "place", "counterpart" (another lead), joined by "+"; "nothing" when the two agree
    on all of them, "alone" when no found event shares anyone."""
    names = {p.name for p in missed.participants}
    partners = [e for e in events if e is not missed and id(e) in found and names & {p.name for p in e.participants}]
    if not partners:
        return "alone"
    other = max(partners, key=lambda e: len(names & {p.name for p in e.participants}))
    told = []
    if missed.kind != other.kind:
        told.append(f"kind({'/'.join(sorted((missed.kind, other.kind)))})")
    if missed.date and other.date and missed.date[:10] != other.date[:10] and not (
            missed.date.startswith(other.date) or other.date.startswith(missed.date)):
        told.append("day")
    if missed.location and other.location and missed.location != other.location:
        told.append("place")
    if {p.name for p in missed.participants if p.lead} - {p.name for p in other.participants if p.lead}:
        told.append("counterpart")
    return "+".join(told) or "nothing"


def convention(gold: dict[str, GoldArticle], ids: set[str]) -> Counter[str]:
    """Pairs of gold events of one article sharing all their leads (two or more), by what tells them apart."""
    out: Counter[str] = Counter()
    for doc in ids:
        events = list(gold[doc].events)
        for k, a in enumerate(events):
            for b in events[k + 1 :]:
                leads = {p.name for p in a.participants if p.lead}
                if len(leads) >= 2 and leads == {p.name for p in b.participants if p.lead}:
                    out[apart(a, [a, b], {id(b)})] += 1
    return out


def run(articles: list[Article], gold: dict[str, GoldArticle], ratio_only: bool, detail: str | None = None,
        set_name: str = "") -> dict[str, object]:
    """Per language: stage counts and examples (unless ``ratio_only``), and the events per article with events;
    with ``detail`` each loss of a stage beginning so is printed with the article's gold events and frames."""
    stages: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    ratio = {"system_events": 0, "system_articles": 0, "gold_events": 0, "gold_articles": 0}
    missed_beside = 0
    further = {"found": 0, "gold": 0}
    aparts: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        g = gold[article.doc_id]
        events = list(g.events)
        with traced() as steps:
            extraction = extract_article(article)
        final = list(extraction.events)
        if final:
            ratio["system_events"] += len(final)
            ratio["system_articles"] += 1
        if events:
            ratio["gold_events"] += len(events)
            ratio["gold_articles"] += 1
        if ratio_only or not events or not final:
            continue
        al = align_article(article.doc_id, "", events, [as_sys_event(f) for f in final])
        missed_ids = {id(e) for e in al.missed}
        further["gold"] += len(events) - 1
        further["found"] += sum(id(e) not in missed_ids for e in events[1:])
        if not al.pairs or not al.missed:
            continue
        lang = extraction.document.language
        test = cue_test(extraction.document)
        for missed in al.missed:
            missed_beside += 1
            target = next(i for i, e in enumerate(events) if e is missed)
            stage, sentence = classify(extraction.document, events, final, steps, target, test)
            stages[lang][stage] += 1
            examples[lang][stage].append(f"{article.doc_id} [{missed.kind}] {' '.join(sentence.split())[:220]}")
            if detail and stage.startswith(detail):
                told = apart(missed, events, {id(p.gold) for p in al.pairs})
                aparts[stage][told] += 1
                print(f"\n== {set_name} {article.doc_id} ({lang}) {stage} [apart: {told}]: missed {_gold_line(missed)}")
                print(f"   sentence: {' '.join(sentence.split())[:300]}")
                for e in events:
                    print(f"   gold{' MISSED' if e is missed else ''}: {_gold_line(e)}")
                for f in final:
                    print(f"   sys: {_frame_line(f)}")
    out: dict[str, object] = {"events_per_article_with_events": {
        "system": round(ratio["system_events"] / max(1, ratio["system_articles"]), 3),
        "gold": round(ratio["gold_events"] / max(1, ratio["gold_articles"]), 3), **ratio}}
    if not ratio_only:
        out["missed_beside_found"] = missed_beside
        out["further_found_in_articles_with_events"] = further
        out["stages"] = {lang: dict(c.most_common()) for lang, c in sorted(stages.items())}
        out["examples"] = {lang: dict(ex) for lang, ex in sorted(examples.items())}
        if detail:
            out["apart"] = {stage: dict(c.most_common()) for stage, c in sorted(aparts.items())}
    return out


def show(report: dict[str, object], n: int) -> None:
    r = report["events_per_article_with_events"]
    print(f"events per article with events: system {r['system']} ({r['system_events']}/{r['system_articles']}), "  # type: ignore[index]
          f"gold {r['gold']} ({r['gold_events']}/{r['gold_articles']})")  # type: ignore[index]
    if "stages" not in report:
        return
    print(f"gold events missed in articles where another was found: {report['missed_beside_found']}")
    fr = report["further_found_in_articles_with_events"]
    print(f"further gold events found (articles with a system event): {fr['found']}/{fr['gold']}")  # type: ignore[index]
    total: Counter[str] = Counter()
    for lang, counts in report["stages"].items():  # type: ignore[attr-defined]
        total.update(counts)
        print(f"\n{lang}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        for stage in counts:
            for line in report["examples"][lang][stage][:n]:  # type: ignore[index]
                print(f"  {stage}: {line}")
    print("\nall: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    for stage, counts in report.get("apart", {}).items():  # type: ignore[attr-defined]
        print(f"{stage} told apart by: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    sys.exit(main())
