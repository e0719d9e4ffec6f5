"""A message sent to thank for the first one is a reply (issue 13, msg34): another message between the same people,
not the first told again (real-dev web-es-111's gold codes both). Restated from web-es-111's construction (a
congratulation, then "A envió un mensaje para agradecer a B sus felicitaciones"), in each Latin-script language."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import events


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Vientián (VNA) El primer ministro de Laos y secretario general del PPRL, Thongloun Sisoulith, "
               "felicitó al premier vietnamita, Nguyen Xuan Phuc, por su ingreso en el Buró Político. Días antes, "
               "Sisoulith envió un mensaje para agradecerle a Xuan Phuc el saludo enviado con motivo del Congreso "
               "del PPRL."),
        ("pt", "Hanói (VNA) O secretário-geral do PPRL e primeiro-ministro do Laos, Thongloun Sisoulith, felicitou o "
               "primeiro-ministro do Vietnã, Nguyen Xuan Phuc, pela sua eleição para o Politburo. Antes, Sisoulith "
               "enviou uma mensagem para agradecer a Xuan Phuc as felicitações pelo êxito do Congresso do PPRL."),
        ("en", "Hanoi (VNA) Lao Prime Minister Thongloun Sisoulith sent a congratulatory message to Vietnamese Prime "
               "Minister Nguyen Xuan Phuc for his election to the Politburo. Earlier, Sisoulith sent a message to "
               "thank Xuan Phuc for his congratulations on the success of the LPRP Congress."),
        ("fr", "Hanoï (VNA) Le Premier ministre lao Thongloun Sisoulith a adressé un message de félicitations au "
               "Premier ministre vietnamien Nguyen Xuan Phuc pour son élection au Bureau politique. Auparavant, "
               "Sisoulith avait envoyé un message pour remercier Xuan Phuc de ses félicitations."),
    ],
)
def test_a_message_of_thanks_for_the_first_is_a_second_message(language: str, text: str) -> None:
    found = events(text, language)
    assert [e.kind for e in found] == ["message", "message"]
    for e in found:
        assert {p.person.native for p in e.participants if p.lead} == {"Thongloun Sisoulith", "Nguyen Xuan Phuc"}


def test_a_message_thanking_no_one_of_the_first_is_one_message() -> None:
    found = events("Hanoi (VNA) Lao Prime Minister Thongloun Sisoulith sent a congratulatory message to Vietnamese "
                   "Prime Minister Nguyen Xuan Phuc for his election to the Politburo. In the message, Sisoulith "
                   "expressed thanks for the support of Viet Nam.", "en")
    assert [e.kind for e in found] == ["message"]
