"""French and Italian shapes of African francophone, Vietnamese and Italian outlets: "a échangé avec",
a banquet in someone's honour, "si è riunito con", "ha dialogato con", a Vietnamese given name that is
also a French function word. Texts are ours, in the shape of the real pages."""

from __future__ import annotations

from latin_helpers import by_name, events


def test_french_exchanged_with_is_a_meeting_of_both_sides() -> None:
    text = (
        "LIBREVILLE, 4 mars (AGP) - Le président de la Transition, Brice Clotaire Oligui Nguema, a échangé "
        "avec l'ambassadeur de Chine au Gabon, Li Jinjin, au palais Rénovation."
    )
    (event,) = events(text, "fr", "2024-03-04")
    assert event.kind == "meeting"
    assert {"Brice Clotaire Oligui Nguema", "Li Jinjin"} <= set(by_name(event))


def test_french_banquet_in_honour_of_a_visiting_leader_is_an_exchange() -> None:
    text = (
        "Vientiane (VNA) - Le 2 décembre, à Vientiane, le secrétaire général du Parti populaire révolutionnaire "
        "lao et président lao, Thongloun Sisoulith, a présidé un banquet officiel en l'honneur du secrétaire "
        "général du Parti communiste du Vietnam, To Lam, en visite d'État au Laos."
    )
    (event,) = events(text, "fr", "2025-12-03")
    assert {"Thongloun Sisoulith", "To Lam"} <= set(by_name(event))
    assert event.location == "Vientiane"


def test_vietnamese_given_name_son_stays_in_the_name() -> None:
    text = (
        "Le ministre cubain des Affaires étrangères Bruno Rodríguez Parrilla s'est réuni avec son homologue "
        "vietnamien Bui Thanh Son à La Havane."
    )
    (event,) = events(text, "fr", "2024-03-12")
    assert "Bui Thanh Son" in by_name(event)


def test_italian_met_with_by_riunirsi_and_dialogare() -> None:
    riunito = "Il primo ministro cubano Manuel Marrero Cruz si è riunito con Nguyen Xuan Phuc, presidente del Vietnam."
    dialogato = (
        "Il segretario generale del Partito Comunista Italiano, Mauro Alboresi, ha dialogato con l'ambasciatore "
        "della Cina, Jia Guide, presso la sede del partito a Roma."
    )
    (first,) = events(riunito, "it", "2024-03-12")
    assert {"Manuel Marrero Cruz", "Nguyen Xuan Phuc"} <= set(by_name(first))
    (second,) = events(dialogato, "it", "2024-03-12")
    assert {"Mauro Alboresi", "Jia Guide"} <= set(by_name(second))
    assert second.location == "Rome"
