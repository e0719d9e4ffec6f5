"""The real sets measured without floors (multi-event web pages) load; every gold document has its restated article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison.eval.gold import load_gold
from liaison.eval.sets import ALL_SET_NAMES, MEASURED_SET_NAMES, SET_NAMES, gold_sets

ROOT = Path(__file__).resolve().parents[2]
# Each measured set and the infix of its document ids (``web-en-multi-01``, ``web-zh-d5-01``, ...).
ID_INFIX = {
    "real-dev-multi": "-multi-", "real-dev-multi-2": "-multi2-", "real-dev-multi-3": "-multi3-", "real-dev-4": "-d4-",
    "real-dev-msg": "-msg-", "real-dev-5": "-d5-", "real-dev-visit": "-vis-", "real-dev-6": "-d6-",
    "real-dev-7": "-d7-", "real-dev-8": "-d8-", "real-dev-9": "-d9-",
    "real-dev-10": "-d10-", "real-dev-11": "-d11-", "real-dev-12": "-d12-", "real-dev-13": "-d13-",
    "real-dev-14": "-d14-", "real-dev-15": "-d15-", "real-dev-16": "-d16-", "real-dev-17": "-d17-",
    "real-dev-18": "-d18-", "real-dev-19": "-d19-", "real-dev-20": "-d20-", "real-dev-21": "-d21-",
    "real-dev-22": "-d22-", "real-dev-23": "-d23-", "real-dev-24": "-d24-",
    "real-dev-25": "-d25-",
    "real-dev-26": "-d26-",
    "real-dev-27": "-d27-",
    "real-dev-28": "-d28-",
    "real-dev-29": "-d29-",
    "real-dev-30": "-d30-",
    "real-dev-31": "-d31-",
    "real-dev-32": "-d32-",
    "real-dev-33": "-d33-",
    "real-dev-ru": "-dru-",
    "real-dev-es": "-des-",
    "real-dev-es-2": "-des2-",
    "real-dev-pt": "-dpt-",
    "real-dev-it": "-dit-",
    "real-dev-en": "-den-",
    "real-dev-en-2": "-den2-",
    "real-dev-fr": "-dfr-",
    "real-dev-zh": "-dzh-",
    "real-dev-zh-2": "-dzh2-",
    "real-dev-ptfr": "-dptfr-",
    "real-dev-zh-3": "-dzh3-",
}


def test_every_measured_set_is_covered() -> None:
    assert set(MEASURED_SET_NAMES) == set(ID_INFIX)


@pytest.mark.parametrize("name", sorted(ID_INFIX))
def test_registered_for_set_but_not_gated(name: str) -> None:
    folder = ROOT / "quality" / name
    assert name in ALL_SET_NAMES
    assert name not in SET_NAMES  # measured, held to no floors
    sets = gold_sets(ROOT, ROOT / "no-shared", measured=True)
    assert name in sets and name not in gold_sets(ROOT, ROOT / "no-shared")
    gs = sets[name]
    assert gs.gold == folder and gs.only_gold and gs.by == "slice"
    assert {p.name for p in gs.articles if p.parent == folder} == {p.name for p in folder.glob("*.articles.jsonl")}


@pytest.mark.parametrize("name", sorted(ID_INFIX))
def test_every_gold_doc_has_its_article(name: str) -> None:
    folder = ROOT / "quality" / name
    articles: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                assert row["id"] not in articles, row["id"]
                assert row["id"].startswith(path.name.split(".")[0] + ID_INFIX[name]), row["id"]
                assert row["url"] and row["text"], row["id"]
                articles[row["id"]] = row
    golds = sorted(folder.glob("*.gold.jsonl"))
    assert golds, "no gold file"
    docs = []
    for path in golds:
        for g in load_gold(path):
            assert g.doc in articles, f"{path.name}: {g.doc} has no article"
            assert articles[g.doc]["language"] == g.language, g.doc
            docs.append(g.doc)
    assert len(docs) == len(set(docs))
    assert set(docs) == set(articles), "an article without gold"
    assert len(docs) >= 10
