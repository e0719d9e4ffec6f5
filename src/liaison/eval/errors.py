"""The worst-scored articles with what was missed, spurious or wrong, for ``liaison eval --errors``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from liaison.eval.folding import fold
from liaison.eval.gold import GoldEvent
from liaison.eval.matching import ArticleAlignment, EventPair
from liaison.eval.system import SysEvent


@dataclass
class ArticleErrors:
    doc: str
    language: str
    gold_events: list[str] = field(default_factory=list)  # legend: "G1: meeting 2025-06-09: A, B"
    missed_events: list[str] = field(default_factory=list)
    spurious_events: list[str] = field(default_factory=list)
    missed_participants: list[str] = field(default_factory=list)
    spurious_participants: list[str] = field(default_factory=list)
    wrong_fields: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return (len(self.missed_events) + len(self.spurious_events) + len(self.missed_participants)
                + len(self.spurious_participants) + len(self.wrong_fields))

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "language": self.language, "errors": self.count, "gold_events": self.gold_events,
            "missed_events": self.missed_events, "spurious_events": self.spurious_events,
            "missed_participants": self.missed_participants,
            "spurious_participants": self.spurious_participants, "wrong_fields": self.wrong_fields,
        }


def describe_gold(ev: GoldEvent) -> str:
    names = ", ".join(p.native or p.name for p in ev.participants) or "no participants"
    return f"{ev.kind} {ev.date or '?'}: {names}"


def describe_system(ev: SysEvent) -> str:
    names = ", ".join(p.native or p.name for p in ev.participants) or "no participants"
    return f"{ev.kind} {ev.date or '?'}: {names}"


def _pair_errors(pair: EventPair, where: str, out: ArticleErrors) -> None:
    g, s = pair.gold, pair.system
    checks: list[tuple[str, object, object, bool]] = [
        ("kind", g.kind, s.kind, g.kind == s.kind),
        ("remote", g.remote, s.remote, g.remote == s.remote),
        ("location", g.location, s.location, fold(g.location) == fold(s.location)),
    ]
    if g.date is not None:
        checks.insert(0, ("date", g.date, s.date, g.date == s.date))
    for name, gv, sv, ok in checks:
        if not ok:
            out.wrong_fields.append(f"[{where}] {name}: gold {gv!r}, system {sv!r}")
    matched_g = {gi for gi, _ in pair.participants}
    matched_s = {si for _, si in pair.participants}
    out.missed_participants += [
        f"[{where}] {p.native or p.name}" for i, p in enumerate(g.participants) if i not in matched_g
    ]
    out.spurious_participants += [
        f"[{where}] {p.native or p.name}" for i, p in enumerate(s.participants) if i not in matched_s
    ]
    party_g = {gi for gi, _ in pair.parties}
    party_s = {si for _, si in pair.parties}
    out.wrong_fields += [f"[{where}] party missed: {p.abbr or p.name}" for i, p in enumerate(g.parties)
                         if i not in party_g]
    out.wrong_fields += [f"[{where}] party spurious: {p.abbr or p.name}" for i, p in enumerate(s.parties)
                         if i not in party_s]
    for gi, si in pair.participants:
        gp, sp = g.participants[gi], s.participants[si]
        who = gp.native or gp.name
        if gp.lead != sp.lead:
            out.wrong_fields.append(f"[{where}] {who} lead: gold {gp.lead}, system {sp.lead}")
        if (gp.country or "").upper() != (sp.country or "").upper():
            out.wrong_fields.append(f"[{where}] {who} country: gold {gp.country!r}, system {sp.country!r}")
        if gp.organization is not None and fold(gp.organization) != fold(sp.organization):
            out.wrong_fields.append(
                f"[{where}] {who} organization: gold {gp.organization!r}, system {sp.organization!r}"
            )


def article_errors(al: ArticleAlignment) -> ArticleErrors:
    """Everything that differs between gold and system in one article (gold events labelled G1, G2...)."""
    out = ArticleErrors(al.doc, al.language)
    label = {id(e): f"G{i}" for i, e in enumerate(al.gold, 1)}
    out.gold_events = [f"{label[id(e)]}: {describe_gold(e)}" for e in al.gold]
    out.missed_events = [label[id(e)] for e in al.missed]
    out.spurious_events = [describe_system(e) for e in al.spurious]
    for e in al.missed:
        out.missed_participants += [f"[{label[id(e)]}] {p.native or p.name}" for p in e.participants]
    for s in al.spurious:
        out.spurious_participants += [f"[spurious] {p.native or p.name}" for p in s.participants]
    for pair in al.pairs:
        _pair_errors(pair, label[id(pair.gold)], out)
    return out


def worst_articles(alignments: tuple[ArticleAlignment, ...], n: int) -> list[ArticleErrors]:
    """The ``n`` articles with the most errors (ties in gold order); error-free articles are left out."""
    errs = [article_errors(al) for al in alignments]
    ranked = sorted((e for e in errs if e.count), key=lambda e: -e.count)
    return ranked[:n]
