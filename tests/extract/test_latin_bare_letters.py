"""Articles printed without diacritics (KCNA's Spanish service, older or scraped pages), exchanges told
by "intercambiar/departir con", and a headline naming someone by the two surnames the body gives in full.

Each article is ours, written in the shape of the real ones; names and titles are those of real officials.
"""

from __future__ import annotations

from latin_helpers import by_name, events

from liaison.extract.lexicon_file import accents_optional, lexicon_for, printed_bare

_BARE = (
    "Pyongyang, 7 de marzo (ACNC) -- El subjefe de departamento del Comite Central del Partido del Trabajo de "
    "Corea, Han Man Hyok, quien visita Rusia al frente de la delegacion del PTC, se reunio el dia 6 en la sede "
    "de la Duma Estatal con el presidente del Partido por la Justicia de Rusia, Sergei Mironov.\n\n"
    "Mironov dijo que apoya la nueva linea del PTC y las medidas que se adoptan por la paz en la Peninsula "
    "Coreana, y expreso la postura de su partido de seguir desarrollando las relaciones con el PTC.\n\n"
    "Antes, Han Man Hyok departio con el vicepresidente del CC del Partido Comunista de la Federacion Rusa, "
    "Vladimir Kashin.\n\nKashin afirmo que su partido seguira apoyando la lucha del pueblo coreano."
)


def test_an_article_printed_without_accents_gives_its_meetings() -> None:
    found = events(_BARE, "es", "2019-03-07")
    assert [set(by_name(e)) for e in found] == [{"Han Man Hyok", "Sergei Mironov"}, {"Han Man Hyok", "Vladimir Kashin"}]
    assert found[0].date is not None and found[0].date.iso == "2019-03-06"


def test_bare_letters_are_read_only_in_articles_printed_without_them() -> None:
    accented = _BARE.replace("reunio", "reunió").replace("dia", "día").replace("Comite", "Comité")
    accented = accented.replace("delegacion", "delegación").replace("Federacion", "Federación") * 3
    assert printed_bare(_BARE) and not printed_bare(accented)
    assert lexicon_for("es", _BARE) is not lexicon_for("es", accented)
    assert lexicon_for("en", _BARE) is lexicon_for("en", accented)  # English does not allow it


def test_accent_optional_patterns_keep_their_widths() -> None:
    assert accents_optional(r"(?<!dónde\s)\breuni(?:ó|eron)\b") == r"(?<!d[óo]nde\s)\breuni(?:[óo]|eron)\b"
    assert accents_optional(r"convers[óo]\b") == r"convers[óoo]\b"


def test_exchanging_with_a_visitor_is_a_meeting() -> None:
    text = (
        "Resaltan Cuba y Vietnam relaciones históricas\n\n"
        "“Una visita de Vietnam es como recibir a un familiar muy cercano”, aseguró este sábado el primer "
        "ministro de Cuba, Manuel Marrero Cruz, al intercambiar con el vicepremier de Vietnam Tran Hong Ha, "
        "que se encuentra en La Habana para asistir a la Cumbre del grupo de los 77 y China."
    )
    (event,) = events(text, "es", "2023-09-17")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Manuel Marrero Cruz", "Tran Hong Ha"}


def test_a_headline_by_two_surnames_is_the_person_the_body_names_in_full() -> None:
    text = (
        "Valdés Mesa fue recibido por Song Tao, jefe del Departamento Internacional del Comité Central del "
        "Partido Comunista de China.\n\nBeijing, China.- El miembro del Buró Político del Comité Central del "
        "Partido Comunista de Cuba y vicepresidente del Consejo de Estado, Salvador Valdés Mesa, fue recibido "
        "en Beijing por el jefe del Departamento Internacional del Comité Central del Partido Comunista de "
        "China, Song Tao.\n\nAmbas partes conversaron sobre el excelente estado de los vínculos bilaterales."
    )
    (event,) = events(text, "es", "2016-06-10")
    assert set(by_name(event)) == {"Salvador Valdés Mesa", "Song Tao"}


def test_talking_with_an_official_is_a_meeting_and_each_conversation_its_own() -> None:
    text = (
        "Como parte de su visita al gigante asiático, el miembro del Buró Político y ministro de Relaciones "
        "Exteriores, Bruno Rodríguez Parrilla, conversó con Liu Haixing, jefe del Departamento de Enlace "
        "Internacional del Comité Central del Partido Comunista de China, encuentro en el que ambas partes "
        "resaltaron los vínculos interpartidistas.\n\nComo parte de los intercambios de esta visita, Rodríguez "
        "Parrilla dialogó con Chen Xiaodong, director de la Agencia de Cooperación Internacional para el "
        "Desarrollo de China (Cidca)."
    )
    found = events(text, "es", "2026-02-05")
    assert [set(by_name(e)) for e in found] == [
        {"Bruno Rodríguez Parrilla", "Liu Haixing"}, {"Bruno Rodríguez Parrilla", "Chen Xiaodong"}
    ]
    assert {e.kind for e in found} == {"meeting"}


def test_a_portuguese_conversation_with_a_visitor_is_a_meeting() -> None:
    text = (
        "Pequim, 12 jun (Xinhua) -- O chanceler de Cuba, Bruno Rodríguez Parrilla, conversou com o chefe do "
        "Departamento Internacional do Comitê Central do Partido Comunista da China, Liu Jianchao, nesta "
        "terça-feira em Pequim."
    )
    (event,) = events(text, "pt", "2024-06-12")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Bruno Rodríguez Parrilla", "Liu Jianchao"}
