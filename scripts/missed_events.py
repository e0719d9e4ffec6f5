#!/usr/bin/env python3
"""Every gold event of real-dev the extractor misses, by why (issue 13, recall18): the classes of "no cue in the
sentence" told apart.

    PYTHONPATH=src .venv/bin/python scripts/missed_events.py [--unknown-people] [--slice web-es] [--examples 2] \
        [--set real-dev-4 ...] [--half fit]
    PYTHONPATH=src .venv/bin/python scripts/missed_events.py --all-dev --half fit --by-language   # side27's table

Unlike ``further_events.py`` (misses beside a found event only), this counts every missed gold event, in articles
with nothing found too. Each gets the stage of ``eval.further.classify``; a miss the extractor never framed
(``cue_no_frame``, ``no_cue``, ``not_named``) is then told apart by the sentences that could tell it:

- ``both_sides`` — a body sentence with a cue names people of both its sides (the grammar did not read it),
  ``both_sides:heading`` when that sentence is a short line without a final stop ("Encuentro con X ...");
- ``one_side:pronoun`` — a cue sentence names one side only and its subject is a pronoun or a role ("He also met
  with X", "El dirigente se reunió con X", "他还会见了X", "双方…"); ``one_side:heading`` — a short heading line
  ("Meeting with X"); ``one_side:other`` — any other cue sentence naming one side only;
- ``headline`` — no body cue sentence names its people, the headline has a cue (the body never repeats the verb);
- ``no_cue`` / ``not_named`` as ``classify`` says.

Real-dev by default; ``--set NAME`` (repeatable) or ``--all-dev`` reads other developed sets and ``--half fit|check``
one fixed half of their articles (develop on ``fit``). The blind sets and the judges are refused (print their
aggregates with ``liaison eval``). ``--spurious`` also lists the extractor's events no gold event matches;
``--by-language`` counts per language, not Latin-script/Chinese.

``--score`` (es29) prints instead events and participants P/R/F1 pooled over the articles of the sets, slice and
half asked for (negatives too), per set and in all: a mechanism judged on a language's check half in seconds
(participants pooled as the pairs of matched events share them, close to ``liaison eval``'s figures); with
``--naive`` those of the naive NER baseline.

``--lost-articles`` (issue 13, floor28) lists instead every article with gold events where the extractor gives none:
its language and outlet, its headline, what the naive baseline gives for it (``naive:none`` — fewer than two
people —, ``naive:paired`` — its one event pairs with a gold event —, ``naive:unpaired``), and why no tier fired:
``lost:<step>`` (a filter dropped the frame), ``no_cue_head`` (no kind cue nor word of an exchange in the
headline or lead), then the first gold event's class as above (``one_side:other`` …, ``no_cue``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from further_events import cue_test

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import set_articles
from liaison.eval.floors import find_shared
from liaison.eval.further import _named_in, as_sys_event, classify
from liaison.eval.gold import GoldEvent, GoldParticipant
from liaison.eval.matching import align_article
from liaison.eval.sets import DEV_SET_NAMES
from liaison.extract.assembly.trace import traced
from liaison.model.types import Article, Document

ROOT = Path(__file__).resolve().parents[1]

_LEAD_IN = (r"(?:[^,.;]{0,40},\s*)?"
            r"(?:(?:also|later|then|earlier|luego|después|además|también|ensuite|puis|aussi|depois|também)\s+)?")
PRONOUN_LATIN = re.compile(
    rf"^\W*{_LEAD_IN}(?:he|she|they|we|él|ella|ellos|il|elle|ils|ele|ela|eles|"
    r"(?:the|el|la|los|las|le|les|o|a|os|as)\s+(?:\w+\s+){0,2}?(?:president[ea]?|président|presidente|delegation|"
    r"delegación|délégation|delegação|comitiva|visitor|visitante|guest|leader|dirigente|dirigeant|líder|mandatario|"
    r"premier|prime minister|primer ministro|premier ministre|minister|ministro|ministre|canciller|secretary|"
    r"secretario|secrétaire|chairman|head|jefe|chef|official|funcionario|sides?|partes|parties)|"
    r"both sides|ambas partes|ambos|les deux|as duas partes|ambas as partes)\b"
    r"(?!\s+[A-ZÀ-Ý])(?![^,]{0,25},\s*[A-ZÀ-Ý])",  # a role, not a titled name: "Le président malien, Assimi Goïta"
    re.I,
)
# the subject opens the sentence or follows a short lead-in and its comma ("随后，他还会见了…"), not a name before it
PRONOUN_ZH = re.compile(
    r"^(?:[^，。]{0,10}，)?(?:他|她|双方|雙方|两人|兩人|二人|代表团|代表團|该团|該團|两国领导人|兩國領導人)")


def _short_line(sentence: str) -> bool:
    s = sentence.strip()
    return len(s) < 90 and not re.search(r"[.!?。！？)）»”\"]$", s)


def _sides(event: GoldEvent) -> dict[str, list[GoldParticipant]]:
    out: dict[str, list[GoldParticipant]] = defaultdict(list)
    for p in event.participants:
        out[p.country or "?"].append(p)
    return out


def refine(stage: str, sentences: Sequence[str], title: str, event: GoldEvent, zh: bool,
           has_cue: Callable[[str], bool]) -> tuple[str, str]:
    """The finer class of a miss never framed, and the sentence that shows it."""
    if stage not in {"cue_no_frame", "no_cue", "not_named"}:
        return stage, ""
    sides = _sides(event)
    cued = [s for s in sentences if has_cue(s)]
    both, one = [], []
    for s in cued:
        named = {c for c, ps in sides.items() if any(_named_in(s, p) for p in ps)}
        if len(named) >= 2 or (named and len(sides) < 2):
            both.append(s)
        elif named:
            one.append(s)
    if both:
        return ("both_sides:heading" if _short_line(both[0]) else "both_sides"), both[0]
    pronoun = PRONOUN_ZH if zh else PRONOUN_LATIN
    for s in one:
        if pronoun.search(s.strip()):
            return "one_side:pronoun", s
    for s in one:
        if _short_line(s):
            return "one_side:heading", s
    if one:
        return "one_side:other", one[0]
    if title and has_cue(title):
        return "headline", title
    return stage, ""


def _with_gold_events(set_name: str, args: argparse.Namespace) -> Iterator[tuple[Article, list[GoldEvent]]]:
    """The set's articles (of the slice and half asked for) with gold events, and those events."""
    with set_articles(ROOT, set_name, unknown_people=args.unknown_people) as (gold, articles):
        for article in articles:
            # a slice keeps its later sets' ids too (web-zh: web-zh-d13-…)
            if args.slice and not article.doc_id.startswith(f"{args.slice}-"):
                continue
            events = list(gold[article.doc_id].events)
            if events and not (args.half and half_of(article.doc_id) != args.half):
                yield article, events


