"""A later reception told with its subject left unnamed is the host's (``cues.hosting``, ``trigger_groups``): under a
dateline of the host's city, "He also received B" after "A received C" is A's reception of B, while "He also met B"
after a reception of a visitor stays the visitor's (the dateline's country hosts). Sentences written in the style of
VNA and Prensa Latina items (names and titles kept, the rest our own)."""

from __future__ import annotations

import pytest

from tests.extract.real_dev_pages import sentence_events

RECEIVED_TWICE = {
    "en": "Hanoi, March 3 (VNA) - President Tran Dai Quang received Chinese Ambassador Hong Xiaoyong on Tuesday. He "
          "also received the Belgian Ambassador, Paul Jansen.",
    "fr": "Hanoi, 3 mars (VNA) - Le président Tran Dai Quang a reçu mardi l'ambassadeur chinois Hong Xiaoyong. Il a "
          "également reçu l'ambassadeur de Belgique, Paul Jansen.",
    "es": "La Habana, 3 mar (PL) - El presidente Miguel Díaz-Canel recibió el martes al embajador chino Ma Hui. "
          "También recibió al embajador de Bélgica, Paul Jansen.",
}


def _pairs(text: str, language: str) -> set[frozenset[str]]:
    return {frozenset(p.person.native for p in e.participants) for e in sentence_events(text, "2017-03-07", language)}


@pytest.mark.parametrize(("language", "host"), [("en", "Tran Dai Quang"), ("fr", "Tran Dai Quang"),
                                                 ("es", "Miguel Díaz-Canel")])
def test_the_host_receives_the_second_guest_too(language: str, host: str) -> None:
    assert frozenset({host, "Paul Jansen"}) in _pairs(RECEIVED_TWICE[language], language)  # not the first guest


def test_a_visitor_met_after_a_reception_is_still_the_visitor() -> None:
    pairs = _pairs("Hanoi, March 3 (VNA) - Prime Minister Nguyen Xuan Phuc received visiting Chinese Foreign Minister "
                   "Wang Yi on Tuesday. He also met with the Party General Secretary Nguyen Phu Trong.", "en")
    assert frozenset({"Wang Yi", "Nguyen Phu Trong"}) in pairs
