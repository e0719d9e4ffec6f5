"""One-sided visits (issue 13): a titled political actor of a known side told in, or on a visit to, another named
country, no host named, is a ``visit`` of the visitor alone ("President Mngangagwa is in China on a five-day State
visit"; "It comes after her recent weeklong trip to China"), read when the article tells no other event -- never
for a trip still to come or recalled, and a meeting told during the visit is the event then. Real pages (The Herald,
New Era) read from quality/real-dev; short texts in the same constructions check the rule beyond them."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events, sentence_events


def _visits(events: tuple[EventFrame, ...]) -> list[set[str]]:
    return [{p.person.native for p in e.participants if p.lead} for e in events if e.kind == "visit"]


def test_a_titled_visitor_in_another_country_on_a_state_visit() -> None:
    # "President Mngangagwa is in China on a five-day State visit": the lone name misspells the lede's
    events = page_events("web-en-170")
    assert _visits(events) == [{"Emmerson Mnangagwa"}]
    # "... which ends on Friday": the end of the stay, not its day -- the page's own day (4 April 2018)
    assert events[0].date is not None and events[0].date.iso == "2018-04-04"


def test_a_trip_told_by_a_possessive_after_the_sentence_naming_the_visitor() -> None:
    # "Swapo Party Secretary General Sophia Shaningwa has affirmed ... It comes after her recent weeklong trip to China"
    assert _visits(page_events("web-en-185")) == [{"Sophia Shaningwa"}]


def test_the_same_construction_in_short_texts() -> None:
    for text, language in (
        ("Le secrétaire général du Parti communiste du Vietnam, To Lam, a salué l'amitié entre les deux partis. "
         "Cela fait suite à sa récente visite officielle en Chine.", "fr"),
        ("El secretario general del Partido Comunista de Vietnam, To Lam, elogió la amistad entre ambos partidos. "
         "Lo dijo tras su reciente visita oficial a China.", "es"),
        ("O secretário-geral do Partido Comunista do Vietnã, To Lam, elogiou a amizade entre os dois partidos. "
         "Ele falou após sua recente visita oficial à China.", "pt"),
    ):
        assert _visits(sentence_events(text, "2024-08-19", language)) == [{"To Lam"}], language


def test_no_visit_when_recalled_or_still_to_come() -> None:
    told = ("Swapo Party Secretary General Sophia Shaningwa has affirmed that the party will keep strengthening its "
            "relationship with the Chinese Communist Party (CCP). It comes after her recent weeklong trip to China.")
    assert _visits(sentence_events(told, "2024-08-19", "en")) == [{"Sophia Shaningwa"}]
    recalled = sentence_events(told.replace("recent weeklong trip to China", "trip to China last year"),
                               "2024-08-19", "en")
    assert not recalled
    ahead = sentence_events(told.replace("It comes after her recent", "She will lead a delegation on her"),
                            "2024-08-19", "en")
    assert not ahead


def test_a_meeting_during_the_visit_is_the_event() -> None:
    es = sentence_events("El secretario general del Partido Comunista de Vietnam, To Lam, se encuentra en China en "
                         "visita oficial. To Lam se reunió este lunes con el presidente de China, Xi Jinping.",
                         "2024-08-19", "es")
    assert [e.kind for e in es] == ["meeting"]
