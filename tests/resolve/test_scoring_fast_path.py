"""``score_pair`` runs for every candidate pair (hundreds of thousands in the block of a person named every
day), so it tests overlaps without making the sets, tracks its vetoes as it adds them and sums the features
past the name's in their order. These tests hold it to the plain formula it replaced, on every pair of units of
real CCTV items (the same score to the bit, the same features in the same order, the same relation)."""

from __future__ import annotations

import gzip
from itertools import combinations, islice
from pathlib import Path

import pytest

from liaison.kb.gazetteer import default_gazetteer
from liaison.pipeline import build
from liaison.resolve import scoring
from liaison.resolve.blocked import linked_groups, unit_links
from liaison.resolve.mentions import Unit, collect_units
from liaison.resolve.names import NAME_SCORES, is_extension, is_transliteration_variant
from liaison.store import Store


def _plain_relation(a: Unit, b: Unit) -> str:
    """``name_relation`` as written before: every overlap made as a set."""
    if a.forms & b.forms or a.cjk & b.cjk:
        return "exact"
    if a.kb & b.kb:
        return "known_person"
    la, lb = scoring._keys(a.latin_names), scoring._keys(b.latin_names)
    if la & lb or la & scoring._keys(b.cjk) or lb & scoring._keys(a.cjk):
        return "pinyin_variant"
    if any(is_extension(ta, tb) or is_extension(tb, ta) for ta in a.token_forms for tb in b.token_forms):
        return "extension"
    side = min(a.sides) if len(a.sides) == 1 else None
    foreign = side not in (None, "CN", "TW", "HK", "MO") and side == b.side
    if foreign and any(len(x) >= 4 and is_transliteration_variant(x, y) for x in a.cjk for y in b.cjk):
        return "transliteration_variant"
    if not foreign:
        return "none"
    return scoring.name_relation(a, b)  # (the rest of it did not change)


def _plain_score(a: Unit, b: Unit) -> scoring.PairScore:
    """``score_pair`` as written before: vetoes searched for among the features, non-name features summed."""
    relation = _plain_relation(a, b)
    features: dict[str, float] = {f"name_{relation}": NAME_SCORES[relation]}
    if relation == "none":
        return 0.0, features, relation
    score = NAME_SCORES[relation]
    if relation == "transcription":
        moment = scoring.transcription_context(a, b) or scoring.transcription_context(b, a)
        features[f"{moment}_reported"] = 0.05
    side_a, side_b = a.side, b.side
    if side_a and side_b:
        if side_a != side_b:
            features["veto_side_conflict"] = 1.0
        else:
            features["same_side"] = 0.1
    shared_cjk = a.cjk & b.cjk
    short = all(len(c) <= 3 and "·" not in c for c in shared_cjk)
    if relation == "exact" and shared_cjk and short and not (side_a and side_b) and not {side_a, side_b} & {
            "CN", "TW", "HK", "MO"}:
        features["short_foreign_name_side_unknown"] = -0.25
    if a.kb and b.kb and not (a.kb & b.kb):
        features["veto_known_distinct"] = 1.0
    if a.orgs and b.orgs:
        if a.orgs & b.orgs:
            features["same_org"] = 0.1
        elif relation not in ("office_same_day", "transcription"):
            features["org_differs"] = -0.1
            if scoring.era_conflict(a.org_years(), b.org_years(), a.common or b.common):
                features["veto_org_and_era_differ"] = 1.0
    if a.title_words and b.title_words:
        common_words = len(a.title_words & b.title_words)
        if common_words:
            features["title_overlap"] = round(0.1 * common_words / len(a.title_words | b.title_words), 3)
    shared = len(a.co & b.co)
    if shared:
        features["shared_coparticipants"] = min(0.1, 0.05 * shared)
    if any(k.startswith("veto_") for k in features):
        return 0.0, features, relation
    score += sum(v for k, v in features.items() if not k.startswith("name_"))
    return round(score, 3), features, relation


@pytest.fixture(scope="module")
def archive_units(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Unit]:
    """The units of the documents with events among the first 1,500 items of the 2022–2026 CCTV archive."""
    folder = tmp_path_factory.mktemp("scoring")
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        (folder / "items.jsonl").write_bytes(b"".join(islice(src, 1500)))
    build([folder / "items.jsonl"], folder / "x.duckdb", workers=1)
    with Store.open(folder / "x.duckdb", read_only=True) as store:
        return collect_units(store.load_document_events(), default_gazetteer())


def test_every_pair_scores_as_the_plain_formula(archive_units: list[Unit]) -> None:
    units = archive_units
    pairs = [(a, b) for a, b in combinations(range(len(units)), 2)]
    relations: set[str] = set()
    vetoed = 0
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):  # (not symmetric in general: both orders)
            got, plain = scoring.score_pair(units[x], units[y]), _plain_score(units[x], units[y])
            assert got[0] == plain[0] and list(got[1].items()) == list(plain[1].items()) and got[2] == plain[2]
            relations.add(got[2])
            vetoed += any(k.startswith("veto_") for k in got[1])
    assert {"exact", "none"} < relations and vetoed  # (the pairs tried reach past the name and into vetoes)


def test_side_is_the_one_side_stated(archive_units: list[Unit]) -> None:
    sides = [u.side for u in archive_units]
    assert sides == [min(u.sides) if len(u.sides) == 1 else None for u in archive_units]
    assert None in sides and any(sides)


def test_blocks_of_the_archive_are_several(archive_units: list[Unit]) -> None:
    assert 1 < len(linked_groups([unit_links(u) for u in archive_units])) < len(archive_units)
