"""Constructions of the sixteenth French batch (issue 13), on real text: meetings told by a noun between two people
named ("les échanges entre Yvette Sylla ... et Wang Yi"), the two sides as one subject ("se sont rencontrés"), a
guest welcomed on arrival abroad ("ont été accueillis à l'aéroport ... par"; greeters listed met as one), a passive
with an adverb before "été" ("ont notamment été reçus par"), a stay told by its verb ("a séjourné à Beijing"),
attendees "étaient aussi présents", and a name inside an airport's ("l'aéroport militaire Léopold Sédar Senghor").
Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE
from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from tests.extract.real_dev_pages import page_event_with as _with
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats


def test_a_meeting_told_by_a_noun_between_two_people_named() -> None:
    # "Tel est le fil conducteur des échanges entre Yvette Sylla, ministre des Affaires étrangères, et Wang Yi,
    # directeur du Bureau ..., à Beijing, le 30 juin." (L'Express de Madagascar)
    event = _with("web-fr-1616", "Yvette Sylla", "Wang Yi")
    assert event.kind == "meeting" and event.date is not None and event.date.iso == "2023-06-30"
    # "Le blocus au centre de la rencontre entre Fabien Roussel et Miguel Diaz-Canel" (l'Humanité)
    assert _with("web-fr-1609", "Miguel Diaz-Canel").kind == "meeting"


def test_exchanges_between_two_countries_are_no_meeting_cue() -> None:
    # "Prenant la parole au nom de ses collègues séminaristes, Mme Aminata Adrou (Togo) a plaidé pour davantage
    # d'échanges entre la Chine et l'Afrique" (ACAP): no meeting told, unlike a name right after "entre"
    plea = "Mme Aminata Adrou (Togo) a plaidé pour davantage d'échanges entre la Chine et l'Afrique."
    assert find_kind(plea, FRENCH) is None
    assert find_kind("Les échanges entre Pékin et Lomé se développent.", FRENCH) is None
    cue = find_kind("Pour revenir au tête-à-tête entre Yvette Sylla et Wang Yi, à Beijing.", FRENCH)
    assert cue is not None and cue.kind == "meeting"


def test_a_guest_welcomed_on_arrival_abroad_by_the_head_of_state_is_visited() -> None:
    # "Le président chinois et son épouse ont été accueillis à l'aéroport militaire Léopold Sédar Senghor par le chef
    # de l'Etat sénégalais Macky Sall et la Première Dame Marième Faye Sall." (APS): the airport's name is no person
    event = _with("web-fr-1602", "Xi Jinping", "Macky Sall")
    assert event.kind == "visit" and seats(event)["Macky Sall"] == ("SN", True)
    assert "Léopold Sédar Senghor" not in seats(event)


def test_greeters_listed_on_arrival_meet_the_guest_as_one() -> None:
    # "Le chef de l'État Patrice TALON est arrivé sur le sol chinois ce jeudi 31 août 2023. Il a été accueilli à sa
    # descente d'avion par Deng LI, vice-ministre ..., Ping JINGTAO, ambassadeur de Chine au Bénin et Simon-Pierre
    # ADOVELANDÉ, ambassadeur du Bénin en Chine."
    events = _page("web-fr-105")
    assert len(events) == 1
    assert {"Patrice TALON", "Deng LI", "Ping JINGTAO", "Simon-Pierre ADOVELANDÉ"} <= set(seats(events[0]))
    assert seats(events[0])["Patrice TALON"] == ("BJ", True)


def test_a_passive_reception_with_an_adverb_before_ete() -> None:
    # "Les Français ont notamment été reçus par José Ramon Machado Ventura, deuxième secrétaire du comité central du
    # Parti communiste de Cuba."
    event = _with("web-fr-1610", "Pierre Laurent", "José Ramon Machado Ventura")
    assert event.kind == "meeting"


def test_attendees_told_present_too() -> None:
    # "José Ramón Balaguer, ... chef du département des relations internationales du PCC, et Lydia Samarbakhsh,
    # responsable des relations internationales du PCF, étaient aussi présents."
    event = _with("web-fr-1608", "José Ramón Machado Ventura", "Pierre Laurent")
    assert seats(event)["José Ramón Balaguer"] == ("CU", False)
    assert seats(event)["Lydia Samarbakhsh"][1] is False


def test_a_stay_told_by_its_verb_is_a_visit() -> None:
    # "une délégation du Bureau Exécutif National (BEN) du MPP a séjourné à Beijing (Pékin) du 7 au 14 octobre 2018"
    event = _with("web-fr-1614", "Simon Compaoré", "Basile Guissou")
    assert event.kind == "visit" and event.date is not None and event.date.iso == "2018-10"
    # "une délégation du Parti communiste chinois (PCC), conduite par le vice-ministre du département international,
    # Yezhou Guo, séjourne du 6 au 8 mars au Burkina"
    assert _with("web-fr-1615", "Yezhou Guo").kind == "visit"


def test_a_stay_noun_alone_is_no_visit_cue() -> None:
    # "ajoutant que son regard sur la Chine avait profondément changé après une semaine seulement de séjour" (ACAP)
    assert find_kind("Son regard sur la Chine avait changé après une semaine seulement de séjour.", FRENCH) is None


def test_a_host_countrys_top_offices_are_called_on_one_by_one() -> None:
    # "Elle a rencontré le président de l'Assemblée nationale du Nicaragua, le docteur Gustavo Porras Cortés, et le
    # ministre des Relations extérieures, Denis Moncada." (VNA): two offices, two meetings; "le docteur" between the
    # title's comma and the name leaves the title bound to it
    porras = _with("web-fr-405", "Phan Dinh Trac", "Gustavo Porras Cortés")
    moncada = _with("web-fr-405", "Phan Dinh Trac", "Denis Moncada")
    assert porras is not moncada
    assert seats(porras)["Gustavo Porras Cortés"] == ("NI", True)


def test_an_honorific_after_an_article_keeps_the_title_before_it() -> None:
    # "Elle a été accueillie à l'aéroport international par le Président par intérim du MPP, le Camarade Simon
    # Compaoré, entouré de plusieurs membres de la direction politique nationale du Parti."
    event = _with("web-fr-1613", "Yezhou GUO", "Simon Compaoré")
    assert seats(event)["Simon Compaoré"][0] == "BF"


def test_a_delegation_on_a_mission_or_found_abroad_is_a_visit() -> None:
    for stay in ("se trouve à Abidjan depuis lundi", "est en mission en Côte d'Ivoire depuis lundi"):
        cue = find_kind(f"Une délégation du PCC conduite par Li Ming, vice-ministre chinois, {stay}.", FRENCH)
        assert cue is not None and cue.kind == "visit", stay
    assert find_kind("La délégation se trouve dans une situation difficile.", FRENCH) is None


def test_a_stay_verb_reads_a_visit_the_last_resort_used_to_give() -> None:
    # "Une importante délégation du Parti communiste chinois (PCC) a séjourné cette semaine à Bujumbura ..., a-t-on
    # appris dimanche d'une source proche de cette ancienne principale rébellion du pays, aujourd'hui au pouvoir. La
    # délégation était conduite par He Yong" (PANA): a kind cue now, "cette semaine" keeps the month and "aujourd'hui
    # au pouvoir" (nowadays) is no date
    (stay,) = _page("web-fr-056")
    assert stay.kind == "visit" and stay.confidence > ARTICLE_CONFIDENCE
    assert stay.date is not None and stay.date.iso == "2008-09"
    assert ("He Yong", "CN") in {(p.person.native, p.side) for p in stay.participants if p.lead}
