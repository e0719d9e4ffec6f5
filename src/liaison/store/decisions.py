"""Reads over the recorded match decisions, for the analyst's judgements and review."""

from __future__ import annotations

import json
from dataclasses import dataclass

from liaison.store.duckdb_store import Store


@dataclass(frozen=True)
class MatchDecision:
    """An automatic same-person decision between two name ids, with its score and features."""

    left: str
    right: str
    score: float
    features: dict[str, float]
    merged: bool


def is_known_ref(store: Store, ref: str) -> bool:
    """Whether ``ref`` is a person id or a name id of some match decision."""
    row = store.con.execute(
        "SELECT 1 FROM persons WHERE person_id = ? UNION ALL "
        "SELECT 1 FROM match_decisions WHERE left_id = ? OR right_id = ? LIMIT 1",
        [ref, ref, ref],
    ).fetchone()
    return row is not None


def decision_score(store: Store, left: str, right: str) -> float | None:
    """The best recorded score between two ids, either way round; None when never compared."""
    row = store.con.execute(
        "SELECT max(score) FROM match_decisions WHERE (left_id = ? AND right_id = ?) OR (left_id = ? AND right_id = ?)",
        [left, right, right, left],
    ).fetchone()
    return float(row[0]) if row and row[0] is not None else None


def uncertain_decisions(store: Store, threshold: float) -> list[MatchDecision]:
    """Automatic decisions (no analyst, no side veto), closest to ``threshold`` first."""
    rows = store.con.execute(
        "SELECT left_id, right_id, score, features, merged FROM match_decisions "
        "WHERE features NOT LIKE '%analyst%' AND features NOT LIKE '%veto_side_conflict%' "
        "ORDER BY abs(score - ?), left_id, right_id",
        [threshold],
    ).fetchall()
    return [MatchDecision(r[0], r[1], float(r[2]), json.loads(r[3]), bool(r[4])) for r in rows]

