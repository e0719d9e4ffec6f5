"""A roundup of messages told sentence by sentence (issue 13, ninth Spanish batch): the headline or the lede tells of
many messages ("Puntos destacados de mensajes de felicitación extranjeros", "Líderes extranjeros envían felicitaciones
al nuevo presidente"), the lede or the first message names the one congratulated ("han felicitado a Xi Jinping",
"dirigió cálidas felicitaciones a To Lam"), and each later sentence in which a titled head of another country speaks
for the first time ("afirmó el presidente de Mauritania, A", "Por su parte, el presidente chino, B, expresó su alegría")
is that head's message to them. Real pages of two outlets
(Xinhua español, Nhân Dân), read from quality/real-dev."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import assert_one_message_per_sender, page_events


@pytest.mark.parametrize(
    ("doc_id", "recipient", "senders"),
    [
        # "..., afirmó el presidente de Mauritania, A." / "En el mensaje de felicitación que envió a Xi, el
        # presidente de Liberia, B, dijo" / "..., declaró el presidente de Seychelles, C." / "..., destacó el
        # presidente dominicano, D"
        ("web-es-056", "Xi Jinping", {"Mohamed Ould Ghazouani", "George Weah", "Wavel Ramkalawan", "Luis Abinader"}),
        # the first sender's own sentence, then "Por su parte, el presidente chino, ..." ("Entretanto, el rey de
        # Camboya, C, ...": "rey" is no title word, "Reyes" being a family name)
        ("web-es-175", "To Lam", {"Thongloun Sisoulith", "Xi Jinping"}),
    ],
)
def test_each_head_speaking_in_a_roundup_sends_a_message(doc_id: str, recipient: str, senders: set[str]) -> None:
    assert_one_message_per_sender(doc_id, recipient, senders)


def test_a_head_of_the_recipients_own_country_recalled_is_no_sender() -> None:
    # "Recordando su visita de Estado a Vietnam, durante la cual él y el secretario general del Partido Comunista de
    # Vietnam, Nguyen Phu Trong, declararon ...": recalled, of the recipient's side
    named = {p.person.native for e in page_events("web-es-175") for p in e.participants}
    assert "Nguyen Phu Trong" not in named
