"""Constructions of the seventeenth French batch (issue 13), on real text: a departure for a tour of a region whose
countries are named only after it ("a quitté Beijing mercredi matin pour une tournée d'une semaine en Amérique
latine"), a delegation's members listed by its verb ("La délégation chinoise comprenait également A"), a
delegation's head named in a later sentence without a kind cue ("la délégation chinoise est conduite par A"), and
the counterpart left unnamed by the trigger who speaks later behind an article and a post ("a accordé une audience
à l'ambassadeur de la République Populaire de Chine au Mali" ... "L'ambassadeur Chen Zhihong a remercié").
Pages are the restatements in ``quality/real-dev``."""

from __future__ import annotations

import re

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.attendance import is_attendance
from tests.extract.latin_helpers import by_name, events
from tests.extract.real_dev_pages import page_event_with as _with
from tests.extract.real_dev_pages import page_events as _page
from tests.extract.real_dev_pages import seats


def test_a_departure_for_a_tour_of_a_region_is_a_visit() -> None:
    # "BEIJING, 16 novembre (Xinhua) -- Le président chinois Xi Jinping a quitté Beijing mercredi matin pour une
    # tournée d'une semaine en Amérique latine." (CCTV français): everyone named is Chinese, the region is abroad
    event = _with("web-fr-1702", "Xi Jinping", "Peng Liyuan", "Wang Huning")
    assert event.kind == "visit" and event.date is not None and event.date.iso == "2016-11-16"
    assert seats(event)["Xi Jinping"] == ("CN", True) and seats(event)["Li Zhanshu"] == ("CN", False)


def test_a_region_is_abroad_but_a_country_of_a_continent_is_a_country() -> None:
    foreign = re.compile(FRENCH.foreign_cue, re.IGNORECASE)
    assert foreign.search("pour une tournée d'une semaine en Amérique latine")
    assert foreign.search("Au dernier jour de sa tournée européenne, le président a reçu")
    assert not foreign.search("une visite d'Etat en Afrique du Sud")
    home = "Le président Xi Jinping a quitté Beijing mercredi pour une tournée d'inspection dans le Yunnan."
    assert not events(home, "fr", "2016-11-16")


def test_a_delegation_member_listed_by_its_verb_joins_the_delegation() -> None:
    # "La délégation chinoise comptait aussi Sun Chengbo, le directeur du Bureau Afrique au Département international
    # du Parti communiste." (republicoftogo.com), after the sessions with the RPT
    event = _with("web-fr-1709", "Solitoki Esso")
    assert seats(event)["Sun Chengbo"] == ("CN", False) and seats(event)["Wang Jiarui"] == ("CN", True)
    assert is_attendance("La délégation compte aussi deux députés.", FRENCH)
    assert not is_attendance("La délégation compte renforcer la coopération avec le parti.", FRENCH)


def test_a_delegation_head_named_after_the_exchange() -> None:
    # "En séjour à Lomé, une délégation du PCC s'est entretenue ce jeudi avec les cadres du parti présidentiel ..."
    # then "Rappelons que la délégation chinoise est conduite par WANG Junwei, Directeur de l'institut ..."
    event = _with("web-fr-1710", "WANG Junwei")
    assert seats(event)["WANG Junwei"] == ("CN", True)


def test_a_delegation_head_told_in_the_present_tense_leads() -> None:
    text = ("Le secrétaire général du RDPC, Jean Nkuete, a reçu mardi à Yaoundé une délégation du Parti communiste "
            "chinois. La délégation est conduite par Li Mingxiang, vice-ministre du Département international du "
            "Comité central du PCC.")
    (event,) = events(text, "fr", "2025-06-12")
    people = by_name(event)
    assert people["Li Mingxiang"].lead and people["Li Mingxiang"].side == "CN"
    assert people["Jean Nkuete"].lead


def test_the_counterpart_named_later_behind_an_article_and_a_post() -> None:
    # "Le lundi 9 juin 2025 au palais de Koulouba, le président de la transition, le général Assimi Goïta, a accordé
    # une audience à l'ambassadeur de la République Populaire de Chine au Mali." ... "L'ambassadeur Chen Zhihong a
    # remercié le chef de l'État pour son appui constant" (Maliko News)
    event = _with("web-fr-1714", "Assimi Goïta")
    assert event.date is not None and event.date.iso == "2025-06-09"
    assert seats(event)["Chen Zhihong"] == ("CN", True)


