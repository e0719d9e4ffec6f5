"""A roundup of messages to a party, no one named, told by its senders' words (issue 13, kinds33): in CRI's roundup of
the messages parties of Portuguese-speaking countries sent the CPC (real-dev-22's web-pt-d22-02), "O presidente do
PAIGC ..., Domingos Simões Pereira, afirmou acreditar que, sob a liderança de Xi Jinping, o 20º Congresso ..." is
Pereira's message: a person named in what the sender said, after the speech verb, is no addressee
(``roundups._names_another``). A sending verb still names its addressee ("felicitou Xi Jinping": not the roundup's
line to the party). Restated in the page's construction in Portuguese and English."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events

_PT = ("Esta semana, partidos de vários países lusófonos dirigiram mensagens de felicitações ao Partido "
       "Comunista da China (PCCh) por ocasião do seu 20º Congresso Nacional.\nO presidente da Frente de "
       "Libertação de Moçambique (Frelimo) e também presidente do país, Filipe Nyusi, afirmou na sua mensagem que a "
       "Frelimo e o PCCh são bons camaradas.\nO presidente do Partido Africano da Independência da Guiné e Cabo "
       "Verde (PAIGC), e ex-primeiro-ministro da Guiné Bissau, Domingos Simões Pereira, {act}.")
_EN = ("In recent days, parties of several Portuguese-speaking countries sent congratulatory messages to the Communist "
       "Party of China (CPC) on its 20th National Congress.\nThe president of the Mozambique Liberation Front "
       "(Frelimo) and also president of the country, Filipe Nyusi, said in his message that Frelimo and the CPC are "
       "good comrades.\nThe president of the African Party for the Independence of Guinea and Cape Verde (PAIGC), and "
       "former prime minister of Guinea-Bissau, Domingos Simões Pereira, {act}.")


def _senders(found: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants} for e in found if e.kind == "message"]


def test_someone_named_in_what_a_sender_said_is_no_addressee() -> None:
    pt = _PT.format(act="afirmou acreditar que, sob a liderança de Xi Jinping, o congresso do PCCh vai impulsionar "
                        "a revitalização da nação chinesa")
    assert {"Domingos Simões Pereira"} in _senders(events(pt, "pt", "2022-10-20"))
    en = _EN.format(act="said he believed that, under the leadership of Xi Jinping, the CPC congress would drive the "
                        "rejuvenation of the Chinese nation")
    assert {"Domingos Simões Pereira"} in _senders(events(en, "en", "2022-10-20"))


def test_a_sender_congratulating_someone_is_not_the_roundups_line() -> None:
    pt = _PT.format(act="felicitou Xi Jinping pela sua reeleição")
    assert {"Domingos Simões Pereira"} not in _senders(events(pt, "pt", "2022-10-20"))
