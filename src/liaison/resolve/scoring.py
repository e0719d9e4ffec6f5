"""Score a candidate pair of person units: names first, then context, every feature named.

score = base score of the name relation (names.NAME_SCORES)
      + 0.1 same side / 0.1 same organisation (-0.1 when both are known and unrelated)
      + up to 0.1 for title words in common + up to 0.1 for co-participants in common.
A Chinese form with no Latin name of its own and a Latin name of another report (``transcription``)
adds what ties the two reports together: ``same_event_reported`` or ``same_office_reported`` (0.05).
Hard vetoes (recorded as features, score forced to 0): different sides, different known people in
the knowledge base, unrelated organisations years apart (common names: 4 years, others: 8).
Two units merge at ``THRESHOLD`` or above (and only if no veto holds between their clusters).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from itertools import islice

from liaison.kb.transcription import part_skeletons, skeletons_alike
from liaison.resolve.mentions import Unit
from liaison.resolve.names import (
    NAME_SCORES,
    is_extension,
    is_transliteration_variant,
    name_parts,
    pinyin_key,
)

THRESHOLD = 0.75
REVIEW_FLOOR = 0.4  # candidate pairs scored at least this are kept for review
ERA_GAP_COMMON = 4
ERA_GAP = 8
_CHINESE = frozenset({"CN", "TW", "HK", "MO"})


def name_relation(a: Unit, b: Unit) -> str:
    """The strongest relation between any name forms of the two units."""
    if not (a.forms.isdisjoint(b.forms) and a.cjk.isdisjoint(b.cjk)):  # (tested without making the sets)
        return "exact"
    if not a.kb.isdisjoint(b.kb):
        return "known_person"
    la, lb = _keys(a.latin_names), _keys(b.latin_names)
    if (la and (la & lb or la & b.cjk_keys)) or (lb and lb & a.cjk_keys):
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
    if (partial_of(a, b) or partial_of(b, a)) and (
        # the same office, or the same party post or specific role: "巴沙尔" and "巴沙尔·阿萨德"
        _shared_within(a.offices, b.offices, PARTIAL_OFFICE_DAYS)
        or _shared_within(_specific(a.role_days), _specific(b.role_days), PARTIAL_OFFICE_DAYS)
    ):
        return "partial_name"
    if transcription_context(a, b) or transcription_context(b, a):
        return "transcription"
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


TRANSCRIPTION_EVENT_DAYS = 1  # two reports of one event: the day itself or the next (time zones, late items)
TRANSCRIPTION_OFFICE_DAYS = 31  # one office stated by both within a month


def transcription_context(zh: Unit, latin: Unit) -> str | None:
    """Why a Chinese form with no Latin name of its own (a pinyin fallback, a name part) is the
    Latin-named person of another report, or None.

    The Chinese form must transcribe the Latin name (``transcribes``), and the two reports must
    tell of one moment: one event (dates a day apart at most, with a co-participant, or the one
    holder of a role on the side, in common) or one office held at the same time (a state office or
    a post one person holds, ``SINGLE_HOLDER_ROLES``, stated by both within a month). The caller
    checks that both are of the same foreign side."""
    if zh.latin_names or not zh.cjk or not latin.latin_names or latin.cjk:
        return None
    parts = zh.skeletons
    if not any(transcribes(c, t, parts) for c in zh.cjk for t in latin.token_forms if len(t) >= 2):  # a full Latin name
        return None
    same_days = _days_within(zh.dates, latin.dates, TRANSCRIPTION_EVENT_DAYS)
    if same_days and (zh.co & latin.co or _shared_within(
        _specific(zh.unique_role_days), _specific(latin.unique_role_days), TRANSCRIPTION_EVENT_DAYS
    )):
        return "same_event"
    if _shared_within(dated_posts(zh), dated_posts(latin), TRANSCRIPTION_OFFICE_DAYS):
        return "same_office"
    return None


def dated_posts(u: Unit) -> set[tuple[str, str]]:
    """(state office or single-holder role, day or month) the unit's titles state: a meeting during a stay
    is dated to its month only, and its posts still place the person in office then (a month counts
    from its first day: never closer to a day than it could be)."""
    return {(o, d) for o, d in u.offices if len(d) in (7, 10)} | {
        (r, d) for r, d in u.role_days | u.role_months if r in SINGLE_HOLDER_ROLES
    }


# Roles one person of a side holds at a time (a party's general secretary, a speaker): with the
# name's transcription, one such post stated within a month by two reports names one person.
SINGLE_HOLDER_ROLES = frozenset({
    "general_secretary", "first_secretary", "prime_minister", "foreign_minister", "defence_minister",
    "speaker", "king", "queen", "crown_prince", "secretary_of_state", "national_security_advisor",
})


# How close the consonant skeletons must be when the transcription alone says which Latin name a
# Chinese form is (the extractor's check of a candidate named otherwise takes 0.6): 拉希米 is not
# "Larijani" (0.67), 阿坦姆巴耶夫 is "Atambayev" (0.83), 辛普森 "Simpson" (0.8).
TRANSCRIPTION_SIMILARITY = 0.75


def transcribes(cjk: str, latin_tokens: tuple[str, ...], skeletons: Skeletons | None = None) -> bool:
    """Whether a Chinese-script name transcribes a Latin one: a form written alone (姆巴卢拉) one of
    the last two Latin parts after the first (the surname, or two: Simpson-Miller), or the first
    exactly when it is three consonant classes or more (巴沙尔, "Bashar al-Assad"; 西苏鲁 is not
    "Cyril"); a full form (菲基莱·姆巴卢拉) its parts in order, the last part one of the last two.
    ``skeletons``: the ``part_skeletons`` of the name's parts, when read already (``Unit.skeletons``).
    Answers are kept for the last 32,768 pairs asked (a pure function of the two names)."""
    key = (cjk, latin_tokens)
    got = _TRANSCRIBED.get(key)
    if got is None:
        got = _transcribes(cjk, latin_tokens, skeletons or {})
        if len(_TRANSCRIBED) >= _TRANSCRIBED_KEPT:
            _TRANSCRIBED.clear()
        _TRANSCRIBED[key] = got
    return got


Skeletons = Mapping[str, tuple[str, ...]]  # a name part -> its ``part_skeletons``
_TRANSCRIBED: dict[tuple[str, tuple[str, ...]], bool] = {}
_TRANSCRIBED_KEPT = 1 << 15


def _transcribes(cjk: str, latin_tokens: tuple[str, ...], skeletons: Skeletons) -> bool:
    parts = name_parts(cjk)
    if not parts or not latin_tokens or len(parts[-1]) < 2:
        return False

    def skeletons_of(part: str) -> tuple[str, ...]:
        got = skeletons.get(part)
        return part_skeletons(part) if got is None else got

    def alike(token: str, part: str) -> bool:
        return skeletons_alike(token, skeletons_of(part), TRANSCRIPTION_SIMILARITY)

    ends = range(max(1, len(latin_tokens) - 2), len(latin_tokens)) if len(latin_tokens) > 1 else range(1)
    if len(parts) == 1:
        first = latin_tokens[0]
        return any(alike(latin_tokens[i], parts[0]) for i in ends) or skeletons_alike(
            first, skeletons_of(parts[0]), 1.0, 3)
    for end in (i for i in ends if alike(latin_tokens[i], parts[-1])):
        tokens_before = list(latin_tokens[:end])
        for p in parts[:-1]:  # each given part transcribes a later Latin part than the one before
            i = next((k for k, t in enumerate(tokens_before) if alike(t, p)), None)
            if i is None:
                break
            tokens_before = tokens_before[i + 1 :]
        else:
            return True
    return False


def shift_day(iso: str, days: int) -> str:
    """The ISO day ``days`` after ``iso`` (before, when negative)."""
    return date.fromordinal(date.fromisoformat(iso).toordinal() + days).isoformat()


def shift_month(iso: str, months: int) -> str:
    """The ISO month (YYYY-MM) ``months`` after the month of ``iso``."""
    year, month = divmod(int(iso[:4]) * 12 + int(iso[5:7]) - 1 + months, 12)
    return f"{year:04d}-{month + 1:02d}"


def _days_within(a: set[str], b: set[str], days: int) -> bool:
    return any(abs(_day(x) - _day(y)) <= days for x in a if len(x) == 10 for y in b if len(y) == 10)


def _shared_within(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]], days: int) -> bool:
    """An office or role both state, on days at most ``days`` apart."""
    others = list(b)
    return any(ka == kb and abs(_day(da) - _day(db)) <= days for ka, da in a for kb, db in others)


def _specific(role_days: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (role, day) pairs of roles that are not generic (a party's general secretary, not "president")."""
    return [(r, d) for r, d in role_days if r not in GENERIC_ROLES]


