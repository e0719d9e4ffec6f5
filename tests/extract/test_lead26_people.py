"""The people of found events (issue 13, lead26): a principal's spouse takes part without leading
(``latin/spouses.py``, ``cues.spouse``); words of places and bodies are no one's name (``words.not_in_names``); a
leader dead before the story takes part in none of its exchanges. Sentences are written in the style of the pages
(restated, names and titles kept)."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import page_events, seats, sentence_events


@pytest.mark.parametrize(
    ("language", "text", "principal", "spouse"),
    [
        # Xinhua (es): the host and his wife receive the visiting king
        ("es", "El presidente chino, Xi Jinping, y su esposa, Peng Liyuan, recibieron este martes en Pekín al rey "
               "Felipe VI de España.", "Xi Jinping", "Peng Liyuan"),
        # VNA (en): a state visit's talks, each leader with a spouse
        ("en", "Lao President Thongloun Sisoulith and his spouse Naly Sisoulith held talks in Vientiane on Monday with "
               "Vietnamese President Vo Van Thuong.", "Thongloun Sisoulith", "Naly Sisoulith"),
        # Élysée (fr): the two presidents and their wives
        ("fr", "Le président chinois Xi Jinping et son épouse Peng Liyuan ont rencontré lundi à Paris le président "
               "français Emmanuel Macron.", "Xi Jinping", "Peng Liyuan"),
    ],
)
def test_a_spouse_named_with_the_principal_attends_without_leading(
    language: str, text: str, principal: str, spouse: str
) -> None:
    (event,) = sentence_events(text, "2024-06-04", language)
    people = seats(event)
    assert people[principal][1] is True
    assert people[spouse] == (people[principal][0], False)  # present, on the principal's side, not a lead
    assert sum(lead for _, lead in people.values()) == 2  # the two principals only


def test_both_spouses_of_a_state_visit_attend_without_leading() -> None:
    (event,) = sentence_events(
        "Le président chinois Xi Jinping et son épouse Peng Liyuan ont rencontré lundi à Paris le président français "
        "Emmanuel Macron et son épouse Brigitte Macron.", "2024-05-06", "fr")
    people = seats(event)
    assert people["Brigitte Macron"] == ("FR", False) and people["Peng Liyuan"] == ("CN", False)
    assert people["Emmanuel Macron"] == ("FR", True)


def test_a_first_lady_receiving_a_guest_on_her_own_is_the_principal() -> None:
    # no other lead of her side: she met the ambassador herself
    (event,) = sentence_events(
        "La primera dama de Nicaragua, Rosario Murillo, recibió este lunes en Managua al embajador de China, Chen Xi.",
        "2024-06-03", "es")
    assert seats(event)["Rosario Murillo"] == ("NI", True)


@pytest.mark.parametrize(
    ("language", "text", "place", "people"),
    [
        # Jornal ÉME (pt): the airport the guest was received at is no one
        ("pt", "O Secretário-Geral do MPLA, Paulo Pombolo, recebeu neste sábado, no Aeroporto da Catumbela, o seu "
               "homólogo da FRELIMO, Chakil Aboobacar, que chegou a Benguela para uma visita de trabalho.",
         "Aeroporto da Catumbela", {"Paulo Pombolo", "Chakil Aboobacar"}),
        # a Beninese paper (fr): the kingdom the envoy came from is no one
        ("fr", "Le ministre des Affaires étrangères du Bénin a reçu mardi à Cotonou l'envoyé du Royaume de Suède, "
               "Carl Bildt.", "Royaume de Suède", {"Carl Bildt"}),
    ],
)
def test_words_of_places_and_bodies_are_never_a_persons_name(
    language: str, text: str, place: str, people: set[str]
) -> None:
    (event,) = sentence_events(text, "2025-10-18", language)
    named = set(seats(event))
    assert place not in named and people <= named


def test_leaders_dead_before_the_story_take_part_in_none_of_its_exchanges() -> None:
    # Granma (es): a Vietnamese delegation's meeting in Havana, told with the legacy of the leaders Fidel Castro Ruz
    # and Ho Chi Minh: Ho Chi Minh, dead long before, is remembered, not seated
    found = page_events("web-es-119")
    assert found
    named = {p.person.name for e in found for p in e.participants}
    assert "Ho Chi Minh" not in named
    assert "Bruno Rodríguez Parrilla" in named
