"""Spanish (and Portuguese) extractor on short articles written for these tests.

The articles are invented but follow the shapes of PSUV / Granma / Prensa Latina / FSLN items:
title before or after the name, "Por Venezuela estuvieron ...", "Por la parte china participaron ...",
weekday words relative to a DD/MM/YYYY publication line.
"""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.es import extract_events
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document, EventFrame, Participant
from liaison.normalise import normalise


def _doc(text: str, language: str | None = "es") -> Document:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", language=language)
    return normalise(article)


def _events(text: str) -> tuple[EventFrame, ...]:
    return extract_events(_doc(text), default_gazetteer())


def _by_native(event: EventFrame) -> dict[str, Participant]:
    return {p.person.native: p for p in event.participants}


PSUV_EMBASSY = """PSUV y PCCh profundizan cooperación en formación de cuadros
Con El Mazo Dando
Publicado: 24/05/2021

El primer vicepresidente del Partido Socialista Unido de Venezuela (PSUV), Diosdado Cabello Rondón, sostuvo \
este lunes un encuentro con el embajador de la República Popular China en Venezuela, Li Baorong, en la sede \
nacional del partido en Caracas.
Durante la reunión, ambas partes revisaron el programa de formación de cuadros acordado entre el PSUV y el \
Partido Comunista de China (PCCh).
Cabello agradeció el apoyo del pueblo chino y recordó el legado del comandante Hugo Chávez, así como la \
propuesta del presidente Nicolás Maduro de ampliar el intercambio.
Por Venezuela estuvieron presentes la vicepresidenta de Asuntos Internacionales del PSUV, Tania Díaz; el \
diputado Pedro Infante y el ministro del Trabajo, Eduardo Piñate.
Por la parte china participaron el consejero político de la embajada, Wang Wei, y la agregada de prensa Zhang Lin.
"""


def test_title_before_name_and_lists_by_side() -> None:
    (event,) = _events(PSUV_EMBASSY)
    assert event.kind == "meeting"
    assert event.date is not None and event.date.iso == "2021-05-24"  # "este lunes", published Monday 24/05
    assert event.location == "Caracas"
    by = _by_native(event)
    cabello = by["Diosdado Cabello Rondón"]
    assert cabello.lead and cabello.side == "VE"
    assert cabello.person.name == "Diosdado Cabello"
    assert cabello.person.title == "primer vicepresidente del Partido Socialista Unido de Venezuela (PSUV)"
    assert cabello.person.organization is not None and cabello.person.organization.key == "psuv"
    li = by["Li Baorong"]
    assert li.lead and li.side == "CN"
    assert li.person.organization is not None and li.person.organization.key == "cn_embassy_ve"
    assert {n for n, p in by.items() if not p.lead} == {
        "Tania Díaz", "Pedro Infante", "Eduardo Piñate", "Wang Wei", "Zhang Lin"
    }
    assert by["Pedro Infante"].person.title == "diputado"
    assert by["Pedro Infante"].person.organization is not None
    assert by["Pedro Infante"].person.organization.key == "ve_an"
    assert by["Eduardo Piñate"].person.organization is not None
    assert by["Eduardo Piñate"].person.organization.key == "ve_gov"
    assert by["Wang Wei"].side == "CN" and by["Zhang Lin"].side == "CN"
    assert by["Tania Díaz"].side == "VE"
    names = {p.person.name for p in event.participants}
    assert "Hugo Chávez" not in names and "Nicolás Maduro" not in names
    assert "cadre training" in event.topics
    assert len(cabello.person.extra_spans) == 1


GRANMA_TALKS = """Cuba y China fortalecen lazos entre partidos
Granma
Publicado: 27/05/2021

La Habana, 27 de mayo. El miembro del Buró Político y jefe del Departamento de Relaciones Internacionales del \
Comité Central del Partido Comunista de Cuba, Emilio Lozada García, sostuvo conversaciones el pasado martes con \
Song Tao, jefe del Departamento Internacional del Comité Central del Partido Comunista de China.
Ambos dirigentes destacaron la hermandad entre el PCC y el PCCh.
"""


