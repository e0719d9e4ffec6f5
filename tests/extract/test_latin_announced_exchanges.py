"""Exchanges still to come in Portuguese, Spanish and French, on restated real pages of
``quality/real-dev``: a programme or agenda that names a meeting ("En el programa de X figuran
conversaciones con", "Au programme du président figurent une rencontre avec", "La agenda de X continúa
esta tarde con una reunión con"), a Portuguese verb in the future tense ("vai receber durante uma visita",
"receberá, em três encontros") and a trip that heads for a visit ("rumo a uma visita de Estado") tell no
event; the exchanges the same pages report as held are kept."""

from __future__ import annotations

import pytest

from liaison.extract.es.lexicon import SPANISH
from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.pt.lexicon import PORTUGUESE
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _events


def _natives(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


@pytest.mark.parametrize(("doc_id", "announced"), [
    # "En el programa del Secretario General ..., figuran conversaciones oficiales con ... Raúl Castro Ruz"
    ("web-es-093", "Raúl Castro Ruz"),
    # "La agenda del mandatario suramericano continúa esta tarde con una reunión con ... Li Zhanshu"
    ("web-es-123", "Li Zhanshu"),
    # "Au programme du président français figurent encore aujourd'hui une rencontre avec ... Wu Bangguo"
    ("web-fr-098", "Wu Bangguo"),
    # "deixou Beijing ... rumo a uma visita de Estado à Finlândia, após a qual viajará ... para se reunir"
    ("web-pt-025", "Donald Trump"),
])
def test_an_exchange_on_the_programme_or_to_come_is_no_event(doc_id: str, announced: str) -> None:
    assert all(announced not in _natives(e) for e in _events(doc_id))


@pytest.mark.parametrize(("doc_id", "pair"), [
    ("web-es-123", {"Xi Jinping", "Evo Morales"}),  # the talks held, before the agenda of the afternoon
    ("web-fr-098", {"Nicolas Sarkozy", "Hu Jintao"}),  # the exchange held, before the programme
])
def test_the_exchange_held_is_kept(doc_id: str, pair: set[str]) -> None:
    assert any(pair <= _natives(e) for e in _events(doc_id))


@pytest.mark.parametrize(("lex", "sentence"), [
    (PORTUGUESE, "O chefe de Estado português receberá, em três encontros, as líderes parlamentares."),
    (PORTUGUESE, "O Presidente português vai receber durante uma visita de Estado os líderes."),
    (SPANISH, "En el programa del Secretario General figuran conversaciones oficiales con el General."),
    (FRENCH, "Au programme figurent encore aujourd'hui une rencontre avec le président."),
])
def test_a_cue_told_ahead_is_no_kind(lex: Lexicon, sentence: str) -> None:
    assert find_kind(sentence, lex) is None


@pytest.mark.parametrize(("lex", "sentence"), [
    (PORTUGUESE, "O chefe de Estado português recebeu, em três encontros, as líderes parlamentares."),
    (SPANISH, "El Secretario General sostuvo conversaciones oficiales con el General."),
    (FRENCH, "Parmi les invités figurait le président, qui a eu une rencontre avec le ministre."),
])
def test_a_cue_told_as_held_keeps_its_kind(lex: Lexicon, sentence: str) -> None:
    assert find_kind(sentence, lex) is not None
