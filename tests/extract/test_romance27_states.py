"""A meeting told by a state, a reflexive verb or a meal the Romance lexicons missed (romance27, issue 13):
Spanish "estuvo reunido con", Portuguese
"conversou na terça-feira com", Italian "si è riunito martedì a Roma con" (the triage let "riunito" through only as
"riunione"), French "a offert mardi un dîner en l'honneur de", Spanish "tuvo un intercambio el martes ... con"; an
Italian sentence opening on "Durante l'incontro con A, B ha ..." is held. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.latin_helpers import by_name, events, org


def test_es_estuvo_reunido() -> None:
    text = ("Título\n\nEl viceprimer ministro ruso Dmitri Chernyshenko estuvo reunido el lunes en La Habana con el "
            "primer ministro cubano, Manuel Marrero.\n")
    (event,) = events(text, "es", published="2024-05-10")
    assert event.kind == "meeting"
    assert {p.side for p in event.participants} == {"RU", "CU"}


def test_pt_conversou_with_a_date_before_com() -> None:
    text = ("Título\n\nO Presidente do MPLA, João Lourenço, conversou na terça-feira em Pequim com o presidente "
            "chinês Xi Jinping.\n")
    (event,) = events(text, "pt", published="2024-05-10")
    assert set(by_name(event)) == {"João Lourenço", "Xi Jinping"}


def test_it_si_e_riunito_with_words_before_con() -> None:
    text = ("Titolo\n\nIl presidente italiano Sergio Mattarella si è riunito martedì a Roma con il presidente "
            "vietnamita Vuong Dinh Hue.\n")
    (event,) = events(text, "it", published="2024-05-10")
    people = by_name(event)
    assert (people["Sergio Mattarella"].side, people["Vuong Dinh Hue"].side) == ("IT", "VN")
    assert event.location == "Rome"


def test_it_sentence_opening_on_the_meeting() -> None:
    text = ("Titolo\n\nDurante l'incontro con il presidente cinese Xi Jinping, giovedì a Pechino, il presidente "
            "Sergio Mattarella ha sottolineato l'amicizia tra i due paesi.\n")
    (event,) = events(text, "it", published="2024-05-10")
    assert set(by_name(event)) == {"Xi Jinping", "Sergio Mattarella"}
    assert event.date is not None and event.date.iso == "2024-05-09"


def test_fr_dinner_in_honour_with_a_day_before_the_meal() -> None:
    text = ("Titre\n\nLe président sénégalais Macky Sall a offert mardi un dîner en l'honneur du président chinois "
            "Xi Jinping à Dakar.\n")
    (event,) = events(text, "fr", published="2024-05-10")
    people = by_name(event)
    assert (people["Macky Sall"].side, people["Xi Jinping"].side) == ("SN", "CN")


def test_es_intercambio_with_a_date_before_con() -> None:
    text = ("Título\n\nEl dirigente del Partido Comunista de China Liu Jianchao tuvo un intercambio el martes en "
            "Beijing con el secretario general del Partido Comunista de Chile, Lautaro Carmona.\n")
    (event,) = events(text, "es", published="2024-05-10")
    people = by_name(event)
    assert people["Lautaro Carmona"].side == "CL"
    assert org(people["Lautaro Carmona"]) == "Communist Party of Chile"
