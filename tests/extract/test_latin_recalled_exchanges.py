"""Exchanges a page only recalls from before its story (issue 13), on restated real pages of ``quality/real-dev``:
a later sentence that marks an exchange as an earlier one ("en noviembre del pasado año", "En los días anteriores")
or dates it well before the story ("el pasado 16 de febrero" on a page of April, "en la noche del 19 de diciembre
de 2023" on one of September 2025, "in December 2018" in 2020) tells no event of the page; the story's exchanges
stay, and so do the same people met again on an earlier day and a chronology's dated items."""

from __future__ import annotations

import pytest

from liaison.extract.es.lexicon import SPANISH
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.pt.lexicon import PORTUGUESE
from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _events


def _natives(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


@pytest.mark.parametrize(("doc_id", "recalled"), [
    # "La medida se hizo oficial una vez que ... Xi Jinping, sostuvo una llamada telefónica con Ortega en la noche
    # del 19 de diciembre de 2023" on a page of September 2025
    ("web-es-005", {"Xi Jinping", "Daniel Ortega"}),
    # "... Nicolás Maduro y Gustavo Petro, respectivamente, firmaron el pasado 16 de febrero el Acuerdo ..." (April)
    ("web-es-181", {"Gustavo Petro"}),
    # "... el mensaje de felicitación que ... le envió su homólogo Raúl Castro cuando fue nombrado ... en noviembre
    # del pasado año"
    ("web-es-091", {"Raúl Castro"}),
    # "En los días anteriores, los medios habían difundido una supuesta reunión entre Mondino y ... Florencia Hsie"
    ("web-es-161", {"Florencia Hsie"}),
    # "The two parties signed a cooperation agreement ... during the visit to Mozambique by ... Tran Quoc Vuong in
    # December 2018" on a page of July 2020
    ("web-en-206", {"Tran Quoc Vuong"}),
])
def test_an_exchange_recalled_from_before_the_story_is_no_event(doc_id: str, recalled: set[str]) -> None:
    assert all(not recalled <= _natives(e) for e in _events(doc_id))


@pytest.mark.parametrize(("doc_id", "pair"), [
    ("web-es-181", {"Nicolás Maduro", "Álvaro Leyva Durán"}),  # the story: "se reunió con el ministro ... Leyva"
    ("web-es-091", {"Miguel Díaz-Canel", "Li Yuanchao"}),  # "comenzó ayer, lunes, su viaje ... con una reunión con"
    ("web-en-206", {"Le Huy Hoang", "Rogue Silva"}),
    # "Earlier on 21 August last year, the ambassador met a BNP delegation led by A": the same people, another day
    ("web-en-153", {"Yao Wen", "Mirza Fakhrul Islam Alamgir"}),
    # "Previously, the CPI-M delegation had talks with Le Hoai Trung": an earlier step of the story's own visit
    ("web-en-100", {"Le Hoai Trung", "Sitaram Yechury"}),
    # a chronology of 2011 on a page of 2012: its items are dated before the page, not before its story
    ("web-fr-036", {"Dai Bingguo", "Nicolas Sarkozy"}),
])
def test_the_story_and_its_earlier_steps_are_kept(doc_id: str, pair: set[str]) -> None:
    assert any(pair <= _natives(e) for e in _events(doc_id))


def test_a_dated_stay_is_covered_by_its_meetings_in_spanish() -> None:
    """"Una delegación ..., encabezada por Ma Hui, realizó una visita a Perú de domingo a martes. Durante la visita,
    Ma se reunió con el presidente del Congreso de Perú, Eduardo Salhuana": the meeting is the event, as in English."""
    events = _events("web-es-128")
    assert [e.kind for e in events] == ["meeting"]
    assert {"Ma Hui", "Eduardo Salhuana"} <= _natives(events[0])


# One exchange told twice is one event (``latin/told_twice.py``).

@pytest.mark.parametrize(("doc_id", "together"), [
    # "Wang Yi, llegó hoy al país para reunirse con el presidente Evo Morales." ... "David Choquehuanca, fue quien
    # recibió a la autoridad china en el aeropuerto de El Alto": the greeter joins the visit
    ("web-es-082", {"Wang Yi", "Evo Morales", "David Choquehuanca"}),
    # "Delcy Rodríguez llegó este martes a China" ... "la llegada de la funcionaria a Shanghái y detalló que fue
    # recibida por el director de América Latina ..., Cai Wei"
    ("web-es-077", {"Delcy Rodríguez", "Cai Wei"}),
    # "Thongloun Sisoulith, called on a senior official of the CCP in Kunming, China on Thursday." then "...
    # Thongloun Sisoulith, President of Laos, and his wife, Mrs. Naly Sisoulith visited Li Xi, ... on Thursday."
    ("web-en-205", {"Thongloun Sisoulith", "Li Xi"}),
    # "a senior leader of the CPC while paying a courtesy visit to Cambodian Prime Minister ... Hun Sen ...
    # yesterday" and "A high-level CPC delegation led by H.E. Liu Yunshan arrived in Cambodia on Sept. 19"
    ("web-en-087", {"Hun Sen", "Liu Yunshan"}),
])
def test_one_exchange_told_twice_is_one_event(doc_id: str, together: set[str]) -> None:
    holding = [e for e in _events(doc_id) if together & _natives(e)]
    assert len(holding) == 1
    assert together <= _natives(holding[0])


def test_the_greeters_of_an_arrival_attend_the_visit() -> None:
    (event,) = _events("web-es-082")
    assert {p.person.native: p.lead for p in event.participants}["David Choquehuanca"] is False


def test_a_further_exchange_dated_by_the_one_before_stays_apart() -> None:
    """"Le 22 février, la délégation vietnamienne a été reçue par ... Thongloun Sisoulith, ... Saysomphone
    Phomvihane, ... Saleumxay Kommasith." then "Le Hoai Trung a en outre un entretien avec Thongsavanh
    Phomvihane.": the second is dated only by the first, and is another exchange."""
    assert any({"Le Hoai Trung", "Thongsavanh Phomvihane"} <= _natives(e) and "Thongloun Sisoulith" not in _natives(e)
               for e in _events("web-fr-067"))


def test_a_day_told_as_past_after_a_story_told_today_is_recalled() -> None:
    """"Mauricio Macri, recibió hoy en Buenos Aires a Sun Zhengcai" ... "Macri se reunió el pasado 1 de abril con
    el presidente chino, Xi Jinping": the page prints no date, but "el pasado 1 de abril" is before the story."""
    events = _events("web-es-068")
    assert all("Xi Jinping" not in _natives(e) for e in events)
    assert any({"Mauricio Macri", "Sun Zhengcai"} <= _natives(e) for e in events)


def test_the_message_named_again_is_no_other_message() -> None:
    """"An Qing, a remis le 12 janvier ... à Pierre Moussa, un message de félicitations du PCC" then "Le PCC, dans
    son message, félicite chaleureusement Pierre Moussa « ... » que lui ont accordée ... Denis Sassou N'Guesso"."""
    events = _events("web-fr-048")
    assert len(events) == 1
    assert {"An Qing", "Pierre Moussa"} <= _natives(events[0])


def test_talks_of_the_people_named_next_are_their_own() -> None:
    """"Meanwhile at their talks, Mai and Cai Qi, member of the Standing Committee ..., discussed": "their" names
    the two after it, not the courtesy call to Xi Jinping told before."""
    assert any({"Truong Thi Mai", "Cai Qi"} <= _natives(e) for e in _events("web-en-075"))


def test_a_meeting_and_who_attended_it_are_one_event() -> None:
    """"A Presidente do Brasil, Dilma Rousseff recebeu hoje no Planalto o ministro ... Luís Amado, num encontro que
    contou com o ministro brasileiro ..., Antonio Patriota, e o embaixador de Portugal no Brasil, João Salgueiro":
    the meeting is told once, those it counted with attended it."""
    (event,) = _events("web-pt-066")
    leads = {p.person.native: p.lead for p in event.participants}
    assert leads == {"Dilma Rousseff": True, "Luís Amado": True, "Antonio Patriota": False, "João Salgueiro": False}


def test_an_exchange_a_sentence_opens_on_as_its_topic_is_no_event() -> None:
    """"Sobre a visita de Estado efectuada pelo Presidente da República de Angola, João Lourenço, àquele país
    asiático, Zhang Bin sublinhou ...": the state visit is talked about; the audience told first is the event."""
    events = _events("web-pt-032")
    assert all("João Lourenço" not in _natives(e) for e in events)
    assert any({"Luísa Damião", "Zhang Bin"} <= _natives(e) for e in events)


@pytest.mark.parametrize(("lex", "sentence"), [
    (PORTUGUESE, "Sobre a visita de Estado efectuada pelo Presidente, o embaixador sublinhou os acordos."),
    (SPANISH, "Sobre la visita de Estado realizada por el presidente, el embajador subrayó los acuerdos."),
])
def test_a_topic_opening_on_a_kind_noun_is_no_cue(lex: Lexicon, sentence: str) -> None:
    assert find_kind(sentence, lex) is None
