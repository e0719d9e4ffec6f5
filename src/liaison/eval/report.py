"""Rendering of scorecards: rich tables (system beside baseline, per language) and JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from liaison.eval.errors import ArticleErrors
from liaison.eval.metrics import ALL
from liaison.eval.scorer import Scorecard

LABELS: dict[str, str] = {
    "articles": "articles with events",
    "events": "events",
    "participants": "participants",
    "leads": "leads",
    "parties": "parties",
    "date": "date (exact ISO prefix)",
    "kind": "kind",
    "remote": "remote",
    "location": "location",
    "country": "participant country",
    "organization": "participant organisation",
    "title": "title",
    "resolution": "cross-doc resolution",
}


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def fmt_delta(system: float | None, baseline: float | None) -> str:
    if system is None or baseline is None:
        return "—"
    d = system - baseline
    style = "green" if d > 0.0005 else "red" if d < -0.0005 else "dim"
    return f"[{style}]{d:+.3f}[/{style}]"


def label(metric: str) -> str:
    head, _, tail = metric.partition(".")
    return f"{LABELS.get(head, head)} {tail.replace('_', ' ')}"


def figures_table(
    title: str, system: dict[str, float | None], baseline: dict[str, float | None] | None = None
) -> Table:
    """One table: metric, system, and (when given) baseline and the difference."""
    table = Table(title=title, title_justify="left")
    table.add_column("metric")
    table.add_column("system", justify="right")
    if baseline is not None:
        table.add_column("baseline", justify="right")
        table.add_column("Δ", justify="right")
    for metric, value in system.items():
        row = [label(metric), fmt(value)]
        if baseline is not None:
            b = baseline.get(metric)
            row += [fmt(b), fmt_delta(value, b)]
        table.add_row(*row)
    return table


def group_title(card: Scorecard, group: str) -> str:
    n = card.groups[group].n_articles
    return f"{'all languages' if group == ALL else group}: {n} scored article{'s' * (n != 1)}"


def print_report(
    console: Console, card: Scorecard, baseline: Scorecard | None = None, *, by_language: bool = False
) -> None:
    """The figures table(s), then the count of scored articles per language."""
    groups = [ALL, *card.languages] if by_language else [ALL]
    for group in groups:
        console.print(
            figures_table(
                group_title(card, group),
                card.figures(group),
                baseline.figures(group) if baseline is not None else None,
            )
        )
    counts = ", ".join(f"{lang} {card.groups[lang].n_articles}" for lang in card.languages)
    console.print(f"scored articles: {card.groups[ALL].n_articles} ({counts})")


def print_errors(console: Console, errors: Sequence[ArticleErrors]) -> None:
    """The worst articles, each with its missed, spurious and wrong items."""
    if not errors:
        console.print("no article has errors")
        return
    for e in errors:
        console.rule(f"{e.doc} [{e.language}] — {e.count} errors")
        for legend in e.gold_events:
            console.print(f"  {legend}", markup=False, highlight=False)
        for heading, items in (
            ("missed events", e.missed_events),
            ("spurious events", e.spurious_events),
            ("missed participants", e.missed_participants),
            ("spurious participants", e.spurious_participants),
            ("wrong fields", e.wrong_fields),
        ):
            if items:
                console.print(f"[bold]{heading}[/bold]")
                for item in items:
                    console.print(f"  - {item}", markup=False, highlight=False)


def report_json(
    card: Scorecard, baseline: Scorecard | None = None, errors: Sequence[ArticleErrors] = ()
) -> dict[str, Any]:
    """Machine-readable report: ``system`` (and ``baseline``) groups, per-language article counts."""
    out: dict[str, Any] = {
        "scored_articles": {lang: card.groups[lang].n_articles for lang in [ALL, *card.languages]},
        "system": card.to_json(),
    }
    if baseline is not None:
        out["baseline"] = baseline.to_json()
    if errors:
        out["errors"] = [e.to_json() for e in errors]
    return out
