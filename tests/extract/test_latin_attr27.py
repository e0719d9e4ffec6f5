"""People's attributes in Romance pages (session 27, attr27; sentences restated, people kept where the people table
holds them): a one-word name the people table holds, set off by an apposed post naming its country ("Lula,
presidente do Brasil, conversou ..."), takes that post as its title like a name written in full; a post after it that
belongs to the next name ("com Lula, o presidente da Argentina, A, comentou") stays that name's."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import by_name, events, org

APPOSED = [
    ("pt", "Lula, presidente do Brasil, conversou nesta terça-feira em Pequim com o presidente da China, Xi Jinping.",
     "presidente do Brasil"),
    ("pt", "Lula, presidente do Brasil, e Xi Jinping, presidente da China, se reuniram nesta terça-feira em Pequim.",
     "presidente do Brasil"),
    ("es", "Lula, presidente de Brasil, se reunió este martes en Pekín con Xi Jinping, presidente de China.",
     "presidente de Brasil"),
    ("fr", "Lula, président du Brésil, a rencontré mardi à Pékin Xi Jinping, président de la Chine.",
     "président du Brésil"),
    ("it", "Lula, presidente del Brasile, ha incontrato martedì a Pechino Xi Jinping, presidente della Cina.",
     "presidente del Brasile"),
    ("en", "Lula, president of Brazil, met on Tuesday in Beijing with Xi Jinping, president of China.",
     "president of Brazil"),
]


@pytest.mark.parametrize(("language", "text", "post"), APPOSED)
def test_a_one_word_name_takes_the_post_apposed_after_it(language: str, text: str, post: str) -> None:
    (event,) = events(text, language, "2025-05-14")
    people = by_name(event)
    assert set(people) == {"Lula", "Xi Jinping"}
    assert people["Lula"].person.title == post
    assert people["Lula"].side == "BR"
    assert org(people["Lula"]) == "Government of Brazil"
    assert org(people["Xi Jinping"]) == "Government of China"


def test_the_post_of_the_next_name_is_not_the_one_word_names() -> None:
    text = ("Após o encontro com Lula, o presidente da Argentina, Alberto Fernández, disse que os dois países "
            "retomam uma relação mais forte.")
    for event in events(text, "pt", "2023-01-24"):
        people = by_name(event)
        if "Lula" in people:
            assert people["Lula"].person.title is None or "Argentina" not in people["Lula"].person.title


SHARED = [
    ("fr", "Le président congolais Félix Tshisekedi a rencontré mardi à Pékin le président chinois Xi Jinping.",
     "Félix Tshisekedi", "CD"),
    ("es", "El presidente congoleño Félix Tshisekedi se reunió el martes en Pekín con el presidente chino Xi Jinping.",
     "Félix Tshisekedi", "CD"),
    ("en", "Congolese President Felix Tshisekedi met Chinese President Xi Jinping in Beijing on Tuesday.",
     "Felix Tshisekedi", "CD"),
    ("fr", "Le président guinéen Umaro Sissoco Embaló a rencontré mardi à Pékin le président chinois Xi Jinping.",
     "Umaro Sissoco Embaló", "GW"),
    ("es", "El presidente coreano Yoon Suk Yeol se reunió el martes en Pekín con el presidente chino Xi Jinping.",
     "Yoon Suk Yeol", "KR"),
    ("fr", "Le président congolais Denis Sassou N'Guesso a rencontré mardi à Pékin le président chinois Xi Jinping.",
     "Denis Sassou N'Guesso", "CG"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), SHARED)
def test_a_demonym_two_countries_share_yields_to_the_people_table(
    language: str, text: str, name: str, country: str
) -> None:
    (event,) = events(text, language, "2024-09-02")
    person = by_name(event)[name]
    assert person.side == country
    assert person.person.country == country
    organisation = org(person)
    assert organisation is not None and organisation.startswith("Government of")
    assert ("Democratic" in organisation) == (country == "CD")


def test_a_post_running_up_to_the_next_name_is_that_names() -> None:
    text = ("Lundi à Pékin, au terme de son entretien avec le président Xi Jinping, le chef de l'État congolais "
            "Félix Tshisekedi et la délégation de la RDC ont été conviés par le gouvernement chinois à un déjeuner.")
    (event,) = events(text, "fr", "2024-09-02")
    people = by_name(event)
    assert people["Xi Jinping"].side == "CN"
    assert people["Xi Jinping"].person.title == "président"
    assert people["Félix Tshisekedi"].side == "CD"


ARTICLE_NAMED = [
    ("fr", "Le ministre congolais des Mines, Jean Mbala Nkosi, a rencontré mardi à Pékin le ministre chinois du "
     "Commerce, Wang Wentao. La République démocratique du Congo veut transformer ses minerais sur place.", "CD"),
    ("es", "El canciller congoleño, Jean Mbala Nkosi, se reunió el martes en Pekín con el canciller chino, Wang Yi. "
     "La RDC busca más inversiones chinas.", "CD"),
    ("fr", "Le ministre congolais des Mines, Jean Mbala Nkosi, a rencontré mardi à Pékin le ministre chinois du "
     "Commerce, Wang Wentao. Le Congo veut transformer ses minerais sur place.", "CG"),
]


@pytest.mark.parametrize(("language", "text", "country"), ARTICLE_NAMED)
def test_a_shared_demonym_of_someone_unknown_is_the_country_the_article_names(
    language: str, text: str, country: str
) -> None:
    (event,) = events(text, language, "2024-09-02")
    person = by_name(event)["Jean Mbala Nkosi"]
    assert person.side == country
