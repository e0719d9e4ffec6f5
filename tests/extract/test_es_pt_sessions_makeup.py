"""Spanish and Portuguese constructions of the fifteenth batch of real pages (issue 13, es15), each seen on
several pages and outlets of quality/real-dev:

- a meeting told as a working session ("sostuvo una sesión de trabajo con A", VNA; "manteve uma sessão de
  trabalho com", as English "had a working session with" and French "une séance de travail avec");
- a delegation's make-up in the present with the delegation as the clitic object, after its head or after a
  clause set off by commas ("está encabezada por A y la integran B, C", "la representación ..., que acude por
  invitación del PCC, la integran A y B"): the members take part, not as leads;
- a lone given name for a person named in full before ("Raúl reafirmó", Cuban and Nicaraguan outlets), not in
  a place's name ("El Salvador")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events
from tests.extract.real_dev_pages import page_events


def test_a_working_session_in_portuguese_is_a_meeting() -> None:
    text = (
        "Hanói, 3 mar (VNA) - O vice-primeiro-ministro vietnamita Tran Hong Ha manteve nesta segunda-feira uma sessão "
        "de trabalho com o ministro angolano dos Transportes, Ricardo de Abreu."
    )
    (event,) = events(text, "pt", "2025-03-03")
    assert event.kind == "meeting"
    assert {"Tran Hong Ha", "Ricardo de Abreu"} <= set(by_name(event))


def test_members_of_a_delegation_told_with_the_clitic_take_part() -> None:
    # restated from Empresa Exterior (web-es-402): the head, then "y la integran"
    text = (
        "El Embajador del Perú en España, Francisco Eguiguren Praeli, dio la bienvenida a una delegación de "
        "Congresistas del Perú que realizan una visita oficial a España.\n"
        "La delegación está encabezada por el Congresista Luis Galarreta y la integran los Congresistas Cecilia "
        "Chacón, Hernán de la Torre y Rosa Núñez de Acuña."
    )
    (event,) = events(text, "es", "2025-10-06")
    seats = by_name(event)
    assert {"Luis Galarreta", "Cecilia Chacón", "Hernán de la Torre", "Rosa Núñez de Acuña"} <= seats.keys()
    assert not seats["Cecilia Chacón"].lead


def test_members_of_a_representation_after_a_relative_clause_take_part() -> None:
    # restated from Radio Santa Cruz (Prensa Latina), web-es-1502
    text = (
        "La Habana, 08 abr.- José Ramón Machado Ventura, segundo secretario del Partido Comunista de Cuba, recibió "
        "este sábado a una delegación del Frente Farabundo Martí para la Liberación Nacional (FMLN) de El Salvador.\n\n"
        "Según la televisión nacional, la representación de la nación centroamericana, que acude por invitación "
        "del PCC, la integran el coordinador general de esa fuerza política, Medardo González, y el vicepresidente "
        "salvadoreño, Salvador Sánchez."
    )
    (event,) = events(text, "es", "2012-04-08")
    seats = by_name(event)
    assert {"José Ramón Machado Ventura", "Medardo González", "Salvador Sánchez"} <= seats.keys()


def test_a_lone_given_name_names_the_sender_named_in_full_before() -> None:
    # Radio Reloj (web-es-1509): the congratulation is told first to the party, then "En un mensaje a Nguyen Phu
    # Trong, ..., Raúl reafirmó ...": "Raúl" is Raúl Castro, the sender
    (event,) = page_events("web-es-1509")
    assert event.kind == "message"
    seats = by_name(event)
    assert seats["Raúl Castro"].lead and seats["Nguyen Phu Trong"].lead


def test_a_given_name_inside_a_place_name_names_nobody() -> None:
    # "El Salvador" is no mention of Salvador Sánchez Cerén: the meeting stays between the two principals
    text = (
        "LA HABANA, 8 Abr 2012 (AFP) - El segundo secretario del Partido Comunista de Cuba, José Ramón Machado, "
        "recibió el sábado a Salvador Sánchez Cerén, vicepresidente de El Salvador.\n"
        "El Salvador y Cuba restablecieron relaciones el 1 de junio de 2009."
    )
    (event,) = events(text, "es", "2012-04-08")
    assert set(by_name(event)) == {"José Ramón Machado", "Salvador Sánchez Cerén"}
    assert len(event.participants) == 2
