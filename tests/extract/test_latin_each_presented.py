"""Counterparts each presented by a post of their own after the name ("While in China, Kim met with Wang Huning, a
member of the standing committee ..., and Liu Jianchao, minister of the party's international liaison
department."): two officeholders of other bodies, met one by one (GOLD_FORMAT: "X separately met A and B" =
several events); a plain "met with A and B" stays one meeting (``met_lists._each_presented``)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _pairs(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events]


def test_two_counterparts_each_with_a_post_after_the_name_are_two_meetings() -> None:
    # web-en-1514: "While in China, Kim met with Wang Huning, a member of the standing committee of the political
    # bureau of the Chinese Communist Party, and Liu Jianchao, minister of the party's international liaison
    # department."
    pairs = _pairs(page_events("web-en-1514"))
    assert {"Kim Song-nam", "Wang Huning"} in pairs
    assert {"Kim Song-nam", "Liu Jianchao"} in pairs
    assert {"Kim Song-nam", "Wang Huning", "Liu Jianchao"} not in pairs


def test_restated_trip_splits_the_two_hosts() -> None:
    en = sentence_events(
        "A delegation of the Workers' Party of Korea, led by Kim Song-nam, director of its international department, "
        "visited China last week. While in Beijing, Kim met with Wang Huning, chairman of the Chinese People's "
        "Political Consultative Conference, and Liu Jianchao, minister of the International Department of the CPC "
        "Central Committee.", "2024-03-25", "en")
    pairs = _pairs(en)
    assert {"Kim Song-nam", "Wang Huning"} in pairs and {"Kim Song-nam", "Liu Jianchao"} in pairs


def test_a_plain_pair_met_stays_one_meeting() -> None:
    en = sentence_events(
        "A delegation of the Workers' Party of Korea, led by Kim Song-nam, director of its international department, "
        "visited China last week. While in Beijing, Kim met with Wang Huning and Liu Jianchao.", "2024-03-25", "en")
    assert not ({"Kim Song-nam", "Wang Huning"} in _pairs(en) and {"Kim Song-nam", "Liu Jianchao"} in _pairs(en))
