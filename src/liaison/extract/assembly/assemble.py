"""Drafts to frames: the one place an ``EventFrame`` is built.

Participants come leads first, each person once (by the form the text wrote them in): "习近平和夫人
彭丽媛" named as a host and again in an attendee sentence stays one participant. The date is the one
the text gives, else the publication date; the channel is ordered (``channel``); parties are unique
(``parties``); evidence keeps its order with empty spans (a headline) dropped. ``seminar_leads``: in a
seminar of two sides, a side whose people were all read as attending ("The seminar was attended by A, director of
..., and B, head of ...") is led by the first named of that side (the Latin extractors ask for it; a Chinese
briefing's audience attends it: issue 13, seminar20).
"""

from __future__ import annotations

from dataclasses import replace

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


def seminar_leads(people: list[PersonDraft]) -> list[PersonDraft]:
    """A seminar of two known sides: a side none of whose people leads it is led by the first of them. Not a forum of
    many sides, whose speakers attend it (GOLD_FORMAT codes the host and its guests' speakers so), nor one a later
    step completes with its convener."""
    if len({p.side for p in people if p.side is not None}) != 2:
        return people
    led = {p.side for p in people if p.lead}
    firsts: set[int] = set()
    sides: set[str] = set()
    for i, p in enumerate(people):
        if p.side is not None and p.side not in sides and p.side not in led:
            sides.add(p.side)
            firsts.add(i)
    return [replace(p, lead=True) if i in firsts else p for i, p in enumerate(people)]


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