def test_an_own_side_official_behind_a_post_is_no_counterpart() -> None:
    text = ("Le président Assimi Goïta a accordé lundi une audience à l'ambassadeur de Chine au Mali. "
            "Le ministre Abdoulaye Diop, ministre malien des Affaires étrangères, a salué la coopération.")
    for event in events(text, "fr", "2025-06-10"):
        assert by_name(event).get("Abdoulaye Diop") is None or not by_name(event)["Abdoulaye Diop"].lead


def test_sessions_told_separate_by_their_adjective_are_one_meeting_each() -> None:
    # the shape of "Pendant son séjour, M. Roussel a également tenu des séances de travail avec A et B" (web-fr-017),
    # the sessions called separate by an adjective, which also leaves the kind cue whole
    people = ("Aklesso Atcholi, secrétaire exécutif d'Unir, et Yawa Djigbodi Tsègan, présidente de l'Assemblée "
              "nationale togolaise.")
    for told in ("Au cours de son séjour, la délégation conduite par Li Mingxiang a eu des séances de travail "
                 "séparées avec ", "Le vice-ministre Li Mingxiang a eu mardi des entretiens séparés avec "):
        found = events(told + people, "fr", "2025-06-12")
        assert len(found) == 2, [by_name(e) for e in found]
        assert [set(by_name(e)) - {"Li Mingxiang"} for e in found] == [{"Aklesso Atcholi"}, {"Yawa Djigbodi Tsègan"}]


def test_a_guest_received_told_by_a_participle_after_a_comma() -> None:
    # "Il a rappelé la visite à Cuba, à la fin de l'année dernière, du secrétaire national du PCF, Fabien Roussel,
    # reçu par Diaz-Canel" (Prensa Latina): the recalled meeting is found with its guest
    assert seats(_with("web-fr-1708", "Fabien Roussel"))["Fabien Roussel"] == ("FR", True)
    text = ("Le secrétaire national du PCF, Fabien Roussel, reçu lundi par le président cubain Miguel Díaz-Canel, a "
            "plaidé pour la levée du blocus.")
    (event,) = events(text, "fr", "2025-06-12")
    assert {"Fabien Roussel", "Miguel Díaz-Canel"} <= set(by_name(event)) and event.kind == "meeting"
    assert not events("Le message du PCF, reçu hier, a été lu devant le congrès du parti.", "fr", "2025-06-12")


def test_an_entourage_told_with_an_adverb_before_de() -> None:
    # "Le dirigeant du PCV est accompagné notamment de Pham Minh Chinh, secrétaire du CC et chef de la Commission de
    # l'organisation du CC du PCV, de Hoang Binh Quang, ..." (VietnamPlus)
    event = _with("web-fr-1601", "Nguyên Phu Trong")
    assert seats(event)["Pham Minh Chinh"] == ("VN", False) and seats(event)["Phung Xuan Nha"] == ("VN", False)


def test_attendees_in_presence_of_the_contracted_article() -> None:
    # "... en présence du ministre délégué aux Affaires étrangères Mohcine Jazouli et de plusieurs représentants des
    # différents partis politiques marocains, dont ... Lahcen Daoudi (PJD) ..." (web-fr-1514)
    names = {p.person.native for e in _page("web-fr-1514") for p in e.participants}
    assert {"Mohcine Jazouli", "Lahcen Daoudi"} <= names


def test_people_listed_out_of_a_group_named_by_a_plural_demonym_take_its_country() -> None:
    # "... plusieurs représentants des différents partis politiques marocains, dont l'ancien ministre de l'Education
    # Lahcen Daoudi (PJD), le chef du PPS Nabil Benabdellah, Driss Lachgar de l'USFP, et Abdellatif Ouahbi."
    (event,) = _page("web-fr-1514")
    assert {seats(event)[n][0] for n in ("Lahcen Daoudi", "Driss Lachgar", "Abdellatif Ouahbi")} == {"MA"}
