"""A tour through several countries told as a list is one visit to each country (issue 13, session 10:
``latin/tours.py``), and the words around such reports that read as people are none: a headline's opening verb
("Concluye Díaz-Canel visita a Granada"), the first words of a country's name of several words ("San Vicente y
las Granadinas"). Congratulations sent with no "mensaje" are messages ("envía felicitación al Partido Comunista
de Vietnam", "enviou felicitações ao Partido"). Real pages (Vanguardia, Radio Rebelde) read from quality/real-dev;
short texts in the same constructions check the rules beyond them."""

from __future__ import annotations

from liaison.extract.latin.places import names_a_place
from liaison.extract.lexicon_file import lexicon_for
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _leads(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_a_tour_of_three_countries_told_on_the_return_is_three_visits() -> None:
    visits = [e for e in page_events("web-es-201") if e.kind == "visit"]
    assert len(visits) == 3
    assert all(_leads(e) == {"Miguel Díaz-Canel Bermúdez"} for e in visits)
    assert all({p.side for p in e.participants if p.lead} == {"CU"} for e in visits)
    assert all(e.date is not None and e.date.iso == "2025-09" and e.location is None for e in visits)


def test_the_same_construction_in_short_texts() -> None:
    es = sentence_events(
        "La Habana, 9 sep (ACN) El primer secretario del Partido Comunista de Cuba y presidente de la República, "
        "Miguel Díaz-Canel, llegó este martes a La Habana tras la gira oficial por Vietnam, China y Laos.",
        "2025-09-09", "es")
    assert [e.kind for e in es] == ["visit"] * 3
    assert all(_leads(e) == {"Miguel Díaz-Canel"} for e in es)


def test_a_tour_with_a_meeting_in_one_country_is_that_meeting_and_a_visit_to_each_other() -> None:
    es = sentence_events(
        "La Habana, 9 sep (ACN) El primer secretario del Partido Comunista de Cuba y presidente de la República, "
        "Miguel Díaz-Canel, llegó este martes a La Habana tras la gira oficial por Vietnam, China y Laos. En Hanói, "
        "Díaz-Canel se reunió con el secretario general del Partido Comunista de Vietnam, To Lam.", "2025-09-09", "es")
    assert sorted(e.kind for e in es) == ["meeting", "visit", "visit"]
    assert all(_leads(e) == {"Miguel Díaz-Canel"} for e in es if e.kind == "visit")
    assert [_leads(e) for e in es if e.kind == "meeting"] == [{"Miguel Díaz-Canel", "To Lam"}]


def test_a_visit_to_one_country_is_one_visit() -> None:
    es = sentence_events(
        "La Habana, 9 sep (ACN) El primer secretario del Partido Comunista de Cuba y presidente de la República, "
        "Miguel Díaz-Canel, llegó este martes a La Habana tras la visita oficial a Vietnam.", "2025-09-09", "es")
    assert [e.kind for e in es] == ["visit"]


def test_a_meeting_with_a_touring_guest_is_one_meeting() -> None:
    # the visitor's tour is told beside a meeting with a host: no one-sided visit to split
    es = sentence_events(
        "Caracas, 9 sep (AVN) El presidente de Venezuela, Nicolás Maduro, se reunió este martes con el presidente de "
        "Cuba, Miguel Díaz-Canel, quien realiza una gira por Venezuela, Nicaragua y Bolivia.", "2025-09-09", "es")
    assert [e.kind for e in es] == ["meeting"]
    assert _leads(es[0]) == {"Nicolás Maduro", "Miguel Díaz-Canel"}


def test_a_headline_verb_and_a_country_of_several_words_name_no_one() -> None:
    people = {p.person.native for e in page_events("web-es-202") for p in e.participants}
    assert "Concluye Díaz-Canel" not in people and "San Vicente" not in people
    lex = lexicon_for("es", "")
    assert names_a_place("San Vicente", lex, " y las Granadinas, Barbados y Granada")
    assert not names_a_place("Salvador Valdés", lex, " Mesa, vicepresidente")


def test_congratulations_sent_with_no_message_noun_are_a_message() -> None:
    es = sentence_events(
        "Caracas, 3 feb (AVN) El presidente de Venezuela, Nicolás Maduro, envía felicitación al Partido Comunista "
        "de Vietnam por su XIII Congreso.", "2021-02-03", "es")
    assert [e.kind for e in es] == ["message"] and _leads(es[0]) == {"Nicolás Maduro"}
    pt = sentence_events(
        "O presidente do Brasil, Luiz Inácio Lula da Silva, enviou felicitações ao Partido Comunista do Vietname "
        "pelo seu XIII Congresso.", "2021-02-03", "pt")
    assert [e.kind for e in pt] == ["message"] and _leads(pt[0]) == {"Luiz Inácio Lula da Silva"}


def test_a_bank_is_no_person() -> None:
    people = {p.person.native for e in page_events("web-pt-088") for p in e.participants}
    assert {"Rosa Amorim", "Mauro Rubem"} <= people and not any("Banco" in p for p in people)
