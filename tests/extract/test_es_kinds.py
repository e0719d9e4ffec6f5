"""The kind of a Spanish event read from the sentences around its trigger, on restated real pages of
several outlets (`quality/real-dev/web-es.articles.jsonl`): a reception followed by the talks of the same
people is talks, a reception on arrival is a visit, a tour told without a verb of meeting is a visit, and
an exchange still to come ("con quien mañana sostendrá conversaciones") is no event."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _events


def _natives(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


@pytest.mark.parametrize(("doc_id", "pair"), [
    ("web-es-090", {"Raúl Castro Ruz", "Xi Jinping"}),  # headline "sostuvieron conversaciones oficiales"
    ("web-es-089", {"Xi Jinping", "Miguel Díaz-Canel"}),  # "recibió ..." then the talks of the two
])
def test_a_reception_told_with_the_talks_of_the_same_people_is_talks(doc_id: str, pair: set[str]) -> None:
    assert any(pair <= _natives(e) and e.kind == "talks" for e in _events(doc_id))


def test_an_inviter_is_only_mentioned() -> None:
    # "a su llegada desde Vietnam ... fueron recibidos por Guan Zhiou", after "atendiendo una invitación de"
    assert all("Xi Jinping" not in _natives(e) for e in _events("web-es-052"))
    assert any("Guan Zhiou" in _natives(e) for e in _events("web-es-052"))


@pytest.mark.parametrize(("doc_id", "greeter"), [
    ("web-es-030", "Alexander Schetinin"),  # "Nada más aterrizar en Moscú, fue recibido por"
    ("web-es-092", "Esteban Lazo Hernández"),  # "fue recibido en el Aeropuerto Internacional José Martí"
    ("web-es-006", "Laureano Ortega Murillo"),  # "fue recibida en el Aeropuerto Internacional Augusto C. Sandino"
])
def test_a_reception_on_arrival_is_a_visit(doc_id: str, greeter: str) -> None:
    assert any(greeter in _natives(e) and e.kind == "visit" for e in _events(doc_id))


def test_a_reception_away_from_the_arrival_stays_a_meeting() -> None:
    # "Raúl Castro ... recibió en la tarde de este martes ... al compañero Xi Jinping": no arrival told
    assert all(e.kind != "visit" for e in _events("web-es-090"))


def test_a_tour_without_a_verb_of_meeting_is_a_visit() -> None:
    # "Li Mingxiang, realizó un recorrido por sitios históricos de Managua": the article-level recall tier
    events = _events("web-es-127")
    assert events and all(e.kind == "visit" for e in events)


def test_talks_still_to_come_are_no_event() -> None:
    # "su homólogo ... Thongloun Sisoulith, con quien mañana sostendrá conversaciones oficiales"
    assert all("Thongloun Sisoulith" not in _natives(e) for e in _events("web-es-131"))
    # "por invitación del mandatario Xi Jinping ... sostendrá una reunión con Xi Jinping": an inviter, and
    # a meeting announced
    assert all("Xi Jinping" not in _natives(e) for e in _events("web-es-135"))


def test_a_blog_copy_wrapped_at_no_fixed_column_is_read() -> None:
    # "Diosdado Cabello, primer\nvicepresidente ... los visitantes fueron recibidos por ..., Joel Suárez"
    assert any("Joel Suárez" in _natives(e) for e in _events("web-es-122"))


def test_plural_exchanges_with_each_counterpart_are_separate_meetings() -> None:
    # "También sostuvo intercambios con Delcy Rodríguez Gómez, ..., y con Rander Peña Ramírez"
    events = _events("web-es-043")
    for counterpart in ("Delcy Rodríguez Gómez", "Rander Peña Ramírez"):
        assert any(_natives(e) == {"Roberto Morales Ojeda", counterpart} for e in events)
