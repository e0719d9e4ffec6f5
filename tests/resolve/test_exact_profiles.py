"""Clustering scores a block's pairs of one name once per pair of ``exact_profile`` and number of co-participants
in common (the block of the person named every day has thousands of units and a few hundred profiles). These tests
hold that to ``score_pair`` itself on the units of real CCTV items: every exact pair of equal key scores alike, and
the block's scored pairs are those scoring each pair gives (the same scores, features, relations and order)."""

from __future__ import annotations

import gzip
from collections import Counter
from itertools import islice, permutations
from pathlib import Path

import pytest

from liaison.kb.gazetteer import default_gazetteer
from liaison.pipeline import build
from liaison.resolve import people, scoring
from liaison.resolve.blocked import linked_groups, unit_links
from liaison.resolve.mentions import Unit, collect_units
from liaison.store import Store


@pytest.fixture(scope="module")
def archive_units(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Unit]:
    """The units of the documents with events among the first 2,000 items of the 2012–2022 CCTV archive."""
    folder = tmp_path_factory.mktemp("profiles")
    with gzip.open(shared / "corpus" / "xwlb-2012-2022.jsonl.gz", "rb") as src:
        (folder / "items.jsonl").write_bytes(b"".join(islice(src, 2000)))
    build([folder / "items.jsonl"], folder / "x.duckdb", workers=1)
    with Store.open(folder / "x.duckdb", read_only=True) as store:
        return collect_units(store.load_document_events(), default_gazetteer())


def _exact(a: Unit, b: Unit) -> bool:
    return bool(a.forms & b.forms or a.cjk & b.cjk)


def test_exact_pairs_of_one_key_score_alike(archive_units: list[Unit]) -> None:
    units = archive_units
    profiles = [scoring.exact_profile(u) for u in units]
    seen: dict[tuple[scoring.ExactProfile, scoring.ExactProfile, int], tuple[float, list[tuple[str, float]], str]] = {}
    repeated = Counter[str]()
    for a, b in permutations(range(len(units)), 2):
        if not _exact(units[a], units[b]):
            continue
        score, features, relation = scoring.score_pair(units[a], units[b])
        got = (score, list(features.items()), relation)
        key = (profiles[a], profiles[b], len(units[a].co & units[b].co))
        if key in seen:
            assert seen[key] == got, (units[a].doc_id, units[b].doc_id)
            repeated[relation] += 1
            repeated.update(k for k, _ in features.items())
        seen[key] = got
    # (keys met again many times, their features reaching past the name: sides, organisations, titles)
    assert repeated["exact"] > 1000 and repeated["same_side"] and repeated["title_overlap"] and repeated["same_org"]


def _scored(units: list[Unit]) -> list[tuple[float, int, int, list[tuple[str, float]], str]]:
    keys = [set(people.block_keys(u)) for u in units]
    scored = people._scored_pairs(units, people.office_conflicts(units), keys)
    return [(s, a, b, list(f.items()), r) for s, a, b, f, r in scored]


def test_blocks_score_as_each_pair_scored(archive_units: list[Unit], monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [[archive_units[i] for i in members] for members in linked_groups([unit_links(u) for u in archive_units])]
    blocks = [b for b in blocks if len(b) > 20]
    assert blocks
    kept = [_scored(b) for b in blocks]
    monkeypatch.setattr(people, "exact_profile", lambda u: object())  # every unit a profile of its own
    plain = [_scored(b) for b in blocks]
    assert kept == plain
    assert sum(len(k) for k in kept) > 1000
