"""Further events of a delegation's programme (issue 13), on real text: a list of people held talks with
("During the four-day trip, Cai held talks with Vice President A, Speaker B, and Chairperson C") and a list
naming some of a group met ("met with Cambodian and Lao party and government leaders, including A, and B";
"met representatives from a number of political parties, including A, B and C") are one event per person,
even when the people met are of several countries; a list of greeters at an arrival stays one welcome.
Pages are the restatements in ``quality/real-dev``; the readout is read from ``../shared``."""

from __future__ import annotations

from pathlib import Path

from tests.extract.real_dev_pages import events_with as _with
from tests.extract.real_dev_pages import names_in as _names
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import readout_events


def test_talks_with_a_list_of_titled_hosts_are_one_event_each() -> None:
    # News Ghana (Xinhua): "During the four-day trip, Cai held talks with Namibian Vice President A, Speaker of
    # the National Assembly B, and Chairperson of the National Council C" after "Cai ... visited Namibia"
    found = _page("web-en-173")
    for host in ("Netumbo Nandi-Ndaitwah", "Peter Hitjitevi Katjavivi", "Lukas Sinimbo Muha"):
        (talks,) = _with(found, "Cai Dafeng", host)
        assert talks.kind == "talks" and len(_names(talks)) == 2


def test_people_met_named_as_some_of_a_group_are_one_meeting_each() -> None:
    # People's Daily (Xinhua): "Xie met with Cambodian and Lao party and government leaders, including ... Hun
    # Sen, and ... Thongloun Sisoulith": two countries, still two meetings
    found = _page("web-en-175")
    (kh,) = _with(found, "Xie Chuntao", "Hun Sen")
    (la,) = _with(found, "Xie Chuntao", "Thongloun Sisoulith")
    assert kh is not la and "Thongloun Sisoulith" not in _names(kh)
    # VietnamPlus: "the Vietnamese official met representatives from a number of political parties, including
    # A (Cuba), B (Nicaragua) and C (Brazil)"
    found = _page("web-en-042")
    for host in ("Jose Ramon Balaguer Cabrera", "Carlos Fonseca Teran", "Ricardo Alemao"):
        (meeting,) = _with(found, "Nguyen Viet Thao", host)
        assert len(_names(meeting)) == 2


def test_greeters_listed_at_an_arrival_stay_one_welcome() -> None:
    # Granma: "En el aeropuerto ... fue recibido por A; B; y C, y también por D": one arrival, not one per greeter
    found = _page("web-es-046")
    (visit,) = _with(found, "Roberto Morales Ojeda", "Eduardo Piñate")
    assert {"Tania Díaz", "Yosneisy Paredes"} <= _names(visit)


def test_a_readout_of_talks_with_a_list_of_officials_is_one_event_each(shared: Path) -> None:
    # "They held constructive talks with Crown Prince and Prime Minister A, Minister of Energy B, Minister of
    # Defense C, Foreign Minister D, and other senior Saudi officials" after the visit sentence
    found = readout_events(shared, "whb-00767")["whb-00767"]
    talks = [e for e in found if e.kind == "talks"]
    met = [_names(e) - {"Brett McGurk", "Amos Hochstein", "Tim Lenderking"} for e in talks]
    assert sorted(len(m) for m in met) == [1, 1, 1, 1]
    assert {"Mohammed bin Salman", "Faisal bin Farhan"} <= set().union(*met)
