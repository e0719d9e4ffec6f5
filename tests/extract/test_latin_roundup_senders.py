"""Roundups of messages told sentence by sentence, in English, French and Portuguese (issue 13, msg14 batch): a
sender is told by the verb of sending or wishing itself ("extended his most sincere congratulations ... to Xi",
"congratulated Xi on behalf of his party", "voiced high confidence", "s'est dit convaincu", "escreveu que"), not
only by a verb of saying; a Portuguese roundup opens with "parabenizam" or "vêm enviando mensagens". Real pages
(People's Daily English, Xinhua français, CRI português), read from quality/real-dev."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import assert_one_message_per_sender, page_events


@pytest.mark.parametrize(
    ("doc_id", "recipient", "senders"),
    [
        # "Alassane Ouattara, leader of ... and the country's president, congratulated Xi on behalf of his party";
        # "..., Brazilian President Jair Bolsonaro voiced high confidence that ..."
        ("web-en-302", "Xi Jinping", {"Alassane Ouattara", "Jair Bolsonaro", "Lazarus Chakwera", "Ilham Aliyev"}),
        # "Le président du Rassemblement démocratique du peuple camerounais et chef d'Etat du Cameroun Paul Biya
        # s'est dit convaincu que ..."
        # "..., a déclaré Ferdinand Romualdez Marcos, président du Parti fédéral des Philippines et président du
        # pays": a sender whose side the text does not tell is still a sender from abroad
        ("web-fr-301", "Xi Jinping", {"Narendra Modi", "Sergio Mattarella", "Paul Biya", "Ferdinand Romualdez Marcos"}),
        # "Diversos dirigentes ... vêm enviando mensagens de contratulação a Xi Jinping"; "..., Nguyen Phu Trong,
        # escreveu que"; "..., Raul Castro, expressou os cumprimentos fraternais a Xi Jinping"
        ("web-pt-303", "Xi Jinping", {"Nguyen Phu Trong", "Raul Castro", "Kim Jong-un"}),
    ],
)
def test_each_sender_of_a_roundup_sends_a_message(doc_id: str, recipient: str, senders: set[str]) -> None:
    assert_one_message_per_sender(doc_id, recipient, senders)


def test_a_sender_line_may_open_with_a_long_title() -> None:
    # "President of the Democratic Republic of the Congo Joseph Kabila:" (eight words before the name)
    messages = [e for e in page_events("web-en-303") if e.kind == "message"]
    pairs = [{p.person.native for p in e.participants} for e in messages]
    assert {"Joseph Kabila", "Xi Jinping"} in pairs


def test_a_new_sender_in_his_message_is_his_own_message() -> None:
    # "O secretário-geral do Partido Socialista de Portugal, Antonio José Seguro, assinala na sua mensagem de
    # felicitação": "sua mensagem" is Seguro's own, not Medvedev's told again
    pairs = [{p.person.native for p in e.participants} for e in page_events("web-pt-301") if e.kind == "message"]
    assert {"Antonio José Seguro", "Xi Jinping"} in pairs
    assert {"Dmitry Medvedev", "Xi Jinping"} in pairs
