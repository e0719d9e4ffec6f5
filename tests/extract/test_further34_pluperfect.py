"""Further events told in the pluperfect of a report (session 34, issue 13, further34): Spanish pages tell an
exchange of the story's own days in the pluperfect ("había mantenido el sábado reuniones bilaterales con sus homólogos
de A y de B", "contó este jueves que se había reunido con"), which only the compound perfect ("ha mantenido") read
as a cue; "ya había" stays a recalled exchange. Sentences restated in the pages' constructions, read with the
people unknown (as on blind pages)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import seats, sentence_events


def _events(text: str, published: str) -> tuple[EventFrame, ...]:
    return sentence_events(text, published, language="es", blind=True)


def test_bilateral_meetings_told_in_the_pluperfect_are_one_further_event_per_counterpart() -> None:
    evs = _events("El mandatario argentino, Alberto Fernández, sostuvo un encuentro en Bogotá con su par colombiano, "
                  "Gustavo Petro. El presidente argentino había mantenido el sábado reuniones bilaterales con sus "
                  "homólogos de Bolivia, Luis Arce, y de Honduras, Xiomara Castro.", "2022-08-08")
    met = {name for ev in evs for name in seats(ev) if name != "Alberto Fernández"}
    assert met == {"Gustavo Petro", "Xiomara Castro", "Luis Arce"}
    assert len(evs) == 3
    assert all(seats(ev)["Alberto Fernández"] == ("AR", True) for ev in evs)


def test_a_meeting_reported_in_the_pluperfect_is_a_meeting() -> None:
    (ev,) = _events("El subsecretario estadounidense para el hemisferio occidental, Brian Nichols, relató el martes "
                    "7 de noviembre que se había reunido en privado con el presidente electo guatemalteco, "
                    "Bernardo Arévalo.",
                    "2023-11-07")
    assert ev.kind == "meeting"
    assert seats(ev) == {"Brian Nichols": ("US", True), "Bernardo Arévalo": ("GT", True)}


def test_a_meeting_the_pluperfect_tells_as_already_held_is_no_event() -> None:
    told = "El presidente argentino, Alberto Fernández, {}se había reunido con el mandatario boliviano, Luis Arce."
    assert len(_events(told.format(""), "2023-11-09")) == 1
    assert _events(told.format("ya "), "2023-11-09") == ()


def test_a_meeting_told_in_the_pluperfect_takes_no_place_of_the_event_before() -> None:
    evs = _events("Bogotá, 7 ago (EFE) El mandatario argentino, Alberto Fernández, sostuvo un encuentro con su par "
                  "colombiano, Gustavo Petro. El líder argentino había mantenido el sábado reuniones bilaterales "
                  "con sus homólogos de Bolivia, Luis Arce, y de Honduras, Xiomara Castro.", "2022-08-07")
    assert {next(n for n in seats(ev) if n != "Alberto Fernández"): ev.location for ev in evs} == {
        "Gustavo Petro": "Bogotá", "Xiomara Castro": None, "Luis Arce": None}


def test_a_post_after_a_passives_agent_and_its_article_is_the_leaders_title() -> None:
    evs = _events("Montevideo, 21 may (Prensa Latina) El presidente del Frente Amplio de Uruguay, Fernando Pereira, "
                  "recibió el miércoles en la sede de la coalición a una comitiva del Partido Comunista de "
                  "China encabezada por el viceministro del Departamento Internacional de su Comité Central, Qian "
                  "Hongshan.", "2025-05-21")
    titles = {p.person.native: p.person.title for ev in evs for p in ev.participants}
    assert titles["Qian Hongshan"] == "viceministro del Departamento Internacional de su Comité Central"
