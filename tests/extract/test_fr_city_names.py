"""A city as French writes it is no person (fr15): VNA's French names Vietnam's largest city "Ho Chi Minh-Ville" (a
compound the English table does not know), so "le secrétaire du Comité du Parti de Ho Chi Minh-Ville, Nguyen Thien
Nhan" names one person, the secretary, and the city is the place of his committee. Real page read from
quality/real-dev (VietnamPlus, web-fr-017)."""

from __future__ import annotations

from liaison.extract.fr.lexicon import FRENCH
from liaison.extract.latin.places import city_country
from tests.extract.real_dev_pages import page_events


def test_the_french_name_of_ho_chi_minh_city_is_a_vietnamese_city() -> None:
    assert city_country("Ho Chi Minh-Ville", FRENCH) == "VN"
    assert city_country("Hô Chi Minh-Ville", FRENCH) == "VN"


def test_work_sessions_meet_the_city_s_secretary_not_the_city() -> None:
    # "M. Roussel a également tenu des séances de travail avec le membre du Politburo, ..., Pham Minh Chinh, et le
    # secrétaire du Comité du Parti de Ho Chi Minh-Ville, Nguyen Thien Nhan."
    met = [{p.person.native for p in e.participants} for e in page_events("web-fr-017")]
    assert not any("Ho Chi Minh-Ville" in people for people in met)
    assert {"Fabien Roussel", "Nguyen Thien Nhan"} in met
