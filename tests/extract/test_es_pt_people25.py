"""Spanish and Portuguese visits and people across the dev sets (session 25, es25; sentences restated from the pages
and reworded): a reception told with its subject left out after an arrival clause ("Nada más aterrizar en Moscú, fue
recibido por A") is the traveller's, named before; those present told by the noun of their taking part ("dejó
constancia de la participación de los miembros ... A y B") or as taking part in the meeting ("tomó parte en el
encuentro A") attend the exchange; a mission made to a country is a visit ("realizou uma missão oficial à China"),
and the delegates a party was represented by ("O PT foi representado por A e B", "o PCdoB, este representado por")
are its visitors or attendees."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events


def test_reception_on_arrival_with_the_subject_left_out_is_the_travellers() -> None:
    text = ("El ministro de Exteriores de Venezuela, Félix Plasencia, viajó a Rusia para verse con su par ruso. "
            "Apenas aterrizó en Moscú, fue recibido por el director del Departamento de América Latina, "
            "Alexander Schetinin.")
    (event,) = events(text, "es", "2021-11-07")
    people = by_name(event)
    assert set(people) == {"Félix Plasencia", "Alexander Schetinin"}
    assert people["Félix Plasencia"].side == "VE"
    assert people["Félix Plasencia"].lead


def test_a_lead_in_naming_the_subject_is_no_arrival_clause() -> None:
    text = ("El canciller cubano, Bruno Rodríguez, viajó a Vietnam. Al llegar a Hanói, el vicecanciller vietnamita, "
            "Le Hoai Trung, le dio la bienvenida.")
    for event in events(text, "es", "2024-05-02"):
        assert "Le Hoai Trung" in by_name(event)


def test_those_present_told_by_the_noun_of_their_taking_part_attend() -> None:
    text = ("El líder del PRO, Marco Enríquez-Ominami, sostuvo ayer una reunión con el Presidente Raúl Castro. "
            "El periódico Granma recogió la participación del canciller Bruno Rodríguez Parrilla y del jefe del "
            "Departamento de Relaciones Internacionales, José Ramón Balaguer Cabrera.")
    (event,) = events(text, "es", "2015-11-12")
    people = by_name(event)
    assert {"Bruno Rodríguez Parrilla", "José Ramón Balaguer Cabrera"} <= set(people)
    assert not people["Bruno Rodríguez Parrilla"].lead
    assert people["Raúl Castro"].lead


def test_the_taking_part_of_a_country_seats_nobody() -> None:
    text = ("El presidente Nicolás Maduro recibió este lunes al vicepresidente chino, Han Zheng. Maduro valoró la "
            "participación de China en la reconstrucción económica del país.")
    (event,) = events(text, "es", "2024-05-02")
    assert set(by_name(event)) == {"Nicolás Maduro", "Han Zheng"}


def test_a_mission_made_to_a_country_is_a_visit_of_the_delegates_it_was_represented_by() -> None:
    text = ("Uma delegação de vários partidos brasileiros realizou uma missão oficial à China entre 30 de outubro e "
            "7 de novembro. O PT foi representado por Tássia Rabelo, secretária nacional de Formação Política, e "
            "Claudinha Lima, secretária nacional de Nucleação.")
    (event,) = events(text, "pt", "2025-11-15")
    assert event.kind == "visit"
    people = by_name(event)
    assert set(people) == {"Tássia Rabelo", "Claudinha Lima"}
    assert people["Tássia Rabelo"].lead
    assert not people["Claudinha Lima"].lead


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
    text = ("LA HABANA.- El presidente cubano, Raúl Castro, se reunió hoy con el secretario de Relaciones "
            "Internacionales del Partido del Trabajo de Corea, Kang Sok Su. También tomó parte en el encuentro José "
            "Ramón Balaguer, quien tiene en el PCC un puesto similar al de Kang Sok Su y quien en 2013 fue a "
            "Pyongyang al frente de una delegación cubana.")
    (event,) = events(text, "es", "2015-06-27")
    people = by_name(event)
    assert "José Ramón Balaguer" in people
    assert not people["José Ramón Balaguer"].lead


def test_a_party_this_one_represented_by_two_delegates() -> None:
    text = ("Realizou-se nesta terça-feira o Fórum entre o Partido Comunista da China e partidos da América Latina, "
            "por videoconferência. Nessa ocasião, Walter Sorrentino, vice-presidente do PCdoB, falou a uma "
            "emissora chinesa. Tomaram parte no Fórum uns 400 representantes de 110 partidos de mais de 30 países. "
            "Do Brasil estiveram o PT, o PSB e o PCdoB, este representado por Walter Sorrentino e Ana Prestes.")
    people = {n: p for e in events(text, "pt", "2021-11-30") for n, p in by_name(e).items()}
    assert {"Walter Sorrentino", "Ana Prestes"} <= set(people)
    assert people["Ana Prestes"].side == "BR"  # of the side of the delegate named with her


def test_a_nationality_word_between_given_name_and_surname_is_part_of_the_name() -> None:
    text = ("Uma delegação de partidos brasileiros percorreu a China durante duas semanas. Pelo PCdoB participaram "
            "Ricardo Alemão Abreu, Secretário de Relações Internacionais; e Lúcia Stumpf, secretária de Movimentos "
            "Sociais. A delegação, chefiada pelo senador Rodrigo Rollemberg, foi recebida por Wang Lequan, membro do "
            "Birô Político do PCCh.")
    (event,) = events(text, "pt", "2011-08-04")
    people = by_name(event)
    assert "Ricardo Alemão Abreu" in people
    assert people["Ricardo Alemão Abreu"].side == "BR"


def test_a_nationality_after_a_post_stays_the_posts() -> None:
    text = "O presidente Lula recebeu o chanceler Alemão Johann Wadephul, em Brasília."
    (event,) = events(text, "pt", "2025-05-04")
    assert set(by_name(event)) == {"Lula", "Johann Wadephul"}
    assert by_name(event)["Johann Wadephul"].side == "DE"
