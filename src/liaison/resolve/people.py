"""Cluster person units across documents into people, explaining every merge.

1. Units (one person in one document, see ``mentions``) are blocked on name keys: compact
   romanised forms, native Chinese forms, pinyin keys, two-token name prefixes and
   knowledge-base entries.
2. Candidate pairs are scored (``scoring``) and merged best-first, a merge happening only when
   the score reaches ``THRESHOLD`` *and* no veto holds between any members of the two clusters
   (sides, known distinct people, unrelated organisations years apart, incompatible offices under
   one bare foreign name, an analyst's "not same").
3. Analyst judgements are applied before the automatic merges, the most recent first: "same"
   unites clusters (transitively), "not same" keeps them apart whatever the scores say; a
   judgement contradicting a more recent one is skipped and reported.

Person ids come from the cluster (its main name and side), never from insertion order; two
clusters with one name and side are told apart by their earliest document.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, permutations
from typing import TYPE_CHECKING

from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.kb.transcription import chinese_skeletons, latin_skeletons
from liaison.model.types import DocumentEvents, Judgement, MatchDecision, NameSource, Person, PersonMention
from liaison.resolve.mentions import MentionKey, Unit, collect_units, name_id
from liaison.resolve.names import compact, is_cjk, pinyin_key, source_rank, stable_id, tokens
from liaison.resolve.offices import LOWER_THAN_HEAD_OF_STATE
from liaison.resolve.scoring import (
    GENERIC_ROLES,
    PARTIAL_OFFICE_DAYS,
    REVIEW_FLOOR,
    SOLE_OFFICES,
    THRESHOLD,
    ExactProfile,
    PairScore,
    dated_posts,
    era_conflict,
    exact_profile,
    name_parts,
    office_spans_fit,
    score_pair,
    shift_day,
    shift_month,
)

if TYPE_CHECKING:  # (Arrow is imported where pairs are counted and sorted: the extraction workers, which import
    import pyarrow as pa  # this module for ``block_keys``, never load it)

_CHINESE_SIDES = frozenset({"CN", "TW", "HK", "MO"})
_MAX_BUCKET_PAIRS = 40  # in a large bucket, compare each unit with its neighbours in date order


@dataclass
class _Cluster:
    members: list[int]
    sides: set[str]
    kb: set[str]
    org_years: set[tuple[str, int]]
    common: bool
    offices: set[tuple[str, str, str]]  # (side, bare name, office)
    tags: set[tuple[int, str]] = field(default_factory=set)  # (judgement id, "L" | "R")
    office_days: set[tuple[str, str]] = field(default_factory=set)  # (office, date) stated


@dataclass
class JudgementReport:
    """A judgement that could not be applied because a more recent one contradicts it."""

    judgement_id: int
    reason: str


@dataclass
class PeopleResult:
    people: list[Person]
    mention_person: dict[MentionKey, str]
    decisions: list[MatchDecision]  # the analysts' (most recent judgement first), then the automatic ones
    conflicts: list[JudgementReport]
    unit_person: list[str] = field(default_factory=list)  # person id of each unit, in unit order
    judged: list[int] = field(default_factory=list)  # judgement id of each leading analyst decision


KnownScore = Callable[[int, int], PairScore | None]  # a pair's ``score_pair`` kept from an earlier run, or None
KeepScore = Callable[[int, int, PairScore], None]  # told each candidate pair's ``score_pair``, to keep it


OfficeConflict = tuple[str, str, str, str]  # (side, bare name, office, other office)


def office_conflicts(units: list[Unit]) -> set[OfficeConflict]:
    """Offices that two different people hold under one bare foreign name, judged over all units.

    Two offices of one country stated under one bare name (扎帕罗夫 as 总统 and as 总理) belong to
    two people when one article states both, when the periods in which each is stated overlap
    (Sadyr Japarov president 2023-2025, Akylbek Japarov prime minister 2023-2024), or when a head
    of state is later called heir or deputy (沙特国王萨勒曼, then 沙特王储萨勒曼). Offices stated one
    after the other in disjoint periods are a career (deputy prime minister, then prime minister)."""
    seen: dict[tuple[str, str], dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for u in units:
        for side, form, office, date in u.bare_offices():
            seen[(side, form)][office].append((date, u.doc_id))
    out: set[OfficeConflict] = set()
    for (side, form), by_office in seen.items():
        for o1, o2 in permutations(sorted(by_office), 2):
            d1, d2 = sorted(by_office[o1]), sorted(by_office[o2])
            same_article = {d for _, d in d1} & {d for _, d in d2}
            overlap = d1[0][0] <= d2[-1][0] and d2[0][0] <= d1[-1][0]
            demoted = o1 == "head_of_state" and o2 in LOWER_THAN_HEAD_OF_STATE and d1[-1][0] < d2[0][0]
            if same_article or overlap or demoted:
                out |= {(side, form, o1, o2), (side, form, o2, o1)}
    return out


def contested_names(conflicts: set[OfficeConflict]) -> set[tuple[str, str]]:
    """(side, bare name) pairs that two people bore."""
    return {(side, form) for side, form, _, _ in conflicts}


def unattributable(u: Unit, contested: set[tuple[str, str]]) -> bool:
    """A bare name two people bore, stated with no office: the mention cannot be told apart.

    扎帕罗夫 with no title is Sadyr (president) or Akylbek (prime minister) Japarov: such a unit
    stays a person of its own rather than join either (an analyst can still say "same")."""
    return not u.stated_offices and bool(u.bare_names & contested)


def offices_clash(a: set[tuple[str, str, str]], b: set[tuple[str, str, str]], conflicts: set[OfficeConflict]) -> bool:
    """Whether the two (side, bare name, office) sets name two holders of incompatible offices."""
    if not (a and b and conflicts):
        return False
    return any((s, f, oa, ob) in conflicts for s, f, oa in a for s2, f2, ob in b if (s, f) == (s2, f2))


def _unit_offices(u: Unit) -> set[tuple[str, str, str]]:
    return {(side, form, office) for side, form, office, _ in u.bare_offices()}


class _Clusters:
    def __init__(self, units: list[Unit], conflicts: set[OfficeConflict] | None = None) -> None:
        self.units = units
        self.conflicts = office_conflicts(units) if conflicts is None else conflicts
        self.root = list(range(len(units)))
        self.info = {
            i: _Cluster(
                [i], set(u.sides), set(u.kb), u.org_years(), u.common, _unit_offices(u), office_days=set(u.offices)
            )
            for i, u in enumerate(units)
        }

    def find(self, x: int) -> int:
        while self.root[x] != x:
            self.root[x] = self.root[self.root[x]]
            x = self.root[x]
        return x

    def veto(self, a: int, b: int, relation: str = "") -> str | None:
        """Why the clusters of ``a`` and ``b`` must stay apart, or None. A name written alone joins
        a full name (``partial_name``) only if every office its cluster states falls in the
        full name's time in that office (谢里夫 of 2014 and of 2023 are two men)."""
        ca, cb = self.info[self.find(a)], self.info[self.find(b)]
        if relation == "partial_name":
            part, full = (ca, cb) if any("·" in c for c in self.units[b].cjk) else (cb, ca)
            if not office_spans_fit(part.office_days, full.office_days, PARTIAL_OFFICE_DAYS):
                return "office_era_differs"
        if ca.sides and cb.sides and ca.sides != cb.sides:
            return "side_conflict"
        if ca.kb and cb.kb and not (ca.kb & cb.kb):
            return "known_distinct"
        if {(j, "R" if s == "L" else "L") for j, s in ca.tags} & cb.tags:
            return "analyst_not_same"
        if offices_clash(ca.offices, cb.offices, self.conflicts):
            return "incompatible_offices"
        if relation != "office_same_day" and era_conflict(ca.org_years, cb.org_years, ca.common or cb.common):
            return "org_and_era_differ"  # (one state's sole office on one day is named by many bodies)
        return None

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, drop = min(ra, rb), max(ra, rb)
        self.root[drop] = keep
        ck, cd = self.info[keep], self.info.pop(drop)
        ck.members += cd.members
        ck.sides |= cd.sides
        ck.kb |= cd.kb
        ck.org_years |= cd.org_years
        ck.common = ck.common or cd.common
        ck.offices |= cd.offices
        ck.tags |= cd.tags
        ck.office_days |= cd.office_days

    def tag(self, units: set[int], tag: tuple[int, str]) -> None:
        for u in units:
            self.info[self.find(u)].tags.add(tag)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.units)):
            out[self.find(i)].append(i)
        return list(out.values())


