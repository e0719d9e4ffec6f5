"""Constructions of the eighteenth French batch (issue 13), on real text: France named by its figure of speech
("la représentante au Sénégal de l'Hexagone, Christine Fages"), a surname written in capitals opening the name after
an honorific ("M. NDAYISHIMIYE Evariste", as the French-language African press prints official names), the words of
a ministry's remit capitalised in its name ("ministre des Transports, des Travaux Publics et de l'Equipement"), and
attendees named after the presence the reporter noted ("Xinhua a relevé la présence du ministre ..., A, du ministre
..., B"). Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.attendance import is_attendance
from liaison.extract.triage import LATIN_CUES
from liaison.kb.languages import language_data
from tests.extract.real_dev_pages import page_event_with as _with
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats, sentence_events


def test_the_hexagon_is_france() -> None:
    # "Ousmane Sonko s'est entretenu avec eux ..." then "« C'est un honneur de rencontrer [le Premier ministre
    # sénégalais] ... », a publié ... la représentante de l'Hexagone au Sénégal, Christine Fages." (NdarInfo)
    event = _with("web-fr-1804", "Ousmane Sonko", "Christine Fages")
    assert seats(event)["Christine Fages"][0] == "FR" and seats(event)["Ousmane Sonko"][0] == "SN"


def test_a_surname_in_capitals_opens_the_name_after_an_honorific() -> None:
    text = ("Le secrétaire général du CNDD-FDD, M. NDAYISHIMIYE Evariste, a rencontré mardi à Beijing Song Tao, chef "
            "du Département international du Comité central du Parti communiste chinois.")
    for blind in (False, True):
        (event,) = sentence_events(text, "2018-09-20", "fr", blind=blind)
        assert seats(event)["NDAYISHIMIYE Evariste"] == ("BI", True) and "Song Tao" in seats(event)
    # real page: the CNDD-FDD's secretary general at the opening of a forum in China (Burundi Agnews)
    assert "NDAYISHIMIYE Evariste" in seats(_with("web-fr-1810", "NDAYISHIMIYE Evariste"))


def test_an_acronym_in_capitals_opens_no_name() -> None:
    text = ("Le secrétaire général du RHDP Gilbert Kafana a reçu mardi à Abidjan Song Tao, chef du Département "
            "international du Comité central du Parti communiste chinois.")
    (event,) = sentence_events(text, "2023-03-20", "fr", blind=True)
    assert not any("RHDP" in name for name in seats(event))


def test_a_ministry_s_remit_names_no_one() -> None:
    # "... du ministre des Transports, des Travaux Publics et de l'Equipement, Jean-Bosco Ntunzwenimana, de la
    # ministre de l'Education, de l'Enseignement Supérieur et de la Recherche Scientifique, Janvière Ndirahisha"
    event = _with("web-fr-1809", "Li Yuanchao")
    assert "Travaux Publics" not in seats(event) and "Enseignement Supérieur" not in seats(event)


def test_the_presence_the_reporter_noted_names_attendees() -> None:
    # "Le vice-président chinois a été accueilli à sa descente d'avion par le 1er vice-président du Burundi, Gaston
    # Sindimwo ..." then "Xinhua a ainsi relevé la présence du ministre des Relations Extérieures ..., Alain-Aimé
    # Nyamitwe, du ministre des Transports ..., Jean-Bosco Ntunzwenimana, ... et du secrétaire général et
    # porte-parole du gouvernement, Philippe Nzobonariba." (@rib News, from Xinhua)
    event = _with("web-fr-1809", "Li Yuanchao")
    for name in ("Alain-Aimé Nyamitwe", "Jean-Bosco Ntunzwenimana", "Janvière Ndirahisha", "Philippe Nzobonariba"):
        assert name in seats(event) and not seats(event)[name][1]
    assert is_attendance("Xinhua a relevé la présence du ministre des Transports, Jean Dupont.", FRENCH)
    assert not is_attendance("La présence chinoise en Afrique ne cesse de croître.", FRENCH)


def test_a_party_of_the_host_s_own_country_is_no_person_and_no_foreign_side() -> None:
    # "Le président de la république Béji CaId Essebsi a reçu ce mardi 18 juillet une délégation de Nidaa Tounes,
    # menée par son fils Hafedh, directeur exécutif du parti." (Espace Manager): a party of Tunisia, domestic
    assert not _page("web-fr-1803")
    text = ("Le président Kaïs Saïed a reçu mardi à Tunis une délégation du mouvement Ennahdha conduite par "
            "Rached Ghannouchi.")
    assert not sentence_events(text, "2020-03-10", "fr")


def test_a_guest_received_on_arrival_by_pronoun_or_post_is_the_one_named_before() -> None:
    # "... Miguel Diaz-Canel Bermudez, est arrivé le 22 janvier dans cette ville ..." then "À l'aéroport international
    # Ministro Pistarini – que l'on appelle plutôt Ezeiza – le président a été accueilli par le vice-ministre ...,
    # Pablo Tettamanti." (Granma): the guest and the greeter, one visit
    event = _with("web-fr-1807", "Pablo Tettamanti")
    assert event.kind == "visit" and seats(event)["Miguel Diaz-Canel Bermudez"] == ("CU", True)
    text = ("Le président du Burundi, Pierre Nkurunziza, est arrivé lundi à Beijing. Il a été accueilli à sa descente "
            "d'avion par le vice-ministre chinois des Affaires étrangères, Wang Chao.")
    for blind in (False, True):
        (event,) = sentence_events(text, "2024-01-24", "fr", blind=blind)
        assert seats(event)["Pierre Nkurunziza"] == ("BI", True) and seats(event)["Wang Chao"][0] == "CN"


def test_every_kind_cue_example_passes_the_triage() -> None:
    # a page told only by "a échangé mardi avec" or "a longuement discuté avec" was turned away before any cue was read
    data = language_data("fr")
    missed = [ex for kind in data["kinds"] for cue in kind["cues"] for ex in cue.get("examples", [])
              if not LATIN_CUES.search(ex)]
    assert not missed
    text = "Le président ivoirien Alassane Ouattara a échangé mardi avec Li Qiang, Premier ministre chinois."
    (event,) = sentence_events(text, "2024-06-12", "fr", blind=True)
    assert {"Alassane Ouattara", "Li Qiang"} <= set(seats(event))


def test_a_city_after_its_preposition_is_no_part_of_the_name_that_follows() -> None:
    text = ("Le président burkinabè Roch Kaboré a reçu lundi à Ouagadougou Song Tao, chef du Département "
            "international du Comité central du Parti communiste chinois.")
    (event,) = sentence_events(text, "2019-03-12", "fr", blind=True)
    assert "Song Tao" in seats(event) and not any("Ouagadougou" in name for name in seats(event))
    # a given name spelled like a city stays
    text = ("Le président chinois Xi Jinping a adressé un message de félicitations à Santiago Peña, président du "
            "Paraguay.")
    (event,) = sentence_events(text, "2023-08-16", "fr", blind=True)
    assert "Santiago Peña" in seats(event)
