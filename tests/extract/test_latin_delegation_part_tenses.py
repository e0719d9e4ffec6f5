"""A delegation's members told by "being part of" it in any tense (issue 13, attend28): "Faziam parte da comitiva da
FRELIMO ... A, B" (its side the party named after the retinue), "Forman parte de la delegación A y B", "Font également
partie de la délégation A et B", "Fanno parte della delegazione A e B". Each member is present at the exchange (a
non-lead of the visiting side). Texts restate pages of the dev sets (real-dev-4 web-pt-d4-03), names, titles and
constructions kept, the rest reworded; read blind too, the people table knowing none of them."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import seats, sentence_events


def _one(text: str, published: str, language: str, blind: bool) -> dict[str, tuple[str | None, bool]]:
    found = sentence_events(text, published, language, blind=blind)
    assert len(found) == 1, [seats(e) for e in found]
    return seats(found[0])


@pytest.mark.parametrize("blind", [False, True])
def test_part_of_the_retinue_of_a_party_pt(blind: bool) -> None:
    got = _one(
        "Benguela, 18 de outubro. O Secretário-Geral do MPLA, Paulo Pombolo, recebeu no sábado, no Aeroporto da "
        "Catumbela, o seu homólogo da FRELIMO, Chakil Aboobacar. No curto encontro na sala protocolar, Paulo Pombolo "
        "e Chakil Aboobacar falaram da cooperação entre os dois partidos. Faziam parte da comitiva da FRELIMO nesta "
        "viagem a Benguela o Secretário do Comité Central para a Organização do Partido, João Muchine, e o Secretário "
        "do Comité Central para a Economia e Projectos, Nelson Muianga.",
        "2025-10-18", "pt", blind)
    assert got["João Muchine"] == ("MZ", False) and got["Nelson Muianga"] == ("MZ", False)
    assert got["Paulo Pombolo"][1] and got["Chakil Aboobacar"][1]


@pytest.mark.parametrize("blind", [False, True])
def test_part_of_the_delegation_in_the_present_es(blind: bool) -> None:
    got = _one(
        "La Habana, 4 de mayo. El primer secretario del Partido Comunista de Cuba, Miguel Díaz-Canel, recibió este "
        "lunes al secretario general del Partido Comunista de Vietnam, To Lam. Forman parte de la delegación "
        "vietnamita el ministro de Relaciones Exteriores, Bui Thanh Son, y el jefe de la Comisión de Relaciones "
        "Exteriores del partido, Le Hoai Trung.",
        "2025-05-04", "es", blind)
    assert got["Bui Thanh Son"] == ("VN", False) and got["Le Hoai Trung"] == ("VN", False)


@pytest.mark.parametrize("blind", [False, True])
def test_part_of_the_delegation_in_the_present_fr(blind: bool) -> None:
    got = _one(
        "Ouagadougou, 6 mars. Le président du Mouvement du peuple pour le progrès, Simon Compaoré, a reçu lundi le "
        "vice-ministre du Département international du PCC, Guo Yezhou. Font également partie de la délégation "
        "chinoise le directeur général adjoint Wang Heming et le diplomate Liang Anping.",
        "2019-03-06", "fr", blind)
    assert got["Wang Heming"] == ("CN", False) and got["Liang Anping"] == ("CN", False)


@pytest.mark.parametrize("blind", [False, True])
def test_chinese_family_name_of_two_capitals_after_given_names_fr(blind: bool) -> None:
    """A communiqué's list of a Chinese delegation, each name printed given names first and the family name in capitals
    (restating real-dev web-fr-1613): a family name of two letters ("LI", "YE") closes the name as "GUO" does."""
    found = sentence_events(
        "Ouagadougou, 6 mars. Le vice-ministre chinois Yezhou GUO a été reçu lundi par le président du MPP, Simon "
        "Compaoré. La délégation chinoise comprenait : Monsieur Heming WANG, directeur général adjoint ; Son "
        "Excellence Monsieur Jian LI, Ambassadeur de Chine au Burkina Faso ; Monsieur Boran YE, Premier Secrétaire "
        "au Bureau des Affaires africaines ; Madame Yan SHU, interprète.",
        "2019-03-06", "fr", blind)
    assert len(found) == 1, [seats(e) for e in found]
    got = seats(found[0])
    assert got["Jian LI"] == ("CN", False) and got["Boran YE"][1] is False, got
