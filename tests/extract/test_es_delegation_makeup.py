"""A delegation's make-up told in the present tense, after the arrival or meeting (issue 13, eighth Spanish batch):
"Integran la delegación cubana 11 miembros, entre ellos también A", "Forman también parte de la delegación oficial
cubana A", "La delegación cubana la componen A; B; C", "la comitiva oficial incluye a la viceministra para Europa, A".
The members take part in the delegation's events (not as leads), on the delegation's side. Real pages of four
outlets, read from quality/real-dev. Also: a programme still to come names no one met ("el domingo ... se reunirá
con el primer ministro cubano, A"), even after an opening that announces "reuniones con las máximas autoridades"."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events


def _seats(event: EventFrame) -> dict[str, bool]:
    return {p.person.native: p.lead for p in event.participants}


@pytest.mark.parametrize(
    ("doc_id", "guest", "members"),
    [
        ("web-es-148", "Roberto Morales Ojeda", {"Jorge Luis Broche Lorenzo", "Emilio Lozada García"}),  # "Integran"
        ("web-es-046", "Roberto Morales Ojeda", {"Jorge Luis Broche Lorenzo"}),  # "Forman también parte de"
        (
            "web-es-052", "Miguel Díaz-Canel",
            {"Bruno Rodríguez Parrilla", "Emilio Lozada García", "Oscar Pérez-Oliva Fraga"},  # "la componen"
        ),
        ("web-es-029", "Delcy Rodríguez", {"Coromoto Godoy", "Rander Peña", "Jesús Salazar"}),  # "incluye a"
    ],
)
def test_the_members_of_a_delegation_told_in_the_present_take_part(doc_id: str, guest: str, members: set[str]) -> None:
    (event,) = page_events(doc_id)
    seats = _seats(event)
    assert seats.get(guest) is True
    assert members <= seats.keys()
    assert not any(seats[m] for m in members)
    sides = {p.person.native: p.side for p in event.participants}
    assert {sides[m] for m in members} == {sides[guest]}  # of the delegation's own country


def test_the_hosts_of_an_announced_programme_are_not_met_yet() -> None:
    # "llegó hoy a Cuba para cumplir una visita oficial con reuniones con las máximas autoridades ... fue recibido por
    # el vicepresidente cubano Salvador Valdés ... el domingo ... se reunirá con el primer ministro cubano, Manuel
    # Marrero, y el titular de la Asamblea Nacional ..., Esteban Lazo": one arrival, no meeting yet
    (event,) = page_events("web-es-154")
    assert event.kind == "visit"
    assert set(_seats(event)) == {"Nguyen Xuan Phuc", "Salvador Valdés"}
