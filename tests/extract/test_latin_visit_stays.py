"""Visits told by their stay or their farewell (issue 13, visits the blind sets miss), on lines restated from
real-dev pages: the stay's days standing between the verb and the visit ("a effectué du 25 au 28 septembre une
visite de travail au Nicaragua", web-fr-301) and hosts bidding the visitor farewell (web-en-192). Each is one
visit of the delegation's head, read by the grammar (not the article's last resort, whose confidence is 0.3)."""

from __future__ import annotations

from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events


def _visit(frames: tuple[EventFrame, ...]) -> EventFrame:
    (frame,) = frames
    assert frame.kind == "visit" and frame.confidence > ARTICLE_CONFIDENCE
    return frame


def test_stay_days_between_verb_and_visit_fr() -> None:
    text = (
        "Une délégation du PCV en visite au Nicaragua\n\n"
        "Managua (VNA) – Une délégation du Parti communiste du Vietnam (PCV), conduite par Tran Duc Thang, membre de "
        "son Comité central et chef adjoint de la Commission de contrôle du Comité central, a effectué du 25 au 28 "
        "septembre une visite de travail au Nicaragua.\n"
    )
    frame = _visit(events(text, "fr", "2022-09-30"))
    assert [p.person.native for p in frame.participants] == ["Tran Duc Thang"]
    assert frame.date is not None and frame.date.iso == "2022-09" and frame.channel == ("party",)


def test_stay_days_between_verb_and_visit_es() -> None:
    text = (
        "Delegación del PCV visita Cuba\n\n"
        "La Habana (VNA) – Una delegación del Partido Comunista de Vietnam, encabezada por Vu Trong Lam, editor en "
        "jefe adjunto de la Revista Comunista, realizó del 9 al 14 de febrero una visita de trabajo a Cuba.\n"
    )
    frame = _visit(events(text, "es", "2023-02-15"))
    assert [p.person.native for p in frame.participants] == ["Vu Trong Lam"]


def test_stay_days_between_verb_and_visit_pt() -> None:
    text = (
        "Delegação do PCV em Angola\n\n"
        "Luanda (VNA) – Uma delegação do Partido Comunista do Vietname, chefiada por Nguyen Van Nen, secretário do "
        "Comité Central, realizou de 3 a 7 de junho uma visita a Angola.\n"
    )
    frame = _visit(events(text, "pt", "2023-06-10"))
    assert [p.person.native for p in frame.participants] == ["Nguyen Van Nen"]


def test_hosts_bidding_farewell_tell_the_visit_en() -> None:
    text = (
        "Vietnamese parliament president departs\n\n"
        "Santiago de Cuba, Cuba.- The president of the National Assembly of Vietnam, Voung Dinh Hue, left the "
        "international airport in this city on Sunday, at the end of a visit to Cuba.\n"
        "Cuba's National Assembly President Esteban Lazo and the city's top authorities bid farewell to Vietnam's "
        "official delegation.\n"
    )
    frame = _visit(events(text, "en", "2023-04-25"))
    assert frame.date is not None and frame.date.iso == "2023-04-23"
    assert {p.person.native for p in frame.participants} & {"Voung Dinh Hue", "Esteban Lazo"}
