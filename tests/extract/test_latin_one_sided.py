"""One-sided events whose other side is unnamed (issue 13, session 9): a seminar a visitor opens or attends,
told after the trip's meetings by a sentence naming nobody new ("Il a, de plus, inauguré le cinquième séminaire
théorique entre le PCC et le PCC"; "Na segunda-feira, o líder abriu o quinto Seminário Teórico PCCh-PCC"; "El
lunes el dirigente inauguró el quinto Seminario Teórico entre el PCCh y el PCC") is an event of its own of the
visitor alone, dated by its own sentence -- not a part of the meeting told before it, and never one still to come.
Real pages (ACN, Prensa Latina, Radio Habana Cuba) read from quality/real-dev; short texts in the same
construction check the rule beyond them."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _seminars(events: tuple[EventFrame, ...]) -> list[EventFrame]:
    return [e for e in events if e.kind == "seminar"]


def _alone(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants if p.lead}


def test_a_seminar_the_visitor_opened_after_the_trips_meetings() -> None:
    for doc_id, visitor, day in (("web-pt-060", "Roberto Morales", "2023-04-24"),
                                 ("web-es-041", "Roberto Morales", "2023-04-24"),
                                 ("web-fr-053", "Roberto Morales", None)):
        seminars = _seminars(page_events(doc_id))
        assert len(seminars) == 1, doc_id
        assert _alone(seminars[0]) == {visitor}, doc_id
        if day is not None:
            assert seminars[0].date is not None and seminars[0].date.iso == day, doc_id
        meetings = [e for e in page_events(doc_id) if e.kind != "seminar"]
        assert meetings and all(len({p.side for p in e.participants if p.lead}) == 2 for e in meetings), doc_id


def test_the_same_construction_in_short_texts() -> None:
    es = sentence_events(
        "La Habana, 10 may (ACN) El secretario del Partido Comunista de Cuba, Roberto Morales, se reunió en Hanói "
        "con el secretario general del Partido Comunista de Vietnam, To Lam. El jueves el dirigente cubano "
        "inauguró el segundo Seminario Teórico entre el PCV y el PCC.", "2024-05-10", "es")
    seminars = _seminars(es)
    assert len(seminars) == 1 and _alone(seminars[0]) == {"Roberto Morales"}
    assert seminars[0].date is not None and seminars[0].date.iso == "2024-05-09"
    assert any(e.kind == "meeting" and {"Roberto Morales", "To Lam"} <= _alone(e) for e in es)


def test_a_seminar_still_to_come_is_none() -> None:
    es = sentence_events(
        "La Habana, 10 may (ACN) El secretario del Partido Comunista de Cuba, Roberto Morales, se reunió en Hanói "
        "con el secretario general del Partido Comunista de Vietnam, To Lam. El viernes el dirigente cubano "
        "inaugurará el segundo Seminario Teórico entre el PCV y el PCC.", "2024-05-10", "es")
    assert not _seminars(es)


def test_an_ordinal_written_short_ends_no_sentence() -> None:
    # "las delegaciones ... se reunieron este lunes en la sede del Comité Central para celebrar el 2do. Seminario
    # Teórico ...": one sentence, the seminar's; the head of the Cuban side, who gave its opening speech, takes part
    from liaison.normalise.sentences import split_sentences

    text = "Las delegaciones se reunieron este lunes para celebrar el 2do. Seminario Teórico. Luego hablaron."
    assert len(split_sentences(text)) == 2
    events = page_events("web-es-036")
    assert len(events) == 1 and _alone(events[0]) == {"Roberto Morales Ojeda"} and events[0].kind == "seminar"
    assert events[0].date is not None and events[0].date.iso == "2024-05-06"


def test_the_visitors_seminar_keeps_only_the_place_and_day_its_sentence_tells() -> None:
    # "Na segunda-feira, o líder abriu ...": Monday's day, no place (Shanghai is where the story is told from);
    # "Il a, de plus, inauguré ...": no day of its own, the month of the stay
    for doc_id, day in (("web-pt-060", "2023-04-24"), ("web-fr-053", "2023-04")):
        (seminar,) = _seminars(page_events(doc_id))
        assert seminar.location is None, doc_id
        assert seminar.date is not None and seminar.date.iso == day, doc_id