def block_keys(u: Unit) -> Iterator[str]:
    for f in u.forms:
        yield f"n:{f}"
    for c in u.cjk:
        yield f"z:{c}"
        if len(c) >= 4:
            yield f"t:{c[0]}{len(c)}"
    for k in u.kb:
        yield f"k:{k}"
    for name in u.latin_names | u.cjk:
        key = pinyin_key(name)
        if key:
            yield f"y:{key}"
    for toks in u.token_forms:
        if len(toks) >= 2:
            yield f"e:{' '.join(toks[:2])}"
    side = u.side
    if side is None or side in _CHINESE_SIDES:
        return
    for c in u.cjk:  # a full name meets its parts written alone (巴沙尔·阿萨德 / 巴沙尔)
        if "·" in c:
            yield from (f"z:{p}" for p in {c.split("·")[0], c.split("·")[-1]} if len(p) >= 2)
    for office, day in u.offices:  # one country's head of state on one day, in any script
        if office in SOLE_OFFICES and len(day) == 10:
            yield f"o:{side}:{office}:{day}"
    for role, day in u.unique_role_days:  # the one holder of a role on a side in one day's event
        if role not in GENERIC_ROLES:
            yield f"r:{side}:{role}:{day}"
    yield from transcription_keys(u, side)


def transcription_keys(u: Unit, side: str) -> Iterator[str]:
    """A Chinese form with no Latin name meets the Latin names of its side reported on its day or
    the next and the one before (``scoring.transcription_context``), or in the same office that
    month and the months beside it, keyed by the sound each name part starts with."""
    posts = dated_posts(u)
    offices = {o for o, _ in posts}
    if u.cjk and not u.latin_names:
        starts = {s[0] for c in u.cjk for p in name_parts(c) if len(p) >= 2 for s in chinese_skeletons(p) if s}
        days = {shift_day(d, k) for d in u.dates if len(d) == 10 for k in (-1, 0, 1)}
        months = {shift_month(d, k) for _, d in posts for k in (-1, 0, 1)}
    elif u.latin_names and not u.cjk:
        starts = {s[0] for t in u.token_forms for w in t if len(w) >= 3 for s in latin_skeletons(w) if s}
        days = {d for d in u.dates if len(d) == 10}
        months = {d[:7] for _, d in posts}
    else:
        return
    for start in starts:
        yield from (f"x:{side}:{day}:{start}" for day in days)
        yield from (f"xo:{side}:{office}:{month}:{start}" for office in offices for month in months)


