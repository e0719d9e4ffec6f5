"""Score a candidate pair of person units: names first, then context, every feature named.

score = base score of the name relation (names.NAME_SCORES)
      + 0.1 same side / 0.1 same organisation (-0.1 when both are known and unrelated)
      + up to 0.1 for title words in common + up to 0.1 for co-participants in common.
Hard vetoes (recorded as features, score forced to 0): different sides, different known people in
the knowledge base, unrelated organisations years apart (common names: 4 years, others: 8).
Two units merge at ``THRESHOLD`` or above (and only if no veto holds between their clusters).
"""

from __future__ import annotations

from liaison.resolve.mentions import Unit
from liaison.resolve.names import (
    NAME_SCORES,
    is_extension,
    is_transliteration_variant,
    pinyin_key,
)

THRESHOLD = 0.75
REVIEW_FLOOR = 0.4  # candidate pairs scored at least this are kept for review
ERA_GAP_COMMON = 4
ERA_GAP = 8
_CHINESE = frozenset({"CN", "TW", "HK", "MO"})


def name_relation(a: Unit, b: Unit) -> str:
    """The strongest relation between any name forms of the two units."""
    if a.forms & b.forms or a.cjk & b.cjk:
        return "exact"
    if a.kb & b.kb:
        return "known_person"
    la, lb = _keys(a.latin_names), _keys(b.latin_names)
    if la & lb or la & _keys(b.cjk) or lb & _keys(a.cjk):
        return "pinyin_variant"
    for ta in a.token_forms:
        for tb in b.token_forms:
            if is_extension(ta, tb) or is_extension(tb, ta):
                return "extension"
    side = a.side
    foreign = side not in (None, "CN", "TW", "HK", "MO") and side == b.side
    if foreign and any(len(x) >= 4 and is_transliteration_variant(x, y) for x in a.cjk for y in b.cjk):
        return "transliteration_variant"
    return "none"


def _keys(names: set[str]) -> set[str]:
    return {k for k in map(pinyin_key, names) if k is not None}


def era_conflict(orgs_a: set[tuple[str, int]], orgs_b: set[tuple[str, int]], common: bool) -> bool:
    """Unrelated organisations seen years apart: two people who share a name, not one."""
    gap = ERA_GAP_COMMON if common else ERA_GAP
    return any(oa != ob and abs(ya - yb) >= gap for oa, ya in orgs_a for ob, yb in orgs_b)


def score_pair(a: Unit, b: Unit) -> tuple[float, dict[str, float], str]:
    """(score, features, name relation); a vetoed pair scores 0 with a ``veto_*`` feature."""
    relation = name_relation(a, b)
    features: dict[str, float] = {f"name_{relation}": NAME_SCORES[relation]}
    if relation == "none":
        return 0.0, features, relation
    score = NAME_SCORES[relation]
    side_a, side_b = a.side, b.side
    if side_a and side_b:
        if side_a != side_b:
            features["veto_side_conflict"] = 1.0
        else:
            features["same_side"] = 0.1
    shared_cjk = a.cjk & b.cjk
    short = all(len(c) <= 3 and "·" not in c for c in shared_cjk)
    if relation == "exact" and shared_cjk and short and not (side_a and side_b) and not {side_a, side_b} & _CHINESE:
        # a foreign surname alone in Chinese script (科斯塔, 哈立德) names many people: need the side
        features["short_foreign_name_side_unknown"] = -0.25
    if a.kb and b.kb and not (a.kb & b.kb):
        features["veto_known_distinct"] = 1.0
    if a.orgs and b.orgs:
        if a.orgs & b.orgs:
            features["same_org"] = 0.1
        else:
            features["org_differs"] = -0.1
            if era_conflict(a.org_years(), b.org_years(), a.common or b.common):
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
