#!/usr/bin/env python3
"""Regenerate the README's quality section from real eval runs of each gold set, baseline beside it.

Replaces the text between ``<!-- quality:start -->`` and ``<!-- quality:end -->`` in README.md.
``--check`` exits 1 when the README is out of date instead of writing it.

    .venv/bin/python scripts/quality_report.py [--check] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison.cli.eval_cmd import run_eval
from liaison.eval.floors import find_shared
from liaison.eval.report import label
from liaison.eval.scorer import Scorecard
from liaison.eval.sets import gold_sets

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- quality:start -->", "<!-- quality:end -->"


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


LEAD_SET = "real-test"  # the blind set of real articles leads the section
LEAD_METRICS = ("events.f1", "participants.f1", "leads.f1", "parties.f1")


def lead_table(system: Scorecard, baseline: Scorecard) -> list[str]:
    """Per slice of the blind real set: the headline figures, liaison (baseline)."""
    groups = ["all", *system.languages]
    lines = [
        f"**{LEAD_SET}, by slice** (real articles annotated blind; each cell liaison (baseline)):",
        "",
        "| slice | articles | " + " | ".join(label(m) for m in LEAD_METRICS) + " |",
        "|---|---:|" + "---:|" * len(LEAD_METRICS),
    ]
    for group in groups:
        sys_fig, base_fig = system.figures(group), baseline.figures(group)
        cells = [f"{_cell(sys_fig.get(m))} ({_cell(base_fig.get(m))})" for m in LEAD_METRICS]
        lines.append(f"| {group} | {system.groups[group].n_articles} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def render(runs: dict[str, tuple[Scorecard, Scorecard]], about: dict[str, str]) -> str:
    """The markdown section: the blind real set by slice first, then per gold set, liaison and the baseline
    side by side for every figure."""
    names = sorted(runs, key=lambda n: (n != LEAD_SET, not n.startswith("real")))
    lines = [""]
    if LEAD_SET in runs:
        lines += lead_table(*runs[LEAD_SET])
    for name in names:
        system = runs[name][0]
        per_lang = ", ".join(f"{lang} {system.groups[lang].n_articles}" for lang in system.languages)
        lines.append(f"- **{name}**: {system.groups['all'].n_articles} articles ({per_lang}), {about[name]}.")
    lines += [
        "",
        "Scored as `shared/eval/GOLD_FORMAT.md` describes; baseline = off-the-shelf NER alone "
        "(`liaison.extract.baseline`), built in the same run. Regenerate with `scripts/quality_report.py`; "
        "`make eval` prints the dev table; any set: `liaison eval GOLD --articles ARTICLES [--only-gold] "
        "--baseline`. CI fails when a figure drops below its floor in `quality/`.",
        "",
        "Each cell: liaison (baseline).",
        "",
        "| metric | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    first = runs[names[0]][0]
    for metric in first.figures():
        cells = []
        for name in names:
            system, baseline = runs[name]
            cells.append(f"{_cell(system.figures().get(metric))} ({_cell(baseline.figures().get(metric))})")
        lines.append(f"| {label(metric)} | " + " | ".join(cells) + " |")
    lines.append("")
    return "\n".join(lines)


def splice(readme: str, section: str) -> str:
    """README text with the section between the markers replaced; ``ValueError`` without markers."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README.md needs the markers {START} ... {END}")
    return readme[: start + len(START)] + section + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if the README is out of date")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args(argv)

    shared = find_shared(ROOT)
    if shared is None:
        print("error: ../shared/eval/dev.jsonl not found (set LIAISON_SHARED)", file=sys.stderr)
        return 2
    runs: dict[str, tuple[Scorecard, Scorecard]] = {}
    sets = gold_sets(ROOT, shared)
    for name, gold_set in sets.items():
        if not gold_set.available():
            print(f"warning: {name} gold set not available; left out", file=sys.stderr)
            continue
        run = run_eval(gold_set.gold, articles=gold_set.articles, baseline=True, workers=args.workers,
                       progress=sys.stderr.isatty(), only_gold=gold_set.only_gold, by=gold_set.by)
        assert run.baseline is not None
        runs[name] = (run.system, run.baseline)
    readme = args.readme.read_text(encoding="utf-8")
    try:
        updated = splice(readme, render(runs, {n: s.about for n, s in sets.items()}))
    except ValueError as exc:
        print(f"error: {args.readme}: {exc}", file=sys.stderr)
        return 2
    if updated == readme:
        print(f"{args.readme}: quality section up to date")
        return 0
    if args.check:
        print(f"{args.readme}: quality section out of date (run scripts/quality_report.py)", file=sys.stderr)
        return 1
    args.readme.write_text(updated, encoding="utf-8")
    print(f"{args.readme}: quality section regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