def candidate_pairs(units: list[Unit], keys: Sequence[set[str]] | None = None) -> list[tuple[int, int]]:
    """Pairs of units from different documents that share a blocking key (``keys``: each unit's
    ``block_keys``, when already known), in order."""
    n = len(units)
    return [divmod(code, n) for code in _candidate_codes(units, keys).to_pylist()]


def _candidate_codes(units: list[Unit], keys: Sequence[set[str]] | None = None) -> pa.Array:
    """``candidate_pairs`` as the sorted codes ``a * len(units) + b`` (a < b), held as 8 bytes each: the
    block of a person named every day has hundreds of thousands of pairs, which as Python tuples in a
    set held over 100 MB at 225,000 items."""
    import pyarrow as pa
    import pyarrow.compute as pc

    buckets: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        for key in keys[i] if keys is not None else set(block_keys(u)):
            buckets[key].append(i)
    n = len(units)
    codes = array("q")
    unique = pa.array([], pa.int64())
    first_seen = [(min(u.dates, default=""), u.doc_id) for u in units]
    doc = [u.doc_id for u in units]
    for members in {tuple(m) for m in buckets.values()}:  # one name's units share many keys: each set once
        if len(members) < 2:
            continue
        if len(members) <= _MAX_BUCKET_PAIRS:  # (members in index order: a < b in every pair)
            codes.extend(a * n + b for a, b in combinations(members, 2) if doc[a] != doc[b])
        else:
            ordered = sorted(members, key=lambda i: first_seen[i])
            candidates = (
                (ordered[x], ordered[y])
                for x in range(len(ordered))
                for y in range(x + 1, min(len(ordered), x + 1 + _MAX_BUCKET_PAIRS // 4))
            )
            codes.extend(a * n + b if a < b else b * n + a for a, b in candidates if doc[a] != doc[b])
        if len(codes) >= _CODES_HELD:  # one pair comes from many buckets: keep each once as they come
            unique = pc.unique(pa.concat_arrays([unique, _int64s(codes)]))
            codes = array("q")
    return pc.unique(pa.concat_arrays([unique, _int64s(codes)])).sort()


_CODES_HELD = 1 << 20  # pair codes gathered before those seen twice are dropped


def _int64s(values: array[int]) -> pa.Array:
    import pyarrow as pa

    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(values)])


