"""People the people table does not know, as on a blind page (issue 13, latnames): a name read next to its post,
with the side the post tells (restated lines of quality/real-dev, read with a gazetteer that knows none of their
people)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article
from liaison.normalise import normalise


def _people(text: str, language: str, published: str = "2019-05-02") -> dict[str, tuple[str | None, str | None]]:
    """(title, side) of every participant, by name, the people the text names forgotten."""
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language, source=None, title=None)
    gaz = forget_people(default_gazetteer(), [text])
    return {p.person.native: (p.person.title, p.side) for ev in extract(normalise(article), gaz).events
            for p in ev.participants}


def test_a_place_word_closes_a_name_after_a_post_in_lower_case() -> None:
    """web-pt-027 restated: "Sierra" (of Sierra Leone) is the surname after "o vice-chanceler"; the hyphenated
    head is the one the language file writes joined."""
    text = ("O chanceler cubano Bruno Rodríguez recebeu nesta terça-feira em Havana o ministro salvadorenho Hugo "
            "Martínez. Do lado cubano participaram o vice-chanceler Rogelio Sierra e outros funcionários do "
            "Ministério das Relações Exteriores.")
    people = _people(text, "pt")
    assert people.get("Rogelio Sierra") == ("vice-chanceler", "CU")


def test_a_place_word_inside_a_name_after_a_post_in_lower_case() -> None:
    """web-es-091 restated: "el vicecanciller Rogelio Sierra Díaz" closing a list of the visitor's companions."""
    text = ("El presidente chino, Xi Jinping, dio la bienvenida al vicepresidente cubano Miguel Díaz-Canel y a la "
            "comitiva que lo acompañaba, entre ellos el vicecanciller Rogelio Sierra Díaz.")
    people = _people(text, "es")
    assert "Rogelio Sierra Díaz" in people
    assert "Rogelio" not in people


def test_a_post_in_the_plural_not_set_off_by_a_comma() -> None:
    """web-es-101 restated: "los vicepresidentes del órgano legislativo venezolano A y B"."""
    text = ("Una delegación del Partido Comunista de Vietnam, encabezada por Nguyen Van Thanh, se entrevistó con "
            "los vicepresidentes del órgano legislativo venezolano Pedro Infante y América Pérez.")
    people = _people(text, "es")
    assert people.get("Pedro Infante") == ("vicepresidente del órgano legislativo venezolano", "VE")
    assert people.get("América Pérez") == ("vicepresidente del órgano legislativo venezolano", "VE")


def test_a_post_of_two_countries_is_not_shared() -> None:
    """Each foreign minister of "los cancilleres de Cuba y Venezuela, A y B" keeps their own country."""
    text = "El presidente chino Xi Jinping recibió a los cancilleres de Cuba y Venezuela, Bruno Rodríguez y Yván Gil."
    people = _people(text, "es")
    assert people["Bruno Rodríguez"][1] == "CU" and people["Yván Gil"][1] == "VE"


def test_two_courtesy_words_between_a_post_and_its_holder() -> None:
    """web-es-034 restated: "..., compañero Dr. Xaysomphone Phomvihane, recibió": the post before the comma is his,
    and the Lao Front names his side."""
    text = ("También durante esta jornada, el Miembro del Buró Político del Comité Central del Partido y Presidente "
            "del Frente Lao para el Desarrollo Nacional, compañero Dr. Xaysomphone Phomvihane, recibió a la "
            "delegación de los CDR de Cuba, encabezada por su Coordinador Nacional, Carlos Rafael Miranda Martínez.")
    people = _people(text, "es")
    title, side = people["Xaysomphone Phomvihane"]
    assert side == "LA" and title is not None and title.startswith("Miembro del Buró Político")


def test_a_weekday_written_with_a_capital_inside_a_sentence_is_a_given_name() -> None:
    """web-pt-027 restated: Portuguese writes its weekdays in lower case, so "Domingo" set off after the
    ambassador's post is his given name, not a day (nor "Santa Cruz" a city)."""
    text = ("O chanceler cubano Bruno Rodríguez recebeu nesta terça-feira em Havana o ministro salvadorenho Hugo "
            "Martínez, que vinha acompanhado do embaixador de El Salvador em Havana, Domingo Santa Cruz.")
    people = _people(text, "pt")
    assert "Domingo Santa Cruz" in people
    assert people["Domingo Santa Cruz"][1] == "SV"


def test_a_prefix_title_holds_the_words_of_a_body_after_its_of() -> None:
    """web-en-099 restated: "Presidium", a word the organisation table lacks, is of the post's body; the
    bracketed acronym closes the title before the name."""
    text = ("Head of the CPV Central Committee Organisation Commission Pham Minh Chinh received Vice Chairman of the "
            "Presidium of the Japanese Communist Party (JCP) Ogata Yasuo during a reception in Hanoi on February 18.")
    title, side = _people(text, "en")["Ogata Yasuo"]
    assert side == "JP" and title is not None and title.startswith("Vice Chairman of the Presidium")


def test_a_title_listed_after_a_king_opens_no_name() -> None:
    """whb-01400 restated: "King A and Crown Prince and Prime Minister B": "Crown Prince" is no one."""
    text = ("Vice President Kamala Harris spoke separately today with King Hamad bin Isa Al Khalifa and Crown Prince "
            "and Prime Minister Salman bin Hamad Al Khalifa of Bahrain.")
    assert "Crown Prince" not in _people(text, "en", "2025-01-10")


def test_an_apposition_opening_with_the_body_owning_the_post() -> None:
    """web-en-096 and web-en-040 restated: "NAME, New Zealand Labour Party's Spokesperson for ...", "NAME, the South
    African Communist Party (SACP)'s Secretary of ...": the post is the holder's, its body tells the side."""
    text = ("On March 3, 2011, Chinese Vice Foreign Minister Cui Tiankai met with Maryan Street, New Zealand Labour "
            "Party’s Spokesperson for Foreign Affairs, Trade and Overseas Development Assistance.")
    title, side = _people(text, "en", "2011-03-04")["Maryan Street"]
    assert side == "NZ" and title is not None and "Spokesperson for Foreign Affairs" in title
    text = ("Song Tao met with Christopher Matlhako, the South African Communist Party (SACP)’s Secretary of External "
            "Relations, in Beijing on Monday.")
    assert _people(text, "en")["Christopher Matlhako"][1] == "ZA"
