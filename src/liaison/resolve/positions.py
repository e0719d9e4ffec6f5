"""Positions over time: each (person, title, organisation) seen at an event date."""

from __future__ import annotations

from collections.abc import Sequence

from liaison.model.types import Position, ResolvedEvent, Span


def derive_positions(events: Sequence[ResolvedEvent]) -> list[Position]:
    """First and last date each title was observed for each person, with its evidence."""
    acc: dict[tuple[str, str, str | None], tuple[str, str, list[tuple[str, Span]]]] = {}
    for ev in events:
        if ev.frame.date is None:
            continue
        when = ev.frame.date.iso
        for rp in ev.participants:
            person = rp.participant.person
            if not person.title:
                continue
            org = person.organization.name if person.organization else None
            key = (rp.person_id, person.title, org)
            evidence = (rp.doc_id, person.title_span or person.span)
            if key in acc:
                first, last, ev_list = acc[key]
                ev_list.append(evidence)
                acc[key] = (min(first, when), max(last, when), ev_list)
            else:
                acc[key] = (when, when, [evidence])
    return [
        Position(pid, title, org, first, last, tuple(evidence))
        for (pid, title, org), (first, last, evidence) in sorted(acc.items(), key=lambda kv: (kv[0][0], kv[1][0]))
    ]