def _ambiguous_extension(units: list[Unit]) -> set[tuple[str, ...]]:
    """Short forms that extend to two different full names ("Nicolás Maduro" -> Moros / Guerra)."""
    forms = {t for u in units for t in u.token_forms}
    extensions: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for t in forms:
        for n in (len(t) - 1, len(t) - 2):
            if n >= 2 and t[:n] in forms:
                extensions[t[:n]].add(t)
    return {short for short, longs in extensions.items() if len(longs) > 1}


def _decode(ident: str, auto_ids: dict[str, set[int]], key_ids: dict[str, set[int]]) -> set[int]:
    return auto_ids.get(ident) or key_ids.get(ident) or set()


def cluster_people(
    docs: Sequence[DocumentEvents],
    judgements: Sequence[Judgement] = (),
    gazetteer: Gazetteer | None = None,
) -> PeopleResult:
    """People, the person id of every participant mention, the decisions made and judgement conflicts."""
    return cluster_units(collect_units(docs, gazetteer or default_gazetteer()), judgements)


def cluster_units(
    units: list[Unit], judgements: Sequence[Judgement] = (), keys: Sequence[set[str]] | None = None,
    known: KnownScore | None = None, keep: KeepScore | None = None,
) -> PeopleResult:
    """``cluster_people`` over units already collected (in ``collect_units`` order); ``keys``: the
    ``block_keys`` of each unit, when already known; ``known``: the ``score_pair`` of a pair of
    unchanged units, kept from an earlier resolution (a pure function of the two units), else None.
    ``keep`` is told every candidate pair's ``score_pair``, for keeping."""
    clashes = office_conflicts(units)
    scored = _scored_pairs(units, clashes, keys, known, keep)
    active = [j for j in judgements if not j.undone]
    auto_ids: dict[str, set[int]] = {}
    if active:  # ids of the automatic clustering, which the judgements refer to
        auto = _Clusters(units, clashes)
        _merge(auto, scored, [])
        auto_ids = {pid: set(members) for pid, members in _ids(units, auto.groups()).items()}
    key_ids: dict[str, set[int]] = defaultdict(set)
    for i, u in enumerate(units):
        key_ids[u.key_id].add(i)

    clusters = _Clusters(units, clashes)
    decisions: list[MatchDecision] = []
    conflicts: list[JudgementReport] = []
    judged: list[int] = []
    for jd in sorted(active, key=lambda x: x.judgement_id, reverse=True):
        left, right = _decode(jd.left, auto_ids, key_ids), _decode(jd.right, auto_ids, key_ids)
        if left & right:  # one automatic person: the ids name its forms (from match decisions)
            left, right = key_ids.get(jd.left, set()), key_ids.get(jd.right, set())
        if not left or not right:
            conflicts.append(JudgementReport(jd.judgement_id, "refers to a person no longer in the record"))
            continue
        if jd.same:
            members = sorted(left | right)
            tags = {t for r in {clusters.find(x) for x in members} for t in clusters.info[r].tags}
            if {(j, "R" if s == "L" else "L") for j, s in tags} & tags:
                conflicts.append(JudgementReport(jd.judgement_id, "contradicts a more recent 'not same'"))
                continue
            for x in members[1:]:
                clusters.union(members[0], x)
            decisions.append(MatchDecision(jd.left, jd.right, 1.0, {"analyst_same": 1.0}, merged=True))
            judged.append(jd.judgement_id)
        else:
            if any(clusters.find(x) == clusters.find(y) for x in left for y in right):
                conflicts.append(JudgementReport(jd.judgement_id, "contradicts a more recent 'same' (chain)"))
                continue
            clusters.tag(left, (jd.judgement_id, "L"))
            clusters.tag(right, (jd.judgement_id, "R"))
            decisions.append(MatchDecision(jd.left, jd.right, 0.0, {"analyst_not_same": 1.0}, merged=False))
            judged.append(jd.judgement_id)
    decisions += _merge(clusters, scored, units)
    groups = clusters.groups()
    ids = _ids(units, groups)
    people: list[Person] = []
    mention_person: dict[MentionKey, str] = {}
    unit_person = [""] * len(units)
    for pid, members in ids.items():
        people.append(_person(pid, [units[i] for i in sorted(members)]))
        for i in members:
            unit_person[i] = pid
            for key in units[i].mentions:
                mention_person[key] = pid
    return PeopleResult(sorted(people, key=lambda p: p.person_id), mention_person, decisions, conflicts,
                        unit_person, judged)


