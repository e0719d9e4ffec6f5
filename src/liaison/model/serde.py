"""Plain-JSON forms of the model types, for storage and process boundaries."""

from __future__ import annotations

from typing import Any

from liaison.model.types import (
    EventFrame,
    FuzzyDate,
    OrgRef,
    Participant,
    PersonMention,
    Span,
)


def _span(value: Any) -> Span | None:
    return (int(value[0]), int(value[1])) if value else None


def _spans(values: Any) -> tuple[Span, ...]:
    return tuple((int(a), int(b)) for a, b in values or ())


def org_to_dict(org: OrgRef) -> dict[str, Any]:
    return {
        "key": org.key,
        "name": org.name,
        "kind": org.kind,
        "country": org.country,
        "abbr": org.abbr,
        "aliases": list(org.aliases),
        "parent": org.parent,
        "span": list(org.span) if org.span else None,
    }


def org_from_dict(d: dict[str, Any]) -> OrgRef:
    return OrgRef(
        key=d.get("key"),
        name=d["name"],
        kind=d.get("kind", "other"),
        country=d.get("country"),
        abbr=d.get("abbr"),
        aliases=tuple(d.get("aliases") or ()),
        parent=d.get("parent"),
        span=_span(d.get("span")),
    )


def person_to_dict(p: PersonMention) -> dict[str, Any]:
    return {
        "name": p.name,
        "native": p.native,
        "span": list(p.span),
        "aliases": list(p.aliases),
        "title": p.title,
        "title_span": list(p.title_span) if p.title_span else None,
        "organization": org_to_dict(p.organization) if p.organization else None,
        "country": p.country,
        "extra_spans": [list(s) for s in p.extra_spans],
        "name_source": p.name_source,
    }


def person_from_dict(d: dict[str, Any]) -> PersonMention:
    org = d.get("organization")
    return PersonMention(
        name=d["name"],
        native=d["native"],
        span=_span(d["span"]) or (0, 0),
        aliases=tuple(d.get("aliases") or ()),
        title=d.get("title"),
        title_span=_span(d.get("title_span")),
        organization=org_from_dict(org) if org else None,
        country=d.get("country"),
        extra_spans=_spans(d.get("extra_spans")),
        name_source=d.get("name_source"),
    )


def frame_to_dict(f: EventFrame) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "date": f.date.iso if f.date else None,
        "date_source": f.date_source,
        "location": f.location,
        "remote": f.remote,
        "channel": list(f.channel),
        "participants": [
            {"person": person_to_dict(p.person), "lead": p.lead, "side": p.side} for p in f.participants
        ],
        "parties": [org_to_dict(o) for o in f.parties],
        "evidence": [list(s) for s in f.evidence],
        "topics": list(f.topics),
        "date_span": list(f.date_span) if f.date_span else None,
        "location_span": list(f.location_span) if f.location_span else None,
        "confidence": f.confidence,
    }


def frame_from_dict(d: dict[str, Any]) -> EventFrame:
    return EventFrame(
        kind=d["kind"],
        date=FuzzyDate.parse(d["date"]) if d.get("date") else None,
        date_source=d.get("date_source", "none"),
        location=d.get("location"),
        remote=bool(d.get("remote")),
        channel=tuple(d.get("channel") or ()),
        participants=tuple(
            Participant(person=person_from_dict(p["person"]), lead=bool(p["lead"]), side=p.get("side"))
            for p in d.get("participants") or ()
        ),
        parties=tuple(org_from_dict(o) for o in d.get("parties") or ()),
        evidence=_spans(d.get("evidence")),
        topics=tuple(d.get("topics") or ()),
        date_span=_span(d.get("date_span")),
        location_span=_span(d.get("location_span")),
        confidence=float(d.get("confidence", 1.0)),
    )