def _count_set(set_name: str, args: argparse.Namespace, counts: dict[str, Counter[str]],
               examples: dict[str, dict[str, list[str]]]) -> None:
    for article, events in _with_gold_events(set_name, args):
        with traced() as steps:
            extraction = extract_article(article)
        final = list(extraction.events)
        doc = extraction.document
        al = align_article(article.doc_id, "", events, [as_sys_event(f) for f in final])
        test = cue_test(doc)
        sentences = [doc.text[a:b] for a, b in doc.sentences]
        key = doc.language if args.by_language else ("zh" if doc.language == "zh" else "latin")
        if args.spurious:
            for extra in al.spurious:
                counts[key]["spurious"] += 1
                names = ", ".join(p.name for p in extra.participants)
                examples[key]["spurious"].append(f"{article.doc_id} [{extra.kind}] {extra.date} {names}")
        for missed in al.missed:
            target_i = next(i for i, e in enumerate(events) if e is missed)
            stage, sentence = classify(doc, events, final, steps, target_i, test)
            cls, shown = refine(stage, sentences, article.title or "", missed, doc.language == "zh", test)
            counts[key][cls] += 1
            examples[key][cls].append(
                f"{article.doc_id} [{missed.kind}] {' '.join((shown or sentence).split())[:200]}")


def _score_set(set_name: str, args: argparse.Namespace) -> Counter[str]:
    """Pooled counts of one set's articles of the slice and half asked for: gold, system and paired events and
    participants (``--score``)."""
    from liaison.extract.baseline import extract_events

    naive = extract_events if args.naive else None
    c: Counter[str] = Counter()
    with set_articles(ROOT, set_name, unknown_people=args.unknown_people) as (gold, articles):
        for article in articles:
            if args.slice and not article.doc_id.startswith(f"{args.slice}-"):
                continue
            if args.half and half_of(article.doc_id) != args.half:
                continue
            events = list(gold[article.doc_id].events)
            built = extract_article(article, naive) if naive else extract_article(article)
            final = [as_sys_event(f) for f in built.events]
            al = align_article(article.doc_id, "", events, final)
            c["articles"] += 1
            c["gold_ev"] += len(events)
            c["sys_ev"] += len(final)
            c["tp_ev"] += len(al.pairs)
            c["gold_pa"] += sum(len(e.participants) for e in events)
            c["sys_pa"] += sum(len(e.participants) for e in final)
            c["tp_pa"] += sum(len(pair.participants) for pair in al.pairs)
    return c


def _prf(tp: int, n_sys: int, n_gold: int) -> str:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def _print_scores(rows: dict[str, Counter[str]]) -> None:
    total: Counter[str] = Counter()
    for c in rows.values():
        total.update(c)
    for name, c in [*rows.items(), ("all", total)]:
        print(f"{name:16} articles {c['articles']:3}  events {c['tp_ev']:3}/{c['sys_ev']:3}/{c['gold_ev']:3} P/R/F1 "
              f"{_prf(c['tp_ev'], c['sys_ev'], c['gold_ev'])}  participants "
              f"{_prf(c['tp_pa'], c['sys_pa'], c['gold_pa'])}")


