"""Capitalised plural bodies are no person (real-dev-5, a VNA report of a seminar between two parties)."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def test_the_parties_of_a_seminar_named_in_the_plural_are_no_participant() -> None:
    text = (
        "La Habana (VNA) Tras dos días de debates, terminó en esta capital el IV Seminario Teórico–Práctico entre los "
        "Partidos Comunistas de Vietnam y de Cuba. Al cerrar el encuentro, Nguyen Xuan Thang, miembro del Secretariado "
        "del Comité Central del Partido Comunista de Vietnam y jefe de la delegación, elogió la franqueza del diálogo."
    )
    names = {p.person.name for ev in events(text, "es") for p in ev.participants}
    assert "Partidos Comunistas" not in names
    assert "Nguyen Xuan Thang" in names
