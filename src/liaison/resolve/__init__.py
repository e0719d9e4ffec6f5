"""Resolve stage (global): people across documents, merged events, positions over time."""

from __future__ import annotations

from collections.abc import Sequence

from liaison.model.types import DocumentEvents, Judgement, Resolution
from liaison.resolve.events import merge_events
from liaison.resolve.people import cluster_people
from liaison.resolve.positions import derive_positions

__all__ = ["resolve"]


def resolve(docs: Sequence[DocumentEvents], judgements: Sequence[Judgement] = ()) -> Resolution:
    """Resolve every built document at once; analyst judgements override automatic decisions."""
    people, person_of, decisions = cluster_people(docs, judgements)
    events = merge_events(docs, person_of)
    return Resolution(
        people=tuple(people),
        events=tuple(events),
        positions=tuple(derive_positions(events)),
        decisions=tuple(decisions),
        mention_person=person_of,
    )