class _Scored:
    """The candidate pairs of a block with their scores, iterated best first (score, then ``a``, then
    ``b``) as (score, a, b, features, relation). Held in typed arrays (about 40 bytes a pair, not the
    200 of a list of tuples), the few hundred distinct feature sets and relations by index."""

    def __init__(self) -> None:
        self.score = array("d")
        self.a = array("q")
        self.b = array("q")
        self.features = array("q")
        self.relation = array("q")
        self._feature_sets: list[dict[str, float]] = []
        self._relations: list[str] = []
        self._index: dict[int, int] = {}  # id of a features dict -> its index (the dict is kept in the list)
        self._relation_index: dict[str, int] = {}
        self._order: pa.Array | None = None

    def adder(self) -> Callable[[float, int, int, dict[str, float], str], None]:
        """``add(score, a, b, features, relation)``, which adds one pair (called for each of a block's hundreds of
        thousands: its columns' appends and indexes are looked up once here, not on every call)."""
        scores, lefts, rights, features_at, relations_at = (
            self.score.append, self.a.append, self.b.append, self.features.append, self.relation.append)
        index, feature_sets, relation_index, relations = (
            self._index, self._feature_sets, self._relation_index, self._relations)

        def add(score: float, a: int, b: int, features: dict[str, float], relation: str) -> None:
            f = index.get(id(features))
            if f is None:
                f = index[id(features)] = len(feature_sets)
                feature_sets.append(features)
            r = relation_index.get(relation)
            if r is None:
                r = relation_index[relation] = len(relations)
                relations.append(relation)
            scores(score + 0.0)  # (no -0.0: it sorts as 0.0 does)
            lefts(a)
            rights(b)
            features_at(f)
            relations_at(r)

        return add

    def __len__(self) -> int:
        return len(self.score)

    def __iter__(self) -> Iterator[tuple[float, int, int, dict[str, float], str]]:
        if self._order is None:
            import pyarrow as pa
            import pyarrow.compute as pc

            n = len(self.score)
            table = pa.table({
                "score": pa.Array.from_buffers(pa.float64(), n, [None, pa.py_buffer(self.score)]),
                "a": _int64s(self.a), "b": _int64s(self.b)})
            self._order = pc.sort_indices(table, sort_keys=[("score", "descending"), ("a", "ascending"),
                                                            ("b", "ascending")])
        score, a, b, fs, rs = self.score, self.a, self.b, self.features, self.relation
        feature_sets, relations = self._feature_sets, self._relations
        for start in range(0, len(self._order), _ORDER_CHUNK):
            for i in self._order[start:start + _ORDER_CHUNK].to_pylist():
                yield score[i], a[i], b[i], feature_sets[fs[i]], relations[rs[i]]


_ORDER_CHUNK = 20_000


