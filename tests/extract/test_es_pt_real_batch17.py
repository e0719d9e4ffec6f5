"""Constructions of the es17 Spanish and Portuguese batch (restated from real-dev web-es-1701…1710 and
web-pt-1701…1708): a weekday told on a page dated to its month only (SAPO/Lusa), a date told as still to come
("15 de Outubro próximo", a Mozambican blog), "semana passada" without its article, one meeting with a group's
people listed after it (Granma in Portuguese), attendees told by "marcou presença" and "estaba presente"
(Granma, Público), and an exchange told as what a meeting came days after (Público)."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

CESAR = """"A história de Cabo Verde não se separa do contributo do PAICV", elogiou Carlos César, numa mensagem \
em vídeo enviada ao 18º Congresso Nacional do Partido Africano da Independência de Cabo Verde (PAICV), que de \
sexta-feira a domingo junta, na capital cabo-verdiana, Praia, perto de 500 delegados do país e da diáspora.
"Felicito o Francisco Carvalho pela sua eleição como o novo presidente do partido", juntou, na mensagem que hoje \
será transmitida no congresso.
"""

VUMA = """A Frelimo foi procurar a experiência eleitoral da sua congénere angolana, o MPLA, a pensar nos pleitos \
marcados para 15 de Outubro próximo em Moçambique.
Com esse fim, a Frelimo enviou a Luanda um dos seus deputados na Assembleia da República, o empresário da \
construção civil, Agostinho Vuma.
O deputado da Frelimo foi, inclusivamente, recebido semana passada em audiência pelo presidente da Assembleia \
Nacional de Angola, Fernando da Piedade dos Santos (Nandó).
"""

PSOE = """MADRI.— O ministro das Relações Exteriores e membro do Bureau Político do Partido Comunista de Cuba, \
Bruno Rodríguez Parrilla, manteve um encontro cordial com dirigentes e personalidades do Partido Socialista \
Operário Espanhol (PSOE), José Luis Rodríguez Zapatero, ex-presidente do Governo; Javier Fernández Fernández, \
presidente da Gestora do PSOE e do Principado de Astúrias e Miguel Ángel Moratinos Cuyaubé, ex-chanceler.
Nos encontros marcou igualmente presença o embaixador de Cuba na Espanha, Eugenio Martínez Enríquez.
"""

ZAPATERO = """El presidente de Venezuela, Nicolás Maduro, ha recibido este viernes al expresidente del Gobierno \
español, José Luis Rodríguez Zapatero, en el Palacio de Miraflores de Caracas.
En la reunión celebrada en la sede del Gobierno venezolano también estaba presente la primera dama, Cilia \
Flores y los vicepresidentes de Venezuela Delcy Rodríguez y Jorge Rodríguez.
La cita llega pocos días después de la visita del líder opositor Juan Guaidó a España, en la que fue recibido \
por la ministra de Asuntos Exteriores, Arancha González Laya, pero no por el jefe del Ejecutivo, Pedro Sánchez.
"""

PRESENT = """El presidente de Venezuela, Nicolás Maduro, recibió este viernes al expresidente de Panamá, Martín \
Torrijos, en el Palacio de Miraflores.
En el encuentro estaba también presente el canciller Yván Gil.
"""


def test_a_weekday_on_a_page_dated_to_its_month_gives_no_day_before_that_month() -> None:
    found = events(CESAR, "pt", published="2025-06")
    assert found and found[0].kind == "message"
    assert found[0].date is not None and found[0].date.iso == "2025-06"


def test_a_weekday_on_a_page_dated_to_its_day_still_gives_the_day() -> None:
    found = events(CESAR, "pt", published="2025-06-28")
    assert found and found[0].date is not None and found[0].date.iso.startswith("2025-06")


def test_a_date_told_as_still_to_come_does_not_date_a_past_audience() -> None:
    found = events(VUMA, "pt", published="2014-04-22")
    assert found and all(e.date is None or not e.date.iso.startswith("2013") for e in found)
    assert found[0].date is not None and found[0].date.iso == "2014-04"


def test_one_meeting_with_a_partys_people_listed_after_it_stays_one() -> None:
    found = events(PSOE, "pt", published="2017-04-19")
    assert len(found) == 1
    names = by_name(found[0])
    for name in ("José Luis Rodríguez Zapatero", "Javier Fernández Fernández", "Miguel Ángel Moratinos Cuyaubé"):
        assert names[name].lead


def test_an_attendee_who_marked_presence_at_the_meetings_joins_them() -> None:
    found = events(PSOE, "pt", published="2017-04-19")
    assert found and not by_name(found[0])["Eugenio Martínez Enríquez"].lead


def test_attendees_told_by_estaba_presente_join_the_meeting() -> None:
    found = events(PRESENT, "es", published="2015-12-04")
    assert len(found) == 1 and not by_name(found[0])["Yván Gil"].lead


def test_attendees_listed_after_estaba_presente_join_the_meeting() -> None:
    found = events(ZAPATERO, "es", published="2020-02-08")
    names = by_name(found[0])
    assert not names["Cilia Flores"].lead and not names["Jorge Rodríguez"].lead


def test_an_exchange_the_meeting_came_days_after_is_background() -> None:
    found = events(ZAPATERO, "es", published="2020-02-08")
    assert len(found) == 1
    assert "Juan Guaidó" not in by_name(found[0]) and "Arancha González Laya" not in by_name(found[0])


SALVADOR = """O primeiro vice-presidente cubano José Ramon Machado Ventura recebeu o ministro da Educação de El \
Salvador, Carlos Canjura, que se encontra de visita ao país caribenho.
Canjura vinha acompanhado do embaixador de El Salvador em Havana, Sandra Alvarado.
"""

GUO = """A vice-presidente do MPLA, Luísa Damião, recebeu ontem a delegação do Partido Comunista da China, \
chefiada pelo vice-ministro Guo Yezhou.
Os dois encontros foram testemunhados pelo embaixador chinês em Angola, Gong Tao.
"""

DUQUE = """El presidente Mauricio Macri se reunió este jueves en Bogotá con el presidente de Colombia, Iván Duque.
A la comitiva se unió también el embajador argentino en Colombia, Marcelo Stubrin.
"""


def test_an_escort_told_by_acompanhado_do_joins_the_visitors_side() -> None:
    found = events(SALVADOR, "pt", published="2013-06-20")
    assert found and not by_name(found[0])["Sandra Alvarado"].lead


def test_witnesses_of_both_meetings_in_the_plural_attend() -> None:
    found = events(GUO, "pt", published="2019-10-22")
    assert found and not by_name(found[0])["Gong Tao"].lead


def test_one_who_joined_the_delegation_attends() -> None:
    found = events(DUQUE, "es", published="2018-12-14")
    assert found and not by_name(found[0])["Marcelo Stubrin"].lead


TORRIJOS = """Ministra Rodríguez recibió a observadores internacionales rumbo al 6D

La canciller de la República Bolivariana de Venezuela, Delcy Rodríguez, destacó el encuentro positivo \
que sostuvo con el expresidente español, José Luis Rodríguez Zapatero; y expresidente de Panamá, Martín Torrijos.
"""

LEYVA = """Este miércoles 28 de agosto, el presidente Nicolás Maduro se reunió con el excanciller de Colombia, \
Álvaro Leyva, en el Palacio de Miraflores, en Caracas.
"""


def test_a_former_office_written_fused_keeps_its_country() -> None:
    found = events(TORRIJOS, "es", published="2015-12-04")
    names = by_name(found[0])
    assert names["Martín Torrijos"].side == "PA" and names["José Luis Rodríguez Zapatero"].side == "ES"
    leyva = by_name(events(LEYVA, "es", published="2024-08-29")[0])["Álvaro Leyva"]
    assert leyva.side == "CO" and leyva.person.organization is None  # a former minister holds no post
