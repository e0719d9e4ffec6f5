"""An envoy named in apposition to a post that opens on a mention cue ("the Special Envoy of the Chinese President,
A") takes part, also when an honorific opens the name ("…, H.E. A", "…, Mr. A", "…, M. A"); the post named with no
comma ("the envoy of President A") still names the sender, who takes no part."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import by_name, events


@pytest.mark.parametrize("honorific", ["", "H.E. ", "Mr. ", "H.E. Mr. "])
def test_an_envoy_after_a_comma_takes_part_with_or_without_an_honorific(honorific: str) -> None:
    text = (
        "Vice President Faisal Naseem on Sunday received the Special Envoy of the Chinese President, "
        f"{honorific}Zhao Lejun, at his office in Male."
    )
    evs = events(text, "en", published="2023-12-03")
    assert len(evs) == 1 and {"Faisal Naseem", "Zhao Lejun"} <= set(by_name(evs[0]))


def test_a_french_envoy_after_a_comma_takes_part_with_an_honorific() -> None:
    text = "Le président Macky Sall a reçu lundi l'envoyé spécial du président chinois, M. Zhao Lejun, à Dakar."
    evs = events(text, "fr", published="2023-12-04")
    assert len(evs) == 1 and {"Macky Sall", "Zhao Lejun"} <= set(by_name(evs[0]))


def test_the_sender_named_with_no_comma_takes_no_part() -> None:
    text = "In Male on Sunday, Vice President Faisal Naseem received the special envoy of China's President Xi Jinping."
    assert not any("Xi Jinping" in by_name(e) for e in events(text, "en", published="2023-12-03"))
