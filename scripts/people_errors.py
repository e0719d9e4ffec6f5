#!/usr/bin/env python3
"""Participants and leads of the dev sets per half and language, and the errors of FOUND events by cause (issue 13).

    PYTHONPATH=src .venv/bin/python scripts/people_errors.py build CACHE.jsonl [--set real-dev-24 ...] [--half fit]
    PYTHONPATH=src .venv/bin/python scripts/people_errors.py score CACHE.jsonl [--half check] [--examples 3]

``build`` extracts every article of the dev sets one may develop on (judges and blind sets refused) with the people
of the pages unknown (as on blind pages: ``--unknown-people``) and keeps, per article, its gold, its frames in the
scorer's shape with the sentence naming each person, and its text, in ``CACHE`` (outside the repository: page texts
are not ours to commit). ``score`` reads a cache: participants and leads P/R/F1 per half and language (as
``eval.metrics.score_article`` counts them), how much of their loss lies in missed or spurious events, and every
error of a paired event in one class:

- a gold participant the paired frame lacks: ``span:cut`` / ``span:run_on`` / ``span:other`` (a spurious person of
  the frame shares a name word with them: the name read too short, with a title or word read into it, or otherwise),
  ``seated_elsewhere`` (another frame holds them), ``not_named`` (the text never writes them as the gold does),
  ``lead_missed`` / ``attendee_missed`` (named, not taken);
- a spurious person of a paired frame: ``span:*`` (as above, counted once on each side), ``other_event`` (a
  participant of another gold event of the article), ``named_only`` (no gold event holds them: a person only
  mentioned, a speaker quoted, a journalist), split by the frame's lead flag;
- lead flags of matched people: ``lead_unmarked`` (a gold lead held as no lead), ``lead_wrong`` (a frame's lead the
  gold holds as a non-lead).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import BLIND_SETS, set_articles
from liaison.eval.folding import fold, tokens
from liaison.eval.gold import GoldEvent, GoldParticipant, GoldParty
from liaison.eval.matching import align_article, gold_person_keys, sys_person_keys
from liaison.eval.metrics import PRF, score_article
from liaison.eval.sets import DEV_SET_NAMES, NOT_DEVELOPED
from liaison.eval.system import SysEvent, SysParticipant

ROOT = Path(__file__).resolve().parents[1]


def _sentence(text: str, sentences: list[tuple[int, int]], offset: int) -> str:
    for s, e in sentences:
        if s <= offset < e:
            return " ".join(text[s:e].split())[:400]
    return ""


def build(cache: Path, sets: list[str], half: str | None, unknown_people: bool = True) -> None:
    with cache.open("w", encoding="utf-8") as out:
        for name in sets:
            with set_articles(ROOT, name, unknown_people=unknown_people) as (gold, articles):
                for article in articles:
                    h = half_of(article.doc_id)
                    if half and h != half:
                        continue
                    ga = gold[article.doc_id]
                    ex = extract_article(article)
                    doc = ex.document
                    sents = list(doc.sentences)
                    frames = []
                    for f in ex.events:
                        frames.append({
                            "kind": f.kind, "date": f.date.iso if f.date else None, "location": f.location,
                            "remote": f.remote, "channel": list(f.channel),
                            "evidence": [" ".join(doc.text[a:b].split())[:400] for a, b in f.evidence],
                            "participants": [{
                                "name": p.person.name, "native": p.person.native, "aliases": list(p.person.aliases),
                                "title": p.person.title, "side": p.side, "lead": p.lead,
                                "sentence": _sentence(doc.text, sents, p.person.span[0]) if p.person.span else "",
                            } for p in f.participants],
                        })
                    rec = {"set": name, "doc": article.doc_id, "half": h, "lang": ga.language,
                           "gold": [asdict(e) for e in ga.events], "frames": frames, "text": doc.text}
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    out.flush()


def _gold_event(d: dict[str, Any]) -> GoldEvent:
    return GoldEvent(d["kind"], d["date"], d["location"], d["remote"], tuple(d["channel"]),
                     tuple(GoldParty(**p) for p in d["parties"]),
                     tuple(GoldParticipant(**p) for p in d["participants"]))


def _sys_event(f: dict[str, Any]) -> SysEvent:
    return SysEvent("", f["kind"], f["date"], f["location"], f["remote"], tuple(f["channel"]), (), tuple(
        SysParticipant(None, p["name"], p["native"], tuple(p["aliases"]), p["title"], None, p["side"], p["lead"])
        for p in f["participants"]), ("",))


def _words(*forms: str | None) -> set[str]:
    return {t for f in forms if f for t in tokens(f)}


def _span_kind(gold: GoldParticipant, sp: SysParticipant) -> str | None:
    g = _words(gold.name, gold.native)
    s = _words(sp.name, sp.native, *sp.aliases)
    if not g & s:
        fg, fs = fold(gold.native or gold.name), fold(sp.native or sp.name)
        if fg and fs and (fg in fs or fs in fg):  # CJK names: no word split
            return "span:cut" if fs in fg else "span:run_on"
        return None
    if s <= g:
        return "span:cut"
    if g <= s:
        return "span:run_on"
    return "span:other"


def _shape(p: GoldParticipant) -> str:
    form = p.native or p.name
    if any(ord(c) >= 0x3000 for c in form):
        return "cjk"
    n = len(form.split())
    return f"{min(n, 4)}w" if n < 4 else "4w+"


def score(cache: Path, half: str | None, examples: int, lang_filter: str | None) -> None:
    prf: dict[tuple[str, str], dict[str, PRF]] = defaultdict(lambda: {m: PRF() for m in ("events", "participants",
                                                                                        "leads")})
    loss: dict[str, Counter[str]] = defaultdict(Counter)  # lang -> where the people/leads loss lies
    causes: dict[str, Counter[str]] = defaultdict(Counter)
    cases: dict[str, list[str]] = defaultdict(list)
    for line in cache.open(encoding="utf-8"):
        rec = json.loads(line)
        if half and rec["half"] != half:
            continue
        lang = rec["lang"]
        if lang_filter and lang != lang_filter:
            continue
        gold = [_gold_event(e) for e in rec["gold"]]
        frames = rec["frames"]
        system = [_sys_event(f) for f in frames]
        al = align_article(rec["doc"], lang, gold, system)
        sc = score_article(al)
        for key in ((rec["half"], lang), (rec["half"], "all")):
            for m in ("events", "participants", "leads"):
                prf[key][m].add(sc.prf[m])
        for g in al.missed:
            loss[lang]["fn_people_missed_event"] += len(g.participants)
            loss[lang]["fn_leads_missed_event"] += sum(p.lead for p in g.participants)
        for s in al.spurious:
            loss[lang]["fp_people_spurious_event"] += len(s.participants)
            loss[lang]["fp_leads_spurious_event"] += sum(p.lead for p in s.participants)
        gold_all = [(gi, p) for gi, g in enumerate(gold) for p in g.participants]
        text = rec["text"]
        for pair in al.pairs:
            si_frame = next(i for i, s in enumerate(system) if s is pair.system)
            gi_event = next(i for i, g in enumerate(gold) if g is pair.gold)
            got_g = {g for g, _ in pair.participants}
            got_s = {s for _, s in pair.participants}
            miss_g = [i for i in range(len(pair.gold.participants)) if i not in got_g]
            spur_s = [i for i in range(len(pair.system.participants)) if i not in got_s]
            ev = " | ".join(frames[si_frame]["evidence"])[:300]

            def note(cls: str, who: str, where: str, lang: str = lang, tag: str = f"{rec['set']} {rec['doc']}",
                     ev: str = ev) -> None:
                causes[lang][cls] += 1
                cases[cls].append(f"{tag} [{lang}] {who} :: {where} :: EV {ev}")

            for gi, si in pair.participants:
                gp, sp = pair.gold.participants[gi], pair.system.participants[si]
                if gp.lead and not sp.lead:
                    note("lead_unmarked", gp.native or gp.name, frames[si_frame]["participants"][si]["sentence"])
                elif sp.lead and not gp.lead:
                    note("lead_wrong", gp.native or gp.name, frames[si_frame]["participants"][si]["sentence"])
            spans_used: set[int] = set()
            for gi in miss_g:
                gp = pair.gold.participants[gi]
                role = "lead" if gp.lead else "nonlead"
                kind = None
                for si in spur_s:
                    if si in spans_used:
                        continue
                    kind = _span_kind(gp, pair.system.participants[si])
                    if kind:
                        spans_used.add(si)
                        sp = pair.system.participants[si]
                        note(f"{kind}:{role}", f"{gp.native or gp.name} <- {sp.native or sp.name} ({_shape(gp)})",
                             frames[si_frame]["participants"][si]["sentence"])
                        break
                if kind:
                    continue
                gk = gold_person_keys(gp)
                if any(gk & sys_person_keys(p) for j, s in enumerate(system) if j != si_frame
                       for p in s.participants):
                    note(f"seated_elsewhere:{role}", gp.native or gp.name, "")
                    continue
                forms = [f for f in (gp.native, gp.name) if f]
                if not any(f in text for f in forms) and not any(fold(f) in fold(text) for f in forms):
                    note(f"not_named:{role}", f"{gp.native or gp.name} ({_shape(gp)})", "")
                    continue
                pos = min((text.find(f) for f in forms if text.find(f) >= 0), default=-1)
                where = " ".join(text[max(0, pos - 150): pos + 150].split()) if pos >= 0 else ""
                told = "in_cue" if any(f in e for f in forms for e in frames[si_frame]["evidence"]) else "outside"
                note(f"{'lead' if gp.lead else 'attendee'}_missed:{told}", f"{gp.native or gp.name} ({_shape(gp)})",
                     where)
            for si in spur_s:
                if si in spans_used:
                    continue
                sp = pair.system.participants[si]
                role = "lead" if sp.lead else "nonlead"
                sk = sys_person_keys(sp)
                if any(gi != gi_event and sk & gold_person_keys(p) for gi, p in gold_all):
                    note(f"other_event:{role}", sp.native or sp.name, frames[si_frame]["participants"][si]["sentence"])
                else:
                    note(f"named_only:{role}", sp.native or sp.name, frames[si_frame]["participants"][si]["sentence"])
    print("participants / leads P R F1 per half and language (people unknown)")
    for (h, lang), c in sorted(prf.items()):
        p, ld, e = c["participants"], c["leads"], c["events"]
        print(f"  {h:5} {lang:4} events F1 {_f(e.f1)} | participants {_f(p.precision)} {_f(p.recall)} {_f(p.f1)} "
              f"(tp {p.tp} sys {p.n_sys} gold {p.n_gold}) | leads {_f(ld.precision)} {_f(ld.recall)} {_f(ld.f1)} "
              f"(tp {ld.tp} sys {ld.n_sys} gold {ld.n_gold})")
    total: Counter[str] = Counter()
    for lang in sorted(causes):
        total.update(causes[lang])
        print(f"{lang}: " + ", ".join(f"{k} {v}" for k, v in causes[lang].most_common()))
    print("all: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    lt: Counter[str] = Counter()
    for counts in loss.values():
        lt.update(counts)
    print("outside paired events: " + ", ".join(f"{k} {v}" for k, v in lt.most_common()))
    if examples:
        for cls, lst in sorted(cases.items()):
            print(f"\n== {cls} ({len(lst)})")
            for x in lst[:examples]:
                print("   " + x)


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("build", "score"))
    ap.add_argument("cache", type=Path)
    ap.add_argument("--set", dest="sets", action="append", help="a dev set (repeatable); every dev set by default")
    ap.add_argument("--half", choices=HALVES)
    ap.add_argument("--lang")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--known-people", action="store_true", help="build with the people table as it is")
    args = ap.parse_args()
    sets = args.sets or list(DEV_SET_NAMES)
    if any(s in BLIND_SETS or s in NOT_DEVELOPED for s in sets):
        print("blind sets and judges are read by their aggregates only (liaison eval)", file=sys.stderr)
        return 2
    if args.mode == "build":
        build(args.cache, sets, args.half, unknown_people=not args.known_people)
    else:
        score(args.cache, args.half, args.examples, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
