#!/usr/bin/env python3
"""What each precision filter of the extractors costs and saves: events and participants P/R/F1 pooled over
every dev set we may develop on, per fixed half (fit, check), with one step switched off at a time.

    PYTHONPATH=src .venv/bin/python scripts/ablate.py [--switch domestic --switch zh:recalled] \
        [--set real-dev-13 ...] [--cache /tmp/ablate] [--fresh]

A switch is a step name that ``liaison.extract.assembly.trace.ablated`` answers for ($LIAISON_ABLATE): the traced
``step(...)`` names of ``latin/frames.py`` (``domestic``, ``without_recalled``, ``heads_joined`` …), the switches read
in ``latin/grouping.py`` (``umbrella``, ``restated_fold``, ``source_only``, ``attended_act``), ``latin/sequels.py``
(``reported_speech``), ``latin/kinds.py`` (``future``: a cue told as still to come; ``aside``) and ``latin/frames.py``
(``without_lede``), and every Chinese pass as ``zh:<pass>``
(``zh:recalled``, ``zh:restated`` …; ``zh/frames.PASSES``). Several at once: ``--switch a,b``.

Each configuration (none off first: the baseline) is built in a process of its own, one worker, every set's gold
articles written once into ``--cache`` (the corpora are read once), each configuration's events kept there too: a
second run only builds what it has not built. Sets: every dev set but the judges and the blind sets. Prints one row
per switch: pooled events and participants F1 per half, the change against the baseline, and the change in correct
(tp) and spurious (fp) events; pooled over every set, then over the fresh sets only (all but ``real-dev``, whose
pages the extractors were developed on for many sessions: its check half is not unseen). ``--score-only`` prints
the table from the events kept, building nothing; ``--baseline-only`` builds and scores nothing switched off (a
change judged on the halves: run it before and after it, each with a cache of its own).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

from liaison.cli.eval_cmd import _named_set, _subset, build_records
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.gold import GoldArticle, load_gold
from liaison.eval.metrics import PRF
from liaison.eval.scorer import score
from liaison.eval.sets import DEV_SET_NAMES

DEFAULT_SWITCHES = (
    # latin/frames.py steps
    "not_yet_held", "tours", "completed", "organ_messages_answered", "one_sided_trip_beside", "body_acts",
    "recall_reading_two_leads", "one_sided_trip", "trip_beside_recalled", "recall_tier_one_side",
    "counterparts_told", "domestic", "without_file_photos", "without_recalled", "retellings_merged", "heads_joined",
    "covered_visit", "lede_visits", "without_lede", "one_lead_per_side",
    # latin/grouping.py, latin/sequels.py, latin/kinds.py
    "umbrella", "restated_fold", "source_only", "attended_act", "reported_speech", "future", "aside",
    # zh/frames.PASSES that drop, fold or narrow
    "zh:restated", "zh:file_photos", "zh:recalled", "zh:that_day", "zh:undated_in_stay", "zh:titles_named_before",
    "zh:separate_meetings", "zh:headline", "zh:recall", "zh:last_resort", "zh:one_sided_visits",
)
METRICS = ("events", "participants", "leads")


def records_file(cache: Path, config: str, name: str) -> Path:
    """Where the events of a set built under a configuration ("": the baseline) are kept in the cache."""
    return cache / "records" / (config or "baseline") / f"{name}.json"


def gold_articles(cache: Path, name: str) -> tuple[Path, list[GoldArticle]]:
    """The set's gold and its gold articles, written once into the cache."""
    gold_set = _named_set(name)
    gold = load_gold(gold_set.gold)
    target = cache / "articles" / f"{name}.jsonl"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        written = _subset(list(gold_set.articles), {g.doc for g in gold}, target.parent)[0]
        written.rename(target)
    return target, gold


def _child(cache: Path, config: str, sets: list[str]) -> None:
    """Build every set's articles under the configuration (this process's $LIAISON_ABLATE) and keep the events.
    A switch of the Chinese passes alone changes only the Chinese articles' events, one of the other extractors only
    the others': those alone are built, the rest of the events taken from the baseline (an event told by articles
    of both kinds keeps, from each build, the articles that build read)."""
    chinese = all(s.startswith("zh:") for s in config.split(",")) if config else None
    for name in sets:
        out = records_file(cache, config, name)
        if out.exists():
            continue
        articles, _gold = gold_articles(cache, name)
        if chinese is None:
            records = build_records([articles], None, workers=1)
        else:
            lines = articles.read_text(encoding="utf-8").splitlines()
            read = {item["id"] for item in map(json.loads, lines) if (item.get("language") == "zh") == chinese}
            records = [_citing(r, read) for r in build_records([articles], None, workers=1, only=read)] if read else []
            base = json.loads(records_file(cache, "", name).read_text(encoding="utf-8"))
            records = [r for r in records if r["documents"]] + [
                r for r in (_citing(r, None, but=read) for r in base) if r["documents"]]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(records, ensure_ascii=False, default=str), encoding="utf-8")


