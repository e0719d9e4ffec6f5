"""``liaison eval``: score a build against gold, with the naive baseline beside it."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from liaison.eval import GoldFormatError, Scorecard, load_gold, score
from liaison.eval.errors import worst_articles
from liaison.eval.floors import find_shared
from liaison.eval.report import print_errors, print_report, report_json
from liaison.eval.scorer import GroupBy
from liaison.eval.sets import ALL_SET_NAMES, GoldSet, gold_sets
from liaison.eval.source import records_from_db, records_from_file
from liaison.store import StoreError


@dataclass(frozen=True)
class EvalRun:
    system: Scorecard
    baseline: Scorecard | None


@contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Any]:
    """A stderr status line fed by the pipeline's ``(documents, events)`` callback."""
    if not enabled:
        yield None
        return
    console = Console(stderr=True)
    with console.status(f"{label}: starting") as status:

        def update(docs: int, events: int) -> None:
            status.update(f"{label}: {docs} documents, {events} events")

        yield update


def _subset(articles: Sequence[Path], doc_ids: set[str], folder: Path) -> list[Path]:
    """The articles whose ids are in ``doc_ids``, written to one JSON-lines file in ``folder``."""
    from liaison.ingest import iter_inputs
    from liaison.model.types import Article

    target = folder / "gold-articles.jsonl"
    with open(target, "w", encoding="utf-8") as fh:
        for item in iter_inputs(articles):
            if isinstance(item, Article) and item.doc_id in doc_ids:
                fields = {"id": item.doc_id, "title": item.title, "published": item.published,
                          "source": item.source, "url": item.url, "language": item.language, "text": item.text}
                fh.write(json.dumps(fields, ensure_ascii=False) + "\n")
    return [target]


