"""Italian extractor on short articles written for these tests in the genre's styles (Xinhua and CRI in
Italian, Italian party press): datelines, passives, remote talks, messages, the PCC of Cuba and of China.
The language is data (``liaison/kb/lang/it.toml``): these tests touch no Italian word in code."""

from __future__ import annotations

from liaison.extract.it.lexicon import ITALIAN
from tests.extract.latin_helpers import by_name, events, org

XINHUA = """\
Alto funzionario del PCC incontra una delegazione di Rifondazione Comunista

PECHINO, 10 giu. (Xinhua) -- Li Shulei, membro dell'Ufficio Politico del Comitato Centrale del Partito \
Comunista Cinese (PCC) e capo del Dipartimento Internazionale del Comitato Centrale del PCC, ha incontrato \
martedì a Pechino una delegazione del Partito della Rifondazione Comunista guidata da Maurizio Acerbo, \
segretario nazionale del partito.
Li ha affermato che il PCC è pronto a rafforzare gli scambi con Rifondazione Comunista.
"""


def test_xinhua_dateline_meeting_led_by() -> None:
    (event,) = events(XINHUA, "it", published="2025-06-11")
    assert (event.kind, event.location, event.remote) == ("meeting", "Beijing", False)
    assert event.date is not None and event.date.iso == "2025-06-10"  # "martedì" before the dateline's Wednesday
    people = by_name(event)
    assert set(people) == {"Li Shulei", "Maurizio Acerbo"}  # "Li" later is the same person
    assert people["Li Shulei"].lead and people["Maurizio Acerbo"].lead  # "guidata da" names the head
    assert org(people["Li Shulei"]) == "International Department of the CPC Central Committee"
    assert {p.name for p in event.parties} >= {"Communist Party of China"}


def test_passive_reception_and_leader_named_later() -> None:
    text = (
        "Titolo\n\nUna delegazione del Partito Comunista Cinese è stata ricevuta sabato nella sede del partito "
        "a Lisbona dal segretario generale del Partito Comunista Portoghese (PCP), Paulo Raimundo.\n"
        "La delegazione cinese era guidata da Li Mingxiang, vice ministro del Dipartimento Internazionale del "
        "Comitato Centrale del PCC.\n"
    )
    (event,) = events(text, "it", published="2025-06-16")
    assert (event.kind, event.location) == ("meeting", "Lisbon")
    assert event.date is not None and event.date.iso == "2025-06-14"
    people = by_name(event)
    assert people["Paulo Raimundo"].lead and people["Paulo Raimundo"].side == "PT"
    assert people["Li Mingxiang"].lead  # "era guidata da" names the head of the delegation
    assert org(people["Li Mingxiang"]) == "International Department of the CPC Central Committee"  # PCC = CPC


def test_phone_call_with_cuba_reads_pcc_as_the_cuban_party() -> None:
    text = (
        "Titolo\n\nMartedì il segretario nazionale del PCI, Mario Rossi, ha avuto un colloquio telefonico con "
        "Emilio Lozada García, capo del Dipartimento Relazioni Internazionali del Comitato Centrale del Partito "
        "Comunista di Cuba (PCC).\nRossi ha espresso la solidarietà dei comunisti italiani al popolo cubano.\n"
    )
    (event,) = events(text, "it")
    assert (event.kind, event.remote, event.location) == ("phone_call", True, None)
    assert event.date is not None and event.date.iso == "2025-06-10"
    people = by_name(event)
    assert (people["Mario Rossi"].side, org(people["Mario Rossi"])) == ("IT", "Italian Communist Party")
    assert people["Emilio Lozada García"].side == "CU"
    assert {p.name for p in event.parties} == {"Italian Communist Party", "Communist Party of Cuba"}


def test_video_conference_and_attendee() -> None:
    text = (
        "Titolo\n\nIl vice ministro del Dipartimento Internazionale del Comitato Centrale del Partito Comunista "
        "Cinese, Sun Haiyan, ha tenuto giovedì una videoconferenza con una delegazione di Sinistra Italiana "
        "guidata da Nicola Fratoianni, segretario nazionale del partito.\n"
        "Al collegamento ha partecipato anche Anna Neri, responsabile esteri di Sinistra Italiana.\n"
    )
    (event,) = events(text, "it")
    assert (event.kind, event.remote, event.location) == ("video_conference", True, None)
    assert event.date is not None and event.date.iso == "2025-06-12"
    people = by_name(event)
    assert people["Sun Haiyan"].lead and people["Nicola Fratoianni"].lead and not people["Anna Neri"].lead
    assert (people["Anna Neri"].side, org(people["Anna Neri"])) == ("IT", "Italian Left")


def test_message_of_congratulations() -> None:
    text = (
        "Titolo\n\nIl Comitato Centrale del PCC ha inviato ieri un messaggio di congratulazioni a Nicola "
        "Fratoianni, rieletto segretario nazionale di Sinistra Italiana.\n"
    )
    (event,) = events(text, "it")
    assert (event.kind, event.remote) == ("message", True)
    assert event.date is not None and event.date.iso == "2025-06-11"
    assert by_name(event)["Nicola Fratoianni"].side == "IT"


def test_a_domestic_leadership_meeting_is_no_exchange() -> None:
    text = (
        "Titolo\n\nSi è riunita giovedì a Roma la segreteria nazionale del Partito Democratico, presieduta dalla "
        "segretaria Elly Schlein, che ha discusso del bilancio delle iniziative internazionali, tra cui "
        "l'incontro dello scorso anno con il Partito Comunista Cinese.\n"
    )
    assert events(text, "it") == ()


def test_calendar_and_countries_come_from_the_language_file() -> None:
    assert ITALIAN.month_number("sett.") == 9 and ITALIAN.month_number("dicembre") == 12
    assert ITALIAN.weekday_number("mercoledì") == 2 and ITALIAN.weekday_number("mercoledi") == 2
    assert ITALIAN.country_of("l'Italia") == "IT" and ITALIAN.country_of("cinese") == "CN"


def test_italian_elisions_are_words_of_their_own() -> None:
    from liaison.extract.latin.tokens import tokenize

    words = [t.text for t in tokenize("il consigliere dell'Ambasciata cinese all'incontro con N'Djamena")]
    assert words == ["il", "consigliere", "dell'", "Ambasciata", "cinese", "all'", "incontro", "con", "N'Djamena"]
