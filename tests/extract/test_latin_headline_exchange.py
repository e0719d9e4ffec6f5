"""Issue 13 (recall18): an exchange the recall tier reads with one side or none, whose leads of no known side the
headline names with a kind cue, is the story's exchange (``frames._headline_exchange``). Read under
``forget_people`` (the blind sets' case), with lines of quality/real-dev restated (web-es-189, web-en-150). And a
host of no side is of the one other country the headline names when the act's place is the visitor's own filing
city (``hosts._headline_country``)."""

from __future__ import annotations

import pytest

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.ingest.records import parse_record
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.extract.real_dev_pages import _pages

_HEADLINE = 'Boric se reunió con Xi Jinping: "Las guerras comerciales no son la manera de enfrentar los problemas"'
_BORIC = (
    f"{_HEADLINE}\n"
    "El Presidente Gabriel Boric sostuvo este miércoles una reunión bilateral con su par de la República Popular "
    "China, Xi Jinping, en la que abordaron diversas materias de cooperación estratégica, como cultura, ciencia "
    "antártica, transición energética y comercio.\n"
)
_BHANDARI = (
    "KATHMANDU, Dec 27: A delegation of the Communist Party of China that arrived on Sunday has met President "
    "Bidya Devi Bhandari in the evening.\n\n"
    "According to a source at Shital Niwas, the delegation led by Deputy Director of the International Liaison "
    "Department Guo Yezhou spoke with President Bhandari for an hour from five in the evening.\n"
)


def _events(text: str, title: str, language: str) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2025-05-14",
                      language=language, title=title)
    return extract(normalise(article), forget_people(default_gazetteer(), [text, title])).events


def _pairs(found: tuple[EventFrame, ...]) -> set[frozenset[str]]:
    return {frozenset(p.person.native for p in e.participants if p.lead) for e in found}


def test_a_headline_naming_both_leads_keeps_their_meeting() -> None:
    """Without the rule the one reading of the lede, its two leads of no side, is dropped: no event at all."""
    found = _events(_BORIC, _HEADLINE, "es")
    assert frozenset({"Gabriel Boric", "Xi Jinping"}) in _pairs(found)


def test_the_exchange_told_again_is_not_a_second_event() -> None:
    """The lede's meeting holds Bhandari already: "spoke with President Bhandari for an hour" adds none."""
    found = _events(_BHANDARI, "CPC delegation meets President Bhandari", "en")
    assert sum({"Guo Yezhou", "Bidya Devi Bhandari"} <= names for names in _pairs(found)) == 1
    assert len(found) == 1



def test_a_host_of_no_side_is_of_the_country_the_headline_names() -> None:
    """``hosts._headline_country`` on web-es-043 (ACN, "La Habana, 22 sep (ACN)" over "En su estancia venezolana,
    el secretario de Organización ... se reunió con el presidente Nicolás Maduro; con ... Diosdado Cabello; y con
    Jorge Rodríguez"): the act names no place and the dateline's city is the visitor's own, so Maduro, whom no
    title places, is of the one other country the headline names ("... visita de trabajo a Venezuela")."""
    raw = _pages("web-es").get("web-es-043")
    if raw is None:
        pytest.skip("web-es-043 is not in quality/real-dev/web-es.articles.jsonl")
    gaz = forget_people(default_gazetteer(), [raw["text"], raw.get("title") or ""])
    found = extract(normalise(parse_record(raw, "web-es-043", "real-dev/web-es")), gaz).events
    pairs = [{p.person.native: p.side for p in e.participants if p.lead} for e in found]
    assert {"Roberto Morales Ojeda": "CU", "Nicolás Maduro": "VE"} in pairs
