"""Spanish shapes of the fresh set real-dev-es-2 (issue 13, es31; sentences restated and reworded, names kept):
a visit called off or never held is no event, the counterpart of talks still to come and the visitor a call is
about are no participants, a state branch ("el Órgano Legislativo") is no one, a conference held is a seminar."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_visit_that_did_not_take_place_is_no_event() -> None:
    text = ("La visita que se esperaba de la vicepresidenta de Vietnam, Vo Thi Anh Xuan, a Uruguay no se concretó, "
            "sin razón oficial; pesó el rechazo de la Junta Departamental de Montevideo a un busto del líder "
            "vietnamita Ho Chi Min.")
    assert events(text, "es", "2025-11-21") == ()


def test_visit_called_off_in_the_headline_verb_is_no_event() -> None:
    text = ("El canciller de Panamá, Javier Martínez-Acha, canceló su visita a Caracas prevista para este lunes, "
            "en la que iba a ver al ministro Yván Gil.")
    assert events(text, "es", "2024-05-06") == ()


def test_counterpart_of_talks_still_to_come_is_no_participant() -> None:
    text = ("Moscú. Julio 11.- El mandatario boliviano, Evo Morales, arribó hoy a Moscú para una visita oficial, "
            "en la que abordará con su similar, Vladimir Putin, la cooperación energética. En el aeropuerto lo "
            "recibió el viceministro ruso de Asuntos Exteriores Serguei Riabkov.")
    people = {n for e in events(text, "es", None) for n in by_name(e)}
    assert "Evo Morales" in people and "Serguei Riabkov" in people
    assert "Vladimir Putin" not in people


def test_visitor_a_call_is_about_is_no_participant() -> None:
    text = ("La Habana, 4 mar (RHC) El canciller cubano Bruno Rodríguez y el secretario de Estado John Kerry "
            "hablaron por teléfono este viernes acerca de la visita oficial que el presidente Barack Obama hará a "
            "la isla a fines de mes.")
    (event,) = events(text, "es", "2016-03-04")
    assert event.kind == "phone_call"
    assert set(by_name(event)) == {"Bruno Rodríguez", "John Kerry"}


def test_state_branch_is_no_person() -> None:
    text = ("La embajadora norteamericana, Phyllis Powers, se reunió ayer con José Muñoz y Manuel Cohen, "
            "que presiden y vicepresiden, en ese orden, el Órgano Legislativo.")
    names = {n for e in events(text, "es", "2010-09-23") for n in by_name(e)}
    assert "Phyllis Powers" in names
    assert not any("Órgano" in n for n in names)


def test_conference_held_is_a_seminar() -> None:
    text = ("En el marco del aniversario del Partido del Trabajo de Corea, en la Cámara de Diputados se llevó a cabo "
            "una conferencia de diplomáticos norcoreanos y legisladores mexicanos. Asistió al encuentro el "
            "embajador norcoreano acreditado en México, Kim Hyong Gil.")
    kinds = {e.kind for e in events(text, "es", "2015-10-10")}
    assert kinds == {"seminar"}


def test_posts_paired_by_respectivamente_keep_one_meeting() -> None:
    text = ("Ciudad de Panamá. La embajadora norteamericana, Phyllis Powers, se reunió el jueves con José Muñoz y "
            "Manuel Cohen, presidente y primer vicepresidente, respectivamente, de la Asamblea Nacional.")
    (event,) = events(text, "es", "2010-09-23")
    assert set(by_name(event)) == {"Phyllis Powers", "José Muñoz", "Manuel Cohen"}


def test_head_of_a_government_in_a_clause_beside_the_meeting_is_no_participant() -> None:
    text = ("El canciller venezolano, Félix Plasencia, recibió el viernes al encargado de negocios de España, "
            "Ramón Santos Martínez, mientras que el Gobierno de Nicolás Maduro censuraba a Madrid por su opinión "
            "sobre los comicios.")
    (event,) = events(text, "es", "2021-11-26")
    assert set(by_name(event)) == {"Félix Plasencia", "Ramón Santos Martínez"}


def test_venue_in_a_city_named_as_one_places_the_meeting() -> None:
    text = ("Los mandatarios de Brasil, Lula da Silva, y de Bolivia, Luis Arce, conversaron el martes en el "
            "hotel Radisson de la ciudad de Santa Cruz para revisar la agenda comercial.")
    (event,) = events(text, "es", "2024-07-09")
    assert event.location == "Santa Cruz"


def test_agency_tag_of_the_dateline_is_no_part_of_the_title() -> None:
    text = "Hanoi, 2 may (VNA) El primer ministro Pham Minh Chinh recibió al canciller de Cuba, Bruno Rodríguez."
    (event,) = events(text, "es", "2023-05-02")
    assert by_name(event)["Pham Minh Chinh"].person.title == "primer ministro"
