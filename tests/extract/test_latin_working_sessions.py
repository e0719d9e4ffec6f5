"""A working session told by its verb alone ("a travaillé avec", "trabajó con", "worked with"), and a reception told
as the gerund of the main act ("en recevant une délégation"): exchanges for which no frame was built (side27, issue
13: the missed gold events of the fit half with no candidate frame). Read as blind articles are, with people the
gazetteer does not know (``forget_people``); lines restated from real-dev-multi-2 (web-fr-multi2-02) and real-dev
(web-fr-402)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, language: str, published: str = "2013-06-20") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language)
    return extract(normalise(article), forget_people(default_gazetteer(), [text])).events


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


_HAVANA = (
    "Le premier secrétaire du Parti communiste de Cuba et président du Conseil d'Etat, Raul Castro, a reçu le 18 juin "
    "à La Havane une délégation du Parti communiste du Vietnam (PCV) conduite par le membre du Bureau politique et "
    "secrétaire du Comité du PCV de Hanoi, Pham Quang Nghi.\n\n"
    "Le dirigeant cubain a souhaité davantage d'échanges d'expériences entre les deux pays.\n\n"
    "Auparavant, Pham Quang Nghi a travaillé avec le ministre cubain du Commerce extérieur et de l'Investissement "
    "étranger, Rodrigo Malmierca, à qui il a dit le souhait du Vietnam d'élever la coopération économique."
)


def test_a_working_session_told_by_its_verb_is_an_exchange() -> None:
    found = _events(_HAVANA, "fr")
    assert any({"Raul Castro", "Pham Quang Nghi"} <= _names(e) for e in found)
    worked = [e for e in found if {"Pham Quang Nghi", "Rodrigo Malmierca"} <= _names(e)]
    assert worked and worked[0].kind == "meeting"


def test_two_acts_one_told_by_the_working_verb_are_two_exchanges() -> None:
    text = (
        "Au cours de son séjour, la membre du Comité central du PCV, Nguyen Lam, s'est entretenue avec le "
        "vice-président du PSUV, Nahúm Fernández, et a travaillé avec le ministre vénézuélien des Communes, "
        "Jorge Arreaza."
    )
    found = _events(text, "fr", published="2023-07-20")
    assert any({"Nguyen Lam", "Jorge Arreaza"} <= _names(e) for e in found)


def test_a_past_collaboration_told_in_the_perfect_is_no_exchange() -> None:
    text = (
        "Former minister John Smith has worked with the Communist Party of Vietnam for many years on trade issues, "
        "the newspaper said."
    )
    assert not _events(text, "en", published="2019-03-04")
