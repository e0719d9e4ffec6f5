"""The gold sets the quality gate holds to floors: where their gold, articles and floors live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldSet:
    """A gold file, the articles it annotates, and the floors file that guards its figures."""

    name: str
    gold: Path
    articles: tuple[Path, ...]
    floors: Path
    only_gold: bool  # build only the gold's documents out of a larger corpus

    def available(self) -> bool:
        return self.gold.is_file() and all(p.exists() for p in self.articles)


def gold_sets(repo: Path, shared: Path) -> dict[str, GoldSet]:
    """``dev``: the shared dev set. ``heldout``: our blind-annotated sample of the CCTV archive.
    ``synthetic``: English and Spanish articles written and annotated blind by us (quality/synthetic),
    used for development since. ``synthetic-2``: a further blind set (English, Spanish, Portuguese),
    also used for development. ``synthetic-test``: a second such set that nobody developing the
    extractors reads (quality/synthetic-test)."""
    quality = repo / "quality"
    return {
        "dev": GoldSet(
            "dev", shared / "eval" / "dev-gold.jsonl", (shared / "eval" / "dev.jsonl",),
            quality / "floors.json", only_gold=False,
        ),
        "heldout": GoldSet(
            "heldout", quality / "heldout-gold.jsonl", (shared / "corpus" / "xwlb-2022-2026.jsonl.gz",),
            quality / "heldout-floors.json", only_gold=True,
        ),
        "synthetic": GoldSet(
            "synthetic", quality / "synthetic" / "gold.jsonl", (quality / "synthetic" / "articles.jsonl",),
            quality / "synthetic-floors.json", only_gold=False,
        ),
        "synthetic-2": GoldSet(
            "synthetic-2", quality / "synthetic-2" / "gold.jsonl", (quality / "synthetic-2" / "articles.jsonl",),
            quality / "synthetic-2-floors.json", only_gold=False,
        ),
        "synthetic-test": GoldSet(
            "synthetic-test", quality / "synthetic-test" / "gold.jsonl",
            (quality / "synthetic-test" / "articles.jsonl",), quality / "synthetic-test-floors.json",
            only_gold=False,
        ),
    }
