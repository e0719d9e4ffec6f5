"""Constructions of the eighth French/Portuguese batch (issue 13), on real text: how French dates are read
(a dateline with a comma before its agency, a day told beside a stay of several days, an anniversary's
"(22 mars 1955-2015)", the remarks of the sentence before placed at a meeting), people who accompany a host
("accompagnée des ...") and a Portuguese "encontro ... entre A e B". Pages are the restatements in
``quality/real-dev``."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_events as _page


def _names(event: EventFrame) -> set[str]:
    return {p.person.native for p in event.participants}


def _with(doc_id: str, *names: str) -> EventFrame:
    found = [e for e in _page(doc_id) if set(names) <= _names(e)]
    assert found, f"no event of {doc_id} names {names}"
    return found[0]


def _date(event: EventFrame) -> str | None:
    return event.date.iso if event.date is not None else None


def test_a_weekday_after_a_dateline_with_a_comma_counts_from_the_dateline() -> None:
    # "La Havane, 3 avril, (RHC).- Salvador Valdés Mesa ... a reçu ce mardi à La Havane, Shao Hong"
    # (3 April 2019 was a Wednesday): the dateline is no date of the meeting's sentence
    assert _date(_with("web-fr-073", "Salvador Valdés Mesa", "Shao Hong")) == "2019-04-02"


def test_a_day_told_beside_a_stay_keeps_its_day() -> None:
    # "a reçu mardi 20 mai à Hanoï ..., Nomvula Mokonyane, qui effectue du 17 au 22 mai une visite de travail"
    assert _date(_with("web-fr-033", "Tô Lâm", "Nomvula Mokonyane")) == "2025-05-20"


def test_a_day_within_a_stay_is_still_kept_to_its_month() -> None:
    # "... était en visite en Chine du ... au ...": the seventh batch's chronicle keeps such stays to the month
    dated = {_date(e) for e in _page("web-fr-036")}
    assert "2011-07" in dated  # "Du 2 au 16 juillet, He Guoqiang ... a rencontré ..."


def test_an_anniversary_bracket_gives_the_later_year() -> None:
    # "a envoyé le 22 mars une corbeille de fleurs ... (22 mars 1955-2015)": 2015, not 1955
    assert _date(_with("web-fr-069", "Nguyen Xuan Phuc")) == "2015-03-22"


def test_remarks_placed_at_a_meeting_take_the_date_of_the_sentence_before() -> None:
    # "Le vice-président chinois Xi Jinping s'est engagé le 30 août à ... Xi Jinping ... a tenu ces propos lors
    # de sa rencontre avec José Ramon Balaguer" (page of 31 August 2011)
    assert _date(_with("web-fr-055", "Xi Jinping", "José Ramon Balaguer")) == "2011-08-30"


def test_people_accompanying_the_host_are_no_leads() -> None:
    # "la Secrétaire Générale du RDR, Kandia Camara, accompagnée des Secrétaires Généraux Délégués, Bandama
    # Maurice et Touré Mamadou ; a reçu en audience Qian Lixia"
    event = _with("web-fr-072", "Kandia Camara", "Qian Lixia")
    leads = {p.person.native: p.lead for p in event.participants}
    assert leads["Kandia Camara"] and leads["Qian Lixia"]
    assert leads.get("Bandama Maurice") is False and leads.get("Touré Mamadou") is False


def test_a_courtesy_meeting_between_two_named_people_is_a_meeting() -> None:
    # "O desejo foi manifestado em Maputo durante um encontro de cortesia entre o Secretário-geral da Frelimo,
    # Roque Silva, e o membro do secretariado-geral do partido comunista do Vietnam, Tran Voung."
    assert _with("web-pt-038", "Roque Silva").kind == "meeting"


def test_a_meeting_told_only_by_its_setting_is_found() -> None:
    # a page whose lead is cut: "Pendant la réception, le chef de la Commission lao des relations extérieures,
    # Somdy Bounkhoun, a affirmé ... L'ambassadeur Nguyen Ba Hung s'est dit convaincu ..."
    assert _with("web-fr-068", "Somdy Bounkhoun", "Nguyen Ba Hung").kind == "meeting"


def test_an_ambassador_named_by_his_title_alone_is_his_governments_envoy() -> None:
    # "L'ambassadeur Nguyen Ba Hung" on the Vietnamese side: the Government of Vietnam, as the gold codes envoys
    event = _with("web-fr-068", "Nguyen Ba Hung")
    (envoy,) = [p for p in event.participants if p.person.native == "Nguyen Ba Hung"]
    assert envoy.person.organization is not None and envoy.person.organization.name == "Government of Vietnam"
