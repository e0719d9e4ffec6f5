#!/usr/bin/env python3
"""Participants of found events whose country is not read, or read wrong, when liaison knows none of the gold's
people (issue 13, country28): every dev set's gold articles built with ``--unknown-people``, one set at a time.

    PYTHONPATH=src .venv/bin/python scripts/unknown_sides.py [--half fit|check] [--set real-dev-13 ...] \
        [--cache /tmp/liaison-sides] [--fresh] [--detail] [--known]

Prints, per language, country accuracy over matched participants and each miss classed by what the text offers
around the person's first mention (a demonym of the gold country in the post before or after the name, the gold
country's name in the post, a party or body the KB places, none of these). ``--detail`` prints each miss (doc,
name, gold/system country, class) but never a sentence of the page. ``--known`` builds with the people known.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from ablate import gold_articles

from liaison.cli.eval_cmd import build_records
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.scorer import score
from liaison.eval.sets import DEV_SET_NAMES
from liaison.kb.countries import record_name, short_name


def _texts(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        out[item["id"]] = f"{item.get('title') or ''}\n{item.get('text') or ''}"
    return out


def _window(text: str, name: str) -> str | None:
    """About 120 characters either side of the name's first mention (its last word, when the whole is not)."""
    for probe in (name, name.split()[-1] if name.split() else name):
        at = text.find(probe)
        if at >= 0:
            return text[max(0, at - 120): at + len(probe) + 120]
    return None


def _klass(window: str | None, gold_country: str) -> str:
    if window is None:
        return "name not in text"
    names = [n for n in {short_name(gold_country), record_name(gold_country)} if n and len(n) > 3]
    low = window.lower()
    stems = {n.lower()[: max(4, len(n) - 2)] for n in names}
    if any(n.lower() in low for n in names):
        return "country named near"
    if any(re.search(rf"\b{re.escape(s)}", low) for s in stems):
        return "demonym-like near"
    return "nothing near"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/liaison-sides"))
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--known", action="store_true")
    args = ap.parse_args()
    sets = args.sets or list(DEV_SET_NAMES)
    label = "known" if args.known else "unknown"
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    details = []
    for name in sets:
        art, gold = gold_articles(args.cache, name)
        out = args.cache / label / f"{name}.json"
        if args.fresh or not out.exists():
            with ExitStack() as stack:
                if not args.known:
                    from liaison.kb.gazetteer import people_forgotten

                    stack.enter_context(people_forgotten(art))
                records: list[dict[str, Any]] = build_records([art], None, workers=1)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(records, ensure_ascii=False, default=str), encoding="utf-8")
        records = json.loads(out.read_text(encoding="utf-8"))
        texts = _texts(art)
        part = [g for g in gold if args.half is None or half_of(g.doc) == args.half]
        for al in score(part, records).alignments:
            for pair in al.pairs:
                for gi, si in pair.participants:
                    gp, sp = pair.gold.participants[gi], pair.system.participants[si]
                    total[al.language] += 1
                    if (gp.country or "").upper() == (sp.country or "").upper():
                        right[al.language] += 1
                        continue
                    if not gp.country:
                        k = "gold has none"
                    else:
                        k = _klass(_window(texts.get(al.doc, ""), sp.name), gp.country)
                    how = "none read" if not sp.country else "wrong"
                    classes[al.language][f"{how}: {k}"] += 1
                    details.append((name, al.doc, sp.name, gp.country, sp.country, sp.title, k))
    for lang in sorted(total):
        print(f"{lang}: country {right[lang]}/{total[lang]} = {right[lang] / total[lang]:.3f}")
        for k, n in classes[lang].most_common():
            print(f"    {n:4d}  {k}")
    if args.detail:
        for row in details:
            print("  ", " | ".join(str(x) for x in row))


if __name__ == "__main__":
    main()
