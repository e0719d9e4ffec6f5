"""Drafts to frames: the one place an ``EventFrame`` is built.

Participants come leads first, each person once (by the form the text wrote them in): "习近平和夫人
彭丽媛" named as a host and again in an attendee sentence stays one participant. The date is the one
the text gives, else the publication date; the channel is ordered (``channel``); parties are unique
(``parties``); evidence keeps its order with empty spans (a headline) dropped.
"""

from __future__ import annotations

from liaison.extract.assembly.channel import ordered_channel
from liaison.extract.assembly.drafts import EventDraft, PersonDraft
from liaison.extract.assembly.fallbacks import event_date
from liaison.extract.assembly.parties import unique_parties
from liaison.model.types import EventFrame, FuzzyDate, Participant


def participants(people: list[PersonDraft]) -> tuple[Participant, ...]:
    """Leads first (otherwise in the order drafted), each native form once."""
    seen: set[str] = set()
    out: list[Participant] = []
    for p in sorted(people, key=lambda p: not p.lead):
        if p.person.native in seen:
            continue
        seen.add(p.person.native)
        out.append(Participant(person=p.person, lead=p.lead, side=p.side))
    return tuple(out)


def assemble(draft: EventDraft, published: FuzzyDate | None) -> EventFrame:
    """The frame of one draft."""
    date, date_span, source = event_date(draft.date, published)
    location = draft.location
    return EventFrame(
        kind=draft.kind,
        date=date,
        date_source=source,
        location=location.value if location else None,
        remote=draft.remote,
        channel=ordered_channel(draft.capacities, draft.fallback_capacities),
        participants=participants(draft.people),
        parties=unique_parties(draft.parties),
        evidence=tuple(s for s in draft.evidence if s[1] > s[0]),
        topics=draft.topics,
        date_span=date_span,
        location_span=location.span if location else None,
        confidence=draft.confidence,
    )
