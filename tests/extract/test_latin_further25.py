"""Further exchanges of multi-event pages read by constructions common across sets (session 25, further25).

- A later meeting whose new counterpart shares a family name with a principal of the first event ("Nguyen" of
  Nguyen Thi Kim Ngan and of Nguyen Phu Trong) does not name that principal again: it is another meeting, not the
  first one told again (``sequels._restated``).

Restatements of real-dev pages (a VNA item in Spanish)."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def _pairs(text: str, language: str, published: str) -> list[frozenset[str]]:
    return [frozenset(p.person.native for p in e.participants if p.lead) for e in events(text, language, published)]


_SHARED_FAMILY_NAME = (
    "El secretario general del Partido Comunista de Vietnam, Nguyen Phu Trong, recibió este lunes a Víctor Gaute "
    "López, secretario del Partido Comunista de Cuba (PCC), de visita en el país. "
    "Nguyen Phu Trong calificó la gira de la delegación cubana como una prueba de la amistad entre ambos partidos. "
    "Víctor Gaute López destacó a su vez la reciente visita del dirigente vietnamita a la isla. "
    "Ese mismo día, Víctor Gaute López se reunió con Nguyen Thi Kim Ngan, también vicepresidenta de la Asamblea "
    "Nacional."
)


def test_a_shared_family_name_does_not_retell_the_first_meeting() -> None:
    pairs = _pairs(_SHARED_FAMILY_NAME, "es", "2016-05-16")
    assert frozenset({"Nguyen Phu Trong", "Víctor Gaute López"}) in pairs
    assert frozenset({"Víctor Gaute López", "Nguyen Thi Kim Ngan"}) in pairs
