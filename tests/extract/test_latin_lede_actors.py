"""A frame holding one side's people takes the other side's actor the headline or lede names, when its sentences speak
of them by a family name or their country's word (issue 13, outside33; sentences restated from fit-half pages)."""

from __future__ import annotations

from tests.extract.latin_helpers import events


def _leads(text: str, language: str, published: str) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events(text, language, published)]


def test_a_farewell_to_the_delegation_the_lede_names_in_english() -> None:
    """web-en-192 restated: the hosts see off "Vietnam's official delegation", whose head the lede names."""
    text = ("Havana, Cuba.- The president of the National Assembly of the Socialist Republic of Vietnam, Voung Dinh "
            "Hue, departed from the José Martí airport on Sunday, closing a visit to Cuba that deepened the bonds "
            "between the two nations.\n"
            "Cuba's National Assembly of People's Power President Esteban Lazo and the city's top officials bid "
            "farewell to Vietnam's official delegation.\n")
    leads = _leads(text, "en", "2023-04-25")
    assert any({"Voung Dinh Hue", "Esteban Lazo"} <= found for found in leads)


def test_a_video_call_told_by_one_side_in_spanish() -> None:
    """web-es-035 restated: the lede names both, the video call's sentence the Laotian and "la Revolución cubana"."""
    text = ("Vientiane, 11 abril (RHC) El diario Pasaxon, órgano del Partido Popular Revolucionario de Laos (PPRL), "
            "destacó el diálogo celebrado hoy por el presidente del Comité de Relaciones Exteriores de esa "
            "agrupación, Thongsavanh Phomvihane, y su homólogo cubano Emilio Lozada.\n\n"
            "El periódico indicó en sus redes sociales que en la videoconferencia Phomvihane elogió los avances de "
            "la Revolución cubana bajo la guía del Partido Comunista (PCC).\n")
    leads = _leads(text, "es", "2023-04-11")
    assert any({"Thongsavanh Phomvihane", "Emilio Lozada"} <= found for found in leads)

