"""Shapes of the real-dev-8 Spanish and Portuguese pages (restated further): a quoted source who is also the
subject of the exchange ("según informó A, quien se reunió con B"), a weekday after "el día", the Brazilian
passive "foi recepcionado pelo", a meeting set for a later hour ("está marcado para") or listed among the day's
engagements ("Os compromissos envolvem encontros com"), and sights and routes read as people."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events, org

SOURCE_SUBJECT = """CIUDAD DE MÉXICO.- Morena y el Partido Comunista de Cuba firmaron un convenio de cooperación, \
según informó la secretaria general de la fuerza política mexicana, Carolina Rangel, quien se reunió con el Presidente \
Miguel Díaz-Canel.
"""

SOURCE_ONLY = """Según el canciller cubano, Bruno Rodríguez, quien destacó la visita, el presidente Miguel Díaz-Canel \
se reunió con el primer ministro vietnamita, Pham Minh Chinh.
"""

DAY_WORD = """El presidente chino, Xi Jinping, felicitó el día sábado al nuevo mandatario colombiano, Gustavo Petro, \
por su victoria.
"""

WELCOMED = """O presidente Luiz Inácio Lula da Silva chegou nesta quinta-feira a Hanói para uma visita de Estado.
No aeroporto, foi recepcionado pelo ministro da Agricultura vietnamita, Do Duc Duy.
"""

SCHEDULED = """O presidente Luiz Inácio Lula da Silva cumpre agenda no Vietnã nesta sexta-feira. Os compromissos \
envolvem encontros com o presidente da Assembleia Nacional, Trần Thanh Mẫn.
O encontro com o presidente da Assembleia Nacional do Vietnã, Trần Thanh Mẫn, está marcado para as 14h30 no \
horário de Hanói.
"""

SIGHTS_ES = """El presidente Alberto Fernández se reunió con su par chino, Xi Jinping, en una visita en la que sumó \
a la Argentina a la Iniciativa de la Franja y la Ruta de la Seda.
"""

SIGHTS_PT = """O presidente eleito da Bolívia, Evo Morales, reuniu-se nesta segunda-feira com o governante chinês, \
Hu Jintao. Morales começou o dia com uma visita à Cidade Proibida e mais tarde reuniu-se com o ministro do Comércio \
da China, Bo Xilai.
"""


def test_a_quoted_source_who_met_the_counterpart_is_a_participant() -> None:
    (event,) = events(SOURCE_SUBJECT, "es")
    assert {"Carolina Rangel", "Miguel Díaz-Canel"} <= set(by_name(event))


def test_a_quoted_source_whose_relative_clause_is_no_exchange_stays_a_source() -> None:
    (event,) = events(SOURCE_ONLY, "es")
    assert "Bruno Rodríguez" not in by_name(event)


def test_a_weekday_after_el_dia_dates_the_message() -> None:
    (event,) = events(DAY_WORD, "es", published="2022-06-27")  # a Monday
    assert event.date is not None and event.date.iso == "2022-06-25"


def test_recepcionado_pelo_welcomes_like_recebido() -> None:
    evs = events(WELCOMED, "pt")
    assert len(evs) == 1 and {"Luiz Inácio Lula da Silva", "Do Duc Duy"} <= set(by_name(evs[0]))


def test_a_meeting_set_for_a_later_hour_is_no_event() -> None:
    assert not any("Trần Thanh Mẫn" in by_name(e) for e in events(SCHEDULED, "pt"))


def test_sights_and_routes_are_no_people() -> None:
    (event,) = events(SIGHTS_ES, "es")
    assert set(by_name(event)) == {"Alberto Fernández", "Xi Jinping"}
    evs = events(SIGHTS_PT, "pt")
    assert not any("Cidade Proibida" in by_name(e) for e in evs)
    assert any({"Evo Morales", "Bo Xilai"} <= set(by_name(e)) for e in evs)


AGENCY_LINE = """Xinhua, 24 de abril de 2024
Durante la visita, la delegación china, encabezada por Chen Zhou, subdirector del Departamento Internacional del \
Comité Central del PCCh, sostuvo una reunión con el presidente de la Cámara de Representantes, Igor Sergeyenko.
"""

DUMA = """El asesor presidencial de Nicaragua para asuntos con Rusia, Laureano Ortega Murillo, sostuvo este lunes en \
Moscú una reunión con el presidente de la Duma Estatal, Viacheslav Volodin.
"""


def test_an_agency_credit_line_is_no_place() -> None:
    (event,) = events(AGENCY_LINE, "es")
    assert event.location is None


def test_the_state_duma_in_spanish_is_the_russian_legislature() -> None:
    (event,) = events(DUMA, "es")
    volodin = by_name(event)["Viacheslav Volodin"]
    assert org(volodin) == "State Duma" and volodin.person.country == "RU"
