"""Messages told in the further forms of the genre (issue 13, kinds): condolences extended with no possessive
("extended condolences to"), a congratulation sent as a noun ("envió este miércoles una felicitación al", "envió un
abrazo a su par chino"), "congratuló a", messages exchanged ("intercambió mensajes de felicitación con", "trocaram
mensagens"), condolences presented ("a présenté ses condoléances au"; not credentials) and a message
told by "Em mensagem dirigida ao". Lines restated from real-dev pages (Prensa Latina, ACN, VNA, Xinhua), the
senders and recipients unknown to the people table (blind), as a blind page's would be."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import sentence_events


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("en", "Cuban President Miguel Diaz-Canel extended condolences to Chinese President Xi Jinping over the "
               "deadly earthquake.", {"Miguel Diaz-Canel", "Xi Jinping"}),
        ("es", "El presidente de China, Xi Jinping, intercambió mensajes de felicitación con el presidente de Cuba, "
               "Miguel Díaz-Canel, por el aniversario de las relaciones.", {"Xi Jinping", "Miguel Díaz-Canel"}),
        ("es", "El presidente de Cuba, Miguel Díaz-Canel, envió un abrazo a su par chino y secretario general del "
               "Partido Comunista de China, Xi Jinping, por el aniversario.", {"Xi Jinping", "Miguel Díaz-Canel"}),
        ("pt", "Em mensagem dirigida ao presidente da China, Xi Jinping, o presidente de Moçambique, Filipe Nyusi, "
               "destacou a amizade entre os dois partidos.", {"Xi Jinping", "Filipe Nyusi"}),
        ("pt", "O presidente da China, Xi Jinping, e o presidente do Brasil, Luiz Inácio Lula da Silva, trocaram "
               "mensagens de felicitações pelo aniversário das relações.", {"Xi Jinping", "Luiz Inácio Lula da Silva"}),
        ("fr", "Le président Emmanuel Macron a présenté ses condoléances au président chinois Xi Jinping après le "
               "séisme.", {"Emmanuel Macron", "Xi Jinping"}),
    ],
)
def test_a_message_form_is_a_message_between_both(language: str, text: str, people: set[str]) -> None:
    (event,) = sentence_events(text, "2023-07-02", language, blind=True)
    assert event.kind == "message"
    assert {p.person.native for p in event.participants} == people


@pytest.mark.parametrize(
    ("language", "text", "sender"),
    [
        ("es", "El presidente de Venezuela, Nicolás Maduro, envió este miércoles una felicitación al Partido "
               "Comunista de Vietnam por el aniversario de su fundación.", "Nicolás Maduro"),
        ("es", "El presidente de Cuba, Miguel Díaz-Canel, congratuló al Partido Comunista de China por sus 102 "
               "años de fundado.", "Miguel Díaz-Canel"),
    ],
)
def test_a_congratulation_to_a_foreign_party_is_its_senders_message(language: str, text: str, sender: str) -> None:
    (event,) = sentence_events(text, "2023-07-02", language, blind=True)
    assert event.kind == "message"
    assert [p.person.native for p in event.participants] == [sender]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El presidente de Cuba, Miguel Díaz-Canel, intercambió con el presidente de China, Xi Jinping, sobre "
               "la cooperación bilateral en La Habana."),
        ("fr", "L'ambassadeur de Chine, Wang Yi, a présenté ses lettres de créance au président du Togo, Faure "
               "Gnassingbé, à Lomé."),
    ],
)
def test_a_talk_in_person_is_no_message(language: str, text: str) -> None:
    assert all(e.kind != "message" for e in sentence_events(text, "2023-07-02", language, blind=True))
