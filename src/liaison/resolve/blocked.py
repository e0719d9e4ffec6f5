"""People resolved one block at a time, with the same outcome as resolving all units at once.

Two units can only influence each other's person when a chain of shared *links* joins them:

- the name-block keys candidate pairs are drawn from (``people.block_keys``): no pair, no merge,
  and every record-wide check (office clashes under one bare name, ambiguous name extensions, the
  date order inside a large bucket) compares units that share such a key;
- the romanised name of each mention (``m:``): person ids are made from a cluster's main name
  and side, and two clusters with one id are told apart within the block;
- analyst judgements: the two persons a judgement names are resolved together.

A *block* is a connected set of units under these links (blocks joined by a judgement are one
block). Clustering a block alone gives its units the persons, match decisions and judgement
outcomes a clustering of the whole record gives them, so a block whose units did not change
keeps its stored result, and a build re-resolves only the blocks new or changed documents reach.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from liaison.model.types import Judgement, MatchDecision, Person
from liaison.resolve.mentions import MentionKey, Unit
from liaison.resolve.names import compact
from liaison.resolve.people import JudgementReport, PeopleResult, block_keys, cluster_units


@cache
def resolver_fingerprint() -> str:
    """A digest of this stage's code: a stored resolution (its blocks, units and pair scores) made by
    other code is resolved again whole rather than reused."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def unit_links(u: Unit) -> set[str]:
    """The keys that put units in one block (block keys and the romanised names of the mentions)."""
    return set(block_keys(u)) | {_NAME + compact(p.name) for p in u.people}


_NAME = "m:"  # the prefix of a name link (no block key starts with it)


def block_keys_from(links: Collection[str]) -> set[str]:
    """The block keys among a unit's links (what candidate pairs are drawn from)."""
    return {k for k in links if not k.startswith(_NAME)}


class Joined:
    """Union-find over indices."""

    def __init__(self, n: int) -> None:
        self.root = list(range(n))

    def find(self, x: int) -> int:
        while self.root[x] != x:
            self.root[x] = self.root[self.root[x]]
            x = self.root[x]
        return x

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.root[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.root)):
            out[self.find(i)].append(i)
        return sorted(out.values())


def linked_groups(links: Sequence[Collection[str]]) -> list[list[int]]:
    """Indices grouped by shared links (connected components), each group in index order."""
    joined = Joined(len(links))
    owner: dict[str, int] = {}
    for i, keys in enumerate(links):
        for key in keys:
            first = owner.setdefault(key, i)
            if first != i:
                joined.join(first, i)
    return joined.groups()


@dataclass
class BlockedPeople:
    """People of a set of blocks, with what each unit got (aligned with the units given)."""

    people: list[Person]
    mention_person: dict[MentionKey, str]
    decisions: list[MatchDecision]
    conflicts: list[JudgementReport]
    unit_person: list[str] = field(default_factory=list)
    unit_auto: list[str] = field(default_factory=list)  # person id before judgements
    unit_block: list[int] = field(default_factory=list)  # block of each unit: its first unit's index


def judgement_joins(
    unit_auto: Sequence[str], key_ids: Sequence[str], judgements: Sequence[Judgement]
) -> tuple[list[tuple[Judgement, set[int]]], list[JudgementReport]]:
    """The units each judgement names (read as ``people.cluster_units`` reads them: a person id of the
    automatic clustering, else a name key id), and the judgements that name no unit."""
    auto: dict[str, set[int]] = defaultdict(set)
    keyed: dict[str, set[int]] = defaultdict(set)
    for i, (pid, key) in enumerate(zip(unit_auto, key_ids, strict=True)):
        auto[pid].add(i)
        keyed[key].add(i)
    applicable: list[tuple[Judgement, set[int]]] = []
    conflicts: list[JudgementReport] = []
    for jd in judgements:
        if jd.undone:
            continue
        left = auto.get(jd.left) or keyed.get(jd.left) or set()
        right = auto.get(jd.right) or keyed.get(jd.right) or set()
        if left & right:
            left, right = keyed.get(jd.left, set()), keyed.get(jd.right, set())
        if not left or not right:
            conflicts.append(JudgementReport(jd.judgement_id, "refers to a person no longer in the record"))
            continue
        applicable.append((jd, left | right))
    return applicable, conflicts


def cluster_blocked(
    units: list[Unit], judgements: Sequence[Judgement] = (), links: Sequence[set[str]] | None = None
) -> BlockedPeople:
    """``people.cluster_units`` over ``units`` (in ``collect_units`` order), computed block by block.

    ``units`` must be whole blocks (all units of the record, or every unit of the blocks being
    re-resolved); judgements that name no unit here are reported as conflicts, as in a whole run."""
    links = links if links is not None else [unit_links(u) for u in units]
    groups = linked_groups(links)
    unit_auto = [""] * len(units)
    outcome: dict[int, PeopleResult] = {}  # automatic result of each group, by its first unit
    for members in groups:
        res = cluster_units([units[i] for i in members], keys=[block_keys_from(links[i]) for i in members])
        for i, pid in zip(members, res.unit_person, strict=True):
            unit_auto[i] = pid
        outcome[members[0]] = res

    active = [j for j in judgements if not j.undone]
    joined = Joined(len(units))
    for members in groups:
        for i in members[1:]:
            joined.join(members[0], i)
    applicable, conflicts = judgement_joins(unit_auto, [u.key_id for u in units], active)
    for _jd, named in applicable:
        for i in named:
            joined.join(min(named), i)
    placed: dict[int, list[Judgement]] = defaultdict(list)  # each judgement goes to the block it joins
    for jd, named in applicable:
        placed[joined.find(min(named))].append(jd)

    people: list[Person] = []
    mention_person: dict[MentionKey, str] = {}
    judged: list[tuple[int, MatchDecision]] = []
    automatic: list[MatchDecision] = []
    unit_person = [""] * len(units)
    unit_block = [0] * len(units)
    for members in joined.groups():
        block = members[0]
        if block in placed:
            keys = [block_keys_from(links[i]) for i in members]
            res = cluster_units([units[i] for i in members], placed[block], keys)
            conflicts += res.conflicts
        else:
            res = outcome[block]  # a block no judgement touches: its automatic result stands
        people += res.people
        mention_person.update(res.mention_person)
        n = len(res.judged)
        judged += zip(res.judged, res.decisions[:n], strict=True)
        automatic += res.decisions[n:]
        for i, pid in zip(members, res.unit_person, strict=True):
            unit_person[i] = pid
            unit_block[i] = block
    judged.sort(key=lambda jd: -jd[0])
    automatic.sort(key=lambda d: (d.left, d.right))
    conflicts.sort(key=lambda c: -c.judgement_id)
    return BlockedPeople(
        sorted(people, key=lambda p: p.person_id), mention_person, [d for _, d in judged] + automatic, conflicts,
        unit_person, unit_auto, unit_block,
    )
