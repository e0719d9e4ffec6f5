"""A message or letter an envoy hands over in person (issue 13, msg33, msg34) is a message of its sender to its
addressee (GOLD_FORMAT's kind and sides, real-dev web-en-044's gold), the envoy who hands it over taking part as no
lead; handed over at a meeting told by its own cue, the meeting stays the envoy's and the sender's message is an event
of its own (web-en-044). Portuguese still reads the sender as a mention (web-pt-010's gold codes the meeting alone).
Writing to someone ("wrote to", "escribió al", "escreveu ao", "a écrit au") is a message too. Lines restated from real
dev pages' constructions (an envoy, the verb of handing over, the letter, its sender, its addressee)."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import events


@pytest.mark.parametrize(
    ("language", "text", "envoy", "addressee", "sender"),
    [
        ("en", "PYONGYANG, Nov. 30 - Li Jianguo, a member of the Political Bureau of the CPC Central Committee, "
               "conveyed a handwritten letter of Xi Jinping to Kim Jong Un on Friday.",
         "Li Jianguo", "Kim Jong Un", "Xi Jinping"),
        ("en", "MOSCOW, December 21 - Dmitry Medvedev, chairman of the United Russia party, on Wednesday delivered "
               "a message from Russian President Vladimir Putin to Chinese leader Xi Jinping in Beijing.",
         "Dmitry Medvedev", "Xi Jinping", "Vladimir Putin"),
        ("fr", "Paris, 12 juin - Lê Hoai Trung, chef de la Commission des relations extérieures du PCV, a remis un "
               "message du secrétaire général Nguyen Phu Trong au secrétaire national du PCF Fabien Roussel.",
         "Lê Hoai Trung", "Fabien Roussel", "Nguyen Phu Trong"),
    ],
)
def test_a_message_handed_over_is_its_senders_message_to_its_addressee(
    language: str, text: str, envoy: str, addressee: str, sender: str
) -> None:
    found = events(text, language)
    assert [e.kind for e in found] == ["message"]
    leads = {p.person.native for p in found[0].participants if p.lead}
    names = {p.person.native for p in found[0].participants}
    assert leads == {sender, addressee}
    assert envoy in names


def test_a_letter_handed_over_at_a_meeting_told_before_is_a_message_of_its_own() -> None:
    """Restated from real-dev web-en-044: the meeting told by its cue, then the envoy conveying the leader's letter."""
    found = events("PYONGYANG, Nov. 30 - Kim Jong Un received on Friday Li Jianguo, a member of the Political "
                   "Bureau of the CPC Central Committee, together with his delegation. Li Jianguo conveyed a "
                   "handwritten message of Xi Jinping, general secretary of the CPC Central Committee, to "
                   "Kim Jong Un.", "en")
    assert [e.kind for e in found] == ["meeting", "message"]
    assert {p.person.native for p in found[0].participants} == {"Kim Jong Un", "Li Jianguo"}
    assert {p.person.native for p in found[1].participants if p.lead} == {"Xi Jinping", "Kim Jong Un"}


def test_a_message_handed_over_in_portuguese_keeps_its_sender_a_mention() -> None:
    found = events("Hanói, 12 set (VNA) - Liu Haixing, chefe do Departamento Internacional do Comitê Central do PCCh, "
                   "em visita oficial, entregou na terça-feira uma mensagem de Xi Jinping ao secretário-geral "
                   "To Lam.", "pt")
    assert [e.kind for e in found] == ["message"]
    assert {p.person.native for p in found[0].participants if p.lead} == {"Liu Haixing", "To Lam"}


def test_the_sender_of_a_message_handed_over_at_a_meeting_is_no_participant() -> None:
    """Restated from real-dev web-en-108: the meeting is told first, the message handed over "to him from" a sender."""
    found = events("MOSCOW, December 21 - Dmitry Medvedev, chairman of the United Russia party, met with China's "
                   "leader Xi Jinping in Beijing and handed over a message to him from Russian President Vladimir "
                   "Putin.", "en")
    assert found
    assert all("Vladimir Putin" not in {p.person.native for p in e.participants} for e in found)


def test_a_letter_sent_is_still_a_message() -> None:
    found = events("HANOI, Sept 12 - Chinese President Xi Jinping sent a letter to Party General Secretary To Lam "
                   "on Tuesday.", "en")
    assert [e.kind for e in found] == ["message"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # restated from real-dev-12's "Kishida wrote to PM Modi ... expressing his deepest condolences", the
        # condolences left out: writing to someone is the message
        ("en", "TOKYO, May 14 - Japanese Prime Minister Fumio Kishida wrote to Indian Prime Minister Narendra Modi on "
               "Saturday to offer his sympathy after his mother's death."),
        ("en", "TOKYO, May 14 - Japanese Prime Minister Fumio Kishida wrote a letter to Indian Prime Minister Narendra "
               "Modi on Saturday after his mother's death."),
        ("es", "Tokio, 14 may - El primer ministro japonés, Fumio Kishida, escribió una carta al primer ministro "
               "indio, Narendra Modi, tras la muerte de su madre."),
        ("es", "Tokio, 14 may - El primer ministro japonés, Fumio Kishida, escribió al primer ministro indio, Narendra "
               "Modi, para expresarle su pesar."),
        ("pt", "Tóquio, 14 mai - O primeiro-ministro japonês, Fumio Kishida, escreveu ao primeiro-ministro indiano, "
               "Narendra Modi, para lhe manifestar o seu pesar."),
        ("fr", "Tokyo, 14 mai - Le Premier ministre japonais Fumio Kishida a écrit au Premier ministre indien Narendra "
               "Modi pour lui dire sa peine."),
    ],
)
def test_writing_to_someone_is_a_message(language: str, text: str) -> None:
    found = events(text, language)
    assert [e.kind for e in found] == ["message"]
    assert {p.person.native for p in found[0].participants if p.lead} == {"Fumio Kishida", "Narendra Modi"}



def test_a_letter_handed_over_in_the_sentence_of_the_meeting_is_a_step_of_it() -> None:
    """The meeting's cue and the handing over in one sentence (web-en-108's construction, whose gold codes the meeting
    alone): the sender is only mentioned, no message of their own. Names of web-en-044."""
    found = events("Pyongyang, 30 nov - Kim Jong Un a rencontré vendredi Li Jianguo, membre du Bureau politique du "
                   "Comité central du PCC, venu lui remettre un message du secrétaire général Xi Jinping.", "fr")
    assert [e.kind for e in found] == ["meeting"]
    assert {p.person.native for p in found[0].participants} == {"Kim Jong Un", "Li Jianguo"}
