"""Further events of a multi-event report (issue 13, session 9): a list of people met whose linking word
repeats before each ("recibido por A, por B y también por C") is one event each, also when a courtesy
title stands between the word and the name ("por el Sr. B"), and also when the list has no subject of its own and
the sentence before names the one who met them ("No menos de tres reuniones sostuvo ... el embajador A ... La
primera reunión fue con B; luego, ..., con C y después con D"). Real pages (Rebelión/KKE, Semana)
read from quality/real-dev; short sentences in the same constructions check the rule beyond them, and that a list
whose linking word is said once stays one event."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, sentence_events


def _pairs(doc_id: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in page_events(doc_id)]


def test_received_by_each_after_a_courtesy_title() -> None:
    # "C. Wimmer fue recibido ... por la vicepresidenta ... Sra. Elsa Papadimitrou, ..., por el Sr. Panagiotis
    # Skandalakis, ..., y también por el Sr. Harris Kastanidis, parlamentario del PASOK."
    pairs = _pairs("web-es-051")
    assert {"C. Wimmer", "Elsa Papadimitrou"} in pairs
    hosts = {"Elsa Papadimitrou", "Panagiotis Skandalakis", "Harris Kastanidis"}
    assert all(len(pair & hosts) <= 1 for pair in pairs)  # each met on their own


def test_a_subjectless_list_whose_linking_word_repeats() -> None:
    # "No menos de tres reuniones sostuvo este martes el embajador Armando Benedetti en Caracas ..."
    # "La primera reunión fue con la vicepresidenta Delcy Rodríguez, ...; luego, en la Asamblea Nacional, con
    # Diosdado Cabello ... y después con Jorge Rodríguez, presidente del legislativo."
    pairs = _pairs("web-es-177")
    for met in ("Delcy Rodríguez", "Diosdado Cabello", "Jorge Rodríguez"):
        assert {"Armando Benedetti", met} in pairs


def test_sentences_in_the_same_constructions() -> None:
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, visitó Grecia en estos días. Rodríguez fue recibido en Atenas "
        "por la presidenta del Parlamento Griego, Sra. Elsa Papadimitrou, y también por el Sr. Harris "
        "Kastanidis, diputado del PASOK.", "2025-03-10", "es")
    pairs = [{p.person.native for p in e.participants} for e in es]
    assert {"Bruno Rodríguez", "Elsa Papadimitrou"} in pairs
    assert {"Bruno Rodríguez", "Harris Kastanidis"} in pairs


def test_a_subjectless_list_in_the_same_construction() -> None:
    es = sentence_events(
        "Dos reuniones sostuvo este martes en Caracas el embajador de Colombia, Armando Benedetti. La primera "
        "reunión fue con la vicepresidenta venezolana Delcy Rodríguez; luego, en la Asamblea Nacional, con el "
        "diputado venezolano Diosdado Cabello.", "2025-03-10", "es")
    pairs = [{p.person.native for p in e.participants} for e in es]
    assert {"Armando Benedetti", "Delcy Rodríguez"} in pairs
    assert {"Armando Benedetti", "Diosdado Cabello"} in pairs


def test_a_title_between_the_linking_words_is_no_linking_word() -> None:
    # "He is also to meet, separately, H.E. A, ..., and H.E. B": "H.E." is a courtesy title, no linking word
    en = sentence_events(
        "Agence Kampuchea Presse reported that Hun Sen will visit China. He is also to meet, separately, H.E. "
        "Wang Huning, Chairman of the CPPCC, and H.E. Zhao Leji, Chairman of the NPC Standing Committee.",
        "2025-03-10", "en")
    assert not any("Agence Kampuchea Presse" in {p.person.native for p in e.participants} for e in en)


def test_a_list_whose_linking_word_is_said_once_stays_one_event() -> None:
    # (two top offices of one state, "el presidente A y el primer ministro B", are two meetings: titles.top_offices)
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, fue recibido este lunes en Hanoi por el presidente de la Asamblea "
        "Nacional de Vietnam, Tran Thanh Man, y el vicepresidente vietnamita, Vo Thi Anh Xuan.", "2025-03-10", "es")
    assert len(es) == 1
