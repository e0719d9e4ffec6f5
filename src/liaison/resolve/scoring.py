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
    if not foreign:
        return "none"
    if (partial_of(a, b) or partial_of(b, a)) and _same_office_within(a, b, PARTIAL_OFFICE_DAYS):
        return "partial_name"
    if not names_compatible(a, b):
        return "none"
    if any(o in SOLE_OFFICES and len(d) == 10 for o, d in a.offices & b.offices):
        return "office_same_day"
    if any(r not in GENERIC_ROLES for r, _d in a.unique_role_days & b.unique_role_days) and a.co & b.co:
        return "same_event_role"
    return "none"


# Offices one person of a country holds on a given day (a head of state; deputies are several).
SOLE_OFFICES = frozenset({"head_of_state", "head_of_government", "crown_prince"})
PARTIAL_OFFICE_DAYS = 365
# Roles too common to name one person at a meeting (a committee's chair is a 主席 too).
GENERIC_ROLES = frozenset({"president", "deputy:president"})


def partial_of(part: Unit, full: Unit) -> bool:
    """A name of ``part`` written alone is the first or last part of a full name of ``full``
    (巴沙尔 / 阿萨德 of 巴沙尔·阿萨德)."""
    pieces = {p for c in full.cjk if "·" in c for p in (c.split("·")[0], c.split("·")[-1]) if len(p) >= 2}
    return bool({c for c in part.cjk if "·" not in c} & pieces)


def names_compatible(a: Unit, b: Unit) -> bool:
    """No Latin names to compare on one side, or a surname in common ("V. Putin", "Vladimir Putin")."""
    if not a.token_forms or not b.token_forms:
        return True
    return bool({t[-1] for t in a.token_forms if t} & {t[-1] for t in b.token_forms if t})


def _same_office_within(a: Unit, b: Unit, days: int) -> bool:
    return any(
        oa == ob and abs(_day(da) - _day(db)) <= days for oa, da in a.offices for ob, db in b.offices
    )


def office_spans_fit(part: set[tuple[str, str]], full: set[tuple[str, str]], days: int) -> bool:
    """Every (office, date) of ``part`` for an office ``full`` states lies within ``days`` of the
    span over which ``full`` states it."""
    spans: dict[str, tuple[int, int]] = {}
    for office, iso in full:
        d = _day(iso)
        lo, hi = spans.get(office, (d, d))
        spans[office] = (min(lo, d), max(hi, d))
    return all(
        spans[o][0] - days <= _day(iso) <= spans[o][1] + days for o, iso in part if o in spans
    )


def _day(iso: str) -> int:
    """Days since year 0 of an ISO date prefix (a month or year counts from its first day)."""
    from datetime import date

    parts = [int(x) for x in iso.split("-")[:3]] + [1, 1]
    return date(parts[0], parts[1] or 1, parts[2] or 1).toordinal()


def _keys(names: set[str]) -> set[str]:
    return {k for k in map(pinyin_key, names) if k is not None}


def era_conflict(orgs_a: set[tuple[str, int]], orgs_b: set[tuple[str, int]], common: bool) -> bool:
    """Unrelated organisations seen years apart: two people who share a name, not one."""
    gap = ERA_GAP_COMMON if common else ERA_GAP
    return any(oa != ob and abs(ya - yb) >= gap for oa, ya in orgs_a for ob, yb in orgs_b)


PairScore = tuple[float, dict[str, float], str]  # (score, features, name relation)


def score_pair(a: Unit, b: Unit) -> PairScore:
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
        elif relation != "office_same_day":  # one office of one state: organisations are named many ways
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
