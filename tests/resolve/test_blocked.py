"""Resolution by block: clustering each block of linked units alone gives what clustering every unit at
once gives (people, the person of every mention, match decisions, judgement outcomes), on real items."""

from __future__ import annotations

import gzip
from itertools import islice
from pathlib import Path

import pytest

from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import DocumentEvents, Judgement
from liaison.pipeline import build
from liaison.resolve.blocked import cluster_blocked, linked_groups, unit_links
from liaison.resolve.mentions import collect_units
from liaison.resolve.people import cluster_units
from liaison.store import Store


@pytest.fixture(scope="module")
def archive_docs(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[DocumentEvents]:
    """The documents with events among the first 1,500 items of the 2022–2026 CCTV archive."""
    folder = tmp_path_factory.mktemp("blocked")
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        (folder / "items.jsonl").write_bytes(b"".join(islice(src, 1500)))
    build([folder / "items.jsonl"], folder / "x.duckdb", workers=1)
    with Store.open(folder / "x.duckdb", read_only=True) as store:
        return store.load_document_events()


def test_blocks_clustered_alone_equal_one_clustering(archive_docs: list[DocumentEvents]) -> None:
    units = collect_units(archive_docs, default_gazetteer())
    groups = linked_groups([unit_links(u) for u in units])
    assert 1 < len(groups) < len(units)  # several blocks, some of several units
    whole, blocked = cluster_units(units), cluster_blocked(units)
    assert blocked.people == whole.people
    assert blocked.mention_person == whole.mention_person
    assert blocked.decisions == whole.decisions
    assert blocked.unit_person == whole.unit_person


def test_judgements_across_blocks_equal_one_clustering(archive_docs: list[DocumentEvents]) -> None:
    units = collect_units(archive_docs, default_gazetteer())
    people = sorted({p.person_id for p in cluster_units(units).people})
    judgements = [
        Judgement(1, people[0], people[1], True, "test", ""),
        Judgement(2, people[2], people[3], False, "test", ""),
        Judgement(3, people[0], people[2], True, "test", ""),  # joins three blocks
        Judgement(4, people[1], people[2], False, "test", ""),  # more recent than 1, which it then contradicts
        Judgement(5, "p_nobody", people[4], True, "test", ""),  # names nobody: a conflict
        Judgement(6, people[5], people[6], True, "test", "", undone=True),
    ]
    whole, blocked = cluster_units(units, judgements), cluster_blocked(units, judgements)
    assert blocked.people == whole.people
    assert blocked.mention_person == whole.mention_person
    assert blocked.decisions == whole.decisions
    assert sorted((c.judgement_id, c.reason) for c in blocked.conflicts) == sorted(
        (c.judgement_id, c.reason) for c in whole.conflicts)
    assert {c.judgement_id for c in whole.conflicts} >= {5}
    assert len(whole.people) < len(cluster_units(units).people)


def test_compact_candidate_pairs_and_their_order_equal_plain_tuples(archive_docs: list[DocumentEvents]) -> None:
    """The candidate pairs, held as 8-byte codes, and the scored pairs, held in typed arrays and sorted by
    Arrow, are the pairs and the best-first order that Python tuples give."""
    from itertools import combinations

    from liaison.resolve.people import _MAX_BUCKET_PAIRS, _scored_pairs, block_keys, candidate_pairs, office_conflicts
    from liaison.resolve.scoring import score_pair

    units = collect_units(archive_docs, default_gazetteer())
    buckets: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        for key in set(block_keys(u)):
            buckets.setdefault(key, []).append(i)
    plain: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) <= _MAX_BUCKET_PAIRS:
            pairs = list(combinations(members, 2))
        else:
            ordered = sorted(members, key=lambda i: (min(units[i].dates, default=""), units[i].doc_id))
            pairs = [(ordered[x], ordered[y]) for x in range(len(ordered))
                     for y in range(x + 1, min(len(ordered), x + 1 + _MAX_BUCKET_PAIRS // 4))]
        plain |= {(min(a, b), max(a, b)) for a, b in pairs if units[a].doc_id != units[b].doc_id}
    assert len(plain) > 1000
    assert candidate_pairs(units) == sorted(plain)
    scored = list(_scored_pairs(units, office_conflicts(units)))
    keys = [(score, a, b) for score, a, b, _, _ in scored]
    assert keys == sorted(keys, key=lambda k: (-k[0], k[1], k[2]))
    given = {(a, b): score_pair(units[a], units[b]) for a, b in plain}
    assert {(a, b) for _, a, b in keys} == {p for p, g in given.items() if g[2] != "none"}
    for score, a, b, features, relation in scored:
        assert relation == given[(a, b)][2]
        if not any(k.startswith("veto_") for k in features):
            assert (score, features) == given[(a, b)][:2]