def _scored_pairs(
    units: list[Unit], conflicts: set[OfficeConflict], keys: Sequence[set[str]] | None = None,
    known: KnownScore | None = None, keep: KeepScore | None = None,
) -> _Scored:
    """Candidate pairs with their scores and the vetoes only the whole block can tell (``keep`` is
    told what ``score_pair`` gave, or ``known`` kept, for each pair). Equal feature sets are one
    dict, never changed (a large block has hundreds of thousands of pairs, a few hundred feature sets)."""
    shared: dict[tuple[tuple[str, float], ...], dict[str, float]] = {}
    vetoed: dict[tuple[int, tuple[str, ...]], dict[str, float]] = {}
    ambiguous = _ambiguous_extension(units)
    contested = contested_names(conflicts)
    offices = [_unit_offices(u) for u in units]  # once per unit, not once per pair
    lone = [unattributable(u, contested) for u in units]
    out = _Scored()
    add = out.adder()
    same = shared.setdefault
    n = len(units)
    codes = _candidate_codes(units, keys)
    profiles: dict[ExactProfile, int] = {}
    profile: list[int] = [-1] * n  # each unit's ``exact_profile``, by index, read on its first exact pair
    exact: dict[tuple[int, int, int], PairScore] = {}  # (profiles, co-participants shared) -> ``score_pair``
    for start in range(0, len(codes), _ORDER_CHUNK):
        for code in codes[start:start + _ORDER_CHUNK].to_pylist():
            a, b = divmod(code, n)
            given = known(a, b) if known is not None else None
            if given is None:
                ua, ub = units[a], units[b]
                if ua.forms.isdisjoint(ub.forms) and ua.cjk.isdisjoint(ub.cjk):  # (not "exact": scored each time)
                    score, features, relation = score_pair(ua, ub)
                    given = (score, same(tuple(features.items()), features), relation)
                else:  # one name: scored once per pair of profiles and number of co-participants in common
                    pa, pb = profile[a], profile[b]
                    if pa < 0:
                        pa = profile[a] = profiles.setdefault(exact_profile(ua), len(profiles))
                    if pb < 0:
                        pb = profile[b] = profiles.setdefault(exact_profile(ub), len(profiles))
                    alike = (pa, pb, len(ua.co & ub.co) if ua.co and ub.co else 0)
                    given = exact.get(alike)
                    if given is None:
                        score, features, relation = score_pair(ua, ub)
                        given = exact[alike] = (score, same(tuple(features.items()), features), relation)
            if keep is not None:
                keep(a, b, given)
            score, features, relation = given
            if relation == "none":
                continue
            if (relation == "extension" or lone[a] or lone[b] or (conflicts and offices[a] and offices[b])):
                vetoes: list[str] = []  # (made only for the pairs some veto can concern)
                if relation == "extension" and any(
                        t in ambiguous for t in units[a].token_forms | units[b].token_forms):
                    vetoes.append("veto_ambiguous_extension")
                if offices_clash(offices[a], offices[b], conflicts):
                    vetoes.append("veto_incompatible_offices")
                if lone[a] or lone[b]:
                    vetoes.append("veto_unattributable_bare_name")
                if vetoes:  # a new dict (one per feature set and vetoes): the pair's own features stay as given
                    key = (id(features), tuple(vetoes))
                    if key not in vetoed:
                        vetoed[key] = {**features, **dict.fromkeys(vetoes, 1.0)}
                    features, score = vetoed[key], 0.0
            add(score, a, b, features, relation)
    return out


def _merge(clusters: _Clusters, scored: _Scored, units: list[Unit]) -> list[MatchDecision]:
    """Merge best-first; returns the decisions (merges and near misses) when ``units`` is given."""
    decisions: dict[tuple[str, str], MatchDecision] = {}

    def record(a: int, b: int, score: float, features: dict[str, float], merged: bool) -> None:
        if not units:
            return
        left, right = sorted((units[a].key_id, units[b].key_id))
        if left == right and merged:
            return
        key = (left, right)
        old = decisions.get(key)
        if old is None or (merged and not old.merged) or (merged == old.merged and score > old.score):
            decisions[key] = MatchDecision(left, right, score, dict(features), merged)
        elif not merged and not old.merged:  # keep every reason two forms were kept apart
            vetoes = {k: v for k, v in features.items() if k.startswith("veto_") and k not in old.features}
            if vetoes:
                decisions[key] = MatchDecision(left, right, old.score, {**old.features, **vetoes}, False)

    for score, a, b, features, relation in scored:
        if clusters.find(a) == clusters.find(b):
            continue
        if score >= THRESHOLD:
            why = clusters.veto(a, b, relation)
            if why is None:
                clusters.union(a, b)
                record(a, b, score, features, True)
                continue
            features = {**features, f"veto_{why}": 1.0}
            record(a, b, score, features, False)
        elif score >= REVIEW_FLOOR or any(k.startswith("veto_") for k in features):
            record(a, b, score, features, False)
    return sorted(decisions.values(), key=lambda d: (d.left, d.right))


