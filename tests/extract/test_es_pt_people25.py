"""Spanish and Portuguese visits and people across the dev sets (session 25, es25; sentences restated from the pages
and reworded): a reception told with its subject left out after an arrival clause ("Nada más aterrizar en Moscú, fue
recibido por A") is the traveller's, named before; those present told by the noun of their taking part ("dejó
constancia de la participación de los miembros ... A y B") attend the exchange; a deputy told again by the post
before a passive reception ("O deputado da Frelimo foi recebido por B") is the visitor named before."""

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


def test_a_deputy_told_again_by_the_post_is_the_visitor() -> None:
    text = ("O partido moçambicano mandou a Luanda um dos seus deputados, o empresário Agostinho Vuma. O deputado do "
            "partido foi também recebido em audiência pelo presidente da Assembleia Nacional de Angola, Fernando "
            "da Piedade dos Santos.")
    (event,) = events(text, "pt", "2014-04-22")
    assert set(by_name(event)) == {"Agostinho Vuma", "Fernando da Piedade dos Santos"}
