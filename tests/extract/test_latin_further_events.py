"""Further events of a multi-event report (issue 13, tenth Spanish/Portuguese batch): after the first exchange, the
people met one after the other ("La primera reunión fue con A; luego, en la Asamblea Nacional, con B y después con
C"), a meal shared with someone ("terminó con un almuerzo junto al presidente de Chile, A"), and a bullet list of
the people one leader met ("Veja os nomes das autoridades com quem Lula se reuniu ...:" then "- A, title;") each give
an event of their own (people met in turn: Portuguese, English and French cues; Spanish's was left out, see
DEVELOPERS.md); a source quoted ("Segundo o ministro A, no encontro com ...") takes no part. Real pages of
three outlets (Blu Radio, El Diario de Madryn, Poder360), read from quality/real-dev; short sentences in the same
constructions check the rule beyond them."""

from __future__ import annotations

from tests.extract.real_dev_pages import page_events, sentence_events


def _pairs(doc_id: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in page_events(doc_id)]


def test_a_subjectless_list_met_in_turn() -> None:
    pt = sentence_events(
        "Dois encontros teve hoje em Pequim o ministro angolano das Relações Exteriores, Téte António. O primeiro "
        "encontro foi com o vice-presidente chinês, Han Zheng, e depois com o chefe da diplomacia chinesa, Wang Yi.",
        "2025-03-10", "pt")
    assert [{p.person.native for p in e.participants} for e in pt] == [
        {"Téte António", "Han Zheng"}, {"Téte António", "Wang Yi"}]


def test_met_together_stays_one_event() -> None:
    # no word of sequence between the two: one meeting with both (two top offices of one state, a president and
    # a prime minister, are met apart: tests/extract/test_latin_top_offices.py)
    es = sentence_events(
        "El canciller de Cuba, Bruno Rodríguez, se reunió este lunes en Hanoi con el presidente de Vietnam, Luong "
        "Cuong, y la vicepresidenta vietnamita, Vo Thi Anh Xuan.", "2025-03-10", "es")
    assert len(es) == 1


def test_a_meal_with_a_leader_is_a_meeting() -> None:
    # "La breve gira de Macri terminó con un almuerzo junto al presidente de Chile, Sebastián Piñera."
    assert {"Mauricio Macri", "Sebastián Piñera"} in _pairs("web-es-176")


def test_a_bullet_list_of_the_people_one_leader_met() -> None:
    # "Veja os nomes das autoridades com quem Lula se reuniu durante a cúpula do G20:" "- Mark Rutte, ...;"
    pairs = _pairs("web-pt-065")
    for met in ("Mark Rutte", "Recep Tayyip Erdogan"):
        assert {"Luiz Inácio Lula da Silva", met} in pairs


def test_a_source_quoted_is_no_participant() -> None:
    # "Segundo o ministro Mauro Vieira (Relações Exteriores), no encontro com o presidente da França, ..."
    assert not any("Mauro Vieira" in pair for pair in _pairs("web-pt-065"))
