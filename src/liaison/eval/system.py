"""System events in the export-contract shape (DESIGN.md) read into typed records for scoring."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SysParticipant:
    person_id: str | None
    name: str
    native: str | None
    aliases: tuple[str, ...]
    title: str | None
    organization: str | None
    country: str | None
    lead: bool


@dataclass(frozen=True)
class SysParty:
    name: str
    abbr: str | None
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class SysEvent:
    event_id: str
    kind: str
    date: str | None
    location: str | None
    remote: bool
    channel: tuple[str, ...]
    parties: tuple[SysParty, ...]
    participants: tuple[SysParticipant, ...]
    documents: tuple[str, ...]


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _strs(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or () if v)


def parse_event(record: dict[str, Any]) -> SysEvent:
    """One export-contract event dict; raises ``KeyError``/``TypeError`` when malformed."""
    return SysEvent(
        event_id=str(record.get("id") or ""),
        kind=str(record.get("kind") or "other"),
        date=_opt(record.get("date")),
        location=_opt(record.get("location")),
        remote=bool(record.get("remote", False)),
        channel=_strs(record.get("channel")),
        parties=tuple(
            SysParty(
                name=str(p.get("name") or ""),
                abbr=_opt(p.get("abbr")),
                aliases=_strs(p.get("aliases")),
                country=_opt(p.get("country")),
            )
            for p in record.get("parties") or ()
        ),
        participants=tuple(
            SysParticipant(
                person_id=_opt(p.get("person_id")),
                name=str(p.get("name") or ""),
                native=_opt(p.get("native")),
                aliases=_strs(p.get("aliases")),
                title=_opt(p.get("title")),
                organization=_opt(p.get("organization")),
                country=_opt(p.get("country")),
                lead=bool(p.get("lead", False)),
            )
            for p in record.get("participants") or ()
        ),
        documents=tuple(str(d["id"]) for d in record.get("documents") or ()),
    )


def events_by_document(records: Iterable[dict[str, Any]], docs: Iterable[str]) -> dict[str, list[SysEvent]]:
    """System events per scored document: an event counts for each scored article it cites."""
    wanted = set(docs)
    out: dict[str, list[SysEvent]] = {d: [] for d in wanted}
    for record in records:
        event = parse_event(record)
        for doc in dict.fromkeys(event.documents):
            if doc in wanted:
                out[doc].append(event)
    return out
