"""Italian web pages (real-dev-it's shapes, restated): exchanges still to come named by a programme or the future
tense, an airport welcome as a visit, the dead a message mourns, a meeting told as a noun with its participle, an
honorific before a name, a host flanked by an aide, a list of people met "fra cui"."""

from __future__ import annotations

from latin_helpers import by_name, events

from liaison.model.types import EventFrame


def names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def test_a_programme_names_talks_still_to_come() -> None:
    text = (
        "Nel primo pomeriggio il presidente vietnamita Vo Van Thuong è arrivato a Roma per una visita ufficiale. "
        "Domani vedrà il Papa; in agenda figurano inoltre colloqui con il presidente della Repubblica Sergio "
        "Mattarella e con la presidente del Consiglio Giorgia Meloni."
    )
    found = events(text, "it", "2023-06-19")
    assert not any("Sergio Mattarella" in names(e) or "Giorgia Meloni" in names(e) for e in found)


def test_the_future_tense_before_a_meeting_noun_is_no_event() -> None:
    text = (
        "Il ministro degli Esteri cinese Wang Yi avrà domani a Roma un incontro con il ministro degli Esteri "
        "italiano Antonio Tajani, ha annunciato la portavoce del ministero."
    )
    assert events(text, "it", "2024-05-10") == ()


def test_an_airport_welcome_is_a_visit() -> None:
    text = (
        "Nel pomeriggio è arrivato a Roma il vice presidente del Vietnam, Vo Thi Anh Xuan, per una visita di tre "
        "giorni. L'aereo è atterrato a Ciampino, dove il vice presidente è stato accolto all'aeroporto da Edmondo "
        "Cirielli, vice ministro degli Esteri."
    )
    (event,) = events(text, "it", "2024-09-10")
    assert event.kind == "visit" and names(event) == {"Vo Thi Anh Xuan", "Edmondo Cirielli"}


def test_the_dead_a_condolence_message_mourns_takes_no_part() -> None:
    text = (
        "Il presidente cinese Xi Jinping ha detto di voler lavorare con il presidente Mattarella per i rapporti fra "
        "i due Paesi. Così si legge nel messaggio di cordoglio che Xi ha inviato oggi al capo dello Stato Sergio "
        "Mattarella per la morte del presidente emerito Giorgio Napolitano, riferisce Xinhua."
    )
    (event,) = events(text, "it", "2023-09-26")
    assert event.kind == "message" and names(event) == {"Xi Jinping", "Sergio Mattarella"}


def test_a_meeting_noun_with_its_participle_before_the_counterpart() -> None:
    text = (
        "Il presidente cinese Xi Jinping ha invitato i due partiti a rafforzare la cooperazione in ogni campo. "
        "Lo ha detto Xi Jinping dopo un colloquio svoltosi oggi a Pechino con Thongloun Sisoulith, segretario "
        "generale del Partito rivoluzionario popolare lao."
    )
    (event,) = events(text, "it", "2024-08-20")
    assert event.kind == "meeting" and event.date is not None and event.date.iso == "2024-08-20"
    assert names(event) == {"Xi Jinping", "Thongloun Sisoulith"} and event.location == "Beijing"


def test_an_honorific_is_no_part_of_the_name() -> None:
    text = (
        "Venerdì 9 febbraio una delegazione del Partito della Rifondazione Comunista guidata dal segretario Maurizio "
        "Acerbo ha incontrato a Roma, presso l'Ambasciata di Cuba, Sua Eccellenza Mirta Granda Averhoff, "
        "ambasciatrice di Cuba in Italia."
    )
    (event,) = events(text, "it", "2024-02-12")
    assert names(event) == {"Maurizio Acerbo", "Mirta Granda Averhoff"}


def test_a_host_flanked_by_an_aide_who_attends() -> None:
    text = (
        "A Caracas, Nicolás Maduro, presidente del Venezuela, ha ricevuto a Miraflores l'inviato "
        "statunitense Richard Grenell, affiancato dal presidente del Parlamento, Jorge Rodríguez."
    )
    (event,) = events(text, "it", "2025-01-31")
    people = by_name(event)
    assert {"Nicolás Maduro", "Richard Grenell", "Jorge Rodríguez"} <= set(people)
    assert not people["Jorge Rodríguez"].lead and people["Nicolás Maduro"].lead




def test_talks_and_meetings_with_a_list_of_hosts_are_one_each_with_the_delegation_head() -> None:
    text = (
        "Dal 3 al 7 maggio una delegazione del Partito Comunista del Laos (PRPL), guidata da Khamphanh Phommathat, "
        "membro del Comitato Centrale e capo della Commissione di Propaganda, ha compiuto una visita di lavoro in "
        "Italia.\nLa delegazione del PRPL ha tenuto colloqui e incontri con il Vicepresidente della Camera Fabio "
        "Rampelli, il segretario generale del Partito Comunista Italiano (PCI) Mauro Alboresi e il sindaco di "
        "Bologna Matteo Lepore."
    )
    pairs = sorted(sorted(names(e)) for e in events(text, "it", "2024-05-09"))
    assert pairs == [
        ["Fabio Rampelli", "Khamphanh Phommathat"], ["Khamphanh Phommathat", "Matteo Lepore"],
        ["Khamphanh Phommathat", "Mauro Alboresi"],
    ]

