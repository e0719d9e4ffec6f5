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
        ("es", "El rey de Arabia Saudita, Su Majestad Salmán bin Abdulaziz Al-Saud, envió un mensaje de felicitación "
               "al presidente cubano, Miguel Díaz-Canel, por el aniversario de la Revolución.",
         "Salmán bin Abdulaziz Al-Saud", "rey de Arabia Saudita", "SA"),
        ("es", "El emir de Qatar, Su Alteza Jeque Tamim bin Hamad Al-Thani, envió un mensaje de felicitación al "
               "presidente cubano, Miguel Díaz-Canel, por el aniversario de la Revolución.",
         "Tamim bin Hamad Al-Thani", "emir de Qatar", "QA"),
        ("pt", "O rei da Arábia Saudita, Sua Majestade Salmán bin Abdulaziz Al-Saud, enviou uma mensagem de "
               "felicitações ao presidente cubano, Miguel Díaz-Canel, pelo aniversário da Revolução.",
         "Salmán bin Abdulaziz Al-Saud", "rei da Arábia Saudita", "SA"),
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
