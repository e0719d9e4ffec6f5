#!/usr/bin/env python3
"""Gold participants missing from MATCHED events, by class (issue 13): where the text names them.

    PYTHONPATH=src .venv/bin/python scripts/missed_participants.py --set real-dev [--unknown-people] [--examples 3]

Each article is extracted in this process; its frames are paired with the gold events as the scorer pairs them
(``eval.matching.align_article``), and every gold participant of a paired event that the frame lacks is put in one
class by where the article names them (as the gold writes the name or native form, folded):

- ``name_forms:<kind>`` — the text names them nowhere as the gold writes them: ``script`` (the other Chinese script),
  ``joiner`` (another middle dot, none, a "?"), ``latin``, ``part`` (one character off or cut: a typo, a name part),
  ``other`` (a translation, another spelling);
- ``seated_elsewhere`` — another frame of the article holds them;
- ``lead_in_cue_sentence`` / ``lead_outside`` — a principal named in the event's own sentences (its evidence) or
  only outside them (the headline, the first paragraph, a sentence before or after);
- ``attendee`` — a non-principal named in a sentence of attendance or accompaniment (``ATTEND_RE``);
- ``nonlead_in_event_sentences`` / ``nonlead_elsewhere`` — other non-principals.

The spurious participants of paired frames are counted too (what precision loses; ``cut``: a gold name cut short,
``run_on``: a gold name with a title or word read into it, ``other``), and the lead errors of paired
frames: ``lead_unmarked`` (a gold lead the frame holds but not as a lead), ``lead_wrong`` (a frame's lead gold
holds as a non-lead) and ``spurious_lead`` (a frame's lead gold lacks). Blind sets are refused: their
articles and gold are never read per article.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from liaison.engines.worker import extract_article
from liaison.eval.breakdown import HALVES, half_of
from liaison.eval.dev_articles import BLIND_SETS, set_articles
from liaison.eval.floors import find_shared
from liaison.eval.folding import fold
from liaison.eval.further import as_sys_event
from liaison.eval.gold import GoldParticipant
from liaison.eval.matching import align_article, gold_person_keys, sys_person_keys
from liaison.eval.sets import DEV_SET_NAMES, NOT_DEVELOPED
from liaison.model.types import Document, EventFrame
from liaison.normalise.script import to_simplified

ROOT = Path(__file__).resolve().parents[1]
ATTEND_RE = re.compile(
    r"present|attend|accompan|joined by|took part|participat|along with|together with|also met|"
    r"asist|acompañ|particip|estuvieron|estuvo|presentes|"
    r"présent|accompagn|assist|pris part|"
    r"presen[çt]a|acompanh|participa|"
    r"出席|陪同|参加|在座|参会|随同|等",
    re.IGNORECASE,
)


def _occurrences(text: str, p: GoldParticipant) -> list[int]:
    """Offsets where the text writes the participant as the gold does (native form, in simplified characters as the
    document's text is, else the name)."""
    out: list[int] = []
    for form in (p.native, to_simplified(p.native) if p.native else None, p.name):
        if not form:
            continue
        i = text.find(form)
        while i >= 0:
            out.append(i)
            i = text.find(form, i + 1)
        if out:
            return out
    low, ffold = text.lower(), fold(p.name)
    for tok in re.finditer(r"\w+", low):  # folded fallback: the name's first word then a folded compare
        chunk = low[tok.start(): tok.start() + len(p.name) + 4]
        if fold(chunk).startswith(ffold) and ffold:
            out.append(tok.start())
    return out


_JOINERS = re.compile(r"[·•・‧?？\s.．\-]")


def name_form_kind(text: str, p: GoldParticipant) -> str:
    """How the text writes a person the gold names in a form it never writes: ``script`` (the other Chinese script:
    the gold's native traditional, the page simplified, or back), ``joiner`` (another middle dot or none, a "?"
    for one), ``latin`` (a Latin-script name the text writes otherwise), ``part`` (the text writes the gold's native
    cut or longer: a name part, a typo in one character) or ``other``."""
    native = p.native or ""
    bare_text, bare_native = _JOINERS.sub("", to_simplified(text)), _JOINERS.sub("", to_simplified(native))
    if bare_native and bare_native in bare_text:
        return "joiner"
    if native and (to_simplified(native) in to_simplified(text)):
        return "script"
    if not native or all(ord(c) < 0x3000 for c in native):
        return "latin"
    near = [bare_native[:i] + bare_native[i + 1:] for i in range(len(bare_native))]  # one character off
    if len(bare_native) >= 3 and (any(n in bare_text for n in near) or bare_native[:-1] in bare_text):
        return "part"
    return "other"


def spurious_kind(native: str, gold_natives: list[str]) -> str:
    """What a spurious participant of a paired frame is beside the gold's: ``cut`` (a gold name cut short, "武東"
    for "武東和"), ``run_on`` (a gold name with more read into it: a title, a word after it) or ``other``."""
    folded = to_simplified(native)
    for g in (to_simplified(x) for x in gold_natives if x):
        if folded != g and g.startswith(folded):
            return "cut"
        if folded != g and g in folded:
            return "run_on"
    return "other"


def _sentence_of(doc: Document, offset: int) -> int:
    for i, (s, e) in enumerate(doc.sentences):
        if s <= offset < e:
            return i
    return -1


def _event_sentences(doc: Document, frame: EventFrame) -> set[int]:
    out: set[int] = set()
    for s, e in frame.evidence:
        for i, (ss, se) in enumerate(doc.sentences):
            if ss < e and s < se:
                out.add(i)
    return out


def classify(doc: Document, frames: list[EventFrame], fi: int, p: GoldParticipant) -> tuple[str, str, list[str]]:
    """The class of one gold participant the frame ``fi`` lacks, where (sentences relative to the event's) and the
    sentences naming them."""
    text = doc.text
    gk = gold_person_keys(p)
    for j, f in enumerate(frames):
        if j != fi and any(gk & sys_person_keys(as_sys_event(f).participants[k])
                           for k in range(len(f.participants))):
            return "seated_elsewhere", "", []
    occ = _occurrences(text, p)
    if not occ:
        return f"name_forms:{name_form_kind(text, p)}", "", []
    sents = sorted({_sentence_of(doc, o) for o in occ} - {-1})
    ev = _event_sentences(doc, frames[fi])
    first_ev = min(ev) if ev else 0
    last_ev = max(ev) if ev else 0
    where = ",".join(("in" if i in ev else f"{i - first_ev:+d}" if i < first_ev else f"+{i - last_ev}")
                     for i in sents)
    spans = [doc.sentences[i] for i in sents]
    told = [" ".join(text[s:e].split())[:300] for s, e in spans]
    if p.lead:
        return ("lead_in_cue_sentence" if set(sents) & ev else "lead_outside"), where, told
    if any(ATTEND_RE.search(text[s:e]) for s, e in spans):
        return "attendee", where, told
    return ("nonlead_in_event_sentences" if set(sents) & ev else "nonlead_elsewhere"), where, told


def _classify_set(name: str, args: argparse.Namespace, classes: dict[str, Counter[str]], spurious: Counter[str],
                  leads: dict[str, Counter[str]], cases: list[dict[str, object]],
                  spurious_kinds: dict[str, Counter[str]]) -> None:
    with set_articles(ROOT, name, slice_name=args.slice, unknown_people=args.unknown_people) as (gold, articles):
        for article in articles:
            if args.half and half_of(article.doc_id) != args.half:
                continue
            events = list(gold[article.doc_id].events)
            extraction = extract_article(article)
            frames = list(extraction.events)
            if not events or not frames:
                continue
            sys_events = [as_sys_event(f) for f in frames]
            al = align_article(article.doc_id, "", events, sys_events)
            lang = extraction.document.language
            for pair in al.pairs:
                fi = next(i for i, s in enumerate(sys_events) if s is pair.system)
                got_g = {g for g, _ in pair.participants}
                got_s = {s for _, s in pair.participants}
                for gi, si in pair.participants:  # lead errors of people the frame holds
                    gp, sp = pair.gold.participants[gi], pair.system.participants[si]
                    if gp.lead != sp.lead:
                        cls = "lead_unmarked" if gp.lead else "lead_wrong"
                        leads[lang][cls] += 1
                        cases.append({"set": name, "half": half_of(article.doc_id), "doc": article.doc_id,
                                      "lang": lang, "class": cls, "where": "", "name": gp.name,
                                      "native": gp.native, "lead": gp.lead, "frame": fi, "kind": pair.gold.kind,
                                      "named": [], "event": [" ".join(extraction.document.text[x:y].split())[:300]
                                                             for x, y in frames[fi].evidence],
                                      "system": [(p.native, p.lead) for p in pair.system.participants],
                                      "gold": [(p.native or p.name, p.lead) for p in pair.gold.participants]})
                for k in (k for k in range(len(pair.system.participants)) if k not in got_s):
                    spurious[lang] += 1
                    missing = [gp.native or gp.name for gi, gp in enumerate(pair.gold.participants) if gi not in got_g]
                    spurious_kinds[lang][spurious_kind(frames[fi].participants[k].person.native or "", missing)] += 1
                    if frames[fi].participants[k].lead:
                        leads[lang]["spurious_lead"] += 1
                    person = frames[fi].participants[k].person
                    a, b = person.span
                    cases.append({"set": name, "half": half_of(article.doc_id), "doc": article.doc_id, "lang": lang,
                                  "class": "spurious", "where": "", "name": person.name, "native": person.native,
                                  "lead": frames[fi].participants[k].lead, "frame": fi, "kind": pair.gold.kind,
                                  "named": [" ".join(extraction.document.text[a:b].split())],
                                  "event": [" ".join(extraction.document.text[x:y].split())[:300]
                                            for x, y in frames[fi].evidence],
                                  "system": [p.native for p in pair.system.participants],
                                  "gold": [p.native or p.name for p in pair.gold.participants]})
                for gi, gp in enumerate(pair.gold.participants):
                    if gi in got_g:
                        continue
                    cls, where, told = classify(extraction.document, frames, fi, gp)
                    classes[lang][cls] += 1
                    cases.append({"set": name, "half": half_of(article.doc_id), "doc": article.doc_id, "lang": lang,
                                  "class": cls, "where": where,
                                  "name": gp.name, "native": gp.native, "lead": gp.lead,
                                  "frame": fi, "kind": pair.gold.kind, "named": told,
                                  "event": [" ".join(extraction.document.text[a:b].split())[:300]
                                            for a, b in frames[fi].evidence],
                                  "system": [p.native for p in pair.system.participants]})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="sets", action="append",
                    help="a set (repeatable; 'dev' for every set one may develop on); real-dev by default")
    ap.add_argument("--half", choices=HALVES, help="only this fixed half of each set (eval.breakdown.half_of)")
    ap.add_argument("--unknown-people", action="store_true")
    ap.add_argument("--slice", help="only this slice (web-en, kcna, ...)")
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--json", help="write every case to this file")
    args = ap.parse_args(argv)
    sets = [n for s in (args.sets or ["real-dev"]) for n in (DEV_SET_NAMES if s == "dev" else (s,))]
    for name in sets:
        if name in BLIND_SETS or name in NOT_DEVELOPED:
            print(f"{name} is blind or a judge: use liaison eval --set {name} for its aggregates", file=sys.stderr)
            return 2
    shared = find_shared(ROOT)
    if shared is None:
        print("the shared data folder is missing", file=sys.stderr)
        return 2
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    spurious: Counter[str] = Counter()
    leads: dict[str, Counter[str]] = defaultdict(Counter)
    cases: list[dict[str, object]] = []
    spurious_kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for name in sets:
        _classify_set(name, args, classes, spurious, leads, cases, spurious_kinds)
    total: Counter[str] = Counter()
    for lang, c in sorted(classes.items()):
        total.update(c)
        print(f"{lang} ({sum(c.values())}; spurious {spurious[lang]}: "
              + ", ".join(f"{k} {v}" for k, v in spurious_kinds[lang].most_common()) + "): "
              + ", ".join(f"{k} {v}" for k, v in c.most_common()))
        for cls in c:
            for case in [x for x in cases if x["lang"] == lang and x["class"] == cls][: args.examples]:
                print(f"   {cls}: {case['doc']} {case['native'] or case['name']} [{case['where']}] "
                      f"frame has {case['system']}")
    print(f"\nall ({sum(total.values())}; spurious {sum(spurious.values())}): "
          + ", ".join(f"{k} {v}" for k, v in total.most_common()))
    lead_total: Counter[str] = Counter()
    for lang, c in sorted(leads.items()):
        lead_total.update(c)
        print(f"leads {lang}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    print("leads all: " + ", ".join(f"{k} {v}" for k, v in lead_total.most_common()))
    if args.json:
        Path(args.json).write_text(json.dumps(cases, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
