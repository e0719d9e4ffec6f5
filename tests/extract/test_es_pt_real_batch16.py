"""Constructions of the sixteenth Spanish and Portuguese batch (restated from real-dev web-es-1601…1612 and
web-pt-1601…1605 and older pages): the place of an exchange told by a seat of government and not by its city
(Vanguardia on Díaz-Canel receiving Enrique Santiago), a page date line opening on a weekday (AméricaEconomía),
an exchange of views, one side's attendee named after that side (Diario El Mundo), visitors named by a plural
role noun (Gazzeta Paulista)."""

from __future__ import annotations

from tests.extract.latin_helpers import events

SANTIAGO = """La especial significación de la visita que en estas horas realiza a Cuba el secretario General \
del Partido Comunista de España (PCE) y diputado al Congreso, Enrique Santiago Romero, fue destacada en la tarde \
de este miércoles por el presidente de la República, Miguel Díaz-Canel Bermúdez, al recibir al amigo llegado \
desde la otra orilla del Atlántico.
En el Palacio de la Revolución, el primer secretario del Comité Central del Partido Comunista de Cuba dijo a \
Santiago Romero que su llegada al país caribeño tiene un valor, «sobre todo para seguir fortaleciendo las \
relaciones interpartidistas».
"""

PLANALTO = """O presidente Luiz Inácio Lula da Silva recebeu nesta terça-feira o vice-presidente chinês, Han \
Zheng.
A cerimônia realizou-se no Palácio do Planalto.
"""

KREMLIN = """El presidente Miguel Díaz-Canel se reunió este miércoles en Kazán con el presidente ruso, \
Vladimir Putin.
El Kremlin informó que ambos dirigentes trataron la cooperación energética.
"""

LI_YUANCHAO = """Vicepresidente chino inicia visita oficial a Venezuela con homenaje a Bolívar
Lunes, Mayo 13, 2013 - 09:35
Li Yuanchao se dirigió después a la sede del Ministerio de Relaciones Exteriores, ubicada en la misma plaza \
del centro de la capital, donde mantendrá una reunión con su colega venezolano, Jorge Arreaza.
Caracas, EFE. El vicepresidente de China, Li Yuanchao, comenzó este lunes una visita oficial de cuatro días a \
Venezuela depositando una ofrenda floral ante la estatua del prócer independentista Simón Bolívar.
"""


def test_a_seat_of_government_in_the_next_sentence_places_the_reception() -> None:
    found = events(SANTIAGO, "es", published="2024-01-25")
    assert found and found[0].location == "Havana"


def test_a_portuguese_seat_of_government_told_as_the_venue() -> None:
    found = events(PLANALTO, "pt", published="2023-03-01")
    assert found and found[0].location == "Brasília"


def test_a_seat_named_as_the_government_speaking_is_no_place() -> None:
    found = events(KREMLIN, "es", published="2024-10-23")
    assert found and found[0].location != "Moscow"


def test_the_weekday_of_a_page_date_line_is_no_place() -> None:
    found = events(LI_YUANCHAO, "es", published="2013-05-13")
    assert found and all(e.location != "Lunes" for e in found)
    assert any(e.location == "Caracas" for e in found)


WANG_YI = """Presidente venezolano recibe a canciller chino
El avance de la creación de un foro China-Celac como alianza estratégica figuró en el diálogo. El presidente \
venezolano, Nicolás Maduro, mantuvo este lunes en Caracas un intercambio de opiniones con el canciller chino \
Wang Yi, de visita en la nación suramericana.
"""

WANG_YI_PT = """O presidente venezuelano, Nicolás Maduro, teve nesta segunda-feira em Caracas uma troca de \
opiniões com o chanceler chinês Wang Yi, de visita ao país sul-americano.
"""


def test_an_exchange_of_views_with_someone_is_a_meeting_not_the_forum_it_discussed() -> None:
    found = events(WANG_YI, "es", published="2014-04-22")
    assert [e.kind for e in found] == ["meeting"]
    assert {p.person.name for p in found[0].participants} >= {"Nicolás Maduro", "Wang Yi"}
    assert found[0].location == "Caracas"


def test_a_portuguese_exchange_of_views_is_a_meeting() -> None:
    found = events(WANG_YI_PT, "pt", published="2014-04-22")
    assert [e.kind for e in found] == ["meeting"]
    assert {p.person.name for p in found[0].participants} >= {"Nicolás Maduro", "Wang Yi"}


