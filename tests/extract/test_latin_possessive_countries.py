"""A country the language file does not list, read from the country source, also when written as an English
possessive before a post ("Sudan's Foreign Minister A"): the post's holder is of that country."""

from __future__ import annotations

import pytest

from tests.extract.latin_helpers import by_name, events


@pytest.mark.parametrize(("country", "code"), [("Sudan", "SD"), ("Somalia", "SO"), ("Uganda", "UG"), ("Egypt", "EG")])
def test_a_possessive_country_before_a_post_is_its_holders(country: str, code: str) -> None:
    text = f"Chinese Foreign Minister Wang Yi met {country}'s Foreign Minister Ali Hassan in Beijing on Monday."
    evs = events(text, "en", published="2023-12-04")
    assert len(evs) == 1 and by_name(evs[0])["Ali Hassan"].person.country == code
