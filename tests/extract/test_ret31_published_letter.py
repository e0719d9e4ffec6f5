"""A letter published whole (ret31, issue 13: pages the naive baseline catches and liaison lost whole): the headline
tells greetings sent, the first lines address a named leader by a salutation, no sentence tells the act. One message
of the addressee and the signatory at the lowest confidence; not without a salutation, not when the headline tells
no letter, not to one's own side (texts restated in the style of party sites' published letters)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def events(title: str, body: str, language: str, published: str = "2023-07-03") -> tuple[EventFrame, ...]:
    text = f"{title}\n\n{body}"
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      title=title)
    doc = normalise(article)
    assert doc.language == language
    return extract(doc, default_gazetteer()).events


ES_TITLE = "Nicaragua envía felicitaciones al Partido Comunista de China en su aniversario"
ES_BODY = """\
Por redacción · 3 de julio de 2023

Managua, 1° de julio de 2023

Hermano, Compañero, Camarada Xi Jinping, Presidente de la República Popular China y Secretario General del \
Partido Comunista de China

Excelencia, Compañero Presidente:

Con profundo afecto fraterno le escribimos para saludarle en el aniversario de la fundación del glorioso Partido \
Comunista de China, constructor de la nación y de su soberanía.

Les hacemos llegar, a Usted y al hermano pueblo chino, nuestros mejores deseos de prosperidad y de paz.

Daniel Ortega Saavedra
Presidente de la República de Nicaragua
"""

IT_TITLE = "Congratulazioni al compagno Miguel Díaz-Canel per la sua elezione"
IT_BODY = """\
Alla cortese attenzione di:
S.E. Miguel Díaz-Canel, Presidente del Consiglio di Stato della Repubblica di Cuba

A nome del nostro partito italiano e dei suoi militanti Le porgiamo con gioia i più fraterni auguri per \
l'elezione alla guida del popolo cubano, esempio di dignità per tutti i popoli.
"""


def test_spanish_letter_of_greetings_is_one_message() -> None:
    (event,) = events(ES_TITLE, ES_BODY, "es")
    assert event.kind == "message" and not event.remote
    assert event.confidence <= ARTICLE_CONFIDENCE
    assert event.date is not None and event.date.iso == "2023-07-01"  # the letter's line, not the byline's
    people = {p.person.name: p.person.country for p in event.participants}
    assert people.get("Xi Jinping") == "CN"


def test_italian_letter_addressed_by_salutation() -> None:
    (event,) = events(IT_TITLE, IT_BODY, "it")
    assert event.kind == "message"
    assert {p.person.name for p in event.participants} >= {"Miguel Díaz-Canel"}


def test_addressee_in_capitals_is_the_headline_s() -> None:
    body = IT_BODY.replace("S.E. Miguel Díaz-Canel,", "S.E. Miguel DIAZ-CANEL")
    (event,) = events(IT_TITLE, body, "it")
    assert event.kind == "message"
    assert "Miguel Díaz-Canel" in {p.person.name for p in event.participants}


def test_no_salutation_no_letter() -> None:
    body = ES_BODY.replace("Hermano, Compañero, Camarada Xi Jinping", "El presidente Xi Jinping").replace(
        "Excelencia, Compañero Presidente:", "Se recordó el aniversario.")
    assert not [e for e in events(ES_TITLE, body, "es") if e.kind == "message"]


def test_headline_telling_no_letter_gives_none() -> None:
    title = "Nicaragua y China celebran el aniversario del Partido Comunista de China"
    assert not events(title, ES_BODY, "es")
