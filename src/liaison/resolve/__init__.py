"""Resolve stage (global): people across documents, merged events, positions over time.

Analyst judgements (``liaison same`` / ``not-same``) are inputs here, so they survive every
rebuild and override the automatic decisions.
"""

from __future__ import annotations

from collections.abc import Sequence

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import DocumentEvents, Judgement, Resolution
from liaison.resolve.events import merge_events
from liaison.resolve.people import JudgementReport, cluster_people
from liaison.resolve.positions import derive_positions

__all__ = ["JudgementReport", "judgement_conflicts", "resolve"]


def resolve(
    docs: Sequence[DocumentEvents],
    judgements: Sequence[Judgement] = (),
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    """Resolve every built document at once; analyst judgements override automatic decisions."""
    result = cluster_people(docs, judgements, gazetteer)
    events = merge_events(docs, result.mention_person)
    return Resolution(
        people=tuple(result.people),
        events=tuple(events),
        positions=tuple(derive_positions(docs, result.mention_person)),
        decisions=tuple(result.decisions),
        mention_person=result.mention_person,
    )


def judgement_conflicts(
    docs: Sequence[DocumentEvents], judgements: Sequence[Judgement], gazetteer: Gazetteer | None = None
) -> list[JudgementReport]:
    """Judgements that cannot hold together with more recent ones (reported, not applied)."""
    return cluster_people(docs, judgements, gazetteer).conflicts
