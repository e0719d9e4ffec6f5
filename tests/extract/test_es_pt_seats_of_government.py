"""The place of an exchange told by a seat of government and not by its city (restated from real-dev
web-es pages: Vanguardia and Prensa Latina on Díaz-Canel and Maduro receiving visitors; AméricaEconomía,
whose page date line opens on a weekday)."""

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
