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
from collections.abc import Sequence
from dataclasses import dataclass, field

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


def derive_positions(docs: Sequence[DocumentEvents], person_of: dict[MentionKey, str]) -> list[Position]:
    """First and last date each title was observed for each person, with its evidence.

    Every report counts (a meeting reported in English and Chinese gives both titles)."""
    acc: dict[tuple[str, str, str | None], _Seen] = {}
    for doc in docs:
        for frame in doc.events:
            if frame.date is None:
                continue
            when = frame.date.iso
            for part in frame.participants:
                person = part.person
                if not person.title or not person.title.strip():
                    continue
                pid = person_of[(doc.doc_id, *person.span)]
                org = person.organization.name if person.organization else None
                org_key = person.organization.key or fold_name(org or "") if person.organization else None
                key = (pid, _title_key(person.title, org_key), org_key)
                evidence = (doc.doc_id, person.title_span or person.span)
                seen = acc.get(key)
                if seen is None:
                    acc[key] = _Seen(Counter([person.title.strip()]), org, when, when, [evidence])
                    continue
                seen.titles[person.title.strip()] += 1
                seen.first, seen.last = min(seen.first, when), max(seen.last, when)
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
