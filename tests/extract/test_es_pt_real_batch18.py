"""Constructions of the es18 Spanish and Portuguese batch (restated from real-dev web-es-1801…1809 and
web-pt-1801…1809, with lines of older real-dev pages): a delegation's head told by the article alone before a
bare post (O País, Público-style "encabezada por el primer vicepresidente"), a king named by his style and regnal
number (La Voz del Sandinismo), venues and bodies whose capitalised words read like names (El 19 Digital,
Vermelho, Cubaminrex), an exchange only sought or on a programme told after it (la diaria, Correio da Manhã), and
"figura en" that tells where a text stands, no programme."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events, org

FRELIMO = """A vice-presidente do MPLA, Mara Quiosa, recebeu em audiência, hoje, em Luanda, uma delegação da \
Frente de Libertação de Moçambique (FRELIMO), encabeçada pelo secretário-geral, Chakil Aboobacar, com quem tratou \
de assuntos ligados ao reforço das relações bilaterais entre os dois partidos.
"""

PSUV = """Caracas, 9 jun (Prensa Latina) Una delegación del Partido Socialista Unido de Venezuela (PSUV), \
encabezada por el primer vicepresidente, Ramiro Ostos, sostuvo este lunes un encuentro con Li Mingxiang, \
viceministro del Departamento Internacional del Comité Central del Partido Comunista de China.
"""

NATE = """La Vicepresidenta de la República, Compañera Rosario Murillo, agradeció asimismo el mensaje de \
condolencias y solidaridad enviado por el Rey Felipe VI, frente a las trágicas consecuencias de la tormenta \
tropical Nate.
"""

ARZUAGA = """El canciller Bruno Rodríguez recibió a Ángel Arzuaga Reyes, vicejefe del Departamento de Relaciones \
Internacionales, y al embajador chino Chen Xi.
"""

PALME = """La Vicepresidenta de la República, Compañera Rosario Murillo, saludó el Día de la Hispanidad.
Por los medios del poder ciudadano dio a conocer que para este jueves hay prevista una actividad en el Centro de \
Convenciones Olof Palme, a la que asistirán el embajador de España, el Gabinete e invitados.
"""

LAGO = """A Embaixada do Brasil também recebeu a delegação do PCdoB na sua sede, junto ao bonito Lago Oeste de \
Hanói, e depois ofereceu um jantar aos dirigentes do PCdoB.
Na manhã da quarta-feira, a delegação do PCdoB reuniu-se com Pham Xuan Duong, presidente da Comissão de Economia \
do Partido Comunista do Vietnã (PCV), membro do Comitê Central do PCV.
"""

CDR = """La miembro del Buró Político y permanente del Secretariado del Comité Central del Partido Comunista de \
Vietnam (PCV), Truong Thi Mai, recibió hoy a una delegación de los Comités de Defensa de la Revolución de Cuba \
(CDR), encabezada por el coordinador nacional Gerardo Hernández Nordelo.
"""

SOUGHT = """Como en el país norteamericano, se busca incluir en la agenda una reunión con el presidente de la isla, \
Miguel Díaz Canel.
"""

PROGRAMME = """Em Macau, Augusto Santos Silva, ministro português dos Negócios Estrangeiros, estará no segundo dia \
da deslocação à China.
Um encontro com o chefe do executivo da região administrativa especial (RAEM), Fernando Chui Sai On, e visitas à \
Escola Portuguesa de Macau e à Feira Internacional de Macau são outros pontos do programa do ministro em Macau.
"""

HELD = """Em Macau, o ministro português dos Negócios Estrangeiros, Augusto Santos Silva, teve ontem um encontro \
com o chefe do executivo da região administrativa especial (RAEM), Fernando Chui Sai On.
"""


def test_a_delegations_head_after_the_article_alone_holds_the_post_of_the_delegations_party() -> None:
    found = events(FRELIMO, "pt", published="2025-10-16")
    assert len(found) == 1
    head = by_name(found[0])["Chakil Aboobacar"]
    assert head.side == "MZ" and org(head) == "Mozambique Liberation Front"


def test_the_same_in_spanish() -> None:
    found = events(PSUV, "es", published="2025-06-09")
    assert len(found) == 1
    head = by_name(found[0])["Ramiro Ostos"]
    assert head.side == "VE" and org(head) == "United Socialist Party of Venezuela"


def test_a_king_named_by_his_style_and_regnal_number_is_the_king() -> None:
    found = events(NATE, "es", published="2017-10-12")
    assert found and "Felipe VI" in by_name(found[0])
    assert by_name(found[0])["Felipe VI"].side == "ES"


def test_a_surname_reyes_stays_part_of_the_name() -> None:
    found = events(ARZUAGA, "es", published="2017-10-12")
    assert found and "Ángel Arzuaga Reyes" in by_name(found[0])


def test_a_convention_centre_is_no_person() -> None:
    found = events(PALME, "es", published="2017-10-12")
    assert all(not any("Palme" in n or "Convenciones" in n for n in by_name(e)) for e in found)


def test_a_lake_is_no_person() -> None:
    found = events(LAGO, "pt", published="2013-04-12")
    assert found and all("Lago Oeste" not in by_name(e) for e in found)


def test_the_committees_a_delegation_comes_from_are_no_person() -> None:
    found = events(CDR, "es", published="2025-03-12")
    assert len(found) == 1
    assert set(by_name(found[0])) == {"Truong Thi Mai", "Gerardo Hernández Nordelo"}


def test_a_meeting_only_sought_is_no_event() -> None:
    assert events(SOUGHT, "es", published="2022-08-20") == ()


def test_a_meeting_on_a_programme_told_after_it_is_no_event() -> None:
    assert all("Fernando Chui Sai On" not in by_name(e) for e in events(PROGRAMME, "pt", published="2018-10-10"))


def test_a_meeting_held_is_still_an_event() -> None:
    found = events(HELD, "pt", published="2018-10-10")
    assert len(found) == 1 and "Fernando Chui Sai On" in by_name(found[0])


MAKEUP = """A delegação do PCdoB liderada pelo presidente nacional Renato Rabelo e composta por Ronald Freitas, \
secretário de Planejamento, cumpriu uma agenda intensa na última quarta (10) e quinta-feira (11), em Hanói.
Na manhã da quarta-feira, a delegação do PCdoB reuniu-se com Pham Xuan Duong, presidente da Comissão de Economia \
do Partido Comunista do Vietnã (PCV), membro do Comitê Central do PCV.
"""

LI_XI = """La Habana, 4 sep (ACN) Miguel Díaz-Canel, Primer Secretario del Comité Central del Partido Comunista de \
Cuba (PCC) y Presidente de la República, resaltó hoy en la red social X la solidez de los lazos entre su organización \
política y el Partido Comunista de China (PCCh).
El líder partidista cubano compartió este criterio con Li Xi, miembro del Comité Permanente del Buró Político y \
Secretario de la Comisión Central de Control Disciplinario del PCCh, durante un encuentro en Beijing, la capital \
china, en el marco de la visita oficial del jefe de Estado al país asiático.
"""

MONTEIRO = """Foi recebido na capital, onde assinou o Programa Anual de Cooperação, pelo Presidente José Eduardo \
dos Santos o ministro português dos Negócios Estrangeiros, António Monteiro.
"""


def test_a_delegations_make_up_told_before_its_first_meeting_attends_it() -> None:
    found = events(MAKEUP, "pt", published="2013-04-12")
    assert len(found) == 1
    names = by_name(found[0])
    assert {"Renato Rabelo", "Ronald Freitas", "Pham Xuan Duong"} <= set(names)
    assert names["Ronald Freitas"].side == "BR"


def test_the_discipline_commissions_name_is_no_person() -> None:
    found = events(LI_XI, "es", published="2025-09-04")
    assert found and "Li Xi" in by_name(found[0])
    assert all(not any("Control" in n for n in by_name(e)) for e in found)


def test_a_programme_of_cooperation_is_no_person() -> None:
    found = events(MONTEIRO, "pt", published="2004-05-01")
    assert all("Programa Anual de Cooperação" not in by_name(e) for e in found)