def test_talks_last_tuesday_and_title_after_name() -> None:
    (event,) = _events(GRANMA_TALKS)
    assert event.kind == "talks"
    # Thursday 27 May 2021; "el pasado martes" = 25 May
    assert event.date is not None and event.date.iso == "2021-05-25"
    by = _by_native(event)
    assert set(by) == {"Emilio Lozada García", "Song Tao"}
    assert all(p.lead for p in event.participants)
    lozada = by["Emilio Lozada García"].person
    assert lozada.organization is not None and lozada.organization.key == "pcc_cu_dri"
    assert by["Emilio Lozada García"].side == "CU"
    song = by["Song Tao"].person
    assert song.title == "jefe del Departamento Internacional del Comité Central del Partido Comunista de China"
    assert song.organization is not None and song.organization.key == "idcpc"
    assert event.channel == ("party",)
    assert {p.abbr for p in event.parties} == {"PCC", "CPC"}


FSLN_VIDEO = """FSLN y Partido Comunista de China dialogan por videoconferencia
El 19 Digital
Publicado: 10/06/2021

Este 9 de junio, el secretario de Relaciones Internacionales del Frente Sandinista de Liberación Nacional \
(FSLN), Jacinto Suárez Espinoza, participó en una videoconferencia con Li Jun, viceministro del Departamento \
Internacional del Comité Central del Partido Comunista de China.
Ambas partes intercambiaron experiencias sobre la lucha contra la pandemia de COVID-19.
"""


def test_video_conference_on_a_named_day() -> None:
    (event,) = _events(FSLN_VIDEO)
    assert event.kind == "video_conference"
    assert event.remote is True and event.location is None
    assert event.date is not None and event.date.iso == "2021-06-09"
    assert [p.person.native for p in event.participants if p.lead] == ["Jacinto Suárez Espinoza", "Li Jun"]
    assert {p.abbr for p in event.parties} == {"FSLN", "CPC"}
    assert "COVID-19 response" in event.topics


MAS_MOU = """MAS y PCCh firman memorando de entendimiento
Prensa Latina

La Paz, 25 may (Prensa Latina) El presidente del Movimiento al Socialismo (MAS), Evo Morales Ayma, y el \
embajador chino Huang Yazhong firmaron el lunes 24 de mayo un memorando de entendimiento sobre formación \
de cuadros entre el MAS y el Partido Comunista de China.
"""


def test_signing_with_explicit_weekday_and_day() -> None:
    (event,) = _events(MAS_MOU)
    assert event.kind == "agreement"
    assert event.date is None  # "25 may" dateline, no year anywhere: stays unknown
    assert event.date_source == "none"
    by = _by_native(event)
    assert by["Evo Morales Ayma"].person.name == "Evo Morales"
    assert by["Evo Morales Ayma"].side == "BO"
    assert by["Huang Yazhong"].person.title == "embajador chino"
    assert by["Huang Yazhong"].side == "CN"
    assert "MAS" in {p.abbr for p in event.parties}


def test_dateline_without_year_uses_publication_year() -> None:
    doc = _doc(MAS_MOU.replace("Prensa Latina\n", "Prensa Latina\nPublicado: 25/05/2021\n"))
    (event,) = extract_events(doc, default_gazetteer())
    assert event.date is not None and event.date.iso == "2021-05-24"


PCC_VISIT = """Delegación del PCCh visita La Habana
Radio Habana Cuba
Publicado: 16/03/2023

Una delegación del Partido Comunista de China encabezada por Chen Wenqing, miembro del Buró Político del \
Comité Central del PCCh, visitó este jueves la Escuela Superior del Partido Ñico López, donde fue recibida \
por su rectora, Mercedes Ruiz Pérez.
"""


def test_visit_led_by() -> None:
    (event,) = _events(PCC_VISIT)
    assert event.kind == "visit"
    assert event.date is not None and event.date.iso == "2023-03-16"
    by = _by_native(event)
    assert by["Chen Wenqing"].lead and by["Chen Wenqing"].side == "CN"
    assert "Mercedes Ruiz Pérez" in by


def test_portuguese_goes_through_the_same_grammar() -> None:
    text = (
        "PT e PCCh reforçam cooperação\nBrasil de Fato\nPublicado: 12/09/2023\n\n"
        "O secretário de Relações Internacionais do Partido dos Trabalhadores (PT), Romênio Pereira, reuniu-se "
        "nesta segunda-feira com Wang Jialei, diretor-geral do Departamento Internacional do Comitê Central "
        "do Partido Comunista da China, em Brasília.\n"
    )
    (event,) = extract(_doc(text, language="pt")).events
    assert event.kind == "meeting"
    assert event.date is not None and event.date.iso == "2023-09-11"
    assert [p.person.native for p in event.participants] == ["Romênio Pereira", "Wang Jialei"]
    assert {p.abbr for p in event.parties} == {"PT", "CPC"}
    assert event.location == "Brasília"
