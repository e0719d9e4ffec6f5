"""French shapes of real-dev-17 (issue 13, frweb): fresh French web pages of Vietnamese, Chinese, Maghreb, African
and Lebanese outlets. Meetings told in the plural before a list ("lors des réunions avec A; B; et C"), further acts
opened by "Enfin" or told as discussions held ("a également eu des discussions avec"), a further reception set off
by "d'autre part", a meeting named by its two sides ("La rencontre entre A et B"), senders listed after a
participle ("Parmi les dirigeants ayant envoyé leurs félicitations, on peut citer :"), an ordinal in
Roman numerals that is no name ("XXIVe Jeux olympiques"), a participle opening the sentence that is no part of a
name ("Accompagné de A"), and a particle hyphened to a name word ("Abou el-Fadel Baâdji").
Test sentences restate the set's pages (``quality/real-dev-17``) in other words, keeping names, titles and
constructions; one test reads a real-dev page."""

from __future__ import annotations

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.names import is_name_token
from liaison.extract.latin.tokens import tokenize
from tests.extract.real_dev_pages import names_in, seats, sentence_events
from tests.extract.real_dev_pages import page_events as _page


def test_meetings_in_the_plural_before_a_list_are_one_each() -> None:
    # VietnamPlus: a Politburo member's stand told "lors des réunions avec" four Cuban leaders, set off by semicolons
    text = ("La Havane, 8 février (VNA) - C'est ce qu'a souligné Truong Thi Mai, membre du Politburo du PCV et "
            "cheffe de la Commission centrale de la mobilisation des masses, lors des réunions avec le président "
            "de Cuba, Miguel Díaz-Canel Bermúdez; puis le président de l'Assemblée nationale cubaine du pouvoir "
            "populaire, Esteban Lazo Hernández; et le deuxième secrétaire du Parti communiste de Cuba, José "
            "Ramón Machado Ventura.")
    for blind in (False, True):
        events = sentence_events(text, "2020-02-08", "fr", blind=blind)
        assert [e.kind for e in events] == ["meeting"] * 3
        assert [sorted(names_in(e) - {"Truong Thi Mai"}) for e in events] == [
            ["Miguel Díaz-Canel Bermúdez"], ["Esteban Lazo Hernández"], ["José Ramón Machado Ventura"]]
    assert find_kind("Elle l'a dit lors des rencontres avec le président.", FRENCH) is not None


def test_further_acts_opened_by_enfin_or_told_as_discussions() -> None:
    # Hespress: the PPS leader in Brussels talks with one MEP, "a également eu des discussions avec" another, and
    # "Enfin" meets the Belgian PS president: three exchanges, not more counterparts of the first
    text = ("À Bruxelles, le secrétaire général du PPS (Parti du progrès et du socialisme), Mohamed Nabil "
            "Benabdallah, s'est entretenu avec Antonio Benziri, eurodéputé italien. Il a également eu des "
            "discussions avec Elena Valenciano, eurodéputée espagnole de la même Alliance. Enfin, Nabil Benabdallah "
            "a rencontré Elio Di Rupo, président du PS francophone de Belgique.")
    events = sentence_events(text, "2016-03-14", "fr")
    met = [sorted(names_in(e) - {"Mohamed Nabil Benabdallah", "Nabil Benabdallah"}) for e in events]
    assert met == [["Antonio Benziri"], ["Elena Valenciano"], ["Elio Di Rupo"]]
    assert find_kind("Il a eu des discussions sur le budget.", FRENCH) is None  # discussions about, not with


def test_a_further_reception_set_off_by_d_autre_part() -> None:
    # L'Orient-Le Jour: the head of government's day of audiences, "a d'autre part reçu" another diplomat
    text = ("Le Premier ministre libanais Rafic Hariri a reçu hier le nouvel ambassadeur de Grèce, Nikolaos "
            "Vanvounakis. Le Premier ministre a d'autre part reçu l'ambassadrice de Belgique, Françoise Gustin.")
    events = sentence_events(text, "2004-02-19", "fr")
    assert [sorted(names_in(e)) for e in events] == [
        ["Nikolaos Vanvounakis", "Rafic Hariri"], ["Françoise Gustin", "Rafic Hariri"]]