def names_compatible(a: Unit, b: Unit) -> bool:
    """No Latin names to compare on one side, or a surname in common ("V. Putin", "Vladimir Putin")."""
    if not a.token_forms or not b.token_forms:
        return True
    return bool({t[-1] for t in a.token_forms if t} & {t[-1] for t in b.token_forms if t})


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
    parts = [int(x) for x in iso.split("-")[:3]] + [1, 1]
    return date(parts[0], parts[1] or 1, parts[2] or 1).toordinal()


def _keys(names: set[str]) -> set[str]:
    return {k for k in map(pinyin_key, names) if k is not None}


def era_conflict(orgs_a: set[tuple[str, int]], orgs_b: set[tuple[str, int]], common: bool) -> bool:
    """Unrelated organisations seen years apart: two people who share a name, not one."""
    gap = ERA_GAP_COMMON if common else ERA_GAP
    return any(oa != ob and abs(ya - yb) >= gap for oa, ya in orgs_a for ob, yb in orgs_b)


PairScore = tuple[float, dict[str, float], str]  # (score, features, name relation)
ExactProfile = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                     frozenset[int], bool, frozenset[str]]


def exact_profile(u: Unit) -> ExactProfile:
    """What ``score_pair`` reads of a unit once the two units share a name form (relation ``exact``), but for its
    co-participants: of two pairs of one name whose units have equal profiles, in order, and as many co-participants
    in common, ``score_pair`` gives the same score, features (in the same order) and relation. Clustering scores a
    block's pairs of one name once per such key (``people._scored_pairs``: the block of the person named every day
    has 3,292 units of 135 profiles at 75,000 items). Whatever ``score_pair`` comes to read of an exact pair must be
    read here too (``tests/resolve/test_exact_profiles.py`` holds the two together on real units)."""
    return (frozenset(u.sides), frozenset(u.cjk), frozenset(u.kb), frozenset(u.orgs), frozenset(u.org_groups),
            frozenset(u.years), u.common, frozenset(u.title_words))


