"""Countries a language file does not list, read from the country source (issue 13, recall17): "Philippine
National Security Advisor", "US President", "Prime Minister of Jamaica" place unknown people, and an exchange of
people of no known side told with such a country is no domestic event. Real lines of quality/real-dev restated
(whb-01269, whb-00007, web-en-083), read under ``forget_people`` as a blind article's people are."""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.latin.affiliation import affiliation
from liaison.extract.latin.places import country_word
from liaison.extract.lexicon_file import lexicon_for
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise

_WH = "White House (briefing-room archive)"


def _events(text: str, url: str, title: str, source: str = _WH) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2024-06-27",
                      language="en", url=url, source=source, title=title)
    return extract(normalise(article), forget_people(default_gazetteer(), [text])).events


def test_country_words_of_the_source() -> None:
    assert [country_word(w) for w in ("Philippine", "Jordanian", "Jamaica", "US", "U.S.", "UAE")] == \
        ["PH", "JO", "JM", "US", "US", "AE"]
    # not a state or province, a city, a continent, either Korea, nor a code that is another word ("MP")
    assert [country_word(w) for w in ("Punjab", "Texas", "Beijing", "América", "American", "Korean", "MP")] == \
        [None] * 7


def test_a_title_names_a_country_the_language_file_lacks() -> None:
    lex, gaz = lexicon_for("en", ""), default_gazetteer()
    assert affiliation("Philippine National Security Advisor", lex, gaz).country == "PH"
    assert affiliation("US President", lex, gaz).country == "US"
    assert affiliation("Prime Minister of Jamaica", lex, gaz).country == "JM"
    assert affiliation("Chief Minister of Punjab", lex, gaz).country is None
    # the country a post deals with is not its holder's (whb-01074: "Coordinator for Gaza"; "Special Envoy for Yemen")
    assert affiliation("Senior Humanitarian and Reconstruction Coordinator for Gaza", lex, gaz).country is None
    assert affiliation("Special Envoy for Yemen", lex, gaz).country is None
    es = lexicon_for("es", "")
    assert affiliation("secretario ejecutivo de la Alianza Bolivariana para los Pueblos de Nuestra América- Tratado "
                       "de Comercio de los Pueblos", es, gaz).country is None


def test_a_demonym_before_a_title_places_the_counterpart() -> None:
    """whb-01269 restated: the counterpart is of the Philippines, so the readout's own subject is of the US."""
    text = ("National Security Advisor Jake Sullivan spoke yesterday with Philippine\n"
            "National Security Advisor Eduardo M. Año. Mr. Sullivan and Mr. Año\n"
            "talked over shared worries about the South China Sea.\n")
    (event,) = _events(text, "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/06/27/x/",
                       "Readout of National Security Advisor Jake Sullivan's Call with a counterpart")
    assert {p.person.native: p.side for p in event.participants} == {"Jake Sullivan": "US", "Eduardo M. Año": "PH"}


def test_a_call_with_a_us_president() -> None:
    """web-en-083 restated: "US" written in capitals before the title."""
    text = ("China and the US should keep the momentum of their ties, Chinese President Xi Jinping said on Monday.\n\n"
            "Xi said this while speaking with US President Donald Trump on the phone.\n")
    found = _events(text, "https://en.nanhai.org.cn/index/info/content/cid/21/id/14024.html",
                    "Xi talks with Trump over phone", "Global Times")
    sides = {p.person.native: p.side for e in found if e.kind == "phone_call" for p in e.participants}
    assert sides.get("Donald Trump") == "US"


def test_a_regnal_number_before_the_country_after_a_name() -> None:
    """whb-00007 restated: "King Abdullah II of Jordan" is of Jordan."""
    text = ("Yesterday, President Donald J. Trump and His Majesty King Abdullah II of\n"
            "Jordan held a warm and productive working meeting at the White House.\n"
            "King Abdullah congratulated President Trump on his first weeks in office,\n"
            "and the President affirmed the strength of relations between the two nations.\n")
    (event,) = _events(text, "https://www.whitehouse.gov/briefings-statements/2025/02/readout/",
                       "Readout of President Donald J. Trump's Meeting with a King")
    assert event.kind == "meeting"
    assert {p.person.native: p.side for p in event.participants}.get("King Abdullah") == "JO"


def test_people_of_no_side_told_with_another_country_are_no_domestic_event() -> None:
    """whb-01074 restated: neither is placed (the post's "for Gaza" is its brief), Gaza is written in the sentence."""
    text = ("Principal Deputy National Security Advisor Jon Finer met today with United\n"
            "Nations Senior Humanitarian and Reconstruction Coordinator for Gaza Sigrid Kaag.\n"
            "They talked over the delivery of aid and the steps ahead.\n")
    (event,) = _events(text, "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/01/11/x/",
                       "Readout of Principal Deputy National Security Advisor Jon Finer's Meeting with a Coordinator")
    assert event.kind == "meeting"
    assert {p.person.native for p in event.participants} == {"Jon Finer", "Sigrid Kaag"}
    assert all(p.side is None for p in event.participants)


def test_a_domestic_meeting_names_no_other_country() -> None:
    text = ("Today, President Joseph R. Biden, Jr. met with six union leaders who work in health care and\n"
            "education to discuss their experiences on the frontlines of the pandemic.\n")
    assert _events(text, "https://www.whitehouse.gov/briefing-room/statements-releases/2021/02/02/x/",
                   "Readout of President Biden's Meeting with Union Leaders") == ()
