#!/usr/bin/env python3
"""Regenerate the README's quality section from a real eval run of the dev set, baseline beside it.

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

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- quality:start -->", "<!-- quality:end -->"


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _delta(system: float | None, baseline: float | None) -> str:
    return "—" if system is None or baseline is None else f"{system - baseline:+.3f}"


def render(system: Scorecard, baseline: Scorecard) -> str:
    """The markdown section: one table for all languages, then F1 of events per language."""
    n = system.groups["all"].n_articles
    per_lang = ", ".join(f"{lang} {system.groups[lang].n_articles}" for lang in system.languages)
    lines = [
        "",
        f"Dev set (`../shared/eval/dev.jsonl`, {n} articles: {per_lang}), scored as "
        "`shared/eval/GOLD_FORMAT.md` describes; baseline = off-the-shelf NER alone "
        "(`liaison.extract.baseline`). Regenerate with `scripts/quality_report.py`; "
        "reproduce with `make eval`. The extractors are developed against this set, so it guards "
        "against regressions; it is not a measure of quality on unseen articles.",
        "",
        "| metric | liaison | baseline | Δ |",
        "|---|---:|---:|---:|",
    ]
    base = baseline.figures()
    for metric, value in system.figures().items():
        lines.append(f"| {label(metric)} | {_cell(value)} | {_cell(base.get(metric))} | "
                     f"{_delta(value, base.get(metric))} |")
    lines += ["", "| language | articles | events F1 (liaison) | events F1 (baseline) "
              "| participants F1 (liaison) | participants F1 (baseline) |", "|---|---:|---:|---:|---:|---:|"]
    for lang in system.languages:
        s, b = system.figures(lang), baseline.figures(lang)
        lines.append(f"| {lang} | {system.groups[lang].n_articles} | {_cell(s['events.f1'])} | "
                     f"{_cell(b.get('events.f1'))} | {_cell(s['participants.f1'])} | "
                     f"{_cell(b.get('participants.f1'))} |")
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
    run = run_eval(shared / "eval" / "dev-gold.jsonl", articles=[shared / "eval" / "dev.jsonl"],
                   baseline=True, workers=args.workers, progress=sys.stderr.isatty())
    assert run.baseline is not None
    readme = args.readme.read_text(encoding="utf-8")
    try:
        updated = splice(readme, render(run.system, run.baseline))
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
