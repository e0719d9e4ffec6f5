"""A message or letter an envoy hands over in person (issue 13, msg33): the dev sets' gold codes the envoy's meeting
with the addressee, not a message of its own, and the sender named after "from" / "de" / "du" takes no part
(real-dev web-en-108, web-en-186, web-en-den-16: "by the convention of sessions 25-29 a letter handed over at a
meeting is no event of its own"). Spanish read it so already; English, Portuguese and French found nothing. Lines
restated from those pages' constructions (an envoy, the verb of handing over, the letter, its sender, its addressee)."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import events


@pytest.mark.parametrize(
    ("language", "text", "envoy", "addressee", "sender"),
    [
        ("en", "PYONGYANG, Nov. 30 - Li Jianguo, member of the Political Bureau of the CPC Central Committee, "
               "conveyed a personal letter of Xi Jinping to Kim Jong Un on Friday.",
         "Li Jianguo", "Kim Jong Un", "Xi Jinping"),
        ("en", "MOSCOW, December 21 - Dmitry Medvedev, chairman of the United Russia party, on Wednesday delivered "
               "a message from Russian President Vladimir Putin to Chinese leader Xi Jinping in Beijing.",
         "Dmitry Medvedev", "Xi Jinping", "Vladimir Putin"),
        ("pt", "Hanói, 12 set (VNA) - Liu Haixing, chefe do Departamento Internacional do Comitê Central do PCCh, "
               "entregou na terça-feira uma mensagem de Xi Jinping ao secretário-geral To Lam.",
         "Liu Haixing", "To Lam", "Xi Jinping"),
        ("fr", "Paris, 12 juin - Lê Hoai Trung, chef de la Commission des relations extérieures du PCV, a remis un "
               "message du secrétaire général Nguyen Phu Trong au secrétaire national du PCF Fabien Roussel.",
         "Lê Hoai Trung", "Fabien Roussel", "Nguyen Phu Trong"),
    ],
)
def test_a_message_handed_over_is_the_envoys_meeting(
    language: str, text: str, envoy: str, addressee: str, sender: str
) -> None:
    found = events(text, language)
    assert [e.kind for e in found] == ["meeting"]
    leads = {p.person.native for p in found[0].participants if p.lead}
    names = {p.person.native for p in found[0].participants}
    assert {envoy, addressee} <= leads
    assert sender not in names


def test_a_letter_sent_is_still_a_message() -> None:
    found = events("HANOI, Sept 12 - Chinese President Xi Jinping sent a letter to Party General Secretary To Lam "
                   "on Tuesday.", "en")
    assert [e.kind for e in found] == ["message"]
