"""An arrival told by one sentence and its greeters by the next (issue 13, seventh Spanish batch): "X llegó
... Al recibimiento en el aeropuerto ... acudieron A, B y C", "En el aeropuerto internacional Simón Bolívar fue
recibido por A; B ...", "La delegación fue recibida en el Aeropuerto ... por A", "A recibió con honores al
mandatario cubano al pie de la escalerilla". The greeters are the visit's counterparts, an airport's namesake is
no one, and one of the guest's own country among them (the guest's ambassador) is not a lead. Counterparts of talks
still to come ("donde dialogará con", "hará una visita ..., donde tendrá un encuentro con") are not. Real pages of
six outlets (Canal 4, TV Santiago, Perlavisión, Radio Rebelde, Tiempo21, Crónica Viva), read from quality/real-dev.
Also two further events of multi-event pages: a title that runs into a verb is the next clause's subject, not an
apposition ("En su encuentro con A, el jefe de Gobierno vietnamita resaltó"), and "A y su homólogo B discutieron"."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events


def _only_event(doc_id: str) -> EventFrame:
    events = page_events(doc_id)
    assert len(events) == 1, [e.kind for e in events]
    return events[0]


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


@pytest.mark.parametrize(
    ("doc_id", "guest", "greeters"),
    [
        ("web-es-148", "Roberto Morales Ojeda", {"Tania Díaz González", "Eduardo Piñate Rodríguez"}),  # "acudieron"
        ("web-es-046", "Roberto Morales Ojeda", {"Tania Díaz", "Eduardo Piñate", "Yosneisy Paredes"}),
        ("web-es-006", "Wang Yulin", {"Laureano Ortega Murillo"}),  # "La delegación fue recibida ... por"
        ("web-es-131", "Miguel Díaz-Canel Bermúdez", {"Khemmani Pholsena"}),  # "recibió ... al mandatario cubano"
    ],
)
def test_the_greeters_of_an_arrival_are_its_counterparts(doc_id: str, guest: str, greeters: set[str]) -> None:
    event = _only_event(doc_id)
    assert event.kind == "visit"
    names = _names(event)
    assert guest in names and greeters <= names
    assert not {"Simón Bolívar", "Libertador Simón Bolívar", "Augusto C. Sandino"} & names  # airports


@pytest.mark.parametrize("doc_id", ["web-es-148", "web-es-046"])
def test_the_guests_own_ambassador_among_the_greeters_is_not_a_lead(doc_id: str) -> None:
    event = _only_event(doc_id)
    seats = {p.person.native: p for p in event.participants}
    ambassador = seats["Dagoberto Rodríguez Barrera"]
    assert ambassador.lead is False and ambassador.side == "CU"
    assert seats["Roberto Morales Ojeda"].lead is True


def test_a_counterpart_of_talks_still_to_come_is_not_one_of_the_arrival() -> None:
    # "llegó hoy a Shanghái para iniciar una visita de Estado a China, donde dialogará con el mandatario anfitrión,
    # Xi Jinping, ...": the arrival is told, the talks are not held yet
    event = _only_event("web-es-147")
    assert event.kind == "visit" and _names(event) == {"Miguel Díaz-Canel"}


def test_a_visit_announced_with_hara_gives_no_event() -> None:
    # "A mediados del próximo mayo, la canciller argentina, Susana Malcorra, hará una visita oficial a China, donde
    # tendrá un encuentro con su par de ese país, Wang Yi": future, beside the meeting of the day
    names = [_names(e) for e in page_events("web-es-068")]
    assert not any({"Susana Malcorra", "Wang Yi"} & n for n in names)
    assert any({"Mauricio Macri", "Sun Zhengcai"} <= n for n in names)


def test_a_title_running_into_a_verb_is_the_next_subject_not_an_apposition() -> None:
    # "En su encuentro con Eksavang Vongvichit, el jefe de Gobierno vietnamita resaltó ...": the Lao minister is
    # not the Vietnamese head of government, so his meeting is not domestic and both meetings "por separado" stay
    pairs = [_names(e) for e in page_events("web-es-108")]
    assert {"Nguyen Tan Dung", "Eksavang Vongvichit"} in pairs
    assert {"Nguyen Tan Dung", "Hiem Phommachanh"} in pairs


def test_two_officials_who_discussed_met() -> None:
    # "Jorge Arreaza, y su homólogo de China, Wang Yi, discutieron sobre ...", then "Previamente el canciller
    # venezolano se reunió con el vicepresidente de China, Wang Qishan": two meetings
    pairs = [_names(e) for e in page_events("web-es-076")]
    assert {"Jorge Arreaza", "Wang Yi"} in pairs
    assert {"Jorge Arreaza", "Wang Qishan"} in pairs


@pytest.mark.parametrize("doc_id", ["web-es-140", "web-es-112"])
def test_the_one_sworn_in_at_an_inauguration_attended_is_not_met(doc_id: str) -> None:
    # "El jefe de Estado arribó a México este domingo para asistir a la toma de posesión de Claudia Sheinbaum":
    # the Cuban president's meeting with Morena's secretary general is the event, not Sheinbaum
    events = page_events(doc_id)
    assert events and not any("Claudia Sheinbaum" in _names(e) for e in events)
    assert any("Miguel Díaz-Canel" in _names(e) for e in events)
