"""Constructions of the fresh sample real-dev-5 (issue 13): an online summit, Spain's compound perfect."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import events

_CASES = [
    ("fr", "Le président chinois Xi Jinping a tenu lundi à Beijing un sommet virtuel avec le président français, "
     "Emmanuel Macron, et la chancelière allemande, Angela Merkel."),
    ("es", "El presidente chino, Xi Jinping, sostuvo este lunes en Beijing una cumbre virtual con el presidente "
     "francés, Emmanuel Macron, y la canciller alemana, Angela Merkel."),
    ("en", "Chinese President Xi Jinping held a virtual summit in Beijing on Monday with French President "
     "Emmanuel Macron and German Chancellor Angela Merkel."),
]


@pytest.mark.parametrize(("language", "text"), _CASES)
def test_a_virtual_summit_of_three_leaders_is_one_video_conference(language: str, text: str) -> None:
    (ev,) = events(text, language, published="2021-07-06")
    assert ev.kind == "video_conference" and ev.remote
    assert {p.person.name for p in ev.participants if p.lead} == {"Xi Jinping", "Emmanuel Macron", "Angela Merkel"}


def test_spains_compound_perfect_with_the_day_and_place_before_the_counterpart() -> None:
    # real-dev-5 (Spain's press on a state visit): "se ha reunido este martes en Pekín con" is a meeting
    text = (
        "El presidente del Gobierno, Pedro Sánchez, se ha reunido este martes en Pekín con el presidente chino, "
        "Xi Jinping."
    )
    (ev,) = events(text, "es", published="2025-04-11")
    assert ev.kind == "meeting" and ev.location == "Beijing"
    assert {p.person.name for p in ev.participants if p.lead} == {"Pedro Sánchez", "Xi Jinping"}
