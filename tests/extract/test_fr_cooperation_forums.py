"""A cooperation forum's name is no seminar (issue 13, fr15): the Forum on China-Africa Cooperation, as French
African and Chinese outlets write it ("le sommet du Forum sur la coopération sino-africaine (FOCAC)", "en prélude au
4ème sommet du Forum de coopération sino-africain", "les résultats du Forum sur la Coopération sino-africaine de
Johannesburg"), names a standing mechanism whose summits are told around other exchanges: not the kind cue of a
seminar, and its words name no person ("Coopération Sino-Africaine"). A forum held for the guests stays a seminar
("Lors d'un forum international organisé à cette occasion"), and so is a conference a delegation takes part in ("a
participé le jeudi 19 septembre 2024 à une conférence de grande importance"; not a press conference). Real pages
of several outlets (AIP, Afrikexpress, Dakaractu, Burundi Forum), read from quality/real-dev."""

from __future__ import annotations

import pytest

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from tests.extract.real_dev_pages import page_events


@pytest.mark.parametrize("sentence", [
    "La directrice centrale de l'Agence ivoirienne de presse (AIP), Mme Barry Oumou, a affirmé lors d'une conférence "
    "de presse consacrée au sommet du Forum sur la coopération sino-africaine (FOCAC), tenu du 04 au 06 septembre 2024 "
    "à Beijing, que ce forum avait démontré la solidité des relations entre la Côte d'Ivoire et la Chine",
    "Le président Bassirou Diomaye Faye se rendra en effet en Chine, en prélude au Sommet du Forum de coopération "
    "sino-africain.",
    "une visite destinée à « mettre en œuvre » les résultats du Forum sur la Coopération sino-africaine de "
    "Johannesburg, en décembre 2015.",
    "25 dirigeants de pays africains seront présents au Forum de la coopération Chine-Afrique, qui s'ouvre ce soir",
])
def test_a_cooperation_forum_named_is_no_seminar_cue(sentence: str) -> None:
    cue = find_kind(sentence, FRENCH)
    assert cue is None or cue.kind != "seminar"


@pytest.mark.parametrize("sentence", [
    "Lors d'un forum international organisé à cette occasion, les participants ont traité de la coopération.",
    "Un séminaire sur la gouvernance s'est tenu à Abidjan.",
])
def test_a_forum_held_is_still_a_seminar(sentence: str) -> None:
    cue = find_kind(sentence, FRENCH)
    assert cue is not None and cue.kind == "seminar"


def test_a_press_conference_on_the_forum_tells_no_exchange() -> None:
    # web-fr-1506 (AIP): the agency's director speaks of the FOCAC summit and of an agreement between two agencies
    assert not [e for e in page_events("web-fr-1506") if e.kind == "seminar"]


def test_the_forum_s_words_name_no_person() -> None:
    # web-fr-1507 (Afrikexpress): "la présentation des dix chantiers majeurs du Forum sur la Coopération Sino-Africaine
    # (FOCAC), annoncés par Xi Jinping lors du sommet du FOCAC"
    natives = {p.person.native for e in page_events("web-fr-1507") for p in e.participants}
    assert not any("Coopération" in n for n in natives)


def test_a_visit_implementing_the_forum_s_results_is_no_seminar() -> None:
    # web-fr-057 (Burundi Forum): Li Yuanchao's visit "destinée à mettre en œuvre ... les résultats du Forum sur la
    # Coopération sino-africaine de Johannesburg": talks with Burundi's leaders, no seminar
    assert not [e for e in page_events("web-fr-057") if e.kind == "seminar"]


def test_a_conference_a_delegation_takes_part_in_is_a_seminar() -> None:
    # web-fr-1507 (Afrikexpress): "Une délégation du RHDP, conduite par le directeur de cabinet du secrétaire exécutif
    # dudit parti, le ministre Roger Adom, a participé le jeudi 19 septembre 2024 à une conférence de grande importance"
    seminars = [e for e in page_events("web-fr-1507") if e.kind == "seminar"]
    assert [{p.person.native for p in e.participants} for e in seminars] == [{"Roger Adom"}]
    assert seminars[0].date is not None and seminars[0].date.iso == "2024-09-19"
