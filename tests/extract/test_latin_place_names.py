"""A place read as a person (issue 13, participants precision): a would-be name the sentence or the gazetteer marks
as a place -- a place's head word ("Carbis Bay", "Ciudad del
Este"), a place noun before it ("the province of Tuyen Quang"), a palace before a name ending in a known city
("Palacio Sao Bento de Lisboa") -- is no participant. Restated sentences of dev pages (web-en-402, whb-00111,
web-es-d14-12)."""

from __future__ import annotations

from liaison.extract.latin.places import names_a_place_at
from liaison.extract.lexicon_file import lexicon_for
from tests.extract.real_dev_pages import sentence_events


def _placed(text: str, name: str, lang: str) -> bool:
    start = text.index(name)
    return names_a_place_at(text, start, start + len(name), lexicon_for(lang, ""))


def test_a_province_named_after_its_noun_is_a_place() -> None:
    text = ("A delegation of the Lao party's organisation commission led by Sisay Leudetmounsone toured the northern "
            "province of Tuyen Quang on November 10. The provincial party secretary said Tuyen Quang keeps the memory "
            "of the Lao revolution.")
    assert _placed(text, "Tuyen Quang", "en")
    assert not _placed(text, "Sisay Leudetmounsone", "en")
    later = text.rindex("Tuyen Quang")  # the same name elsewhere in the page is the same place
    assert names_a_place_at(text, later, later + len("Tuyen Quang"), lexicon_for("en", ""))


def test_a_place_head_word_makes_a_place() -> None:
    text = "The prime ministers and President Biden met on the sidelines of the G7 summit in Carbis Bay on 12 June."
    assert _placed(text, "Carbis Bay", "en")
    events = sentence_events(
        "Prime Minister Johnson, President Biden and Prime Minister Morrison met on the margins of the G7 summit "
        "in Carbis Bay on 12 June 2021.", "2021-06-13", "en")
    assert events and all("Carbis Bay" not in {p.person.native for p in e.participants} for e in events)


def test_a_name_after_a_palace_word_is_the_palace() -> None:
    text = ("El presidente Alberto Fernández se reunía hoy con el primer ministro portugués, António Costa, en el "
            "Palacio Sao Bento de Lisboa, al cerrar la primera etapa de su gira.")
    assert _placed(text, "Sao Bento de Lisboa", "es")
    assert not _placed(text, "António Costa", "es")


def test_people_after_a_preposition_or_a_place_stay_people() -> None:
    assert not _placed("Le président a écrit à Santiago Peña pour le féliciter de sa victoire.", "Santiago Peña", "fr")
    assert not _placed("Recibió en Caracas y en Valencia a Delcy Rodríguez, vicepresidenta.", "Delcy Rodríguez", "es")
    assert not _placed("He met in Beijing and Shanghai Wang Yi and Li Qiang.", "Li Qiang", "en")
    assert not _placed("Xi Jinping met Ana Palacio, the former minister, in the city.", "Ana Palacio", "en")


def test_a_person_named_straight_after_the_province_stays_a_person() -> None:
    text = ("He was received by the secretary of the party committee of the northern province of Bac Giang "
            "Le Anh Duong on Monday.")
    assert not _placed(text, "Bac Giang Le Anh Duong", "en")


def test_a_person_received_at_a_palace_stays_a_person() -> None:
    text = ("Vientiane, September 19 (KPL) - The Lao party leader Thongloun Sisoulith welcomed yesterday at the "
            "Presidential Palace Chen Wenqing, a member of the Political Bureau.")
    assert not _placed(text, "Chen Wenqing", "en")
