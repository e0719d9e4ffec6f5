"""A party's leader acts for his party in a party exchange: his organisation there is the party.

A title such as "Chinese President, also general secretary of the CPC Central Committee" gives its first post's
organisation, the government. In an exchange whose channel holds ``party`` (GOLD_FORMAT: the capacity in which
the principals act), a participant whose organisation is his country's government, who led a party of his country
on the exchange's day (the gazetteer's ``[[party_leader]]`` terms) and whose title names that party or one of
its bodies, is recorded with the party. Seats such as "member of the Political Bureau" beside a state post
are left alone: the person does not lead the party.
"""

from __future__ import annotations

from dataclasses import replace

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import EventFrame, Participant


def for_their_party(frame: EventFrame, gazetteer: Gazetteer, published: str | None) -> EventFrame:
    """``frame`` with its party leaders' organisation their party, when it is a party exchange."""
    if "party" not in frame.channel:
        return frame
    when = frame.date.iso if frame.date else published
    people = tuple(_as_leader(p, gazetteer, when) for p in frame.participants)
    return frame if people == frame.participants else replace(frame, participants=people)


def _as_leader(p: Participant, gazetteer: Gazetteer, when: str | None) -> Participant:
    person = p.person
    org = person.organization
    country = p.side or person.country
    if org is None or not person.title or country is None or not _government_of(org.key, country, gazetteer):
        return p
    party = gazetteer.party_led((person.name, person.native, *person.aliases), when)
    if party is None or party.country != country or not _named_in(person.title, party.id, gazetteer):
        return p
    return replace(p, person=replace(person, organization=party.ref()))


def _government_of(key: str | None, country: str, gazetteer: Gazetteer) -> bool:
    government = gazetteer.government(country)
    return key is not None and government is not None and government.id == key


def _named_in(title: str, party_id: str, gazetteer: Gazetteer) -> bool:
    """Whether ``title`` names the party or one of its bodies."""
    return any((party := gazetteer.party_of(org)) is not None and party.id == party_id
               for _, org in gazetteer.find_orgs(title))
