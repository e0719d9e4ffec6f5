"""Build model objects for resolution tests: people, frames and documents in a few words."""

from __future__ import annotations

from itertools import count

from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import DocumentEvents, EventFrame, FuzzyDate, OrgRef, Participant, PersonMention

_offsets = count(0, 100)


def org(key_or_name: str) -> OrgRef:
    """A gazetteer organisation by id, or an unknown organisation by name."""
    entry = default_gazetteer().org(key_or_name)
    if entry is not None:
        return entry.ref()
    return OrgRef(key=None, name=key_or_name, kind="other", country=None)


def person(
    name: str,
    *,
    native: str | None = None,
    title: str | None = None,
    organization: str | None = None,
    country: str | None = None,
    aliases: tuple[str, ...] = (),
) -> PersonMention:
    start = next(_offsets)
    return PersonMention(
        name=name,
        native=native or name,
        span=(start, start + len(native or name)),
        aliases=aliases,
        title=title,
        title_span=(start + 50, start + 60) if title else None,
        organization=org(organization) if organization else None,
        country=country,
    )


def part(p: PersonMention, lead: bool = True, side: str | None = None) -> Participant:
    return Participant(person=p, lead=lead, side=side or p.country)


def frame(
    date: str | None,
    *participants: Participant,
    kind: str = "meeting",
    location: str | None = None,
    parties: tuple[str, ...] = (),
) -> EventFrame:
    return EventFrame(
        kind=kind,  # type: ignore[arg-type]
        date=FuzzyDate.parse(date) if date else None,
        date_source="text" if date else "none",
        location=location,
        remote=kind in ("video_conference", "phone_call"),
        channel=("party",),
        participants=participants,
        parties=tuple(org(p) for p in parties),
        evidence=((0, 10),),
    )


def doc(doc_id: str, *frames: EventFrame, language: str = "en", published: str | None = None) -> DocumentEvents:
    return DocumentEvents(
        doc_id=doc_id,
        published=FuzzyDate.parse(published) if published else None,
        language=language,
        events=frames,
    )


def counterpart(country: str = "VN", name: str = "Nguyen Van An") -> Participant:
    return part(person(name, country=country))


def names_only() -> Gazetteer:
    """The bundled organisations without the known-people table: resolution by names and context alone."""
    return Gazetteer(orgs=dict(default_gazetteer().orgs))
