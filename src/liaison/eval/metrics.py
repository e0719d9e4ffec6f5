"""Figures computed from article alignments: P/R/F1 counts, accuracies, title token F1, resolution.

Denominators: P/R/F1 of participants, leads and parties count every participant/party of every
event (unpaired events contribute only misses or false alarms); matches are made within event
pairs only. Accuracies are over event pairs (date only where gold has a date; location counts a
gold ``null`` as an answer) and over matched participants (country always; organisation and the
title token F1 only where gold states one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from liaison.eval.folding import fold, tokens
from liaison.eval.matching import ArticleAlignment

PRF_METRICS = ("articles", "events", "participants", "leads", "parties", "resolution")
ACCURACY_METRICS = ("date", "kind", "remote", "location", "country", "organization")
ALL = "all"


@dataclass
class PRF:
    """True positives against the system's and the gold's totals."""

    tp: int = 0
    n_sys: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_sys if self.n_sys else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        total = self.n_sys + self.n_gold
        return 2 * self.tp / total if total else None

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.n_sys += other.n_sys
        self.n_gold += other.n_gold


@dataclass
class Ratio:
    """A mean over items: accuracy (0/1 items) or mean token F1."""

    total: float = 0.0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.total / self.n if self.n else None

    def push(self, x: float) -> None:
        self.total += x
        self.n += 1

    def add(self, other: Ratio) -> None:
        self.total += other.total
        self.n += other.n


@dataclass
class GroupScore:
    """Every figure for one group of articles (a language, or all)."""

    n_articles: int = 0
    prf: dict[str, PRF] = field(default_factory=lambda: {m: PRF() for m in PRF_METRICS})
    accuracy: dict[str, Ratio] = field(default_factory=lambda: {m: Ratio() for m in ACCURACY_METRICS})
    title: Ratio = field(default_factory=Ratio)

    def add(self, other: GroupScore) -> None:
        self.n_articles += other.n_articles
        for m in PRF_METRICS:
            if m != "resolution":  # pairwise: recomputed per group, never summed
                self.prf[m].add(other.prf[m])
        for m in ACCURACY_METRICS:
            self.accuracy[m].add(other.accuracy[m])
        self.title.add(other.title)

    def figures(self) -> dict[str, float | None]:
        """Flat ``metric -> value`` (``events.f1``, ``date.accuracy``, ``title.token_f1``, ...)."""
        out: dict[str, float | None] = {}
        for m in PRF_METRICS:
            c = self.prf[m]
            out[f"{m}.precision"] = c.precision
            out[f"{m}.recall"] = c.recall
            out[f"{m}.f1"] = c.f1
        for m in ACCURACY_METRICS:
            out[f"{m}.accuracy"] = self.accuracy[m].value
        out["title.token_f1"] = self.title.value
        return out


def token_f1(gold: str | None, system: str | None) -> float:
    """Bag-of-tokens F1 of two titles; two absent titles agree (1.0)."""
    g, s = Counter(tokens(gold)), Counter(tokens(system))
    if not g and not s:
        return 1.0
    common = sum((g & s).values())
    if not common:
        return 0.0
    p, r = common / sum(s.values()), common / sum(g.values())
    return 2 * p * r / (p + r)


def score_article(al: ArticleAlignment) -> GroupScore:
    """Counts for one article (resolution is left to :func:`resolution_prf`)."""
    sc = GroupScore(n_articles=1)
    sc.prf["articles"] = PRF(tp=int(bool(al.gold) and bool(al.system)), n_sys=int(bool(al.system)),
                             n_gold=int(bool(al.gold)))
    sc.prf["events"] = PRF(tp=len(al.pairs), n_sys=len(al.system), n_gold=len(al.gold))
    people, leads, parties = sc.prf["participants"], sc.prf["leads"], sc.prf["parties"]
    for ev in al.gold:
        people.n_gold += len(ev.participants)
        leads.n_gold += sum(p.lead for p in ev.participants)
        parties.n_gold += len(ev.parties)
    for sev in al.system:
        people.n_sys += len(sev.participants)
        leads.n_sys += sum(p.lead for p in sev.participants)
        parties.n_sys += len(sev.parties)
    acc = sc.accuracy
    for pair in al.pairs:
        g, s = pair.gold, pair.system
        if g.date is not None:
            acc["date"].push(float(s.date == g.date))
        acc["kind"].push(float(s.kind == g.kind))
        acc["remote"].push(float(s.remote == g.remote))
        acc["location"].push(float(fold(s.location) == fold(g.location)))
        parties.tp += len(pair.parties)
        for gi, si in pair.participants:
            gp, sp = g.participants[gi], s.participants[si]
            people.tp += 1
            leads.tp += int(gp.lead and sp.lead)
            acc["country"].push(float((gp.country or "").upper() == (sp.country or "").upper()))
            if gp.organization is not None:
                acc["organization"].push(float(fold(gp.organization) == fold(sp.organization)))
            if gp.title is not None:
                sc.title.push(token_f1(gp.title, sp.title))
    return sc


@dataclass(frozen=True)
class ResolutionItem:
    """A matched participant: which article, which gold person, which system person."""

    doc: str
    language: str
    gold_person: str  # folded gold name
    person_id: str | None


def resolution_items(alignments: Iterable[ArticleAlignment]) -> list[ResolutionItem]:
    items: dict[ResolutionItem, None] = {}
    for al in alignments:
        for pair in al.pairs:
            for gi, si in pair.participants:
                item = ResolutionItem(
                    al.doc, al.language, fold(pair.gold.participants[gi].name),
                    pair.system.participants[si].person_id,
                )
                items[item] = None
    return list(items)


def _cross_doc_pairs(groups: Iterable[Sequence[ResolutionItem]]) -> int:
    """Pairs of items in different articles within each group."""
    total = 0
    for group in groups:
        n = len(group)
        same_doc = Counter(i.doc for i in group)
        total += n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in same_doc.values())
    return total


def _group(items: Sequence[ResolutionItem], key: str) -> list[list[ResolutionItem]]:
    out: dict[object, list[ResolutionItem]] = {}
    for i in items:
        if key == "gold":
            k: object = i.gold_person
        elif key == "system":
            if i.person_id is None:
                continue
            k = i.person_id
        else:
            if i.person_id is None:
                continue
            k = (i.gold_person, i.person_id)
        out.setdefault(k, []).append(i)
    return list(out.values())


def resolution_prf(items: Sequence[ResolutionItem]) -> PRF:
    """Pairwise cross-document resolution: same gold name vs same system ``person_id``."""
    return PRF(
        tp=_cross_doc_pairs(_group(items, "both")),
        n_sys=_cross_doc_pairs(_group(items, "system")),
        n_gold=_cross_doc_pairs(_group(items, "gold")),
    )


def score_alignments(alignments: Sequence[ArticleAlignment]) -> dict[str, GroupScore]:
    """Figures per language and for ``all``, languages in order of first appearance."""
    groups: dict[str, GroupScore] = {ALL: GroupScore()}
    for al in alignments:
        art = score_article(al)
        groups.setdefault(al.language, GroupScore()).add(art)
        groups[ALL].add(art)
    items = resolution_items(alignments)
    for name, group in groups.items():
        group.prf["resolution"] = resolution_prf(
            items if name == ALL else [i for i in items if i.language == name]
        )
    return groups
