"""Constructions of the es20 Spanish and Portuguese batch (multi-event pages, restated from real-dev web-es-2001…2008
and web-pt-2001…2004, with a line of an older real-dev page): a summit's bilateral talks told as one list of peers
of several countries after a plural post they share (Radio Reloj, Prensa Latina), the acts of a subject left
unsaid joined by a conjunction, a programme told as held ("La agenda ... incluyó encuentros con"), and the names of
more states in the language files."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events

UN = """Naciones Unidas (ONU). – Tras su discurso en homenaje a Nelson Mandela, el presidente de los Consejos de \
Estado y de Ministros de Cuba, Miguel Díaz-Canel, se reunió con su homólogo de la República Islámica de Irán, \
Hassan Rouhani.
En la sede de las Naciones Unidas, Díaz-Canel también dialogó con los presidentes Lenin Moreno, de la República de \
Ecuador, Antoni Marti, de Andorra; y Martín Vizcarra, de Perú.
De igual modo dialogó con su par de Croacia, Kolinda Grabar-Kitarovic, que hace poco manifestó su deseo de estrechar \
las relaciones de amistad y cooperación con Cuba; e intercambió con Felipe Nyussi, presidente de Mozambique, sobre \
los lazos históricos de amistad y colaboración entre los dos países.
"""

COP = """Desde 28 de novembro, Díaz-Canel realizou visitas oficiais aos Emirados Árabes Unidos, ao Catar e ao Irã.
Na COP28, o presidente cubano, Miguel Díaz-Canel, conversou com os primeiros-ministros do Vietnã, Pham Minh Chinh, \
da Etiópia, Abiy Ahmed Ali, e do Nepal, Pushpa Kamal Dahal.
"""

AGENDA = """La Habana, 9 sep (ACN) Tras culminar una gira oficial por Vietnam, China y Laos, Miguel Díaz-Canel, \
Primer Secretario del Comité Central del Partido Comunista de Cuba (PCC) y Presidente de la República, destacó hoy \
que su país quiere llevar a la práctica cuanto se pactó.
La agenda del jefe de Estado incluyó encuentros con el secretario general del Partido Comunista de Vietnam, To Lam; \
el Presidente, Luong Cuong; el primer ministro, Pham Minh Chinh, y el presidente de la Asamblea Nacional, Tran \
Thanh Man.
"""

ONE_MEETING = """En la sede de las Naciones Unidas, el presidente cubano, Miguel Díaz-Canel, sostuvo una reunión \
con los presidentes Lenin Moreno, de la República de Ecuador, y Martín Vizcarra, de Perú.
"""

NEW_SUBJECT = """Mauricio Macri llegó a Bogotá con el canciller Jorge Faurie. El presidente argentino, Mauricio \
Macri, sostuvo una reunión bilateral con el presidente de Colombia, Iván Duque.
Tras el encuentro con Duque, el Presidente se reunió con la embajadora de Estados Unidos ante las Naciones Unidas, \
Nikki Haley.
"""


def _met(evs, surname):
    return [e for e in evs if any(surname in name for name in by_name(e))]


def test_peers_of_several_countries_after_a_plural_post_are_met_one_by_one() -> None:
    evs = events(UN, "es")
    for peer in ("Moreno", "Marti", "Vizcarra"):
        met = _met(evs, peer)
        assert len(met) == 1 and len(by_name(met[0])) == 2 and "Miguel Díaz-Canel" in by_name(met[0])


def test_portuguese_peers_each_after_their_country() -> None:
    evs = events(COP, "pt")
    for peer in ("Pham Minh Chinh", "Abiy Ahmed Ali", "Pushpa Kamal Dahal"):
        assert len(_met(evs, peer)) == 1
    assert not any({"Pham Minh Chinh", "Abiy Ahmed Ali"} <= set(by_name(e)) for e in evs)


def test_acts_of_an_unsaid_subject_joined_by_a_conjunction() -> None:
    evs = events(UN, "es")
    for peer in ("Kolinda Grabar-Kitarovic", "Felipe Nyussi"):
        met = _met(evs, peer)
        assert len(met) == 1 and "Miguel Díaz-Canel" in by_name(met[0])
    assert not any({"Kolinda Grabar-Kitarovic", "Felipe Nyussi"} <= set(by_name(e)) for e in evs)


def test_a_programme_told_as_held_lists_its_meetings() -> None:
    evs = events(AGENDA, "es", published="2025-09-09")
    for host in ("To Lam", "Luong Cuong", "Pham Minh Chinh", "Tran Thanh Man"):
        met = _met(evs, host)
        assert len(met) == 1 and "Miguel Díaz-Canel" in by_name(met[0])


def test_one_meeting_with_several_presidents_stays_one() -> None:
    evs = events(ONE_MEETING, "es")
    assert len(evs) == 1 and len(_met(evs, "Moreno")) == len(_met(evs, "Vizcarra")) == 1


def test_a_new_subject_after_a_retold_meeting_is_no_list_of_acts() -> None:
    evs = events(NEW_SUBJECT, "es", published="2018-08-08")
    assert len(evs) == 2 and _met(evs, "Nikki Haley")  # not a third event retelling the meeting with Duque
