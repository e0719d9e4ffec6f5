"""A message one side's people send another country's party, no one of it named (issue 13, kinds33): in a roundup of
the messages parties of Portuguese-speaking countries sent the CPC on its congress (CRI, real-dev-22's web-pt-d22-02),
"A vice-presidente do MPLA, Luísa Damião, enviou também uma mensagem de felicitações ao PCCh" is a message of its
sender alone, both parties listed (GOLD_FORMAT: the other side's party is named, its people are not). The recall
tier dropped it for its one side once an earlier message was told. Restated in the page's construction in
Portuguese, and in Spanish, English and French; negatives: a party only a topic names, a message to one's own party."""

from __future__ import annotations

import pytest

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events

_ROUNDUPS = {
    "pt": ("Nesta semana, partidos de vários países lusófonos enviaram felicitações ao Partido Comunista da China "
           "(PCCh) pelo seu 20º Congresso Nacional.\nO presidente da Frente de Libertação de Moçambique (Frelimo) e "
           "também presidente do país, Filipe Nyusi, disse na sua mensagem que a Frelimo e o PCCh são irmãos.\n"
           "A vice-presidente do Movimento Popular de Libertação de Angola (MPLA), Luísa Damião, {act}."),
    "es": ("Esta semana, partidos de varios países enviaron felicitaciones al Partido Comunista de China (PCCh) por su "
           "XX Congreso Nacional.\nEl presidente del Frente de Liberación de Mozambique (Frelimo) y también "
           "presidente del país, Filipe Nyusi, dijo en su mensaje que el Frelimo y el PCCh son hermanos.\n"
           "La vicepresidenta del Movimiento Popular de Liberación de Angola (MPLA), Luísa Damião, {act}."),
    "en": ("This week, parties of several countries sent congratulations to the Communist Party of China (CPC) on its "
           "20th National Congress.\nThe president of the Mozambique Liberation Front (Frelimo) and also president "
           "of the country, Filipe Nyusi, said in his message that Frelimo and the CPC are brothers.\n"
           "The vice-president of the Popular Movement for the Liberation of Angola (MPLA), Luísa Damião, {act}."),
    "fr": ("Cette semaine, des partis de plusieurs pays ont adressé leurs félicitations au Parti communiste chinois "
           "(PCC) pour son 20e Congrès national.\nLe président du Front de libération du Mozambique (Frelimo) et "
           "aussi président du pays, Filipe Nyusi, a dit dans son message que le Frelimo et le PCC sont frères.\n"
           "La vice-présidente du Mouvement populaire de libération de l'Angola (MPLA), Luísa Damião, {act}."),
}
_TO_THE_PARTY = {
    "pt": "enviou também uma mensagem de felicitações ao PCCh",
    "es": "envió también un mensaje de felicitación al PCCh",
    "en": "also sent a congratulatory message to the CPC",
    "fr": "a aussi envoyé un message de félicitations au PCC",
}
_TO_THE_PEOPLE = {  # the CPC only the topic after the addressee
    "pt": "enviou também uma mensagem de felicitações ao povo angolano sobre os laços com o PCCh",
    "en": "also sent a congratulatory message to the Angolan people on the ties with the CPC",
}


def _messages(found: tuple[EventFrame, ...]) -> list[tuple[set[str], set[str]]]:
    return [({p.person.native for p in e.participants}, {o.key for o in e.parties}) for e in found
            if e.kind == "message"]


@pytest.mark.parametrize("language", sorted(_ROUNDUPS))
def test_a_message_to_another_countrys_party_is_its_senders(language: str) -> None:
    found = _messages(events(_ROUNDUPS[language].format(act=_TO_THE_PARTY[language]), language, "2022-10-20"))
    damiao = [parties for people, parties in found if people == {"Luísa Damião"}]
    assert len(damiao) == 1 and "cpc" in damiao[0]


@pytest.mark.parametrize("language", sorted(_TO_THE_PEOPLE))
def test_a_party_the_message_only_talks_about_is_no_addressee(language: str) -> None:
    found = _messages(events(_ROUNDUPS[language].format(act=_TO_THE_PEOPLE[language]), language, "2022-10-20"))
    assert not [people for people, _ in found if "Luísa Damião" in people]


def test_a_message_to_ones_own_party_is_none() -> None:
    text = _ROUNDUPS["en"].format(act="also sent a congratulatory message to the MPLA youth league")
    assert not [people for people, _ in _messages(events(text, "en", "2022-10-20")) if "Luísa Damião" in people]
