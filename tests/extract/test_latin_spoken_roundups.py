"""A roundup of messages told sentence by sentence (issue 13, ninth Spanish batch): the headline or the lede tells of
many messages ("Puntos destacados de mensajes de felicitación extranjeros", "Líderes extranjeros envían felicitaciones
al nuevo presidente"), the lede or the first message names the one congratulated ("han felicitado a Xi Jinping",
"dirigió cálidas felicitaciones a To Lam"), and each later sentence in which a titled head of another country speaks
for the first time ("afirmó el presidente de Mauritania, A", "Por su parte, el presidente chino, B, expresó su alegría")
is that head's message to them; when the lede sends them to a party or a country and names no one, each sender's
message stands alone. Real pages of four outlets (Xinhua español, Nhân Dân, People's Daily English, Diário do Povo),
read from quality/real-dev."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import assert_one_message_per_sender, page_events


@pytest.mark.parametrize(
    ("doc_id", "recipient", "senders"),
    [
        # "..., afirmó el presidente de Mauritania, A." / "En el mensaje de felicitación que envió a Xi, el
        # presidente de Liberia, B, dijo" / "..., declaró el presidente de Seychelles, C." / "..., destacó el
        # presidente dominicano, D"
        # presidente dominicano, D" / "El presidente de Guyana, E, deseó un porvenir mejor al pueblo chino" (a wish)
        ("web-es-056", "Xi Jinping",
         {"Mohamed Ould Ghazouani", "George Weah", "Wavel Ramkalawan", "Luis Abinader", "Irfaan Ali"}),
        # the first sender's own sentence, then "Por su parte, el presidente chino, ..." ("Entretanto, el rey de
        # Camboya, C, ...": "rey" is no title word, "Reyes" being a family name)
        ("web-es-175", "To Lam", {"Thongloun Sisoulith", "Xi Jinping"}),
        # a headline of many senders congratulating one ("Heads of parties congratulate Xi"), the lede's sender
        # "conveyed his warmest congratulations to Xi Jinping", then "A, general secretary of ..., in his message
        # said" and "B, general secretary of ..., said" (People's Daily English, msg17)
        ("web-en-1752", "Xi Jinping", {"Kim Jong-un", "Nguyen Phu Trong", "Thongloun Sisoulith", "Miguel Diaz-Canel"}),
    ],
)
def test_each_head_speaking_in_a_roundup_sends_a_message(doc_id: str, recipient: str, senders: set[str]) -> None:
    assert_one_message_per_sender(doc_id, recipient, senders)


def test_a_head_of_the_recipients_own_country_recalled_is_no_sender() -> None:
    # "Recordando su visita de Estado a Vietnam, durante la cual él y el secretario general del Partido Comunista de
    # Vietnam, Nguyen Phu Trong, declararon ...": recalled, of the recipient's side
    named = {p.person.native for e in page_events("web-es-175") for p in e.participants}
    assert "Nguyen Phu Trong" not in named


def test_a_roundup_sent_to_a_party_gives_each_sender_a_message_of_their_own() -> None:
    # "diversos partidos, políticos e organizações estrangeiros enviaram congratulações para a China por telefonema
    # e carta." then "O secretário do Partido Social de Unidade Nacional, A, afirmou na sua carta de congratulação"
    # and "O presidente da Conferência Permanente ..., B, afirmou em sua mensagem": no person congratulated
    messages = [e for e in page_events("web-pt-302") if e.kind == "message"]
    senders = [{p.person.native for p in e.participants} for e in messages]
    assert {"Felipe Uscátegui"} in senders and {"Manolo Pichardo"} in senders