FMLN = """La cúpula del FMLN se trasladó a Cuba para reunirse con José Ramón Machado Ventura, segundo Secretario \
del Comité Central del Partido Comunista de Cuba (PCC) y vicepresidente de los Consejos de Estado y de Ministros.
¿A qué fueron a Cuba los principales dirigentes del FMLN? Según el periódico cubano Granma, Medardo González \
visitó Cuba para conversar con Machado sobre asuntos de la coyuntura política regional.
Por la delegación salvadoreña estuvieron presentes Medardo González, secretario General del FMLN, José Luis \
Merino, viceministro de Relaciones Exteriores y Secretario de Organización del FMLN.
Por el gobierno cubano estuvo además José Ramón Balaguer Cabrera, miembro del Secretariado y Jefe del \
Departamento de Relaciones Internacionales del Comité Central del Partido Comunista de Cuba.
"""

MPLA = """O reforço da cooperação com partidos políticos portugueses figura entre as prioridades do MPLA, disse \
esta quinta-feira, em Lisboa, o secretário do Bureau Politico para Organização e Inserção na Sociedade, \
Gonçalves Muandumba.
Os políticos angolanos foram igualmente recebidos por Francisco André, secretário Nacional do Partido \
Socialista para as Relações Internacionais.
"""


def test_one_sides_attendee_named_after_the_side_attends_as_that_side() -> None:
    found = events(FMLN, "es", published="2017-12")
    attendee = next(p for e in found for p in e.participants if p.person.native.startswith("José Ramón Balaguer"))
    assert attendee.person.country == "CU" and not attendee.lead


def test_visitors_named_by_a_plural_role_noun_are_the_delegation_named_before() -> None:
    found = events(MPLA, "pt", published=None)
    met = [e for e in found if any(p.person.name == "Francisco André" for p in e.participants)]
    assert met and any(p.person.name == "Gonçalves Muandumba" for p in met[0].participants)


NICARAGUA = """Managua, 6 dic (EFE).- Los hermanos Laureano y Rafael Ortega Murillo, hijos del presidente de \
Nicaragua, Daniel Ortega, y de la vicepresidenta Rosario Murillo, forman parte de una delegación nicaragüense \
que comenzó este lunes una misión oficial en Rusia, informó el Ejecutivo.
Laureano, asesor presidencial para las Inversiones, Comercio y Cooperación Internacional, y Rafael, delegado \
presidencial, integran la delegación nicaragüense junto al ministro de Hacienda y Crédito Público, Iván Acosta, y \
la embajadora de Managua en Moscú, Alba Torres.
La misión nicaragüense abrió su agenda de trabajo este lunes con un importante encuentro con el vicecanciller de \
Rusia, Sergei Ryabkov.
"""

PCDOB = """Integravam a comitiva brasileira dirigentes e parlamentares do PCdoB, PT, PSB e PDT. Pelo PCdoB \
participaram Ricardo Alemão Abreu, Secretário de Relações Internacionais; Dilermando Toni, membro do Comitê \
Central; e Júlio Velloso, membro da Comissão Política Nacional e secretário de Movimentos Sociais.
A delegação da esquerda brasileira, chefiada pelo senador Rodrigo Rollemberg, foi recebida por Wang Lequan, \
membro do Birô Político do Comitê Central do PCCh.
"""


def test_members_of_a_delegation_told_before_its_first_meeting_attend_it() -> None:
    found = events(NICARAGUA, "es", published="2021-12-06")
    ryabkov = [e for e in found if any(p.person.name == "Sergei Ryabkov" for p in e.participants)]
    assert ryabkov
    members = {p.person.name: p for p in ryabkov[0].participants}
    assert {"Iván Acosta", "Alba Torres"} <= set(members)
    assert not members["Iván Acosta"].lead and members["Iván Acosta"].person.country == "NI"


def test_portuguese_members_listed_by_party_before_the_meeting_attend_it() -> None:
    found = events(PCDOB, "pt", published="2011-08-04")
    wang = [e for e in found if any(p.person.name == "Wang Lequan" for p in e.participants)]
    assert wang
    names = {p.person.name for p in wang[0].participants}
    assert {"Dilermando Toni", "Júlio Velloso"} <= names
    assert "Movimentos Sociais" not in names  # a portfolio, no person
