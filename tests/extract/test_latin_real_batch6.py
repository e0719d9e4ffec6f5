"""Constructions of the sixth readouts/French/Portuguese batch (issue 13), on real text: readouts printed with
no-break spaces between titles and names, a pronoun or "a mesma delegação" standing for the visitor named
before, exchanges still to come ("va rencontrer", "sera reçu"), a list of people met that goes on unnamed, a whole
pinyin name that begins like a known one, "met today" beside a date still to come.
Readouts are read by id from ``../shared``; pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from pathlib import Path

import pytest
from latin_helpers import by_name, events

from liaison.model.types import EventFrame
from liaison.normalise.layout import plain_spaces
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import readout_events as _readouts


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def test_no_break_spaces_are_spaces_of_the_same_length() -> None:
    text = "Commander INDOPACOM\u00a0Lieutenant General\u00a0Stephen Sklenka\u202fand"
    plain = plain_spaces(text)
    assert len(plain) == len(text) and "\u00a0" not in plain and "\u202f" not in plain
    assert "General Stephen Sklenka and" in plain


def test_readout_with_no_break_spaces_keeps_the_prime_minister_met(shared: Path) -> None:
    # "Deputy Commander INDOPACOM\xa0Lieutenant General\xa0Stephen Sklenka , and ... visited Honiara ...
    # The delegation met for ninety minutes with Prime Minister Manasseh Sogavare"
    (found,) = _readouts(shared, "whb-00396").values()
    met = [e for e in found if "Manasseh Sogavare" in _names(e)]
    assert met and {"Kurt Campbell", "Stephen Sklenka"} <= _names(met[0])
    assert met[0].kind == "meeting"


def test_met_today_is_dated_today_beside_a_date_still_to_come(shared: Path) -> None:
    # "Ahead of Guatemala's presidential runoff election on August 20, ... met today with Foreign Minister"
    (found,) = _readouts(shared, "whb-00878").values()
    (event,) = found
    assert event.date is not None and event.date.iso == "2023-08-11"


def test_french_pronoun_subject_of_a_passive_is_the_visitor_named_before() -> None:
    # "... à l'occasion de la visite au Gabon du ministre chinois ..., Qin Gang. Récemment nommé ..., Qin Gang
    # a entamé sa tournée ... Au Gabon, il a été reçu en audience par le chef de l'Etat gabonais, Ali Bongo Ondimba."
    (event,) = _page("web-fr-038")
    assert _names(event) == {"Qin Gang", "Ali Bongo Ondimba"}


def test_portuguese_same_delegation_received_by_a_host_is_the_delegation_named_before() -> None:
    # "... um encontro de cortesia entre o Secretário-geral da Frelimo, Roque Silva, e ..., Tran Voung."
    # "A mesma delegação do partido comunista do Vietname, foi recebida em audiência ... pelo Primeiro-Ministro"
    found = _page("web-pt-038")
    assert frozenset({"Tran Voung", "Carlos Agostinho do Rosário"}) in {frozenset(_names(e)) for e in found}
    assert not any({"Roque Silva", "Carlos Agostinho do Rosário"} <= _names(e) for e in found)


def test_a_pinyin_name_beginning_like_a_known_one_is_not_cut() -> None:
    # "l'ambassadeur de Chine en fin de mission diplomatique au Cameroun Wang Yingyu" is not Wang Yi
    (event,) = _page("web-fr-045")
    assert "Wang Yingyu" in _names(event) and "Wang Yi" not in _names(event)
    (ours,) = events("Le président du Sénat, Marcel Niat Njifenji, a reçu l'ambassadeur Wang Yimin, le 3 juin.", "fr")
    assert set(by_name(ours)) == {"Marcel Niat Njifenji", "Wang Yimin"}


@pytest.mark.parametrize(("text", "language"), [
    ("Le président sénégalais, Macky Sall, sera reçu jeudi par le président chinois, Xi Jinping.", "fr"),
    ("Le président sénégalais, Macky Sall, va rencontrer jeudi à Pékin le président chinois, Xi Jinping.", "fr"),
])
def test_an_exchange_still_to_come_is_no_event(text: str, language: str) -> None:
    assert events(text, language) == ()


def test_a_reported_passive_is_still_an_event() -> None:
    (event,) = events(
        "O Presidente português, Marcelo Rebelo de Sousa, foi recebido ontem pelo Presidente chinês, Xi Jinping.", "pt"
    )
    assert set(by_name(event)) == {"Marcelo Rebelo de Sousa", "Xi Jinping"}


@pytest.mark.parametrize(("text", "language"), [
    ("Além do seminário na terça, a presidente do PT, Gleisi Hoffmann, teve um encontro nesta quarta com Li Xi, "
     "membro do Comitê Permanente.", "pt"),
    ("Besides the seminar on Tuesday, PT president Gleisi Hoffmann met on Wednesday with Li Xi, a member of the "
     "Standing Committee.", "en"),
])
def test_a_cue_set_aside_by_the_sentence_leaves_the_kind_to_its_own_act(text: str, language: str) -> None:
    (event,) = events(text, language, "2024-04-10")
    assert event.kind == "meeting"
    assert set(by_name(event)) == {"Gleisi Hoffmann", "Li Xi"}


def test_a_trip_list_of_people_met_that_goes_on_unnamed_is_one_meeting_each(shared: Path) -> None:
    # "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo, Minister of Foreign Affairs Geoffrey
    # Onyeama, and other senior Nigerian officials." "In Equatorial Guinea, Mr. Finer met with ..."
    # (the companions named before, "He was joined by ... Dana Banks and ... Michael Gonzales", attend each)
    (found,) = _readouts(shared, "whb-00235").values()
    met = {frozenset(p.person.native for p in e.participants if p.lead) for e in found}
    assert frozenset({"Jon Finer", "Yemi Osinbajo"}) in met and frozenset({"Jon Finer", "Geoffrey Onyeama"}) in met
    assert len(found) == 7
    assert all({"Dana Banks", "Michael Gonzales"} <= set(_names(e)) for e in found)


def test_two_people_met_without_more_stay_one_meeting() -> None:
    (event,) = events(
        "President Joseph R. Biden, Jr. met today with President Guy Parmelin and Foreign Minister Ignazio Cassis "
        "of Switzerland.", "en", "2021-06-15",
    )
    assert set(by_name(event)) == {"Joseph R. Biden, Jr.", "Guy Parmelin", "Ignazio Cassis"}
