#!/usr/bin/env python3
"""Missed and false non-lead participants of found events, by the construction that names them (issue 13, attend28).

    PYTHONPATH=src .venv/bin/python scripts/missed_participants.py --set dev --half fit --unknown-people --json F.json
    PYTHONPATH=src .venv/bin/python scripts/attendee_constructions.py F.json [--langs en,es,pt,fr,it] [--examples 2]

Reads the cases ``missed_participants.py --json`` writes (one per gold participant a paired frame lacks, one per
frame participant gold lacks) and counts the NON-LEAD ones of Latin-script pages by the construction of the sentence
naming them ("accompanied by", "also present were", "the delegation included", a list of posts and names, ...) and by
the shape of the name (initials, three or four parts, an Asian name in Latin script, a Vietnamese one). A case may
fall in several constructions; ``other`` counts those in none. Counts only, unless ``--examples`` is given.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

CONSTRUCTIONS: dict[str, re.Pattern[str]] = {
    "accompanied_by": re.compile(r"accompan|acompañ|acompanh|accompagn|escorted|in the company|en compañía|"
                                 r"joined by|along with|together with|junto a|junto con|ao lado d", re.I),
    "also_present": re.compile(r"\bpresent\b|presentes?\b|présents?\b|estuvieron|estaban|estuvo|se encontraba|"
                               r"also attended|were in attendance|attended by|asistieron|assistaient|"
                               r"étaient également|marcaram presença|estavam", re.I),
    "took_part": re.compile(r"took part|participat|particip|pris part|tomó parte|tomaram parte", re.I),
    "delegation_makeup": re.compile(r"delegation (?:included|comprised|consisted|was composed)|"
                                    r"the delegation\s*[–—-]|delegación (?:estuvo )?(?:integrada|compuesta|formada)|"
                                    r"la formaron|la délégation (?:comptait|comprenait|était composée)|"
                                    r"fazem parte d|integrad[ao]s? por|compost[ao] por|constituíd[ao] por|"
                                    r"comitiva|fields a .{0,20}team|members? of the delegation|"
                                    r"part of the delegation|membres de la délégation", re.I),
    "side_header": re.compile(r"\b(?:por|pela|pelo|for|on|du côté|de la part) (?:la |el |the |a |o )?"
                              r"(?:parte|side|lado|part)\b|por parte de|from the \w+ side|côté \w+", re.I),
    "among_others": re.compile(r"among others|entre otros|entre outros|entre autres|among them|entre ellos|"
                               r"entre eles|parmi lesquels|including|incluyendo|dont\b", re.I),
    "speaker_after": re.compile(r"\bsaid\b|\bsays\b|noted|stressed|señaló|afirmó|dijo|destacó|declarou|afirmou|"
                                r"disse|a déclaré|a souligné|a affirmé|called for|expressed", re.I),
}
SHAPES: dict[str, re.Pattern[str]] = {
    "initials": re.compile(r"\b[A-Z]\.\s?(?:[A-Z]\.)?\s?[A-Z]"),
    "vietnamese": re.compile(r"^(?:Nguyen|Nguyễn|Tran|Trần|Le|Lê|Pham|Phạm|Hoang|Hoàng|Vo|Võ|Vu|Vũ|Dang|Đặng|"
                             r"Bui|Bùi|Do|Đỗ|Ho|Hồ|Ngo|Ngô|Duong|Dương|Ly|Lý|Phan|Truong|Trương|Dinh|Đinh)\s"),
}


def _construction(case: dict[str, object]) -> list[str]:
    told = case.get("event" if case["class"] == "spurious" else "named") or []
    named = " ".join(str(x) for x in told) if isinstance(told, list) else ""
    out = [k for k, rx in CONSTRUCTIONS.items() if rx.search(named)]
    if case["class"] == "seated_elsewhere":
        out = ["seated_in_another_frame"]
    elif not named:
        out = ["not_named_as_gold_writes"]
    return out or ["other"]


def _shape(case: dict[str, object]) -> list[str]:
    name = str(case.get("native") or case.get("name") or "")
    out = [k for k, rx in SHAPES.items() if rx.search(name)]
    parts = len(name.split())
    out.append("one_part" if parts == 1 else "two_parts" if parts == 2 else "three_or_four_parts")
    if name.isupper() or re.search(r"\b[A-Z]{2,}\b", name):
        out.append("capitals")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", type=Path)
    ap.add_argument("--langs", default="en,es,pt,fr,it")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    langs = set(args.langs.split(","))
    cases = [c for c in json.loads(args.cases.read_text(encoding="utf-8"))
             if c["lang"] in langs and not c["lead"] and c["class"] not in ("lead_wrong", "lead_unmarked")]
    for kind, pick in (("missed", lambda c: c["class"] != "spurious"), ("false", lambda c: c["class"] == "spurious")):
        chosen = [c for c in cases if pick(c)]
        by_cons: Counter[str] = Counter(k for c in chosen for k in _construction(c))
        by_shape: Counter[str] = Counter(k for c in chosen for k in _shape(c))
        by_lang: Counter[str] = Counter(str(c["lang"]) for c in chosen)
        counts = ", ".join(f"{k} {v}" for k, v in by_lang.most_common())
        print(f"{kind} non-lead participants: {len(chosen)} ({counts})")
        print("  by construction: " + ", ".join(f"{k} {v}" for k, v in by_cons.most_common()))
        print("  by name shape:   " + ", ".join(f"{k} {v}" for k, v in by_shape.most_common()))
        for k in by_cons if args.examples else ():
            for c in [c for c in chosen if k in _construction(c)][: args.examples]:
                print(f"    {k}: {c['doc']} {c['native'] or c['name']}")


if __name__ == "__main__":
    main()
