"""Messages in roundups across languages (session 25, msg25): a monarch's or emir's style before the name ("Su
Majestad", "Su Alteza Jeque", "Sua Majestade", "Son Altesse Cheikh") is no part of it, so a sender styled so is
named as everyone else names him. Sentences restated from roundups of messages to a head of state (real-dev-14 and
real-dev-multi-3, fit halves)."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events

DIAZ_CANEL = "Miguel Díaz-Canel"


def _pairs(found: tuple[EventFrame, ...], kind: str = "message") -> set[frozenset[str]]:
    return {frozenset(p.person.name for p in e.participants) for e in found if e.kind == kind}


@pytest.mark.parametrize(
    ("language", "text", "sender", "title", "side"),
    [
        ("es", "El soberano saudí, Su Majestad Salmán bin Abdulaziz Al-Saud, envió un mensaje de felicitación "
               "al presidente cubano, Miguel Díaz-Canel, por el aniversario de la Revolución.",
         "Salmán bin Abdulaziz Al-Saud", "soberano saudí", "SA"),
        ("es", "El emir de Qatar, Su Alteza Jeque Tamim bin Hamad Al-Thani, envió un mensaje de felicitación al "
               "presidente cubano, Miguel Díaz-Canel, por el aniversario de la Revolución.",
         "Tamim bin Hamad Al-Thani", "emir de Qatar", "QA"),
        ("pt", "O monarca saudita, Sua Majestade Salmán bin Abdulaziz Al-Saud, enviou uma mensagem de "
               "felicitações ao presidente cubano, Miguel Díaz-Canel, pelo aniversário da Revolução.",
         "Salmán bin Abdulaziz Al-Saud", "monarca saudita", "SA"),
        ("fr", "L'émir du Qatar, Son Altesse Cheikh Tamim bin Hamad Al-Thani, a adressé un message de félicitations "
               "au président cubain, Miguel Díaz-Canel, à l'occasion de l'anniversaire de la Révolution.",
         "Tamim bin Hamad Al-Thani", "émir du Qatar", "QA"),
    ],
)
def test_a_monarch_styled_before_his_name_sends_a_message_under_his_name_and_post(
    language: str, text: str, sender: str, title: str, side: str
) -> None:
    found = events(text, language, published="2023-01-02")
    assert frozenset({sender, DIAZ_CANEL}) in _pairs(found)
    seated = {p.person.name: p for e in found for p in e.participants}
    assert seated[sender].person.title == title
    assert seated[sender].side == side


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        ("es", "Partidos y gobiernos de todo el mundo han enviado sus felicitaciones por los 63 años de la victoria "
               "revolucionaria en la isla.\n\nEl presidente de Venezuela, Nicolás Maduro, subrayó en su saludo que "
               "Cuba es un ejemplo de dignidad para los pueblos.\n\nPor su parte, el presidente de Bolivia, Luis Arce, "
               "expresó su admiración por los logros sociales de Cuba.\n\nA las felicitaciones se sumaron el "
               "presidente de Azerbaiyán, Ilham Aliyev, y el presidente de Namibia, Hage Geingob.",
         {"Luis Arce"}),
    ],
)
def test_speakers_of_a_roundup_to_a_country_are_read_before_its_list_of_senders(
    language: str, text: str, speakers: set[str]
) -> None:
    # the lede sends to a country, no one named: each speaker's message stands alone, and so does each listed one's
    found = events(text, language, published="2022-01-02")
    alone = {next(iter(p)) for p in _pairs(found) if len(p) == 1}
    assert speakers <= alone
    assert {"Ilham Aliyev", "Hage Geingob"} <= {n for p in _pairs(found) for n in p}


LULA = "Luiz Inácio Lula da Silva"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Recém-eleito, o presidente brasileiro Luiz Inácio Lula da Silva conversou por telefone com cinco "
               "líderes estrangeiros após a vitória. Entre eles estavam o presidente francês, Emmanuel Macron, o "
               "chanceler alemão, Olaf Scholz, e o presidente cubano, Miguel Díaz-Canel."),
        ("es", "El presidente electo de Brasil, Luiz Inácio Lula da Silva, habló por teléfono con cinco líderes "
               "extranjeros tras su victoria. Entre ellos, el canciller de Alemania, Olaf Scholz, el presidente de "
               "Francia, Emmanuel Macron, y el presidente de Cuba, Miguel Díaz-Canel."),
        ("en", "Brazil's president-elect Luiz Inácio Lula da Silva spoke by phone with five foreign leaders after his "
               "victory. Among them were German Chancellor Olaf Scholz, French President Emmanuel Macron and Cuban "
               "President Miguel Díaz-Canel."),
    ],
)
def test_leaders_called_as_a_number_and_named_in_the_next_sentence_are_called_one_each(
    language: str, text: str
) -> None:
    # a call goes to one counterpart: "spoke by phone with five leaders. Among them were A, B and C"
    found = events(text, language, published="2022-10-31")
    calls = _pairs(found, "phone_call")
    assert calls == {frozenset({LULA, c}) for c in ("Olaf Scholz", "Emmanuel Macron", DIAZ_CANEL)}
