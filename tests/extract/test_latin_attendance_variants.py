"""Attendees told by the common attendance verbs in the forms the cue lists left out (issue 13, attend24): an adverb
between the auxiliary and the verb ("ont aussi pris part", "estuvo acompañado también por", "contou também com a
presença"), the act named between the verb and its agent ("estuvo acompañado en el encuentro por A"), the act named
before the verb ("En la reunión, participaron por México A y B"), a retinue told with a causative or verb first
("fez-se acompanhar do secretário A", "Acompanhavam Lula o chanceler, A"), a delegation named in more words or by a
group noun before its members ("La délégation des républicains comptait", "The delegation's MPs are"), and a
traveller's companion "en compañía del canciller A" at each meeting. Texts restate pages of real-dev (web-fr-2018,
web-es-167, web-pt-2005) and of the measured sets (real-dev-4, -5, -6, -14, -multi), names, titles and constructions
kept; read blind too, the people table knowing none of them."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events


def _one(text: str, published: str, language: str, blind: bool) -> dict[str, tuple[str | None, bool]]:
    found = sentence_events(text, published, language, blind=blind)
    assert len(found) == 1, [seats(e) for e in found]
    return seats(found[0])


@pytest.mark.parametrize("blind", [False, True])
def test_also_took_part_with_an_adverb_after_the_auxiliary_fr(blind: bool) -> None:
    got = _one(
        "La Havane, 3 mars (RHC). Le président cubain, Raúl Castro, a reçu à Montevideo Eduardo Lorier, secrétaire "
        "général du Parti communiste de l'Uruguay. Marcelino Medina, vice-ministre cubain des Relations extérieures, "
        "et Mercedes Vicente, ambassadrice cubaine à Montevideo, ont aussi pris part à la rencontre.",
        "2016-03-03", "fr", blind)
    assert got["Marcelino Medina"][1] is False and got["Mercedes Vicente"][1] is False
    assert got["Raúl Castro"][1] and got["Eduardo Lorier"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_accompanied_at_the_meeting_by_es(blind: bool) -> None:
    got = _one(
        "Hanói, 27 sep. Nguyen Phu Trong, máximo dirigente del Partido Comunista de Vietnam, recibió en la capital "
        "vietnamita al vicepresidente cubano Roberto Morales Ojeda. En Hanoi, Morales estuvo acompañado en el "
        "encuentro por la embajadora cubana Lianys Torres Rivera y por el funcionario de la cancillería Emilio "
        "Lozada García.",
        "2018-09-27", "es", blind)
    assert got["Emilio Lozada García"][1] is False and got["Lianys Torres Rivera"][1] is False


@pytest.mark.parametrize("blind", [False, True])
def test_accompanied_also_by_after_the_meeting_named_es(blind: bool) -> None:
    got = _one(
        "Raúl Castro, presidente de Cuba, se reunió hoy en La Habana con Kang Sok Su, responsable internacional del "
        "Partido del Trabajo coreano. Castro, primer secretario del PCC, en la reunión con el "
        "visitante estuvo acompañado también por el segundo secretario del partido, José Ramón Machado Ventura.",
        "2015-03-03", "es", blind)
    assert got["José Ramón Machado Ventura"][1] is False
    assert got["Raúl Castro"][1] and got["Kang Sok Su"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_the_meeting_named_before_those_who_took_part_es(blind: bool) -> None:
    got = _one(
        "Juan Ramón de la Fuente, canciller mexicano, sostuvo este viernes una reunión con Chen Daojiang, embajador "
        "chino en México. En la reunión, participaron por México la subsecretaria Teresa Mercado y Fernando González, "
        "director para Asia-Pacífico, mientras que del lado chino estuvieron Zhu Jian, ministro consejero, y Chen "
        "Xiang, jefe político de la embajada.",
        "2025-09-13", "es", blind)
    for name in ("Teresa Mercado", "Fernando González", "Zhu Jian", "Chen Xiang"):
        assert got[name][1] is False
    assert got["Chen Daojiang"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_a_retinue_told_with_a_causative_pt(blind: bool) -> None:
    got = _one(
        "Benguela, 18 out. Paulo Pombolo, secretário-geral do MPLA, recebeu no sábado no aeroporto de Catumbela o seu "
        "homólogo da FRELIMO, Chakil Aboobacar. Na recepção, Pombolo fez-se acompanhar do seu secretário para as "
        "Relações Internacionais, Manuel Augusto, e da secretária para os Quadros, Ângela Bragança.",
        "2025-10-18", "pt", blind)
    for name in ("Manuel Augusto", "Ângela Bragança"):
        assert got[name][1] is False
    assert got["Paulo Pombolo"][1] and got["Chakil Aboobacar"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_those_accompanying_told_verb_first_pt(blind: bool) -> None:
    got = _one(
        "O presidente Lula teve nesta manhã, no Rio de Janeiro, um encontro bilateral com o secretário-geral da ONU, "
        "António Guterres. Acompanhavam Lula o chanceler, Mauro Vieira; o assessor especial, Celso Amorim; e a "
        "ministra do Meio Ambiente, Marina Silva.",
        "2024-11-16", "pt", blind)
    for name in ("Mauro Vieira", "Celso Amorim", "Marina Silva"):
        assert got[name] == ("BR", False)
    assert got["António Guterres"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_a_delegation_named_in_more_words_counted_its_members_fr(blind: bool) -> None:
    got = _one(
        "Une délégation du RHDP conduite par la sénatrice Chantal Fanny a rencontré à Pékin Guo Yezhou, vice-ministre "
        "chargé des relations internationales du PCC. La délégation des républicains comptait, entre autres, "
        "Imbassou Ouattara, député de Yopougon, et Odjé Tiakoré Joseph, ancien président des jeunes républicains.",
        "2019-05-20", "fr", blind)
    assert got["Imbassou Ouattara"][1] is False and got["Odjé Tiakoré Joseph"][1] is False


@pytest.mark.parametrize("blind", [False, True])
def test_the_delegations_members_are_en(blind: bool) -> None:
    got = _one(
        "National Assembly Speaker Baleka Mbete met Esteban Lazo Hernández, President of Cuba's National Assembly, "
        "in Havana on Monday. The delegation's MPs are Mr Jackson Mthembu (ANC Chief Whip), Mr John Steenhuisen (DA "
        "Chief Whip) and Ms Mmatlala Boroto (chair of international relations).",
        "2018-03-12", "en", blind)
    for name in ("Mmatlala Boroto", "Jackson Mthembu", "John Steenhuisen"):
        assert got[name][1] is False


@pytest.mark.parametrize("blind", [False, True])
def test_a_companion_in_company_of_the_traveller_attends_each_meeting_es(blind: bool) -> None:
    found = sentence_events(
        "El presidente electo de Guatemala, Jimmy Morales, salió el lunes de gira por la región, en compañía del "
        "canciller Carlos Raúl Morales. Enrique Peña Nieto, presidente de México, recibió el viernes a Jimmy Morales. "
        "Después, el presidente de Honduras, Juan Orlando Hernández, recibió a Jimmy Morales en Tegucigalpa.",
        "2016-01-10", "es", blind=blind)
    assert len(found) == 2
    for event in found:
        assert seats(event)["Carlos Raúl Morales"][1] is False
