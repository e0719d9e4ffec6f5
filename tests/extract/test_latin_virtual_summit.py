"""A summit held online is a video conference (real-dev-5: a Xinhua item on a three-leader online summit)."""

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
