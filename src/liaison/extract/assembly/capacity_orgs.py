"""The organisation each participant acts for, from the exchange's channel (GOLD_FORMAT: the capacity in which the
principals act).

- A party's leader acts for his party in a party exchange. A title such as "Chinese President, also general
  secretary of the CPC Central Committee" gives its first post's organisation, the government; a participant so
  recorded who led a party of his country on the exchange's day (the gazetteer's ``[[party_leader]]`` terms) and
  whose title names that party or one of its bodies is recorded with the party. Seats such as "member of the
  Political Bureau" beside a state post are left alone: their holder does not lead the party.
- A participant with no organisation (a delegation's member named without a title, or with a post that names no
  body: "Vice President for International Affairs") is of his side's party in a party exchange that has one party
  of his country, and of his country's government (legislature) in a state (legislature) exchange: the reading of
  the blind sets' annotators (the shared dev gold leaves such an organisation out, and the scorer with it).
"""

from __future__ import annotations

from dataclasses import replace

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import EventFrame, Participant


def acting_for(frame: EventFrame, gazetteer: Gazetteer, published: str | None) -> EventFrame:
    """``frame`` with its participants' organisations as its channel reads them."""
    if frame.channel in (("state",), ("legislature",)):
        people = tuple(_of_state_body(p, frame.channel[0], gazetteer) for p in frame.participants)
    elif "party" in frame.channel:
        when = frame.date.iso if frame.date else published
        people = tuple(_of_side_party(_as_leader(p, gazetteer, when), frame) for p in frame.participants)
    else:
        return frame
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


def _of_side_party(p: Participant, frame: EventFrame) -> Participant:
    """A participant with no organisation, on a side with one party in the exchange, is of that party."""
    country = p.side or p.person.country
    if p.person.organization is not None or country is None:
        return p
    parties = [party for party in frame.parties if party.country == country]
    return replace(p, person=replace(p.person, organization=parties[0])) if len(parties) == 1 else p


def _of_state_body(p: Participant, channel: str, gazetteer: Gazetteer) -> Participant:
    """A participant with no organisation in a state (legislature) exchange is of his country's government
    (legislature)."""
    country = p.side or p.person.country
    if p.person.organization is not None or country is None:
        return p
    body = gazetteer.government(country) if channel == "state" else gazetteer.legislature(country)
    return p if body is None else replace(p, person=replace(p.person, organization=body.ref()))
