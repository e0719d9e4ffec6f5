"""Two exchanges told in one sentence are one event each, not one folded event; the people met are no co-speakers
(issue 13, fold28: ``folded:seated`` further events of the dev sets' fit halves). Sentences restated from dev pages
(real-dev-multi-2 web-fr-multi2-01, real-dev-17 web-fr-d17-11)."""

from __future__ import annotations

from latin_helpers import events

from liaison.model.types import EventFrame


def _people(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _with(found: tuple[EventFrame, ...], *names: str) -> list[EventFrame]:
    return [e for e in found if set(names) <= _people(e)]


_COLOMBIA = (
    "Hanoi, 2 août (VNA) - Une délégation du PCV a effectué une visite de travail en Colombie du 29 juillet au "
    "1er août.\n\n"
    "Pendant son séjour, la délégation, conduite par le vice-secrétaire du Comité du Parti des entreprises d'État, "
    "Pham Tan Cong, chef de la mission, a eu une entrevue avec le dirigeant du Parti communiste colombien, Jaime "
    "Caycedo, à Bogota, et elle s'est aussi entretenue avec la responsable des relations extérieures de ce parti, "
    "Gloria Ines Ramirez."
)


def test_two_acts_of_one_sentence_joined_by_an_additive_word_are_two_events() -> None:
    found = events(_COLOMBIA, "fr", "2019-08-02")
    met = _with(found, "Pham Tan Cong", "Jaime Caycedo")
    talked = _with(found, "Pham Tan Cong", "Gloria Ines Ramirez")
    assert len(met) == 1 and len(talked) == 1 and met[0] is not talked[0]
    assert met[0].kind == "meeting" and talked[0].kind == "talks"


_BEIRUT = (
    "Le Premier ministre libanais, Rafic Hariri, a reçu hier le nouvel ambassadeur de Grèce, Nikolaos Vanvounakis, "
    "venu pour une visite protocolaire.\n\n"
    "M. Hariri a d'autre part reçu successivement l'ambassadrice belge, Françoise Gustin, le délégué bulgare, "
    "Nikolaï Andreev, ainsi que le chef de la délégation européenne, Patrick Renauld."
)


def test_a_post_of_someone_met_that_names_a_delegation_head_seats_no_co_speaker() -> None:
    found = events(_BEIRUT, "fr", "2004-02-19")
    first = _with(found, "Rafic Hariri", "Nikolaos Vanvounakis")
    assert len(first) == 1 and "Patrick Renauld" not in _people(first[0])