def test_a_meeting_named_by_its_two_sides() -> None:
    # Atlasinfo: "La rencontre entre MM. Benabdallah et Mélenchon s'est déroulée ...", here with their posts
    text = ("Rabat - La rencontre entre le secrétaire général du PPS (Parti du progrès et du socialisme), Nabil "
            "Benabdallah, et le fondateur de la France insoumise, Jean-Luc Mélenchon, s'est tenue lundi dans une "
            "ambiance chaleureuse.")
    (event,) = sentence_events(text, "2023-10-10", "fr")
    assert event.kind == "meeting" and names_in(event) == {"Nabil Benabdallah", "Jean-Luc Mélenchon"}
    assert event.date is not None and event.date.iso == "2023-10-09" and event.location == "Rabat"
    assert find_kind("C'est une rencontre entre deux mondes.", FRENCH) is None


def test_senders_listed_after_a_participle_send_one_message_each() -> None:
    # Xinhua français, the CPC centenary: "Parmi les dirigeants ayant envoyé leurs félicitations, on peut citer :"
    # then one "Name, post ;" line per sender
    text = ("BEIJING, 15 juillet (Xinhua) -- Des dirigeants étrangers continuent de féliciter le Parti communiste "
            "chinois (PCC) pour le centenaire de sa fondation.\n\n"
            "Dans leurs messages à Xi Jinping, secrétaire général du CC du PCC, ou au Comité "
            "central, ils saluent les réalisations du Parti.\n\n"
            "Parmi les dirigeants ayant envoyé leurs félicitations, on peut citer :\n\n"
            "Mahamudu Bawumia, vice-président ghanéen ;\n\n"
            "Thomas Tavares-Finson, président du Sénat jamaïcain ;\n\n"
            "Kgalema Motlanthe, ancien président sud-africain ;")
    events = sentence_events(text, "2021-07-16", "fr")
    assert all(e.kind == "message" for e in events)
    senders = [n for e in events for n, (_, lead) in seats(e).items() if lead and n != "Xi Jinping"]
    assert senders == ["Mahamudu Bawumia", "Thomas Tavares-Finson", "Kgalema Motlanthe"]


def test_an_ordinal_in_roman_numerals_is_no_name() -> None:
    # Sputnik France (real-dev web-fr-2017): "à Pékin, ville hôte des XXIVe Jeux olympiques d'hiver" read as a
    # person kept the four homologues, each of their own country, in one exchange; now one each
    for word, name in (("XXIVe", False), ("VIIIe", False), ("XIVème", False), ("Xavier", True), ("Ivan", True)):
        (tok,) = tokenize(word)
        assert is_name_token(tok, frozenset()) is name, word
    talks = [e for e in _page("web-fr-2017") if e.kind == "talks"]
    assert [sorted(names_in(e) - {"Xi Jinping"}) for e in talks][:4] == [
        ["Aleksandar Vucic"], ["Abdel Fattah Al-Sissi"], ["Kassym-Jomart Tokaïev"], ["Gourbangouly Berdymoukhamedov"]]


def test_a_participle_opening_the_sentence_is_no_part_of_the_companion_s_name() -> None:
    # Le360: the companion named after a participle opening the sentence ("Accompagné de A, membre du bureau
    # politique, B prévoit de se rendre à Cuba")
    text = ("Nabil Benabdallah, secrétaire général du PPS, effectue depuis jeudi une visite de travail au Venezuela. "
            "Accompagné de Said Bekkali, responsable des relations internationales et membre du bureau politique du "
            "parti, Nabil Benabdallah compte ensuite se rendre à Cuba.")
    named = {n for e in sentence_events(text, "2025-05-20", "fr") for n in names_in(e)}
    assert "Said Bekkali" in named and not any(n.startswith("Accompagn") for n in named)


def test_a_particle_hyphened_to_a_name_word_is_part_of_the_name() -> None:
    # Réflexion (Algeria): the FLN's leader, "Abou el-Fadel Baâdji s'est entretenu ... avec" Russia's ambassador,
    # Igor Beliaev: the party's leader was lost, his name broken at "el-Fadel"
    text = ("Le secrétaire général du parti FLN, Abou el-Fadel Baâdji s'est entretenu jeudi 6 août au siège du FLN "
            "avec l'ambassadeur de Russie en Algérie, Igor Beliaev.")
    for blind in (False, True):
        (event,) = sentence_events(text, "2020-08-07", "fr", blind=blind)
        assert seats(event)["Abou el-Fadel Baâdji"] == ("DZ", True) and seats(event)["Igor Beliaev"] == ("RU", True)
