"""A one-sided exchange completed by the sentence right after, which names its principal again beside the
counterpart (issue 13: the counterpart named outside the trigger sentence). Read as blind articles are, with
people the gazetteer does not know (``forget_people``); lines restated from quality/real-dev (web-fr-085)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.extract.latin.counterparts_told import completed_by_retelling
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame, Participant, PersonMention
from liaison.normalise import normalise


def _events(text: str, language: str, published: str = "2024-11-28") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language)
    return extract(normalise(article), forget_people(default_gazetteer(), [text])).events


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


_CAMEROON = (
    "Le Premier ministre camerounais, Joseph Dion Ngute a échangé avec le vice-président du comité permanent de "
    "l'Assemblée nationale populaire de Chine.\n\nEn visite officielle au Cameroun, le vice-président du comité "
    "permanent de l'Assemblée populaire nationale de Chine, Zhang Qingwei, a été reçu par le Premier ministre "
    "Joseph Dion Ngute.\n\nLa séance de travail s'est tenue à l'immeuble Etoile."
)


def test_the_counterpart_named_with_the_principal_in_the_next_sentence_joins_the_exchange() -> None:
    found = _events(_CAMEROON, "fr")
    assert len(found) == 1
    assert {"Joseph Dion Ngute", "Zhang Qingwei"} <= _names(found[0])
    assert all(p.lead for p in found[0].participants)


def _frame(people: list[tuple[str, str | None]], sentence: int, kind: str = "meeting") -> EventFrame:
    return EventFrame(
        kind=kind, date=None, date_source="none", location=None, remote=False, channel=("state",),  # type: ignore[arg-type]
        participants=tuple(Participant(PersonMention(name, name, (sentence * 10, sentence * 10 + 5)), True, side)
                           for name, side in people),
        parties=(), evidence=((sentence * 10, sentence * 10 + 9),),
    )


_SENTENCES = tuple((i * 10, i * 10 + 10) for i in range(8))


def test_only_a_retelling_right_after_the_trigger_completes_it() -> None:
    lede = _frame([("Joseph Dion Ngute", "CM")], 0)
    near = _frame([("Joseph Dion Ngute", "CM"), ("Zhang Qingwei", None)], 1)
    far = _frame([("Joseph Dion Ngute", "CM"), ("Sur Global", None)], 5)
    assert {p.person.name for p in completed_by_retelling([lede], [near], _SENTENCES)[0].participants} == {
        "Joseph Dion Ngute", "Zhang Qingwei"}
    assert completed_by_retelling([lede], [far], _SENTENCES) == [lede]


def test_the_principals_own_people_and_competing_retellings_complete_nothing() -> None:
    lede = _frame([("Joseph Dion Ngute", "CM")], 0)
    own = _frame([("Joseph Dion Ngute", "CM"), ("Lejeune Mbella Mbella", "CM")], 1)
    assert completed_by_retelling([lede], [own], _SENTENCES) == [lede]
    other = _frame([("Joseph Dion Ngute", "CM"), ("Li Ming", None)], 2)
    near = _frame([("Joseph Dion Ngute", "CM"), ("Zhang Qingwei", None)], 1)
    assert completed_by_retelling([lede], [near, other], _SENTENCES) == [lede]
    assert completed_by_retelling([lede, near], [other], _SENTENCES) == [lede, near]


def test_a_list_of_people_present_goes_on_in_a_sentence_opening_on_an_additive_word() -> None:
    text = (
        "Caracas, 3 de noviembre de 2023. El primer vicepresidente del PSUV, Diosdado Cabello, recibió al presidente "
        "de la Comisión de Asuntos Internos del Partido Comunista de Vietnam, Phan Dinh Trac.\n\nPor la delegación "
        "venezolana participaron el vicepresidente de Organización, Pedro Infante; y la vicepresidenta de Formación, "
        "Tania Díaz.\n\nAdemás del vicepresidente de Economía Productiva del PSUV, Jesús Faría; y el presidente del "
        "Grupo de Amistad Venezuela-Vietnam de la Asamblea Nacional, Saúl Ortega."
    )
    found = _events(text, "es", published="2023-11-03")
    assert len(found) == 1
    people = {p.person.native: p for p in found[0].participants}
    assert {"Jesús Faría", "Saúl Ortega"} <= set(people)
    assert not people["Jesús Faría"].lead


def test_an_additive_sentence_telling_what_someone_said_adds_no_one() -> None:
    text = (
        "Caracas, 3 de noviembre de 2023. El primer vicepresidente del PSUV, Diosdado Cabello, recibió al presidente "
        "de la Comisión de Asuntos Internos del Partido Comunista de Vietnam, Phan Dinh Trac.\n\nAdemás, el ministro "
        "de Comunas, Jorge Rodríguez Gómez, dijo que el acuerdo llega en buen momento."
    )
    found = _events(text, "es", published="2023-11-03")
    assert not any("Jorge Rodríguez Gómez" in _names(e) for e in found)
