"""A side's list after a Spanish cue sentence that names nobody ("Por parte del PCE participaron ...")."""

from __future__ import annotations

from latin_helpers import by_name, events


def test_side_list_after_unnamed_meeting_gives_lead_and_party_country() -> None:
    text = (
        "10/03/2025\n\n"
        "La sede del Partido Comunista de España (PCE) en Madrid acogió el pasado lunes una reunión "
        "entre la dirección del PCE y una delegación del Partido Comunista de Cuba.\n\n"
        "Por parte del PCE participaron su secretario general, Tomás Ferrer Gil, y la responsable de "
        "Organización, Lucía Marín Soto. La delegación cubana estuvo encabezada por Raúl Pardo Vega, "
        "miembro del Comité Central del PCC, acompañado por la embajadora de Cuba en España, Inés Carrasco Mora."
    )
    (event,) = events(text, "es", "2025-03-10")
    people = by_name(event)
    assert people["Tomás Ferrer Gil"].lead is True
    assert people["Tomás Ferrer Gil"].person.country == "ES"
    assert people["Lucía Marín Soto"].lead is False
    assert people["Raúl Pardo Vega"].lead is True

