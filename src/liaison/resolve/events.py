"""Merge reports of the same exchange from several documents into one event.

Two frames from different documents are one event when they have the same day, compatible
kinds and share a lead person. Frames of one document are never merged: an article that reports
two meetings means two meetings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from liaison.model.types import (
    DocumentEvents,
    EventFrame,
    EventReport,
    OrgRef,
    ResolvedEvent,
    ResolvedParticipant,
)
from liaison.resolve.names import stable_id

MentionKey = tuple[str, int, int]
_IN_PERSON = {"meeting", "talks", "visit"}


def _compatible(a: EventFrame, b: EventFrame) -> bool:
    return a.kind == b.kind or (a.kind in _IN_PERSON and b.kind in _IN_PERSON)


def _leads(doc_id: str, frame: EventFrame, person_of: dict[MentionKey, str]) -> set[str]:
    return {person_of[(doc_id, *p.person.span)] for p in frame.participants if p.lead}


def merge_events(
    docs: Sequence[DocumentEvents], person_of: dict[MentionKey, str]
) -> list[ResolvedEvent]:
    """Resolved events, each citing every document that reports it."""
    frames = [(d.doc_id, i, f) for d in sorted(docs, key=lambda d: d.doc_id) for i, f in enumerate(d.events)]
    groups: list[list[tuple[str, int, EventFrame]]] = []
    by_day: dict[str, list[int]] = defaultdict(list)
    for doc_id, idx, frame in frames:
        target = None
        if frame.date is not None and frame.date.precision == "day":
            leads = _leads(doc_id, frame, person_of)
            for g in by_day[frame.date.iso]:
                first_doc, _, first = groups[g][0]
                if (
                    all(d != doc_id for d, _, _ in groups[g])
                    and _compatible(first, frame)
                    and leads & _leads(first_doc, first, person_of)
                ):
                    target = g
                    break
        if target is None:
            groups.append([(doc_id, idx, frame)])
            if frame.date is not None and frame.date.precision == "day":
                by_day[frame.date.iso].append(len(groups) - 1)
        else:
            groups[target].append((doc_id, idx, frame))
    return [_resolved(g, person_of) for g in groups]


def _resolved(group: list[tuple[str, int, EventFrame]], person_of: dict[MentionKey, str]) -> ResolvedEvent:
    doc_id, idx, frame = group[0]
    leads = sorted(_leads(doc_id, frame, person_of))
    event_id = stable_id("ev", frame.date.iso if frame.date else f"{doc_id}#{idx}", frame.kind, *leads)
    participants: list[ResolvedParticipant] = []
    seen: set[str] = set()
    for d, _, f in group:
        for p in f.participants:
            pid = person_of[(d, *p.person.span)]
            if pid not in seen:
                seen.add(pid)
                participants.append(ResolvedParticipant(pid, d, p))
    parties: dict[str, OrgRef] = {}
    for _, _, f in group:
        for party in f.parties:
            parties.setdefault(party.key or party.name, party)
    return ResolvedEvent(
        event_id=event_id,
        frame=frame,
        reports=tuple(EventReport(d, i, f.evidence) for d, i, f in group),
        participants=tuple(participants),
        parties=tuple(parties.values()),
    )
