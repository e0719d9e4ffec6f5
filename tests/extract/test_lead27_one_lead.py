"""One lead per side of a visit (issue 13, lead27, ``latin/one_lead.py``): a guest received by a line of hosts
("fue recibido por A; B y C") or travelling with ministers keeps the first of each side as its lead, the others
present without leading; a meeting with several people of one side keeps them all leads. Sentences are written in
the style of the pages (restated, names and titles kept)."""

from __future__ import annotations

from liaison.extract.latin.one_lead import one_lead_per_side
from liaison.model.types import EventFrame, Participant, PersonMention
from tests.extract.real_dev_pages import seats, sentence_events


def test_a_guest_received_by_a_line_of_hosts_is_met_by_the_first_as_lead() -> None:
    # Granma (es): a visiting party leader received at the airport by three hosts
    events = sentence_events(
        "Nguyen Phu Trong, secretario general del Partido Comunista de Vietnam, llegó el domingo a La Habana para una "
        "visita oficial. A su llegada, el líder vietnamita fue recibido en la terminal aérea por el presidente del "
        "Parlamento de Cuba, Esteban Lazo Hernández; por el responsable de Relaciones Internacionales del Partido "
        "Comunista de Cuba, José Ramón Balaguer Cabrera, y por el vicecanciller cubano Rogelio Sierra.",
        "2018-03-28", "es")
    (visit,) = [e for e in events if e.kind == "visit"]
    people = seats(visit)
    assert {n for n, (_, lead) in people.items() if lead} == {"Nguyen Phu Trong", "Esteban Lazo Hernández"}
    assert people["José Ramón Balaguer Cabrera"] == ("CU", False)  # present on the hosts' side, not a lead


def _person(name: str, country: str) -> PersonMention:
    return PersonMention(name=name, native=name, span=(0, 1), country=country)


def _frame(kind: str) -> EventFrame:
    people = (Participant(_person("Xi Jinping", "CN"), True, "CN"),
              Participant(_person("Cyril Ramaphosa", "ZA"), True, "ZA"),
              Participant(_person("Paul Mashatile", "ZA"), True, "ZA"),
              Participant(_person("Sin Lado", "XX"), False, None))
    return EventFrame(kind=kind, date=None, date_source="none", location=None, remote=False,  # type: ignore[arg-type]
                      channel=(), participants=people, parties=(), evidence=())


def test_a_visit_keeps_one_lead_a_side_and_a_meeting_its_principals() -> None:
    (visit,) = one_lead_per_side((_frame("visit"),))
    assert [(p.person.name, p.lead) for p in visit.participants] == [
        ("Xi Jinping", True), ("Cyril Ramaphosa", True), ("Paul Mashatile", False), ("Sin Lado", False)]
    (met,) = one_lead_per_side((_frame("meeting"),))
    assert [p.lead for p in met.participants] == [True, True, True, False]
