"""The document's dateline (normalise) gives an event its place and date when the story names none, and
nothing in it is read as a participant. Articles written by us in the shape of real wire copy."""

from __future__ import annotations

from latin_helpers import by_name, events


def test_vietnamese_capital_in_diacritics_is_the_event_place() -> None:
    text = (
        "HÀ NỘI — Chairman of the Communist Party of Việt Nam (CPV) Central Committee’s Commission for External "
        "Relations Lê Hoài Trung hosted a reception on Friday for Marthe Pevez, Secretary of the Central "
        "Committee of the United Left Movement (MIU) of the Dominican Republic."
    )
    (event,) = events(text, "en", "2024-07-27")
    assert event.location == "Hanoi"
    assert {"Lê Hoài Trung", "Marthe Pevez"} <= set(by_name(event))


def test_here_today_takes_the_dateline_place_and_date_and_the_agency_is_nobody() -> None:
    text = (
        "HAVANA, June 9 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the Communist "
        "Party of Cuba, met here today with a delegation of the Communist Party of Vietnam led by Le Hoai Trung, "
        "head of the Commission for External Relations of the CPV Central Committee."
    )
    (event,) = events(text, "en", "2024-06-10")
    assert event.location == "Havana"
    assert event.date is not None and event.date.iso == "2024-06-09"
    assert not any("Prensa" in name for name in by_name(event))


def test_kcna_dateline_resolves_a_weekday() -> None:
    text = (
        "Pyongyang, August 28 (KCNA) -- Kim Tok Hun, premier of the Cabinet, met with the Russian expert "
        "delegation headed by Roman Chekushov, vice-minister of Industry and Trade of the Russian Federation, "
        "at the Mansudae Assembly Hall on Tuesday."
    )
    (event,) = events(text, "en", "2024-09-04")  # reposted a week later
    assert event.date is not None and event.date.iso == "2024-08-27"  # the Tuesday before the dateline's Wednesday
    assert event.location == "Pyongyang"
