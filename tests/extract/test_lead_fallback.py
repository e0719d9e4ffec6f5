"""The article's lead fallback and the rescue of a frame the domestic filter dropped (issue 13, floor28;
``latin/lead_people.py``, ``latin/frames._lead_fallback``, ``latin/frames._rescued``): an article that tells an
exchange held, and that every other tier left without an event, keeps one event at ``ARTICLE_CONFIDENCE`` -- unless
it announces the exchange, recalls it or names one side only. Restated sentences written in the style of real-dev's
pages (web-pt-069, Angolan embassy; whb-00033, the White House)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(title: str, text: str, language: str, blind: bool = False) -> tuple[EventFrame, ...]:
    """The events of a headline and body dated 8 October 2019; ``blind``: the people table knows none of them."""
    gazetteer = default_gazetteer()
    if blind:
        gazetteer = forget_people(gazetteer, [title, text])
    return extract(normalise(Article("t", text, "h", "test", title, "2019-10-08", language=language)), gazetteer).events


def _leads(event: EventFrame) -> set[tuple[str, str | None]]:
    return {(p.person.name, p.side) for p in event.participants if p.lead}


# web-pt-069 restated: a message handed over in a passive sentence no pattern reads
_HANDED = (
    "PR angolano envia mensagem a homólogo suíço",
    "Uma mensagem do Presidente angolano, João Lourenço, chegou hoje, em Berna, às mãos do seu homólogo suíço, "
    "Ueli Maurer. No texto, o chefe de Estado deseja felicidades ao povo suíço.",
)


def test_the_people_of_a_lead_telling_an_exchange_no_pattern_reads_are_one_low_confidence_event() -> None:
    for blind in (False, True):
        (event,) = _events(*_HANDED, "pt", blind=blind)
        assert _leads(event) == {("João Lourenço", "AO"), ("Ueli Maurer", "CH")}
        assert event.confidence == ARTICLE_CONFIDENCE


def test_an_exchange_announced_gives_no_event() -> None:
    title = "PR angolano vai visitar a Suíça"
    text = ("O Presidente angolano, João Lourenço, vai visitar a Suíça no próximo mês, a convite do seu homólogo "
            "suíço, Ueli Maurer. A visita deverá durar três dias.")
    assert _events(title, text, "pt") == ()


def test_a_lead_naming_one_side_only_gives_no_event() -> None:
    # a tribute at home: every person of one side, nothing of another country named (real-dev web-en-1506's shape)
    title = "Leaders pay tribute to the late President on the Party's anniversary"
    text = ("The delegation included Prime Minister Pham Minh Chinh, NA Chairman Vuong Dinh Hue and VFF President Do "
            "Van Chien. They paid their respects at the mausoleum in Hanoi before laying a wreath at the monument.")
    assert _events(title, text, "en") == ()


def test_a_domestic_call_whose_counterpart_has_no_known_side_is_not_rescued() -> None:
    # real-dev whb-00033 restated: the governor of no known side, nothing of another country named (the outlet's own
    # is the United States): the domestic filter's drop stands
    title = "Readout of the President's Call with Governor Greg Abbott of Texas"
    text = ("President Joseph R. Biden, Jr. talked this evening with Texas Governor Greg Abbott about the harsh winter "
            "storm hitting central and southern parts of the United States, Texas among them.\n\nPresident Biden "
            "offered his support to the people of Texas in these hard days.")
    article = Article("t", text, "h", "test", title, "2021-02-15", language="en",
                      url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/02/15/readout-call/")
    assert extract(normalise(article), default_gazetteer()).events == ()