def _ids(units: list[Unit], groups: list[list[int]]) -> dict[str, list[int]]:
    """Person id of each cluster: its main name and side; clashes told apart by the earliest document."""
    named: dict[str, list[list[int]]] = defaultdict(list)
    for members in groups:
        name, side = _main_name(units, members), _side(units, members)
        named[name_id(name, side)].append(sorted(members))
    out: dict[str, list[int]] = {}
    for base, clusters in named.items():
        clusters.sort(key=lambda m: min((min(units[i].dates, default="9999"), units[i].doc_id) for i in m))
        out[base] = clusters[0]
        for members in clusters[1:]:
            first_doc = min(units[i].doc_id for i in members)
            out[stable_id("p", base, first_doc)] = members
    return out


def _main_name(units: list[Unit], members: list[int]) -> str:
    return _main_named(units, members)[0]


def _main_named(units: list[Unit], members: list[int]) -> tuple[str, NameSource | None]:
    """The most frequent romanised name of the best source (table or as written, then readings, then
    name parts, then pinyin fallbacks); ties go to the shortest (no second surname), then
    alphabetical. With the name, how it was obtained."""
    latin = [p for i in members for p in units[i].people if not is_cjk(p.name)]
    if not latin:
        first = units[members[0]].people[0]
        return first.name, first.name_source
    rank = min(source_rank(p.name_source) for p in latin)
    counts: Counter[str] = Counter()
    spelled: dict[str, PersonMention] = {}
    for p in latin:
        if source_rank(p.name_source) != rank:
            continue
        key = compact(p.name)
        counts[key] += 1
        spelled.setdefault(key, p)
    best = spelled[min(counts, key=lambda k: (-counts[k], len(tokens(spelled[k].name)), k))]
    return best.name, best.name_source or "as-written"


def _side(units: list[Unit], members: list[int]) -> str | None:
    sides: Counter[str] = Counter(s for i in members for s in units[i].sides)
    return min(sides, key=lambda s: (-sides[s], s)) if sides else None


def _person(pid: str, members: list[Unit]) -> Person:
    idx = list(range(len(members)))
    name, source = _main_named(members, idx)
    natives: Counter[str] = Counter(p.native for u in members for p in u.people)
    cjk = [n for n in natives if is_cjk(n)]
    pool = cjk or list(natives)
    native = min(pool, key=lambda n: (-natives[n], len(n), n))
    forms = {f for u in members for p in u.people for f in (p.name, p.native, *p.aliases)}
    return Person(pid, name, native, tuple(sorted(forms - {name, native})), _side(members, idx), source)


def unit_index(docs: Sequence[DocumentEvents], gazetteer: Gazetteer | None = None) -> dict[str, tuple[str, str | None]]:
    """Name key id -> (name, side), for showing the two sides of a match decision."""
    units = collect_units(docs, gazetteer or default_gazetteer())
    return {u.key_id: (u.main_name(), u.side) for u in units}


def pair_score(
    docs: Sequence[DocumentEvents], left: str, right: str, gazetteer: Gazetteer | None = None
) -> tuple[float, dict[str, float]] | None:
    """The best automatic score between two person (or name key) ids, with its features; None if unrelated."""
    units = collect_units(docs, gazetteer or default_gazetteer())
    conflicts = office_conflicts(units)
    auto = _Clusters(units, conflicts)
    _merge(auto, _scored_pairs(units, conflicts), [])
    auto_ids = {pid: set(members) for pid, members in _ids(units, auto.groups()).items()}
    key_ids: dict[str, set[int]] = defaultdict(set)
    for i, u in enumerate(units):
        key_ids[u.key_id].add(i)
    best: tuple[float, dict[str, float]] | None = None
    ls, rs = _decode(left, auto_ids, key_ids), _decode(right, auto_ids, key_ids)
    if ls & rs:
        ls, rs = key_ids.get(left, set()), key_ids.get(right, set())
    for a in sorted(ls):
        for b in sorted(rs):
            score, features, relation = score_pair(units[a], units[b])
            if offices_clash(_unit_offices(units[a]), _unit_offices(units[b]), conflicts):
                score, features = 0.0, {**features, "veto_incompatible_offices": 1.0}
            if relation != "none" and (best is None or score > best[0]):
                best = (score, features)
    return best
