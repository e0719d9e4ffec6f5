"""Constructions of the Portuguese and French batch of issue 13 (web-pt-079…085, web-fr-109…117), on restated
real pages of ``quality/real-dev``: a delegation's make-up told after its head ("a delegação do PCP, dirigida por
A e integrada por B e C, ..., foi recebida por D": B and C go with A, no meetings of their own); a king named by
his regnal number ("Charles III", "Carlos III", "Felipe VI"); congratulations told by the French verb ("a
félicité ... pour"); an exchange announced in the French simple future ("fera une visite", "se rendra ... pour
une visite") or by a word of one in an announcement ("A l'invitation de son homologue chinois, ... effectuera une
visite d'Etat"), which gives no event."""

from __future__ import annotations

import pytest

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from tests.extract.latin_helpers import by_name, events
from tests.extract.real_dev_pages import page_events


def test_members_named_after_the_head_go_with_the_head() -> None:
    # the construction of an Avante! report ("a delegação do PCP, dirigida por A e integrada por B e C, membros do
    # Secretariado do Comité Central, foi recebida por D"), written anew with other people
    text = ("A delegação do PCP, dirigida por Paulo Raimundo e integrada por Vasco Cardoso e Margarida Botelho, "
            "membros da Comissão Política, foi recebida por Liu Jianchao, chefe do Departamento Internacional do "
            "Comité Central do Partido Comunista da China.")
    (ev,) = events(text, "pt")
    people = by_name(ev)
    assert people["Paulo Raimundo"].lead and people["Liu Jianchao"].lead
    for member in ("Vasco Cardoso", "Margarida Botelho"):
        assert not people[member].lead
        assert people[member].person.country == "PT"


def test_members_take_the_head_s_side_not_the_host_s() -> None:
    text = ("La délégation du PCF, conduite par Fabien Roussel et composée de Pierre Laurent et Vincent Boulet, a été "
            "reçue à Pékin par Liu Jianchao, chef du Département international du Comité central du Parti communiste "
            "chinois.")
    (ev,) = events(text, "fr")
    people = by_name(ev)
    assert {n for n, p in people.items() if p.lead} == {"Fabien Roussel", "Liu Jianchao"}
    assert people["Pierre Laurent"].person.country == people["Vincent Boulet"].person.country == "FR"


@pytest.mark.parametrize(("doc_id", "king"), [
    ("web-fr-114", "Charles III"),  # "Xi Jinping a félicité ce dimanche 11 septembre Charles III pour son accession"
    ("web-es-055", "Carlos III"),
])
def test_a_king_named_by_his_regnal_number_is_a_participant(doc_id: str, king: str) -> None:
    (ev,) = [e for e in page_events(doc_id) if e.kind == "message"]
    assert {"Xi Jinping", king} <= set(by_name(ev))


def test_a_number_alone_or_a_phase_is_no_king() -> None:
    assert not events("Le président a reçu II délégations hier.", "fr")


@pytest.mark.parametrize("sentence", [
    "Le président français Emmanuel Macron fera une visite d'Etat en Chine du 5 au 7 avril.",
    "M. Wang se rendra au Gabon pour une visite officielle.",
])
def test_the_french_simple_future_tells_an_exchange_to_come(sentence: str) -> None:
    assert find_kind(sentence, FRENCH) is None


def test_a_relative_clause_in_the_future_leaves_the_act_held() -> None:
    assert find_kind("Le président, qui se rendra demain à Pékin, a reçu son homologue.", FRENCH) is not None


def test_an_announced_state_visit_is_no_event() -> None:
    # "A l'invitation de son homologue chinois Xi Jinping, le président français Emmanuel Macron effectuera une
    # visite d'Etat en Chine du 5 au 7 avril, a annoncé lundi ... Hua Chunying": the exchange word is the
    # announcement's
    assert page_events("web-fr-110") == ()


def test_talks_with_some_of_a_group_are_held_one_by_one_by_the_delegation_head() -> None:
    # "Morales, à la tête d'une délégation, a entamé le 27 avril une visite en Chine ..." then "Le dirigeant s'est
    # entretenu avec de hauts responsables tels que le premier ministre Li Qiang, ..., et Wang Yi, ...": the
    # subject is the head told after his name, not the president quoted first; one exchange per person met
    talks = [e for e in page_events("web-fr-053") if e.kind == "talks"]
    met = [set(by_name(e)) - {"Roberto Morales"} for e in talks]
    assert all("Roberto Morales" in by_name(e) for e in talks)
    assert {"Li Qiang"} in met and {"Wang Yi"} in met
    assert all("Miguel Díaz-Canel" not in by_name(e) for e in talks)


def test_meetings_scheduled_are_still_to_come() -> None:
    # "Em vez de procurar os comunistas brasileiros, marcou reuniões com emedebistas. Tem encontro com o presidente
    # Michel Temer no Planalto e com o presidente do MDB, o senador Romero Jucá": no meeting of two Brazilians
    assert all("Michel Temer" not in by_name(e) for e in page_events("web-pt-059"))


def test_a_seminar_named_as_the_occasion_is_not_the_act() -> None:
    # "O seminário será realizado de 8 a 20 de abril." (still to come) and "Para celebrar a realização do VII
    # Seminário Teórico PCCh-PT, o embaixador da China no Brasil, Zhu Qingqiao, recebeu para um almoço em sua
    # residência a presidenta Gleisi Hoffmann": a meeting of the ambassador and the PT's president
    (ev,) = page_events("web-pt-081")
    assert ev.kind == "meeting"
    assert {"Zhu Qingqiao", "Gleisi Hoffmann"} <= set(by_name(ev))


@pytest.mark.parametrize(("sentence", "language"), [
    ("Xi Jinping a, au nom du gouvernement et du peuple chinois, adressé à son homologue Alpha Condé et, par "
     "son intermédiaire, au gouvernement et au peuple de Guinée, une lettre où il le remercie", "fr"),
    ("O presidente chinês, Xi Jinping, felicitou nesta segunda-feira o presidente Luiz Inácio Lula da Silva "
     "pela reeleição.", "pt"),
])
def test_messages_told_by_their_verb(sentence: str, language: str) -> None:
    (ev,) = events(sentence, language)
    assert ev.kind == "message"


def test_a_newspaper_s_name_is_no_person() -> None:
    # "Enrecevant la délégation du journal Nhan Dan, le secrétaire général duPCP, Jeronimo de Sousa, a ..."
    assert all("Nhan Dan" not in by_name(e) for e in page_events("web-fr-117"))


@pytest.mark.parametrize(("doc_id", "visitor"), [
    ("web-pt-059", "Yang Xiaodu"),  # "Yang Xiaodu está em viagem ao Brasil"
    # "Une délégation du Parti communiste du Vietnam, conduite par Trân Dac Loi, ..., a participé entre le 23 et le
    # 28 de ce mois au 10è congrès national du parti du front de libération du Mozambique Frelimo"
    ("web-fr-060", "Trân Dac Loi"),
])
def test_a_trip_under_way_or_a_foreign_congress_attended_is_a_visit(doc_id: str, visitor: str) -> None:
    (ev,) = page_events(doc_id)
    assert ev.kind == "visit" and by_name(ev)[visitor].lead
