"""Positions over time: each (person, title, organisation) seen at an event date.

Titles at one organisation are grouped by the roles their posts name in any language (``roles``:
"General Secretary", "secretario general" and 总书记 of one party are one position), others after
folding case and spacing; organisations by their knowledge-base key, else their folded name. The
spelling seen most often is kept, the shortest on a tie (one language's "general secretary" over
another's "secretario general del Partido …"). Evidence lists every (document, span) where the
title was stated, without repeats.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from liaison.model.types import DocumentEvents, Position, Span
from liaison.resolve.names import fold_name
from liaison.resolve.roles import role_key

MentionKey = tuple[str, int, int]


@dataclass
class _Seen:
    titles: Counter[str]
    org: str | None
    first: str
    last: str
    evidence: list[tuple[str, Span]] = field(default_factory=list)


def _title_key(title: str, org_key: str | None) -> str:
    """The roles of the title at a known organisation (its wording differs by language), else the
    folded title: without the organisation, 国家主席 and 中央军委主席 would both be a "president"."""
    role = role_key(title) if org_key else None
    return f"role:{role}" if role else fold_name(title) or title.strip()


class Sighting(NamedTuple):
    """A title stated for a participant mention at a dated event (one frame, one participant)."""

    doc_id: str
    frame: int
    ordinal: int
    span: Span  # the mention (its person id says whose title it is)
    when: str
    title: str
    evidence: Span
    organization: str | None
    org_key: str | None  # the organisation's knowledge-base key, else its folded name

    @property
    def mention(self) -> MentionKey:
        return (self.doc_id, *self.span)


def sightings(doc: DocumentEvents) -> list[Sighting]:
    """Every titled participant of a dated frame of ``doc``, in frame and participant order."""
    out = []
    for i, frame in enumerate(doc.events):
        if frame.date is None:
            continue
        for j, part in enumerate(frame.participants):
            person = part.person
            if not person.title or not person.title.strip():
                continue
            org = person.organization.name if person.organization else None
            org_key = person.organization.key or fold_name(org or "") if person.organization else None
            out.append(Sighting(doc.doc_id, i, j, person.span, frame.date.iso, person.title,
                                person.title_span or person.span, org, org_key))
    return out


def derive_positions(docs: Sequence[DocumentEvents], person_of: dict[MentionKey, str]) -> list[Position]:
    """First and last date each title was observed for each person, with its evidence.

    Every report counts (a meeting reported in English and Chinese gives both titles)."""
    return positions_from((s for doc in docs for s in sightings(doc)), person_of)


def positions_from(seen_titles: Iterable[Sighting], person_of: dict[MentionKey, str]) -> list[Position]:
    """``derive_positions`` over sightings (in document, frame and participant order: the first
    organisation name seen is kept)."""
    acc: dict[tuple[str, str, str | None], _Seen] = {}
    for s in seen_titles:
        pid = person_of[s.mention]
        key = (pid, _title_key(s.title, s.org_key), s.org_key)
        evidence = (s.doc_id, s.evidence)
        seen = acc.get(key)
        if seen is None:
            acc[key] = _Seen(Counter([s.title.strip()]), s.organization, s.when, s.when, [evidence])
            continue
        seen.titles[s.title.strip()] += 1
        seen.first, seen.last = min(seen.first, s.when), max(seen.last, s.when)
        if evidence not in seen.evidence:
            seen.evidence.append(evidence)
    return [
        Position(pid, _spelling(s.titles), s.org, s.first, s.last, tuple(sorted(s.evidence)))
        for (pid, _, _org), s in sorted(
            acc.items(), key=lambda kv: (kv[0][0], kv[1].first, kv[1].last, _spelling(kv[1].titles))
        )
    ]


def _spelling(titles: Counter[str]) -> str:
    return min(titles, key=lambda t: (-titles[t], len(t), t))
