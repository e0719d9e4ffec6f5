"""``liaison same | not-same | undo | review``: an analyst's decisions about who is who.

Judgements are appended to the ``judgements`` table (never edited: an undo is a new row), applied
by every resolution (so they survive ``build --rebuild``) and override the automatic decisions.
"""

from __future__ import annotations

import json
import os
from typing import Any

import click
from rich.table import Table

from liaison.cli.common import console, db_option, err_console
from liaison.cli.refs import person_label, unknown_person
from liaison.kb.labels import country_name
from liaison.pipeline import reresolve
from liaison.resolve import judgement_conflicts
from liaison.resolve.people import pair_score, unit_index
from liaison.resolve.scoring import THRESHOLD
from liaison.store import Store, write_session
from liaison.store.decisions import decision_score, is_known_ref, uncertain_decisions
from liaison.store.lookup import all_people
from liaison.store.queries import find_people


def _author_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--author",
        default=lambda: os.environ.get("USER") or "unknown",
        show_default="$USER",
        help="Who decides (recorded with the judgement).",
    )(func)


def resolve_person_ref(store: Store, ref: str) -> str:
    """A person id (or a match-decision name id) for ``ref``; a name must match exactly one person."""
    if is_known_ref(store, ref):
        return ref
    ids = find_people(store, ref)
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise unknown_person(store, ref)
    found = sorted((p for p in all_people(store) if p.person_id in set(ids)), key=lambda p: (p.name, p.person_id))
    listing = "\n".join(f"  {p.person_id}  {person_label(p)}, {country_name(p.country)}, {p.events} events"
                        for p in found)
    raise click.ClickException(f"{ref!r} is ambiguous; use one of these person ids:\n{listing}")


def _score_now(store: Store, left: str, right: str) -> float | None:
    recorded = decision_score(store, left, right)
    if recorded is not None:
        return recorded
    found = pair_score(store.load_document_events(), left, right)
    return found[0] if found else None


def _record(db: str, a: str, b: str, same: bool, author: str) -> None:
    with write_session(db):  # the judgement and its re-resolution are one write (one snapshot for the web app)
        with Store.open(db) as store:
            left, right = resolve_person_ref(store, a), resolve_person_ref(store, b)
            if left == right:
                raise click.ClickException(f"{a!r} and {b!r} are the same person id {left}")
            score = _score_now(store, left, right)
            jid = store.add_judgement(left, right, same, author, score)
        verb = "same" if same else "not same"
        shown = "n/a" if score is None else f"{score:.3f}"
        console.print(f"judgement {jid}: {left} {verb} {right} (score at the time {shown}, by {author})",
                      highlight=False)
        reresolve(db)
    _report_conflicts(db)


def _report_conflicts(db: str) -> None:
    with Store.open(db, read_only=True) as store:
        conflicts = judgement_conflicts(store.load_document_events(), store.judgements())
    for c in conflicts:
        err_console.print(f"warning: judgement {c.judgement_id} not applied: {c.reason}", highlight=False)


@click.command("same")
@click.argument("a")
@click.argument("b")
@db_option
@_author_option
def same_cmd(a: str, b: str, db: str, author: str) -> None:
    """Record that A and B are one person (person ids, or names matching exactly one person)."""
    _record(db, a, b, True, author)


@click.command("not-same")
@click.argument("a")
@click.argument("b")
@db_option
@_author_option
def not_same_cmd(a: str, b: str, db: str, author: str) -> None:
    """Record that A and B are two people: they are never merged, whatever the names say."""
    _record(db, a, b, False, author)


@click.command("undo")
@click.argument("judgement_id", type=int)
@db_option
@_author_option
def undo_cmd(judgement_id: int, db: str, author: str) -> None:
    """Withdraw judgement JUDGEMENT_ID (recorded as a new row; the history is kept)."""
    with write_session(db):
        with Store.open(db) as store:
            new = store.undo_judgement(judgement_id, author)
        console.print(f"judgement {new}: undoes {judgement_id} (by {author})", highlight=False)
        reresolve(db)
    _report_conflicts(db)


@click.command("review")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def review_cmd(db: str, limit: int, as_json: bool) -> None:
    """The most uncertain pairs to judge next: candidate pairs scored closest to the merge threshold."""
    with Store.open(db, read_only=True) as store:
        judged = {frozenset((j.left, j.right)) for j in store.judgements() if not j.undone}
        # pairs within one name id cannot be told apart by id: an analyst can judge only distinct ids
        rows = [d for d in uncertain_decisions(store, THRESHOLD)
                if d.left != d.right and frozenset((d.left, d.right)) not in judged][:limit]
        names = unit_index(store.load_document_events()) if rows else {}
    out: list[dict[str, Any]] = []
    for d in rows:
        ln, ls = names.get(d.left, ("?", None))
        rn, rs = names.get(d.right, ("?", None))
        out.append({"left": d.left, "left_name": ln, "left_side": ls, "right": d.right, "right_name": rn,
                    "right_side": rs, "score": d.score, "merged": d.merged, "features": d.features})
    if as_json:
        for r in out:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    table = Table("score", "merged", "left", "right", "features", title=f"threshold {THRESHOLD}")
    for r in out:
        feats = ", ".join(f"{k}={v:g}" for k, v in r["features"].items())
        table.add_row(
            f"{r['score']:.3f}",
            "yes" if r["merged"] else "no",
            f"{r['left_name']} ({r['left_side'] or '?'}) {r['left']}",
            f"{r['right_name']} ({r['right_side'] or '?'}) {r['right']}",
            feats,
        )
    console.print(table)
    if out:
        console.print("judge with: liaison same A B  |  liaison not-same A B", highlight=False)
