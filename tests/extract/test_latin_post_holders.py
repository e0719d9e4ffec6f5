"""A recall-tier act of one known side whose counterpart is named by a post only, a post of another country
that a person an earlier exchange seated holds ("su reunión con el ministro del Trabajo Social del PCCh" after
"... el ministro del Departamento de Trabajo Social, Sr. Wu Hansheng"; "El ministro chino ... un encuentro con su
homólogo Elías Jaua" after "... con el canciller chino Wang Yi"), is with that person (``latin.post_holders``,
issue 13, onesided21). Real pages of quality/real-dev (web-es-001, web-es-1611), read with the people table and
without it (the blind articles' case), and short restated lines."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events
from tests.extract.real_dev_pages import page_events


def _pairs(found: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.name for p in e.participants if p.lead} for e in found]


def _with(found: tuple[EventFrame, ...], *names: str) -> list[EventFrame]:
    return [e for e in found if set(names) <= {p.person.name for p in e.participants}]


@pytest.mark.parametrize("unknown", [False, True])
def test_counterpart_named_by_a_post_held_by_an_earlier_attendee(unknown: bool) -> None:
    # "En el encuentro estuvo presente el ministro del Departamento de Trabajo Social, Sr. Wu Hansheng, ..." then
    # "Por otra parte, el funcionario venezolano, Yván Gil, también informó sobre su reunión con el ministro del
    # Trabajo Social del PCCh."
    (met,) = _with(page_events("web-es-001", blind=unknown), "Yván Gil", "Wu Hansheng")
    assert met.confidence < 1.0  # a recall-tier event
    assert {p.person.name: p.side for p in met.participants}["Wu Hansheng"] == "CN"


@pytest.mark.parametrize("unknown", [False, True])
def test_subject_named_by_a_post_its_counterpart_by_name(unknown: bool) -> None:
    # "... con el canciller chino Wang Yi ..." then "El ministro chino comenzó hoy una visita a Venezuela que
    # incluyó paseos por ... y un encuentro con su homólogo Elías Jaua."
    assert _with(page_events("web-es-1611", blind=unknown), "Wang Yi", "Elías Jaua")


_RESTATED = (
    "Caracas, 10 jun. El presidente de Venezuela, Nicolás Maduro, recibió este martes en el Palacio de Miraflores "
    "a una delegación del Partido Comunista de China. En el encuentro estuvo presente el ministro del Departamento "
    "de Trabajo Social, Sr. Wu Hansheng, junto a otros dirigentes del Comité Central. "
)


def test_post_of_another_country_restated() -> None:
    text = _RESTATED + ("Por otra parte, el canciller venezolano, Yván Gil, también dio cuenta de su reunión con el "
                        "ministro del Trabajo Social del PCCh.")
    found = events(text, "es")
    assert any({"Yván Gil", "Wu Hansheng"} <= s for s in _pairs(found))


def test_a_post_nobody_earlier_holds_names_no_one() -> None:
    # an ambassador is not the minister seated before: no counterpart, the one-sided act stays dropped
    text = _RESTATED + ("Por otra parte, el canciller venezolano, Yván Gil, también dio cuenta de su reunión con el "
                        "embajador del PCCh.")
    found = events(text, "es")
    assert not any("Yván Gil" in s and "Wu Hansheng" in s for s in _pairs(found))


@pytest.mark.parametrize("unknown", [False, True])
def test_delegation_named_by_its_party_is_its_head(unknown: bool) -> None:
    # "Una delegación del Partido Comunista de Vietnam (PCV), encabezada por Pham Tan Cong, ..., tomó parte en el
    # XXV Encuentro del Foro de Sao Paulo" then the caption "El presidente venezolano, Nicolás Maduro, recibe a la
    # delegación del PCV."
    (met,) = _with(page_events("web-es-2010", blind=unknown), "Nicolás Maduro", "Pham Tan Cong")
    assert {p.person.name: p.side for p in met.participants} == {"Nicolás Maduro": "VE", "Pham Tan Cong": "VN"}


def test_delegation_of_a_side_no_head_seated_names_no_one() -> None:
    # two principals of that side seated before: which one headed the delegation is not told
    text = ("Hanói, 3 mar. El secretario general To Lam recibió al canciller cubano Bruno Rodríguez. El primer "
            "ministro Pham Minh Chinh conversó con el vicepresidente cubano Salvador Valdés Mesa. Después, el "
            "presidente del Parlamento de Laos, Saysomphone Phomvihane, recibió a la delegación cubana.")
    cubans = {"Bruno Rodríguez Parrilla", "Salvador Valdés Mesa"}
    assert not any("Saysomphone Phomvihane" in s and s & cubans for s in _pairs(events(text, "es")))
