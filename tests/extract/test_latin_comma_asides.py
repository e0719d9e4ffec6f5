"""Issue 13 (es29): a kind cue broken by an aside set off by commas, the aside made only of words read past
already (``cues.inserted``: "ayer", "también") or of a separate cue ("por separado"): the commas are read past too
(``kinds.find_kind``), the cue's offsets staying the sentence's own; an aside of other words is not.

Restatements of a real-dev-11 page (La Jornada, web-es-d11-06: several leaders congratulating Xi one by one)."""

from __future__ import annotations

from liaison.extract.latin.kinds import find_kind
from liaison.extract.lexicon_file import lexicon_for
from tests.extract.latin_helpers import events

_PUBLISHED = "2022-10-24"


def test_the_commas_of_an_aside_of_inserted_words_are_read_past() -> None:
    lex = lexicon_for("es", "")
    sentence = "Los mandatarios de Rusia y de Cuba felicitaron ayer, por separado, al líder chino, Xi Jinping."
    cue = find_kind(sentence, lex)
    assert cue is not None and cue.kind == "message"
    assert sentence[cue.start : cue.end].startswith("felicitaron ayer, por separado, al")
    assert find_kind("Los mandatarios felicitaron, según la prensa local, al líder chino, Xi Jinping.", lex) is None


def test_senders_congratulating_apart_are_one_message_each() -> None:
    text = (
        "Moscú. Los presidentes de Rusia, Vladimir Putin, y de Cuba, Miguel Díaz-Canel, felicitaron ayer, por "
        "separado, al líder de China, Xi Jinping, reelegido por tercera vez como jefe de su partido."
    )
    found = events(text, "es", _PUBLISHED)
    pairs = sorted(sorted(p.person.native for p in e.participants if p.lead) for e in found)
    assert pairs == [["Miguel Díaz-Canel", "Xi Jinping"], ["Vladimir Putin", "Xi Jinping"]]
    assert {e.kind for e in found} == {"message"}
