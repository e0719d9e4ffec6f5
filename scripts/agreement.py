"""Inter-annotator agreement: score one gold file against another with the project's own scorer.

Each event of the *other* annotator's gold is turned into the scorer's system type (``SysEvent``,
citing its article; a participant's ``person_id`` is its folded name), and the articles the two
files share are aligned and scored exactly as ``liaison eval --events`` scores an export
(``liaison.eval.matching.align_article`` and ``liaison.eval.metrics.score_alignments``). Both
directions are reported: A as reference with B in the system's place, and B as reference with A.
Event, participant and lead F1 are symmetric up to greedy tie-breaks; precision and recall swap,
and the accuracies (date where the reference has one, organisation where it states one) differ.

Usage::

    python scripts/agreement.py quality/real-dev quality/agreement/second.gold.jsonl [--by slice]
        [--errors N] [--json]

A gold path is a ``*.gold.jsonl`` file or a folder of them; only articles present in both are scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from rich.console import Console
from rich.table import Table

from liaison.eval.errors import worst_articles
from liaison.eval.folding import fold
from liaison.eval.gold import GoldArticle, GoldEvent, load_gold, slice_of
from liaison.eval.matching import align_article
from liaison.eval.metrics import ALL, score_alignments
from liaison.eval.report import fmt, label, print_errors
from liaison.eval.scorer import Scorecard
from liaison.eval.system import SysEvent, SysParticipant, SysParty

GroupBy = Literal["language", "slice"]
HEADLINE = (
    "articles.f1", "events.precision", "events.recall", "events.f1", "participants.f1", "leads.f1",
    "parties.f1", "kind.accuracy", "date.accuracy", "location.accuracy", "remote.accuracy",
    "country.accuracy", "organization.accuracy", "title.token_f1",
)


def as_system_event(doc: str, index: int, event: GoldEvent) -> SysEvent:
    """One gold event in the scorer's system type, citing ``doc``; people are identified by name."""
    return SysEvent(
        event_id=f"{doc}#{index}",
        kind=event.kind,
        date=event.date,
        location=event.location,
        remote=event.remote,
        channel=event.channel,
        parties=tuple(SysParty(name=p.name, abbr=p.abbr, aliases=(), country=p.country) for p in event.parties),
        participants=tuple(
            SysParticipant(
                person_id=f"name:{fold(p.name)}", name=p.name, native=p.native, aliases=(), title=p.title,
                organization=p.organization, country=p.country, lead=p.lead,
            )
            for p in event.participants
        ),
        documents=(doc,),
    )


def shared_docs(a: Sequence[GoldArticle], b: Sequence[GoldArticle]) -> list[str]:
    """Ids annotated in both files, in the order of ``b`` (the second annotator's list)."""
    in_a = {x.doc for x in a}
    return [x.doc for x in b if x.doc in in_a]


def compare(reference: Sequence[GoldArticle], other: Sequence[GoldArticle], by: GroupBy = "slice") -> Scorecard:
    """Score ``other`` as if it were a build, against ``reference``, on the articles both annotate."""
    ref = {x.doc: x for x in reference}
    oth = {x.doc: x for x in other}
    alignments = []
    for doc in shared_docs(reference, other):
        gold = ref[doc]
        system = [as_system_event(doc, i, e) for i, e in enumerate(oth[doc].events)]
        group = gold.language if by == "language" else slice_of(doc)
        alignments.append(align_article(doc, group, gold.events, system))
    return Scorecard(alignments=tuple(alignments), groups=score_alignments(alignments))


def channel_agreement(card: Scorecard, group: str = ALL) -> float | None:
    """Share of paired events whose channel sets are equal. The scorer has no channel figure; this
    reads the scorer's own event pairs, so it adds no second alignment."""
    pairs = [p for al in card.alignments if group in (ALL, al.language) for p in al.pairs]
    if not pairs:
        return None
    return sum(set(p.gold.channel) == set(p.system.channel) for p in pairs) / len(pairs)


def agreement_table(title: str, ab: Scorecard, ba: Scorecard, group: str = ALL) -> Table:
    """Headline figures of one group in both directions."""
    n = ab.groups[group].n_articles if group in ab.groups else 0
    table = Table(title=f"{title}: {n} articles", title_justify="left")
    table.add_column("metric")
    table.add_column("B scored against A", justify="right")
    table.add_column("A scored against B", justify="right")
    fa, fb = ab.figures(group), ba.figures(group)
    for metric in HEADLINE:
        table.add_row(label(metric), fmt(fa.get(metric)), fmt(fb.get(metric)))
    table.add_row("channel (equal sets, paired events)", fmt(channel_agreement(ab, group)),
                  fmt(channel_agreement(ba, group)))
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="reference gold (file or folder of *.gold.jsonl)")
    parser.add_argument("b", type=Path, help="second annotator's gold (file or folder)")
    parser.add_argument("--by", choices=["language", "slice"], default="slice")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list the N articles with most disagreements (B against A)")
    parser.add_argument("--json", action="store_true", help="print figures and counts as JSON")
    args = parser.parse_args(argv)
    a, b = load_gold(args.a), load_gold(args.b)
    ab = compare(a, b, args.by)
    ba = compare(b, a, args.by)
    if args.json:
        channel = {g: [channel_agreement(ab, g), channel_agreement(ba, g)] for g in [ALL, *ab.languages]}
        print(json.dumps({"docs": shared_docs(a, b), "b_against_a": ab.to_json(), "a_against_b": ba.to_json(),
                          "channel_agreement": channel}, ensure_ascii=False, indent=2))
        return 0
    console = Console()
    for group in [ALL, *ab.languages]:
        console.print(agreement_table("all" if group == ALL else group, ab, ba, group))
    if args.errors:
        print_errors(console, worst_articles(ab.alignments, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
