"""The real-dev-multi-2 set (a second set of multi-event pages) loads; every gold document has its restated article."""

from __future__ import annotations

import json
from pathlib import Path

from liaison.eval.gold import load_gold
from liaison.eval.sets import ALL_SET_NAMES, SET_NAMES, gold_sets

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "quality" / "real-dev-multi-2"


def test_registered_for_set_but_not_gated() -> None:
    assert "real-dev-multi-2" in ALL_SET_NAMES
    assert "real-dev-multi-2" not in SET_NAMES  # measured, held to no floors
    sets = gold_sets(ROOT, ROOT / "no-shared", measured=True)
    assert "real-dev-multi-2" in sets and "real-dev-multi-2" not in gold_sets(ROOT, ROOT / "no-shared")
    gs = sets["real-dev-multi-2"]
    assert gs.gold == FOLDER and gs.only_gold and gs.by == "slice"
    assert {p.name for p in gs.articles if p.parent == FOLDER} == {
        p.name for p in FOLDER.glob("*.articles.jsonl")
    }


def test_every_gold_doc_has_its_article() -> None:
    articles: dict[str, dict[str, object]] = {}
    for path in sorted(FOLDER.glob("*.articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                assert row["id"] not in articles, row["id"]
                assert row["id"].startswith(path.name.split(".")[0] + "-multi2-"), row["id"]
                assert row["url"] and row["text"], row["id"]
                articles[row["id"]] = row
    golds = sorted(FOLDER.glob("*.gold.jsonl"))
    assert golds, "no gold file"
    docs = []
    for path in golds:
        gold = load_gold(path)
        for g in gold:
            assert g.doc in articles, f"{path.name}: {g.doc} has no article"
            assert articles[g.doc]["language"] == g.language, g.doc
            docs.append(g.doc)
    assert len(docs) == len(set(docs))
    assert set(docs) == set(articles), "an article without gold"
    assert len(docs) >= 10