def _citing(record: dict[str, Any], only: set[str] | None, but: Collection[str] = ()) -> dict[str, Any]:
    """The event citing only the documents of ``only`` (any, when None) that are not in ``but``."""
    return {**record, "documents": [d for d in record["documents"]
                                    if (only is None or d["id"] in only) and d["id"] not in but]}


def _run(cache: Path, config: str, sets: list[str]) -> float:
    """Build one configuration in a process of its own; the seconds it took."""
    if all(records_file(cache, config, n).exists() for n in sets):
        return 0.0
    started = time.monotonic()
    env = {**os.environ, "LIAISON_ABLATE": config}
    cmd = [sys.executable, __file__, "--child", config, "--cache", str(cache), *(a for n in sets for a in ("--set", n))]
    subprocess.run(cmd, env=env, check=True)
    return time.monotonic() - started


def _counts(cache: Path, config: str, sets: list[str]) -> dict[str, dict[str, PRF]]:
    """Pooled counts per half and metric (each set scored on its own: ids are never mixed across sets)."""
    pooled = {h: {m: PRF() for m in METRICS} for h in HALVES}
    for name in sets:
        _path, gold = gold_articles(cache, name)
        records: list[dict[str, Any]] = json.loads(
            records_file(cache, config, name).read_text(encoding="utf-8"))
        for half in HALVES:
            part = [g for g in gold if half_of(g.doc) == half]
            if part:
                group = score(part, records).groups["all"]
                for m in METRICS:
                    pooled[half][m].add(group.prf[m])
    return pooled


def _f1(c: PRF) -> float:
    return 2 * c.tp / (c.n_sys + c.n_gold) if c.n_sys + c.n_gold else 0.0


def _row(label: str, counts: dict[str, dict[str, PRF]], base: dict[str, dict[str, PRF]] | None) -> str:
    cells = []
    for half in HALVES:
        ev, pa, le = counts[half]["events"], counts[half]["participants"], counts[half]["leads"]
        if base is None:
            cells.append(f"{half}: ev F1 {_f1(ev):.3f} (tp {ev.tp}/sys {ev.n_sys}/gold {ev.n_gold}) "
                         f"pa F1 {_f1(pa):.3f} le F1 {_f1(le):.3f}")
        else:
            bev, bpa, ble = base[half]["events"], base[half]["participants"], base[half]["leads"]
            cells.append(f"{half}: ev {_f1(ev) - _f1(bev):+.3f} (tp {ev.tp - bev.tp:+d} fp "
                         f"{(ev.n_sys - ev.tp) - (bev.n_sys - bev.tp):+d}) pa {_f1(pa) - _f1(bpa):+.3f} "
                         f"le {_f1(le) - _f1(ble):+.3f}")
    return f"{label:26s} " + "  |  ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--switch", dest="switches", action="append", help="a step to switch off (a,b: together)")
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/liaison-ablate"))
    ap.add_argument("--fresh", action="store_true", help="forget the events built before (the code changed)")
    ap.add_argument("--score-only", action="store_true", help="print the table from the events kept")
    ap.add_argument("--baseline-only", action="store_true", help="build and score nothing switched off (a change "
                    "judged on the halves: run it before and after with two caches)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sets = args.sets or list(DEV_SET_NAMES)
    if args.child is not None:
        _child(args.cache, args.child, sets)
        return
    if args.fresh and (args.cache / "records").exists():
        import shutil

        shutil.rmtree(args.cache / "records")
    for name in sets:
        gold_articles(args.cache, name)
    switches = [] if args.baseline_only else args.switches or list(DEFAULT_SWITCHES)
    seconds = 0.0 if args.score_only else _run(args.cache, "", sets)
    base = _counts(args.cache, "", sets)
    print(_row("baseline", base, None) + (f"  [{seconds:.0f} s]" if seconds else ""), flush=True)
    done = []
    for switch in switches:
        if not args.score_only:
            seconds = _run(args.cache, switch, sets)
            print(_row(switch, _counts(args.cache, switch, sets), base) + (f"  [{seconds:.0f} s]" if seconds else ""),
                  flush=True)
        if all(records_file(args.cache, switch, n).exists() for n in sets):
            done.append(switch)
    fresh = [n for n in sets if n != "real-dev"]
    for label, pool in (("every set", sets), ("fresh sets (not real-dev)", fresh)):
        if not pool:
            continue
        pool_base = _counts(args.cache, "", pool)
        rows = [(_counts(args.cache, s, pool), s) for s in done]
        print(f"\n{label}, ranked by check-half events F1 change (the step switched off):")
        print(_row("baseline", pool_base, None))
        for counts, switch in sorted(rows, key=lambda r: -_f1(r[0]["check"]["events"])):
            print(_row(switch, counts, pool_base))


if __name__ == "__main__":
    main()
