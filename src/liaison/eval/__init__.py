"""Eval: score a build (read from the store or an events-jsonl export) against gold annotations.

Scoring follows shared/eval/GOLD_FORMAT.md. :func:`score` is a pure function of gold articles and
export-contract event dicts; :mod:`liaison.eval.report` renders the result.
"""

from __future__ import annotations

from liaison.eval.gold import GoldArticle, GoldFormatError, load_gold
from liaison.eval.scorer import Scorecard, score

__all__ = ["GoldArticle", "GoldFormatError", "Scorecard", "load_gold", "score"]