_NAME_FEATURE = {relation: f"name_{relation}" for relation in NAME_SCORES}


def score_pair(a: Unit, b: Unit) -> PairScore:
    """(score, features, name relation); a vetoed pair scores 0 with a ``veto_*`` feature.

    Called for every candidate pair (hundreds of thousands in a block named every day), so a veto is
    tracked as it is added rather than searched for among the features, and the features past the
    name's (the first) are summed in their order, as a sum over the non-name features is."""
    relation = name_relation(a, b)
    base = NAME_SCORES[relation]
    features: dict[str, float] = {_NAME_FEATURE[relation]: base}
    if relation == "none":
        return 0.0, features, relation
    if relation == "transcription":
        moment = transcription_context(a, b) or transcription_context(b, a)
        features[f"{moment}_reported"] = 0.05  # what ties the two reports together, besides the names
    vetoed = False
    side_a, side_b = a.side, b.side
    if side_a and side_b:
        if side_a != side_b:
            features["veto_side_conflict"] = 1.0
            vetoed = True
        else:
            features["same_side"] = 0.1
    elif relation == "exact" and not {side_a, side_b} & _CHINESE:
        shared_cjk = a.cjk & b.cjk
        if shared_cjk and all(len(c) <= 3 and "·" not in c for c in shared_cjk):
            # a foreign surname alone in Chinese script (科斯塔, 哈立德) names many people: need the side
            features["short_foreign_name_side_unknown"] = -0.25
    if a.kb and b.kb and a.kb.isdisjoint(b.kb):
        features["veto_known_distinct"] = 1.0
        vetoed = True
    if a.orgs and b.orgs:
        if not a.orgs.isdisjoint(b.orgs):
            features["same_org"] = 0.1
        elif relation not in ("office_same_day", "transcription"):  # one office, one event: bodies named many ways
            features["org_differs"] = -0.1
            if era_conflict(a.org_years(), b.org_years(), a.common or b.common):
                features["veto_org_and_era_differ"] = 1.0
                vetoed = True
    if a.title_words and b.title_words:
        common_words = len(a.title_words & b.title_words)
        if common_words:
            features["title_overlap"] = round(0.1 * common_words / len(a.title_words | b.title_words), 3)
    if a.co and b.co:
        shared = len(a.co & b.co)
        if shared:
            features["shared_coparticipants"] = min(0.1, 0.05 * shared)
    if vetoed:
        return 0.0, features, relation
    return round(base + sum(islice(features.values(), 1, None)), 3), features, relation
