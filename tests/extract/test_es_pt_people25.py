"""Spanish and Portuguese visits and people across the dev sets (session 25, es25; constructions of the pages, their
sentences reworded and their people changed): a reception told with its subject left out after an arrival clause
("Al aterrizar en Lima, fue recibida por A") is the traveller's, named before; those present told as taking part in
the meeting ("también tomó parte en la reunión A") attend the exchange, not a country's taking part in something; a
mission made to a country is a visit ("fez uma missão oficial ao Vietnã"), and the delegates a party was represented
by ("O partido foi representado por A e B", "o PSB, este representado por") are its visitors or attendees; a
nationality word between a given name and a surname is part of the name ("Carlos Alemão Lima, secretário de ...")."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_reception_on_arrival_with_the_subject_left_out_is_the_travellers() -> None:
    text = ("La canciller de Venezuela, Carmen Ortiz, viajó a Perú para verse con su par peruano, Luis Tello. "
            "Apenas aterrizó en Lima, fue recibida por la jefa de Protocolo de la cancillería peruana, "
            "Rosa Quispe.")
    (event,) = events(text, "es", "2021-11-07")
    people = by_name(event)
    assert {"Carmen Ortiz", "Rosa Quispe"} <= set(people)
    assert people["Carmen Ortiz"].side == "VE"
    assert people["Carmen Ortiz"].lead


def test_a_lead_in_naming_the_subject_is_no_arrival_clause() -> None:
    text = ("El canciller cubano, Bruno Rodríguez, viajó a Vietnam. Al llegar a Hanói, el vicecanciller vietnamita, "
            "Le Hoai Trung, le dio la bienvenida.")
    for event in events(text, "es", "2024-05-02"):
        assert "Le Hoai Trung" in by_name(event)


def test_the_taking_part_of_a_country_seats_nobody() -> None:
    text = ("El presidente Nicolás Maduro recibió este lunes al vicepresidente chino, Han Zheng. Maduro valoró la "
            "participación de China en la reconstrucción económica del país.")
    (event,) = events(text, "es", "2024-05-02")
    assert set(by_name(event)) == {"Nicolás Maduro", "Han Zheng"}


def test_a_mission_made_to_a_country_is_a_visit_of_the_delegates_it_was_represented_by() -> None:
    text = ("Uma comitiva de vários partidos brasileiros fez uma missão oficial ao Vietnã de 2 a 9 de março. "
            "O PSB foi representado por Marta Souza, secretária nacional de Juventude, e Paulo Rocha, "
            "secretário nacional de Finanças.")
    (event,) = events(text, "pt", "2025-03-15")
    assert event.kind == "visit"
    people = by_name(event)
    assert set(people) == {"Marta Souza", "Paulo Rocha"}
    assert people["Marta Souza"].lead
    assert not people["Paulo Rocha"].lead


def test_a_rescue_mission_is_no_visit() -> None:
    text = "O ministro Carlos Silva fez uma missão de resgate em alto-mar com a marinha."
    assert events(text, "pt", "2025-11-15") == ()


def test_spanish_mission_and_the_delegates_it_was_represented_by() -> None:
    text = ("Una delegación de partidos chilenos realizó una misión oficial a China del 2 al 9 de mayo. El Partido "
            "Comunista estuvo representado por Lautaro Carmona, secretario general, y Bárbara Figueroa, "
            "presidenta del partido.")
    (event,) = events(text, "es", "2025-05-15")
    assert event.kind == "visit"
    assert set(by_name(event)) == {"Lautaro Carmona", "Bárbara Figueroa"}


def test_one_taking_part_in_the_meeting_attends_it() -> None:
    text = ("El presidente cubano, Miguel Díaz-Canel, conversó hoy en La Habana con el jefe del Departamento "
            "Internacional del Partido del Trabajo de Corea, Kim Song Nam. También tomó parte en la reunión "
            "Emilio Lozada, quien tiene en el PCC un puesto similar al de Kim Song Nam y quien en 2019 fue a "
            "Pyongyang con una delegación.")
    (event,) = events(text, "es", "2024-06-27")
    people = by_name(event)
    assert "Emilio Lozada" in people
    assert not people["Emilio Lozada"].lead


def test_a_party_this_one_represented_by_two_delegates() -> None:
    text = ("Realizou-se nesta quarta-feira o 4º Fórum do Partido Comunista da China com partidos da América "
            "Latina, por videoconferência. Na ocasião, Paulo Rocha, vice-presidente do PCdoB, deu entrevista a "
            "uma rádio chinesa. Tomaram parte no fórum uns 300 representantes de 90 partidos de mais de 20 países. "
            "Do Brasil estiveram o PT e o PCdoB, este representado por Paulo Rocha e Marta Souza.")
    people = {n: p for e in events(text, "pt", "2021-11-30") for n, p in by_name(e).items()}
    assert {"Paulo Rocha", "Marta Souza"} <= set(people)
    assert people["Marta Souza"].side == "BR"  # of the side of the delegate named with her


def test_a_nationality_word_between_given_name_and_surname_is_part_of_the_name() -> None:
    text = ("Uma comitiva de partidos brasileiros percorreu o Vietnã durante dez dias. Pelo PSB participaram "
            "Carlos Alemão Lima, secretário de Organização; e Marta Souza, secretária de Juventude. A comitiva, "
            "chefiada pelo deputado Rui Falcão, foi recebida por Le Hoai Trung, chefe da Comissão de Relações "
            "Exteriores do PCV.")
    (event,) = events(text, "pt", "2011-08-04")
    people = by_name(event)
    assert "Carlos Alemão Lima" in people
    assert people["Carlos Alemão Lima"].person.title == "secretário de Organização"


def test_a_nationality_after_a_post_stays_the_posts() -> None:
    text = "O presidente Lula recebeu o chanceler Alemão Johann Wadephul, em Brasília."
    (event,) = events(text, "pt", "2025-05-04")
    assert set(by_name(event)) == {"Lula", "Johann Wadephul"}
    assert by_name(event)["Johann Wadephul"].side == "DE"
