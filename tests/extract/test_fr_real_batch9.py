"""Constructions of the ninth French batch (issue 13), on real text: the French names of the field's nationalities
("le Premier ministre mauritanien"), Cambodian honorific titles before a name ("Samdech Akka Moha Sena Padei Techo
Hun Sèn") and a dinner given in a guest's honour ("a offert, vendredi à Rabat, un dîner en l'honneur de"). Pages
are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.real_dev_pages import page_event_with as _with
from tests.extract.real_dev_pages import page_events as _page


def test_a_nationality_word_gives_the_side_and_the_next_call_of_the_visit() -> None:
    # "Li Changchun a ensuite eu une séance de travail avec le Premier ministre mauritanien, Zeina Ould Zeidane"
    # then "M. Li a rendu une visite de courtoisie au président mauritanien Sidi Ould Cheikh Abdallahi"
    first = _with("web-fr-075", "Li Changchun", "Zeina Ould Zeidane")
    second = _with("web-fr-075", "Li Changchun", "Sidi Ould Cheikh Abdallahi")
    assert first is not second
    assert {p.person.native: p.side for p in second.participants}["Sidi Ould Cheikh Abdallahi"] == "MR"


def test_cambodian_honorifics_are_no_part_of_the_name() -> None:
    # "Le Premier ministre Samdech Akka Moha Sena Padei Techo Hun Sèn s'est entretenu ce matin avec le conseiller
    # d'Etat chinois, Yang Jiechi"
    event = _with("web-fr-080", "Hun Sèn", "Yang Jiechi")
    assert event.date is not None and event.date.iso == "2017-04-28"


def test_a_dinner_in_a_guests_honour_is_a_meeting() -> None:
    # "Sa Majesté le Roi Mohammed VI a offert, vendredi à Rabat, un dîner en l'honneur du président du Comité
    # Permanent de l'Assemblée Populaire Nationale ..., Zhao Leji ..., présidé par le Chef du gouvernement,
    # Aziz Akhannouch"
    assert _with("web-fr-088", "Zhao Leji", "Aziz Akhannouch").kind == "meeting"
    # the banquet of the language file's first example stays one
    assert _with("web-fr-024", "Thongloun Sisoulith", "To Lam").kind == "meeting"


def test_a_weekday_after_a_dateline_with_a_comma_before_the_agency_counts_from_the_dateline() -> None:
    # "La Havane, 3 avril, (RHC).- Salvador Valdés Mesa ... a reçu ce mardi à La Havane, Shao Hong" (3 April 2019 was
    # a Wednesday); Radio Havane Cuba's French pages all open so ("La Havane, 17 avril, (RHC).-", web-fr-044)
    event = _with("web-fr-073", "Salvador Valdés Mesa", "Shao Hong")
    assert event.date is not None and event.date.iso == "2019-04-02"


def test_an_exchange_told_without_a_verb_of_meeting_is_found_by_the_article_tier() -> None:
    # "An Qing, qui a échangé le 14 novembre à Brazzaville avec le secrétaire général du PCT, Pierre Moussa", the page
    # speaking later of heads of state and "son homologue chinois" (Les Dépêches de Brazzaville); a page whose lead
    # is cut, "Pendant la réception, le chef de la Commission lao des relations extérieures, Somdy Bounkhoun, a
    # affirmé ... L'ambassadeur Nguyen Ba Hung" (VietnamPlus)
    _with("web-fr-065", "An Qing", "Pierre Moussa")
    _with("web-fr-068", "Somdy Bounkhoun", "Nguyen Ba Hung")


def _parties(event: EventFrame) -> set[str]:
    return {p.name for p in event.parties}


def test_francophone_ruling_parties_named_in_french_are_known() -> None:
    # "le parti au pouvoir burkinabè, le Mouvement du peuple pour le progrès (MPP)" (RTB): not the Mongolian People's
    # Party, whose abbreviation the page's own "(MPP)" shares; "Le président du Rassemblement national des
    # indépendants (RNI), Aziz Akhannouch, s'est entretenu ... avec Li Shulei" (Yabiladi)
    assert "People's Movement for Progress" in _parties(_with("web-fr-084", "Yezhon Guo", "Simon Compaoré"))
    assert "Mongolian People's Party" not in _parties(_with("web-fr-084", "Yezhon Guo", "Simon Compaoré"))
    assert "National Rally of Independents" in _parties(_with("web-fr-081", "Aziz Akhannouch", "Li Shulei"))


def test_the_new_year_is_no_person() -> None:
    # "pour le message de félicitations que ce dernier lui avait envoyé pour la célébration du Nouvel An Chinois"
    names = {p.person.native for e in _page("web-fr-079") for p in e.participants}
    assert "Xi Jinping" in names and not any("Nouvel" in n for n in names)
