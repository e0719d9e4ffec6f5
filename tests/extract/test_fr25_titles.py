"""French posts of the counterpart read whole (session 25, fr25).

- A minister's post written before the name with the country's adjective and a remit whose words are partly in lower
  case ("le ministre cubain pour le Commerce extérieur NAME", "le ministre vénézuélien des Communes et des
  Mouvements sociaux NAME"): the title, its country and its organisation are read.

Restated sentences of VNA French items (real-dev, real-dev-multi-2)."""

from __future__ import annotations

from liaison.model.types import EventFrame, Participant
from tests.extract.latin_helpers import by_name, events, org


def _with(frames: tuple[EventFrame, ...], name: str) -> Participant:
    for e in frames:
        people = by_name(e)
        if name in people:
            return people[name]
    raise AssertionError(f"{name} in no event: {frames}")


def test_a_minister_post_with_a_demonym_and_a_lower_case_remit_is_read() -> None:
    for post, name, country in (
        ("le ministre cubain pour le Commerce extérieur", "Rodrigo Malmierca", "CU"),
        ("le ministre vénézuélien des Communes et des Mouvements sociaux", "Jorge Arreaza", "VE"),
        ("la ministre cubaine de l'Industrie alimentaire", "Iris Quiñones", "CU"),
    ):
        text = (
            "La Havane, 12 mars (VNA) - Pham Quang Nghi, membre du Bureau politique du Parti communiste du Vietnam, "
            f"a été reçu mardi par Raúl Castro. Ensuite, Pham Quang Nghi a rencontré {post} {name} pour parler "
            "d'échanges économiques."
        )
        p = _with(events(text, "fr", "2014-03-12"), name)
        assert p.person.title == post.split(" ", 1)[1], post
        assert p.person.country == country, post
        assert {"CU": "Cuba", "VE": "Venezuela"}[country] in (org(p) or ""), (post, org(p))


def test_a_weekday_before_the_post_is_no_part_of_the_title() -> None:
    text = (
        "Hanoi, 12 mars (VNA) - Pham Quang Nghi, membre du Bureau politique du Parti communiste du Vietnam, a "
        "rencontré mardi le ministre cubain des Affaires étrangères Bruno Rodríguez."
    )
    p = _with(events(text, "fr", "2014-03-12"), "Bruno Rodríguez")
    assert p.person.title == "ministre cubain des Affaires étrangères"
    assert p.person.country == "CU"


_STAY = (
    "Le président de l'AN cambodgienne rentre de ses visites au Laos et au Vietnam\n\n"
    "AKP Phnom Penh, le 26 juin 2017 –\n\n"
    "La délégation de l'Assemblée nationale du Cambodge, menée par son président Samdech Héng Samrin, est rentrée "
    "ce matin de visites officielles au Laos et au Vietnam tenues du 21 au 26 juin 2017.\n\n"
    "Lors de son séjour à Hanoi, au Vietnam, du 23 au 26 juin, Samdech Héng Samrin a pris part aux cérémonies du "
    "50e anniversaire des liens diplomatiques Cambodge-Vietnam (24 juin 1967). Par ailleurs, il a eu des "
    "entretiens avec le Secrétaire général du Parti communiste du Vietnam, Nguyen Phu Trong ; le président "
    "vietnamien Tran Dai Quang ; et le Premier ministre vietnamien Nguyen Xuan Phuc.\n"
)


def test_talks_during_a_stay_take_its_city_and_month_not_a_founding_date_in_brackets() -> None:
    frames = events(_STAY, "fr", "2017-06-26")
    met = [e for e in frames if "Nguyen Phu Trong" in by_name(e)]
    assert met
    for e in met:
        assert e.date is not None and e.date.iso.startswith("2017-06"), e.date
        assert e.location == "Hanoi", e.location


def test_an_agency_before_the_dateline_city_is_no_part_of_the_place() -> None:
    text = (
        "AKP Phnom Penh, le 12 mai 2017 –\n\n"
        "Samdech Héng Samrin, président de l'Assemblée nationale du Cambodge, a reçu hier après-midi "
        "l'ambassadeur de Chine, Xiong Bo, pour un entretien sur la coopération."
    )
    frames = events(text, "fr", "2017-05-12")
    assert frames and frames[0].location == "Phnom Penh"
