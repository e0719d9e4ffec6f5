"""Messages and calls told by the constructions of the genre (issue 13, msg17): messages exchanged, a reply, a
message told in the passive, a message received (not a reception: "recibió un
mensaje del presidente chino", "recebeu uma mensagem do"), a letter sent with the date between verb and object
("enviou nesta segunda-feira uma carta ao"), and a call told by its verb ("telefonou ao presidente"). Lines written
as the pages of quality/real-dev write them (VNA, Xinhua, Prensa Latina, CRI), with the names the gazetteer knows."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import sentence_events


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Chinese President Xi Jinping exchanged congratulatory messages with Vietnamese President To Lam on "
               "Monday.", "message"),
        ("en", "Vietnamese President To Lam replied to a message from Chinese President Xi Jinping on Monday.",
         "message"),
        ("en", "A message of congratulations was sent by Chinese President Xi Jinping to Vietnamese President To Lam "
               "on Monday.", "message"),
        ("en", "Chinese President Xi Jinping sent condolences to Vietnamese President To Lam on Monday.", "message"),
        ("es", "El presidente vietnamita, To Lam, recibió este lunes un mensaje del presidente chino, Xi Jinping.",
         "message"),
        ("pt", "O presidente vietnamita, To Lam, recebeu nesta segunda-feira uma mensagem do presidente chinês, Xi "
               "Jinping.", "message"),
        ("pt", "O presidente chinês, Xi Jinping, enviou nesta segunda-feira uma carta ao presidente vietnamita, To "
               "Lam.", "message"),
        ("pt", "O presidente chinês, Xi Jinping, telefonou nesta segunda-feira ao presidente vietnamita, To Lam.",
         "phone_call"),
    ],
)
def test_a_message_or_call_is_between_its_sender_and_recipient(language: str, text: str, kind: str) -> None:
    (event,) = sentence_events(text, "2024-06-04", language)
    assert event.kind == kind
    assert {p.person.native for p in event.participants} == {"Xi Jinping", "To Lam"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El presidente vietnamita, To Lam, recibió este lunes en Hanoi al presidente chino, Xi Jinping."),
        ("pt", "O presidente vietnamita, To Lam, recebeu nesta segunda-feira em Hanói o presidente chinês, Xi "
               "Jinping."),
    ],
)
def test_a_reception_stays_a_meeting(language: str, text: str) -> None:
    (event,) = sentence_events(text, "2024-06-04", language)
    assert event.kind == "meeting"