def build_records(
    articles: Sequence[Path], db: Path | None, *, baseline: bool = False, workers: int = 1,
    progress: bool = False, only: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Build ``articles`` (into ``db``, or a temporary database) and return its events.

    With ``only``, just the documents with those ids are built (a gold sample of a large corpus).
    """
    from liaison.pipeline import build

    extractor = None
    if baseline:
        from liaison.extract.baseline import extract_events, missing_models

        if missing_models():
            raise click.ClickException(f"the baseline needs {' and '.join(missing_models())}: "
                                       "pip install -e '.[baseline]' (make test installs it)")
        extractor = extract_events
    label = "baseline" if baseline else "building"
    with tempfile.TemporaryDirectory(prefix="liaison-eval-") as tmp:
        target = db if db is not None else Path(tmp) / "eval.duckdb"
        if only is not None:
            articles = _subset(articles, only, Path(tmp))
        with _progress(label, progress) as callback:
            build(list(articles), target, extractor=extractor, workers=workers, progress=callback)
        return records_from_db(target)


def run_eval(
    gold_path: Path, *, articles: Sequence[Path] = (), db: Path | None = None, events: Path | None = None,
    baseline: bool = False, workers: int = 1, progress: bool = False, only_gold: bool = False,
    by: GroupBy = "language",
) -> EvalRun:
    """Score the system (and optionally the baseline) against the gold file."""
    gold = load_gold(gold_path)
    only = {g.doc for g in gold} if only_gold else None
    if events is not None:
        records: list[dict[str, Any]] = list(records_from_file(events))
    elif articles:
        records = build_records(articles, db, workers=workers, progress=progress, only=only)
    elif db is not None:
        if not db.exists():
            raise click.ClickException(f"{db}: no such database (build it, or pass --articles)")
        records = records_from_db(db)
    else:
        raise click.UsageError("give --articles to build, --db to score a build, or --events")
    base = None
    if baseline:
        if not articles:
            raise click.UsageError("--baseline needs --articles (the baseline is built from them)")
        base = score(gold, build_records(articles, None, baseline=True, workers=workers, progress=progress,
                                         only=only), by)
    return EvalRun(system=score(gold, records, by), baseline=base)


def _named_set(name: str) -> GoldSet:
    """A project gold set, its paths resolved against this checkout and the shared data folder."""
    repo = Path.cwd() if (Path.cwd() / "quality").is_dir() else Path(__file__).resolve().parents[3]
    shared = find_shared(repo)
    if shared is None:
        raise click.ClickException("--set needs the shared data folder beside the repository (or LIAISON_SHARED)")
    gold_set = gold_sets(repo, shared, measured=True)[name]
    if not gold_set.available():
        raise click.ClickException(f"gold set {name}: gold or articles missing under {gold_set.gold.parent}")
    return gold_set


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--set", "set_name", type=click.Choice(ALL_SET_NAMES), metavar="NAME",
              help=f"Score one of the project's gold sets with its own articles ({', '.join(ALL_SET_NAMES)}).")
@click.option("--articles", "articles", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Articles to build into a temporary database (or into --db) and score.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Score this database.")
@click.option("--events", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score an events-jsonl export instead of a database.")
@click.option("--baseline", is_flag=True, help="Also build and score the naive NER baseline.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report.")
@click.option("--by", type=click.Choice(["language", "slice"]),
              help="Break the figures down by language, or by slice (the id without its number: web-es, kcna).")
@click.option("--errors", "n_errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="Show the N worst articles with their missed, spurious and wrong fields.")
@click.option("--only-gold", is_flag=True,
              help="Build only the articles the gold annotates (a gold sample of a large corpus).")
@click.option("--unknown-people", is_flag=True,
              help="Ablation (evaluation only): build with a gazetteer that knows none of the people the gold's "
                   "articles name, as if they were blind articles ($LIAISON_UNKNOWN_PEOPLE).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
def eval_command(
    gold: Path | None, set_name: str | None, articles: tuple[Path, ...], db: Path | None, events: Path | None,
    baseline: bool, as_json: bool, by: str | None, n_errors: int, only_gold: bool, unknown_people: bool,
    workers: int,
) -> None:
    """Score a build against GOLD (see shared/eval/GOLD_FORMAT.md): a gold file, or a folder of
    ``*.gold.jsonl`` slices; or score a named gold set with ``--set``."""
    if set_name is not None:
        gold_set = _named_set(set_name)
        gold, articles = gold_set.gold, articles or gold_set.articles
        only_gold = only_gold or gold_set.only_gold
        by = by or (gold_set.by if gold_set.by != "language" else None)
    if gold is None:
        raise click.UsageError("give a GOLD file or folder, or --set NAME")
    with tempfile.TemporaryDirectory(prefix="liaison-unknown-") as tmp, ExitStack() as stack:
        if unknown_people:
            if not articles:
                raise click.UsageError("--unknown-people needs the articles (--articles or --set)")
            from liaison.kb.gazetteer import people_forgotten

            stack.enter_context(people_forgotten(_subset(articles, {g.doc for g in load_gold(gold)}, Path(tmp))[0]))
        _eval_and_print(gold, articles, db, events, baseline, as_json, by, n_errors, only_gold, workers)


def _eval_and_print(
    gold: Path, articles: Sequence[Path], db: Path | None, events: Path | None, baseline: bool, as_json: bool,
    by: str | None, n_errors: int, only_gold: bool, workers: int,
) -> None:
    try:
        run = run_eval(gold, articles=articles, db=db, events=events, baseline=baseline, workers=workers,
                       progress=not as_json and sys.stderr.isatty(), only_gold=only_gold,
                       by="slice" if by == "slice" else "language")
    except (GoldFormatError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    errors = worst_articles(run.system.alignments, n_errors) if n_errors else []
    if as_json:
        out = {"gold": str(gold), **report_json(run.system, run.baseline, errors)}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    console = Console()
    print_report(console, run.system, run.baseline, by_language=by is not None)
    if n_errors:
        print_errors(console, errors)
