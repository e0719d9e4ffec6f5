"""Constructions of the twentieth French batch (issue 13, the further events of multi-event pages), on real text:
counterparts each brought in by their own country in one list after a cue ("s'est aussi entretenu avec ses
homologues du Congo, A, de la Guinée Equatoriale, B ainsi que le Premier ministre de Lettonie, C"; "ses homologues
serbe, A, égyptien, B, et turkmène C"): each person's country is the one written before their name, not a title of
the name before, and each is met in an exchange of their own; and an exchange told as denied ("n'a pas été reçu par
A ni par B") is none. Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from tests.extract.real_dev_pages import names_in, seats, sentence_events
from tests.extract.real_dev_pages import page_events as _page

SUMMIT = (
    "Le président Boni Yayi a reçu à Bruxelles Carl Bildt, ministre des Affaires étrangères du Royaume de Suède.\n"
    "Le président de la République s'est aussi entretenu avec ses homologues du Congo, Dénis Sassou Nguesso, de la "
    "Guinée Equatoriale, Obiang Nguema Mbasogo ainsi que le Premier ministre de la République de Lettonie, Laimdota "
    "Straujuma."
)


def test_counterparts_each_brought_in_by_their_country_are_met_one_by_one() -> None:
    # aCotonou, the EU-Africa summit: one exchange with each homologue listed, each of the country before the name
    for blind in (False, True):
        events = sentence_events(SUMMIT, "2014-04-03", "fr", blind=blind)
        talks = [e for e in events if e.kind == "talks"]
        assert [sorted(names_in(e) - {"Boni Yayi"}) for e in talks] == [
            ["Dénis Sassou Nguesso"], ["Obiang Nguema Mbasogo"], ["Laimdota Straujuma"]
        ]
        sides = {n: s for e in talks for n, (s, _) in seats(e).items()}
        assert sides["Dénis Sassou Nguesso"] == "CG" and sides["Obiang Nguema Mbasogo"] == "GQ"
        assert blind or sides["Boni Yayi"] == "BJ"  # the people table knows him; a blind reading names no country


def test_counterparts_brought_in_by_their_country_s_adjective() -> None:
    # Sputnik-style line: "ses homologues serbe, A, égyptien, B, kazakh, C, et turkmène D" (no comma before the last)
    text = ("Le président chinois Xi Jinping s'est entretenu samedi à Pékin avec ses homologues serbe, Aleksandar "
            "Vucic, égyptien, Abdel Fattah Al-Sissi, et turkmène Gourbangouly Berdymoukhamedov.")
    events = sentence_events(text, "2022-02-05", "fr", blind=True)
    met = {n: s for e in events for n, (s, _) in seats(e).items() if n != "Xi Jinping"}
    assert met == {"Aleksandar Vucic": "RS", "Abdel Fattah Al-Sissi": "EG", "Gourbangouly Berdymoukhamedov": "TM"}
    assert len(events) == 3


def test_counterparts_of_one_country_or_none_stay_one_exchange() -> None:
    # no country before each name: "avec ses homologues A et B" is one exchange, as before
    text = ("Le président Boni Yayi s'est entretenu à Bruxelles avec le président congolais Dénis Sassou Nguesso et le "
            "Premier ministre letton Laimdota Straujuma.")
    events = sentence_events(text, "2014-04-03", "fr", blind=True)
    assert len(events) == 1
    # a place set off before a name is no country of the list
    (event,) = sentence_events("A Pékin, Xi Jinping a rencontré son homologue serbe Aleksandar Vucic.", "2022-02-05",
                               "fr")
    assert seats(event)["Xi Jinping"][0] == "CN" and seats(event)["Aleksandar Vucic"][0] == "RS"


def test_a_denied_exchange_is_none() -> None:
    # vn-lrds blog: "Roussel n'a pas été reçu par le secrétaire général ... Nguyễn Phú Trọng ... ni par la présidente
    # de l'assemblée nationale Nguyễn Thị Kim Ngân" then "A Hanoi, il a été poliment reçu par M. Phạm Minh Chính"
    events = _page("web-fr-2007")
    met = set().union(*(names_in(e) for e in events))
    assert "Phạm Minh Chính" in met
    assert not met & {"Nguyễn Phú Trọng", "Nguyễn Thị Kim Ngân"}
    assert find_kind("Le camarade Roussel n'a pas été reçu par le secrétaire général.", FRENCH) is None
    assert find_kind("Le ministre ne s'est pas entretenu avec son homologue.", FRENCH) is None
    assert find_kind("Il a été reçu par le secrétaire général, qui n'a pas caché sa joie.", FRENCH) is not None


def test_real_pages_give_each_homologue_an_exchange() -> None:
    # the aCotonou page: Bildt received, then talks with the homologues of the Congo and Equatorial Guinea and the
    # Latvian Prime Minister, one each
    events = _page("web-fr-2002")
    met = ("Carl Bildt", "Dénis Sassou Nguesso", "Obiang Nguema Mbasogo", "Laimdota Straujuma")
    for name in met:
        (event,) = [e for e in events if name in names_in(e)]
        assert "Boni Yayi" in names_in(event) and not names_in(event) & (set(met) - {name})


def test_a_subject_written_as_a_post_is_the_principal_holding_it() -> None:
    # Djazairess (APS): the secretary of state's meetings with three ministers, then "La secrétaire d'Etat a
    # également eu des entretiens avec Mme Cristina Duarte, ..., et Mme Martha Ama Akyaa Pobee, ...": she, not the
    # last minister she met, holds those talks
    text = (
        "La secrétaire d'Etat auprès du ministre des Affaires étrangères, chargée des Affaires africaines, Mme Bakhta "
        "Selma Mansouri, a eu, mardi, en marge d'un débat public de haut niveau du Conseil de "
        "sécurité auquel elle prenait part, plusieurs rencontres bilatérales avec des chefs de délégation "
        "venus à ce débat. "
        "Mme Mansouri a tenu des rencontres avec M. Ahmed Maalim Faqi, ministre des Affaires étrangères de la "
        "Somalie, M. Jeje Odongo Abubakher, ministre des Affaires étrangères de l'Ouganda, ainsi que Mme Francess "
        "Piagie Alghali, vice-ministre des Affaires étrangères de la Sierra Leone. La secrétaire d'Etat a également "
        "eu des entretiens avec Mme Cristina Duarte, Conseillère spéciale de l'ONU pour l'Afrique, et Mme Martha Ama "
        "Akyaa Pobee, sous-Secrétaire générale pour l'Afrique, avec lesquelles elle a parlé d'un partenariat "
        "plus étroit entre l'Algérie et l'ONU."
    )
    for blind in (False, True):
        events = sentence_events(text, "2024-10-10", "fr", blind=blind)
        with_un = [e for e in events if names_in(e) & {"Cristina Duarte", "Martha Ama Akyaa Pobee"}]
        assert with_un and all("Bakhta Selma Mansouri" in names_in(e) for e in with_un)
        assert not any("Ahmed Maalim Faqi" in names_in(e) for e in with_un)
