"""The sides of an event (one per country) and which of them hosted it.

A side is every participant and party of one country, in the order they first appear (leads
first, as reported). The host is the side whose country the event took place in; remote events
and events in a third country have no host.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from liaison.export.countries import country_of_place
from liaison.export.reading import OrgInfo

SECTOR_OF_KIND = {"party": "PTY", "party_body": "PTY", "state": "GOV", "legislature": "LEG"}
SECTOR_OF_CHANNEL = {"party": "PTY", "state": "GOV", "legislature": "LEG"}


@dataclass
class Side:
    country: str | None  # ISO alpha-2
    parties: list[dict[str, Any]] = field(default_factory=list)  # export-contract party dicts
    people: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)  # (participant, org id)


def event_sides(
    event: dict[str, Any], person_orgs: list[str | None], orgs: dict[str, OrgInfo]
) -> list[Side]:
    """Group an event's participants and parties by country; leads' sides come first."""
    by_country: dict[str | None, Side] = {}

    def side(country: str | None) -> Side:
        return by_country.setdefault(country, Side(country))

    people = list(zip(event["participants"], person_orgs, strict=True))
    ordered = [x for x in people if x[0]["lead"]] + [x for x in people if not x[0]["lead"]]
    for person, org_id in ordered:
        org = orgs.get(org_id) if org_id else None
        side(person["country"] or (org.country if org else None)).people.append((person, org_id))
    for party in event["parties"]:
        side(party["country"]).parties.append(party)
    # people and parties of unknown country form a side of their own, after every known one
    return sorted(by_country.values(), key=lambda s: s.country is None)


def host_country(event: dict[str, Any], sides: list[Side]) -> str | None:
    """The country (of one of the sides) where the event took place, or None."""
    if event["remote"]:
        return None
    place = country_of_place(event["location"])
    return place if place and any(s.country == place for s in sides) else None


def sector_of(org_id: str | None, orgs: dict[str, OrgInfo], channel: list[str]) -> str | None:
    """PLOVER/CAMEO sector code of an organisation; falls back on a single-channel event's channel."""
    org = orgs.get(org_id) if org_id else None
    if org is not None and org.kind in SECTOR_OF_KIND:
        return SECTOR_OF_KIND[org.kind]
    if len(channel) == 1:
        return SECTOR_OF_CHANNEL.get(channel[0])
    return None
