"""Cluster person mentions across documents into people, explaining every merge.

Mentions are blocked on name keys (compact romanised name; the native form for names written in
Chinese script) and merged when they agree on name and their country sides do not conflict.
Analyst judgements override the automatic decision: "same" unions two people, "not same" keeps
them apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from liaison.model.types import DocumentEvents, Judgement, MatchDecision, Person, PersonMention
from liaison.resolve.names import compact, fold_name, is_cjk, stable_id

MentionKey = tuple[str, int, int]  # (doc_id, span start, span end)


@dataclass
class _Mention:
    key: MentionKey
    person: PersonMention
    side: str | None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _collect(docs: Iterable[DocumentEvents]) -> list[_Mention]:
    seen: dict[MentionKey, _Mention] = {}
    for doc in docs:
        for frame in doc.events:
            for part in frame.participants:
                key = (doc.doc_id, *part.person.span)
                if key not in seen:
                    seen[key] = _Mention(key, part.person, part.side or part.person.country)
    return list(seen.values())


def _block_keys(m: PersonMention) -> list[str]:
    keys = [f"n:{compact(m.name)}"]
    if is_cjk(m.native):
        keys.append(f"z:{m.native}")
    return keys


def _person_id(m: _Mention) -> str:
    return stable_id("p", compact(m.person.name), m.side or "")


def cluster_people(
    docs: Sequence[DocumentEvents], judgements: Sequence[Judgement] = ()
) -> tuple[list[Person], dict[MentionKey, str], list[MatchDecision]]:
    """People, the person id of every participant mention, and the merge decisions made."""
    mentions = _collect(docs)
    uf = _UnionFind()
    decisions: list[MatchDecision] = []
    first_by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        uf.find(i)
        for key in _block_keys(m.person):
            j = first_by_key.setdefault(key, i)
            if j == i:
                continue
            other = mentions[j]
            if m.side and other.side and m.side != other.side:
                continue
            features = {"same_name": 1.0 if key.startswith("n:") else 0.0,
                        "same_native": 1.0 if key.startswith("z:") else 0.0,
                        "same_side": 1.0 if m.side == other.side else 0.5}
            if uf.find(i) != uf.find(j):
                decisions.append(
                    MatchDecision(_person_id(other), _person_id(m), 1.0, features, merged=True)
                )
            uf.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)

    cluster_of_id: dict[str, int] = {}
    root_ids: dict[int, str] = {}
    for root, members in groups.items():
        rep = mentions[min(members, key=lambda k: mentions[k].key)]
        pid = _person_id(rep)
        root_ids[root] = pid
        for k in members:
            cluster_of_id.setdefault(_person_id(mentions[k]), root)

    orig_root = {k: root for root, members in groups.items() for k in members}

    # analyst judgements: "same" unions clusters (transitively); "not same" keeps them apart
    for jd in sorted(judgements, key=lambda x: x.judgement_id):
        if jd.undone or not jd.same:
            continue
        a, b = cluster_of_id.get(jd.left), cluster_of_id.get(jd.right)
        if a is not None and b is not None and a != b:
            uf.union(a, b)
            decisions.append(MatchDecision(jd.left, jd.right, 1.0, {"analyst": 1.0}, merged=True))
    not_same = {frozenset((x.left, x.right)) for x in judgements if not x.undone and not x.same}

    people: dict[str, Person] = {}
    mention_person: dict[MentionKey, str] = {}
    final_groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        final_groups[uf.find(i)].append(i)
    for members in final_groups.values():
        # a "not same" judgement splits a cluster back into its original automatic clusters
        sub_roots = {root_ids[orig_root[k]] for k in members}
        split = any(frozenset((a, b)) in not_same for a in sub_roots for b in sub_roots if a != b)
        parts = (
            [[k for k in members if root_ids[orig_root[k]] == s] for s in sorted(sub_roots)]
            if split
            else [members]
        )
        for part in parts:
            rep = mentions[min(part, key=lambda k: mentions[k].key)]
            pid = root_ids[orig_root[part[0]]]
            names = [mentions[k].person for k in part]
            canonical = _canonical(names)
            aliases = sorted(
                {n for p in names for n in (p.name, p.native, *p.aliases)} - {canonical.name}
            )
            people[pid] = Person(pid, canonical.name, canonical.native, tuple(aliases), rep.side)
            for k in part:
                mention_person[mentions[k].key] = pid
    return sorted(people.values(), key=lambda p: p.person_id), mention_person, decisions


def _canonical(names: list[PersonMention]) -> PersonMention:
    """The most frequent romanised form; ties go to the longest native form."""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[fold_name(n.name)] += 1
    return max(names, key=lambda n: (counts[fold_name(n.name)], len(n.native), n.name))
