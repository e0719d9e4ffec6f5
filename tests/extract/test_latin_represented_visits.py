"""A side represented at an occasion abroad (issue 13, onesided34; ``latin/trips._represented``): "o PT foi representado
por A, …, B, … e C, …" in a story of a mission to China, nothing else told of it, is a visit of theirs alone (restated
from the fit page web-pt-1404), as "el PCA estuvo representado por …, A" at a congress in Montevideo is (the language
file's example, es); a representation at home, no other country named, is none."""

from __future__ import annotations

from tests.extract.real_dev_pages import seats, sentence_events

_MISSION = (
    "PT vai à China reforçar os laços com o Partido Comunista\n"
    "A missão de partidos de esquerda percorreu várias cidades entre outubro e novembro "
    "a convite do Partido Comunista.\n"
    "Segundo o partido, o PT foi representado por Claudinha Lima, secretária nacional de Nucleação, Luiza Dulci, "
    "vereadora de Belo Horizonte, e Tássia Rabelo, secretária nacional de Formação e Educação Política.\n"
)


def test_a_party_represented_on_a_mission_abroad_is_a_visit_of_its_representatives() -> None:
    (visit,) = sentence_events(_MISSION, "2025-11-15", language="pt", url="https://feedxingu.com.br/?p=1")
    assert visit.kind == "visit"
    assert {"Tássia Rabelo", "Claudinha Lima", "Luiza Dulci"} <= set(seats(visit))
    assert {side for side, _lead in seats(visit).values()} == {"BR"}  # the side the clause "o PT" tells
    assert {p.person.organization.name for p in visit.participants if p.person.organization is not None} \
        >= {"Workers' Party"}


def test_a_party_represented_at_a_congress_abroad_is_a_visit_of_its_representative() -> None:
    text = (
        "El PCU celebró su congreso\n"
        "El Partido Comunista de Uruguay realizó su 33 Congreso en Montevideo, donde el PCA estuvo representado "
        "por el secretario de Relaciones Internacionales del partido, Marcelo Rodríguez.\n"
    )
    (visit,) = sentence_events(text, "2020-02-05", language="es", url="https://nuestrapropuesta.org.ar/x.html")
    assert visit.kind == "visit" and seats(visit) == {"Marcelo Rodríguez": ("AR", True)}  # the outlet's side


def test_a_representation_at_home_is_no_visit() -> None:
    text = _MISSION.replace("PT vai à China reforçar os laços com o Partido Comunista", "PT em congresso") \
        .replace("a convite do Partido Comunista", "do estado")
    assert not sentence_events(text, "2025-11-15", language="pt", url="https://feedxingu.com.br/?p=1")
