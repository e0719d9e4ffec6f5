"""The rescue of a frame the domestic filter dropped (issue 13, floor28; ``latin/frames._rescued``): an article that
tells an exchange held, and that every other tier left without an event, keeps the first frame the filter dropped for
want of a known side at ``ARTICLE_CONFIDENCE`` -- not when it announces the exchange, names one side only or names
nothing of another country. Restated sentences written in the style of real-dev's pages (whb-00033, the White
House; web-en-1506, VNA)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(title: str, text: str, language: str, blind: bool = False) -> tuple[EventFrame, ...]:
    """The events of a headline and body dated 8 October 2019; ``blind``: the people table knows none of them."""
    gazetteer = default_gazetteer()
    if blind:
        gazetteer = forget_people(gazetteer, [title, text])
    return extract(normalise(Article("t", text, "h", "test", title, "2019-10-08", language=language)), gazetteer).events


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
