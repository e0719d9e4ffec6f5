"""Score system events (export-contract dicts) against gold: a pure function of the two."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from liaison.eval.gold import GoldArticle, slice_of
from liaison.eval.matching import ArticleAlignment, align_article
from liaison.eval.metrics import ALL, GroupScore, score_alignments
from liaison.eval.system import events_by_document


@dataclass(frozen=True)
class Scorecard:
    """Alignments per article plus the figures per group (``all`` and each language or slice)."""

    alignments: tuple[ArticleAlignment, ...]
    groups: dict[str, GroupScore]

    @property
    def languages(self) -> list[str]:
        """Languages present, most articles first."""
        langs = [g for g in self.groups if g != ALL]
        return sorted(langs, key=lambda lang: (-self.groups[lang].n_articles, lang))

    def figures(self, group: str = ALL) -> dict[str, float | None]:
        return self.groups[group].figures() if group in self.groups else {}

    def to_json(self) -> dict[str, Any]:
        """Figures and raw counts per group, JSON-ready."""
        out: dict[str, Any] = {}
        for name in [ALL, *self.languages]:
            g = self.groups[name]
            out[name] = {
                "n_articles": g.n_articles,
                "figures": g.figures(),
                "counts": {
                    **{m: {"tp": c.tp, "system": c.n_sys, "gold": c.n_gold} for m, c in g.prf.items()},
                    **{f"{m}.accuracy": {"correct": r.total, "n": r.n} for m, r in g.accuracy.items()},
                    "title.token_f1": {"sum": round(g.title.total, 6), "n": g.title.n},
                },
            }
        return out


GroupBy = Literal["language", "slice"]


def score(gold: Sequence[GoldArticle], records: Iterable[dict[str, Any]], by: GroupBy = "language") -> Scorecard:
    """Score events (export-contract shape) on the articles in ``gold``; other articles are ignored.
    Figures are grouped by the gold's language, or by slice (``web-es``, ``kcna``: see ``slice_of``)."""
    by_doc = events_by_document(records, (a.doc for a in gold))
    alignments = tuple(
        align_article(a.doc, a.language if by == "language" else slice_of(a.doc), a.events, by_doc.get(a.doc, []))
        for a in gold
    )
    return Scorecard(alignments=alignments, groups=score_alignments(alignments))
