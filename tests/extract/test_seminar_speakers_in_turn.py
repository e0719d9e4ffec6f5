"""A seminar's speaker who takes the word after an opening of ``cues.turn`` (issue 13, kinds33): after a PSUV-CPC
seminar, "Por su parte, el vicepresidente de Relaciones Internacionales del PSUV, Rander Peña, señaló que ..."
(real-dev web-es-1404) seats Rander Peña at the seminar, not as its lead (GOLD_FORMAT: a seminar has its speakers and
the foreign side). Restated in the page's construction in Spanish and English; a meeting's later speaker so opened
is left to the rules that seat a meeting's sides (unchanged)."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import events

_SEMINAR = {
    "es": ("El Partido Socialista Unido de Venezuela (PSUV) y el Partido Comunista de China (PCCh) celebraron un "
           "seminario virtual sobre gobernanza, abierto por el director del Departamento Internacional del PCCh, Liu "
           "Jianchao, y el primer vicepresidente del PSUV, Diosdado Cabello.\nPor su parte, el vicepresidente de "
           "Relaciones Internacionales del PSUV, Rander Peña, señaló que propuso atraer inversión china a Venezuela."),
    "en": ("The Communist Party of China (CPC) and the South West Africa People's Organization (SWAPO) held a seminar "
           "on party building in Windhoek, opened by SWAPO Secretary General Sophia Shaningwa and Zhang Yiming, deputy "
           "head of the CPC International Department.\nFor his part, the Secretary of SWAPO's Party Youth League, "
           "Ephraim Nekongo, said programs centred on youth were needed to fight unemployment."),
}
_SPEAKER = {"es": "Rander Peña", "en": "Ephraim Nekongo"}


def _seats(found: tuple[EventFrame, ...]) -> list[tuple[str, dict[str, bool]]]:
    return [(e.kind, {p.person.native: p.lead for p in e.participants}) for e in found]


def test_a_seminar_speaker_taking_the_word_in_turn_is_seated() -> None:
    for language, text in _SEMINAR.items():
        found = _seats(events(text, language, "2023-05-10"))
        assert len(found) == 1 and found[0][0] == "seminar", language
        assert found[0][1].get(_SPEAKER[language]) is False, language


def test_a_meetings_later_speaker_is_not_seated_so() -> None:
    text = ("El primer vicepresidente del PSUV, Diosdado Cabello, se reunió con el director del Departamento "
            "Internacional del Partido Comunista de China (PCCh), Liu Jianchao, en Caracas.\nPor su parte, el "
            "vicepresidente de Relaciones Internacionales del PSUV, Rander Peña, señaló que propuso atraer inversión "
            "china a Venezuela.")
    found = _seats(events(text, "es", "2023-05-10"))
    assert [people for _, people in found] == [{"Diosdado Cabello": True, "Liu Jianchao": True}]
