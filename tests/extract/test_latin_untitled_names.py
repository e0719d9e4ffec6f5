"""A known person's name run together with the capitalised last word before it (a title's last word, an
employer, an English title in a caption): "seguridad ciudadana y Paz Diosdado Cabello Rondón", "Chief Executive
Officer of Tesla Elon Musk", "Italian President Sergio Mattarella". The whole run is no known person and the
run without its first word is one: the name alone, with its country. Real pages of quality/real-dev."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events


def _natives(events: tuple[EventFrame, ...]) -> set[str]:
    return {p.person.native for e in events for p in e.participants}


def test_a_name_after_the_last_word_of_its_title_is_the_known_person() -> None:
    events = page_events("web-es-149")  # "... seguridad ciudadana y Paz Diosdado Cabello Rondón"
    met = [e for e in events if {"Roberto Morales Ojeda", "Diosdado Cabello Rondón"} <= _natives((e,))]
    assert len(met) == 1 and met[0].kind == "meeting"
    cabello = next(p for p in met[0].participants if p.person.native == "Diosdado Cabello Rondón")
    assert cabello.side == "VE"
    assert "Paz Diosdado Cabello Rondón" not in _natives(events)


def test_an_employer_or_english_title_before_a_known_name_is_not_part_of_it() -> None:
    assert "Elon Musk" in _natives(page_events("web-en-130"))  # "Chief Executive Officer of Tesla Elon Musk"
    visit = page_events("web-fr-032")  # "Italian President Sergio Mattarella with Chinese President ..."
    seats = [p for e in visit for p in e.participants if p.person.native == "Sergio Mattarella"]
    assert seats and seats[0].side == "IT"
