"""Spanish words for a head of state that name no office of their own: "el mandatario cubano, A" (CiberCuba),
"el mandatario chino, B" (Teledoce) are titles in the state's capacity, so
the person is of that government (issue 13, ninth Spanish batch). Real pages read from quality/real-dev."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import page_events


@pytest.mark.parametrize(
    ("doc_id", "native", "government"),
    [
        ("web-es-089", "Miguel Díaz-Canel", "Government of Cuba"),  # "el mandatario cubano"
        ("web-es-144", "Xi Jinping", "Government of China"),  # "el mandatario chino"
    ],
)
def test_a_head_of_state_word_is_a_state_title(doc_id: str, native: str, government: str) -> None:
    seats = [p for e in page_events(doc_id) for p in e.participants if p.person.native == native]
    assert seats
    org = seats[0].person.organization
    assert org is not None and org.name == government
