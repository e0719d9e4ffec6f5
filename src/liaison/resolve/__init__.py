"""Resolve stage (global): people across documents, merged events, positions over time.

Analyst judgements (``liaison same`` / ``not-same``) are inputs here, so they survive every
rebuild and override the automatic decisions.

The clustering of people (``people``, which imports Arrow) is imported on first use, not with the
package: the extraction workers import its ``prepared`` module to hand the main process what
resolution takes from each document, and neither they nor the fork server they come from need
Arrow or numpy (some 20 MB of memory each, not shared, and 35 MB of mapped libraries).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import DocumentEvents, Judgement, Resolution

if TYPE_CHECKING:
    from liaison.resolve.people import JudgementReport

__all__ = ["JudgementReport", "judgement_conflicts", "resolve"]


def __getattr__(name: str) -> Any:
    if name == "JudgementReport":
        from liaison.resolve.people import JudgementReport

        return JudgementReport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def resolve(
    docs: Sequence[DocumentEvents],
    judgements: Sequence[Judgement] = (),
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    """Resolve every built document at once; analyst judgements override automatic decisions."""
    from liaison.resolve.events import merge_events
    from liaison.resolve.people import cluster_people
    from liaison.resolve.positions import derive_positions

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
    from liaison.resolve.people import cluster_people

    return cluster_people(docs, judgements, gazetteer).conflicts