def _outlet(url: str | None) -> str:
    m = re.match(r"https?://(?:www\.)?([^/]+)", url or "")
    return m.group(1) if m else "-"


def _head_cue(doc: Document) -> bool:
    """Whether the headline or lead tells an exchange as the last resort reads it (Latin) or names a cue (zh)."""
    if doc.language == "zh":
        test = cue_test(doc)
        return any(test(t) for t in [doc.article.title or ""] + [doc.text[a:b] for a, b in doc.sentences[:3]])
    from liaison.extract.latin.frames import body_start
    from liaison.extract.latin.last_resort import exchange_told, head_texts
    from liaison.extract.lexicon_file import lexicon_for

    try:
        lex = lexicon_for(doc.language, doc.text)
    except Exception:
        return False
    return exchange_told(head_texts(doc, body_start(doc.text, list(doc.sentences))), lex) is not None


def _lost_set(set_name: str, args: argparse.Namespace, rows: list[dict[str, str]]) -> None:
    """The articles of the set (and half) with gold events where the extractor gives none."""
    from liaison.extract.baseline import extract_events as naive

    for article, events in _with_gold_events(set_name, args):
        with traced() as steps:
            extraction = extract_article(article)
        if extraction.events:
            continue
        doc = extraction.document
        base = extract_article(article, naive).events
        al = align_article(article.doc_id, "", events, [as_sys_event(f) for f in base])
        seen = "naive:none" if not base else ("naive:paired" if al.pairs else "naive:unpaired")
        test = cue_test(doc)
        stage, sentence = classify(doc, events, [], steps, 0, test)
        if stage.startswith("lost:"):
            why = stage
        elif not _head_cue(doc):
            why = "no_cue_head"
        else:
            sentences = [doc.text[a:b] for a, b in doc.sentences]
            why, shown = refine(stage, sentences, article.title or "", events[0], doc.language == "zh", test)
            sentence = shown or sentence
        rows.append({"set": set_name, "id": article.doc_id, "language": doc.language,
                     "outlet": _outlet(article.url or article.source), "naive": seen, "why": why,
                     "gold": str(len(events)), "headline": " ".join((article.title or "").split())[:90],
                     "sentence": " ".join(sentence.split())[:160]})


def _print_lost(rows: list[dict[str, str]], examples: int) -> None:
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_lang[r["language"]][r["why"]] += 1
    print(f"{len(rows)} articles with gold events and no system event; naive: "
          + ", ".join(f"{k} {v}" for k, v in Counter(r["naive"] for r in rows).most_common()))
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang} ({sum(c.values())}): " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    for r in rows[: examples or len(rows)]:
        print(f"{r['id']} [{r['language']} {r['outlet']}] {r['naive']} {r['why']} gold {r['gold']}\n"
              f"    head: {r['headline']}\n    sent: {r['sentence']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--slice", help="only this slice (web-en, kcna, ...; web-zh also keeps web-zh-d13-…)")
    ap.add_argument("--examples", type=int, default=2, help="sentences shown per class and language")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", dest="sets", action="append", choices=DEV_SET_NAMES,
                    help="a developed set (repeatable; default real-dev)")
    ap.add_argument("--half", choices=HALVES, help="keep one fixed half of the articles (by the hash of the id)")
    ap.add_argument("--spurious", action="store_true", help="also list the events no gold event matches")
    ap.add_argument("--all-dev", action="store_true", help="every dev set but the judges and the blind sets")
    ap.add_argument("--by-language", action="store_true", help="count per language, not latin/zh")
    ap.add_argument("--lost-articles", action="store_true",
                    help="list the articles with gold events where the extractor gives none (and why)")
    ap.add_argument("--score", action="store_true",
                    help="print events and participants P/R/F1 pooled over the articles asked for (negatives too)")
    ap.add_argument("--naive", action="store_true", help="with --score: score the naive NER baseline instead")
    args = ap.parse_args(argv)
    shared = find_shared(ROOT)
    if shared is None:
        print("the shared data folder is missing", file=sys.stderr)
        return 2
    if args.score:
        _print_scores({name: _score_set(name, args)
                       for name in (DEV_SET_NAMES if args.all_dev else args.sets or ["real-dev"])})
        return 0
    if args.lost_articles:
        rows: list[dict[str, str]] = []
        for set_name in DEV_SET_NAMES if args.all_dev else args.sets or ["real-dev"]:
            _lost_set(set_name, args, rows)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            _print_lost(rows, 0)
        return 0
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for set_name in DEV_SET_NAMES if args.all_dev else args.sets or ["real-dev"]:
        _count_set(set_name, args, counts, examples)
    if args.json:
        print(json.dumps({"counts": counts, "examples": examples}, ensure_ascii=False, indent=1))
        return 0
    total: Counter[str] = Counter()
    for key, c in sorted(counts.items()):
        total.update(c)
        print(f"\n{key} ({sum(c.values())} missed): " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        for cls, _ in c.most_common():
            for line in examples[key][cls][: args.examples]:
                print(f"  {cls}: {line}")
    print(f"\nall ({sum(total.values())} missed): " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
