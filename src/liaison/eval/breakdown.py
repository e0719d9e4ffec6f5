"""Recall by class of gold event and participant: where a set's losses lie, as counts only.

Aggregates of the scorer's alignments, never an article: so they may be read on the blind sets. A gold event
is counted by its kind, remoteness, number of named participants, its position in its article (the first event
the gold lists, or a further one) and how many events its article holds; a gold participant of a PAIRED event
(one the system found) by whether it is a principal and by its event's kind and size.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from liaison.eval.gold import GoldEvent
from liaison.eval.matching import ArticleAlignment

HALVES = ("fit", "check")


def half_of(doc: str) -> str:
    """A fixed half of a set by the document's id (``fit``: the SHA-256 of the id starts 0-7): errors are
    read on one half, rules judged on the other."""
    return "fit" if hashlib.sha256(doc.encode("utf-8")).hexdigest()[0] < "8" else "check"


def _capped(n: int, cap: int) -> str:
    return f"{cap}+" if n >= cap else str(n)


def event_classes(ev: GoldEvent, position: int, n_events: int) -> list[str]:
    """The classes one gold event is counted in."""
    return [
        f"kind={ev.kind}",
        f"remote={'yes' if ev.remote else 'no'}",
        f"participants={_capped(len(ev.participants), 4)}",
        f"position={'first' if position == 0 else 'further'}",
        f"events_in_article={_capped(n_events, 4)}",
    ]


@dataclass
class Recall:
    """Found and total counts per class."""

    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def add(self, classes: Iterable[str], hit: bool) -> None:
        for c in classes:
            self.total[c] += 1
            self.found[c] += int(hit)

    def rows(self) -> list[tuple[str, int, int]]:
        """(class, found, total), in class order."""
        return [(c, self.found[c], self.total[c]) for c in sorted(self.total)]


@dataclass
class Breakdown:
    events: Recall = field(default_factory=Recall)
    participants: Recall = field(default_factory=Recall)  # of paired events only
    lost_with_event: int = 0  # gold participants of events the system missed


def breakdown(alignments: Sequence[ArticleAlignment]) -> Breakdown:
    """Recall of gold events, and of the gold participants of paired events, by class."""
    out = Breakdown()
    for al in alignments:
        paired = {id(p.gold): p for p in al.pairs}
        for position, ev in enumerate(al.gold):
            pair = paired.get(id(ev))
            out.events.add(event_classes(ev, position, len(al.gold)), pair is not None)
            if pair is None:
                out.lost_with_event += len(ev.participants)
                continue
            seated = {gi for gi, _ in pair.participants}
            for gi, person in enumerate(ev.participants):
                classes = [f"lead={'yes' if person.lead else 'no'}", f"event_kind={ev.kind}",
                           f"event_participants={_capped(len(ev.participants), 5)}"]
                out.participants.add(classes, gi in seated)
    return out


def format_breakdown(b: Breakdown) -> str:
    """Plain-text table of both recalls."""
    lines = ["gold events found, by class:"]
    lines += [f"  {c:28s} {f:5d} / {t:5d}  {f / t:.3f}" for c, f, t in b.events.rows()]
    lines.append("participants seated in found events, by class:")
    lines += [f"  {c:28s} {f:5d} / {t:5d}  {f / t:.3f}" for c, f, t in b.participants.rows()]
    lines.append(f"participants of missed events: {b.lost_with_event}")
    return "\n".join(lines)
