#!/usr/bin/env python3
"""Gold events the naive baseline pairs and liaison misses (issue 13: never below naive; ret31).

    PYTHONPATH=src .venv/bin/python scripts/naive_wins.py --set real-dev-24 --set real-dev-25 --half fit
    PYTHONPATH=src .venv/bin/python scripts/naive_wins.py --all-dev --half fit --json /tmp/wins.json

For every article of the sets (and half) asked for, the naive NER baseline's one event and liaison's events are
aligned with the gold events; a gold event the naive event pairs with and no liaison event does is a *naive win*.
Each win is either ``lost`` (liaison gives no event on the page) or ``missed`` (liaison gives others), and gets the
cause of ``missed_events.py``: ``lost:<step>`` (a filter dropped its frame), ``no_cue_head`` (a lost page whose
headline and lead tell no exchange as the last resort reads it), else the class of ``further.classify`` refined
(``both_sides``, ``one_side:pronoun``, ``one_side:other``, ``headline``, ``no_cue``, ``not_named``, ``folded:*`` …).
The naive answers are cached (``--naive-cache``): they never change with the extractor. The blind sets and the
judges are refused, as in every analysis script.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from further_events import cue_test
from missed_events import _head_cue, _outlet, refine

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import set_articles
from liaison.eval.further import as_sys_event, classify
from liaison.eval.matching import align_article
from liaison.eval.sets import DEV_SET_NAMES
from liaison.extract.assembly.trace import traced

ROOT = Path(__file__).resolve().parents[1]


def _naive_events(article: Any, cache: dict[str, Any], key: str) -> list[Any]:
    from liaison.extract.baseline import extract_events as naive

    if key not in cache:
        cache[key] = [as_sys_event(f) for f in extract_article(article, naive).events]
    return list(cache[key])


def _wins_of_set(name: str, args: argparse.Namespace, cache: dict[str, Any], rows: list[dict[str, str]],
                 tally: Counter[str]) -> None:
    with set_articles(ROOT, name, unknown_people=args.unknown_people) as (gold, articles):
        for article in articles:
            if args.half and half_of(article.doc_id) != args.half:
                continue
            events = list(gold[article.doc_id].events)
            base = _naive_events(article, cache, f"{name}/{article.doc_id}")
            nal = align_article(article.doc_id, "", events, base)
            with traced() as steps:
                extraction = extract_article(article)
            final = list(extraction.events)
            lal = align_article(article.doc_id, "", events, [as_sys_event(f) for f in final])
            doc = extraction.document
            lang = doc.language
            for who, sys_events, al in (("liaison", final, lal), ("naive", base, nal)):
                tally[f"{lang}:{who}:gold"] += len(events)
                tally[f"{lang}:{who}:sys"] += len(sys_events)
                tally[f"{lang}:{who}:tp"] += len(al.pairs)
                tally[f"{lang}:{who}:gold_pa"] += sum(len(e.participants) for e in events)
                tally[f"{lang}:{who}:sys_pa"] += sum(len(e.participants) for e in sys_events)
                tally[f"{lang}:{who}:tp_pa"] += sum(len(pair.participants) for pair in al.pairs)
                tally[f"{lang}:{who}:art_gold"] += bool(events)
                tally[f"{lang}:{who}:art_sys"] += bool(sys_events)
                tally[f"{lang}:{who}:art_tp"] += bool(events) and bool(sys_events)
            if not events:
                continue
            tally[f"{lang}:articles"] += 1
            tally[f"{lang}:naive_paired"] += len(nal.pairs)
            found = {id(p.gold) for p in lal.pairs}
            for pair in nal.pairs:
                if id(pair.gold) in found:
                    continue
                target_i = next(i for i, e in enumerate(events) if e is pair.gold)
                test = cue_test(doc)
                stage, sentence = classify(doc, events, final, steps, target_i, test)
                if not final and not stage.startswith("lost:") and not _head_cue(doc):
                    why = "no_cue_head"
                else:
                    sentences = [doc.text[a:b] for a, b in doc.sentences]
                    why, shown = refine(stage, sentences, article.title or "", pair.gold, lang == "zh", test)
                    sentence = shown or sentence
                rows.append({"set": name, "id": article.doc_id, "language": lang,
                             "outlet": _outlet(article.url or article.source),
                             "page": "lost" if not final else "missed", "why": why, "kind": pair.gold.kind,
                             "gold": str(len(events)), "headline": " ".join((article.title or "").split())[:90],
                             "sentence": " ".join(sentence.split())[:160]})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--all-dev", action="store_true", help="every dev set but the judges and the blind sets")
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--naive-cache", type=Path, default=Path("/tmp/liaison-naive-wins.pickle"))
    ap.add_argument("--json", type=Path, help="also write the rows here")
    ap.add_argument("--list", action="store_true", help="print every win (fit half only: never read check pages)")
    args = ap.parse_args(argv)
    cache: dict[str, Any] = pickle.loads(args.naive_cache.read_bytes()) if args.naive_cache.exists() else {}
    rows: list[dict[str, str]] = []
    tally: Counter[str] = Counter()
    for name in DEV_SET_NAMES if args.all_dev else args.sets or ["real-dev"]:
        _wins_of_set(name, args, cache, rows, tally)
        args.naive_cache.write_bytes(pickle.dumps(cache))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_lang[r["language"]][f"{r['page']}/{r['why']}"] += 1
    langs = sorted({k.split(":")[0] for k in tally if k.endswith(":liaison:gold")})
    print(f"{len(rows)} naive wins ({sum(r['page'] == 'lost' for r in rows)} on lost pages)")
    for lang in langs:
        c = by_lang[lang]
        print(f"  {lang}: articles {tally[f'{lang}:articles']}, naive paired {tally[f'{lang}:naive_paired']}, "
              f"wins {sum(c.values())}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    print("events / participants / articles-with-events F1, liaison vs naive")
    for lang in [*langs, "all"]:
        cells = []
        for who in ("liaison", "naive"):
            def f1(what: str, who: str = who, lang: str = lang) -> float:
                keys = langs if lang == "all" else [lang]
                tp = sum(tally[f"{k}:{who}:{what[0]}"] for k in keys)
                n_sys = sum(tally[f"{k}:{who}:{what[1]}"] for k in keys)
                n_gold = sum(tally[f"{k}:{who}:{what[2]}"] for k in keys)
                return 2 * tp / (n_sys + n_gold) if n_sys + n_gold else 0.0
            cells.append(f"{who} {f1(('tp', 'sys', 'gold')):.3f} / {f1(('tp_pa', 'sys_pa', 'gold_pa')):.3f} / "
                         f"{f1(('art_tp', 'art_sys', 'art_gold')):.3f}")
        print(f"  {lang:4} " + "   ".join(cells))
    if args.list and args.half != "check":
        for r in rows:
            print(f"{r['set']} {r['id']} [{r['language']} {r['outlet']}] {r['page']} {r['why']} {r['kind']} "
                  f"gold {r['gold']}\n    head: {r['headline']}\n    sent: {r['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
