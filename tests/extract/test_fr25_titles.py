"""French posts, bodies, stays and visits read whole (session 25, fr25).

- A minister's post written before the name with the country's adjective and a remit whose words are partly in lower
  case ("le ministre cubain pour le Commerce extérieur NAME", "des Mouvements sociaux NAME"): the title, its country
  and its organisation are read; a weekday before the post is no part of it.
- A bracketed year well before the page's dates no exchange; an exchange no sentence places takes the city of the
  stay told before it, not the dateline; an agency's acronym before the dateline's city is no part of the place.
- A body's head word followed by lower-case words is no organisation alone; a chamber by its generic name and its
  country is named in the record's form.
- A one-person visit whose own words date the meetings told as its steps is no event of its own.

Restated sentences of VNA, AKP and Xinhua French items (real-dev, real-dev-17, real-dev-multi-2); remits and some
names changed."""

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
        ("la ministre vénézuélienne des Affaires sociales", "Clara Vidal", "VE"),
        ("la ministre cubaine de l'Industrie alimentaire", "Iris Quiñones", "CU"),
    ):
        text = (
            "La Havane, 12 mars (VNA) - Pham Quang Nghi, membre du Bureau politique du PCV, "
            f"a été reçu mardi par Raúl Castro. Ensuite, Pham Quang Nghi a rencontré {post} {name} pour parler "
            "d'échanges économiques."
        )
        p = _with(events(text, "fr", "2014-03-12"), name)
        assert p.person.title == post.split(" ", 1)[1], post
        assert p.person.country == country, post
        assert {"CU": "Cuba", "VE": "Venezuela"}[country] in (org(p) or ""), (post, org(p))


def test_a_weekday_before_the_post_is_no_part_of_the_title() -> None:
    text = (
        "Hanoi, 12 mars (VNA) - Pham Quang Nghi, membre du Bureau politique du PCV, a "
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
    "Lors de son séjour à Hanoi du 23 au 26 juin, son président Samdech Héng Samrin a pris part aux cérémonies du "
    "50e anniversaire des liens diplomatiques Cambodge-Vietnam (24 juin 1967). Par ailleurs, il a eu des "
    "entretiens avec le président vietnamien Tran Dai Quang ; le Secrétaire général Nguyen Phu Trong ; "
    "ainsi que le Premier ministre Nguyen Xuan Phuc.\n"
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


def test_a_body_named_by_its_head_and_lower_case_words_is_not_that_head_alone() -> None:
    text = (
        "Hanoi, 22 juillet (VNA) - Fabien Roussel, secrétaire national du Parti communiste français, a été reçu "
        "lundi par Pham Minh Chinh, président de la Commission d’organisation "
        "auprès du Comité central."
    )
    frames = events(text, "fr", "2019-07-22")
    assert org(_with(frames, "Pham Minh Chinh")) == "Communist Party of Vietnam"


def test_a_lower_case_adjective_of_a_body_is_read_into_a_russian_post() -> None:
    from liaison.extract.lexicon_file import lexicon_for

    for language, word in (("ru", "городского"), ("fr", "extérieur"), ("fr", "sociaux"), ("it", "esteri")):
        lex = lexicon_for(language, "")
        assert lex.compiled(lex.remit_adjective).search(word), word
    fr = lexicon_for("fr", "")
    assert fr.compiled(fr.remit_adjective).search("feu") is None


def test_a_chamber_by_its_generic_name_and_country_is_named_in_the_record_form() -> None:
    text = (
        "Beijing, 5 juillet (Xinhua) - Li Zhanshu a adressé un message au président du Sénat jamaïcain, Thomas "
        "Tavares-Finson, et au président du Sénat du Chili, Jaime Quintana."
    )
    frames = events(text, "fr", "2021-07-05")
    assert org(_with(frames, "Thomas Tavares-Finson")) == "Senate of Jamaica"
    assert org(_with(frames, "Jaime Quintana")) == "Senate of Chile"


def test_a_visit_told_through_the_meetings_its_own_words_date_is_no_event_of_its_own() -> None:
    text = (
        "Nguyen Lam, chef adjoint d'une commission du Comité central du PCV (à gauche), avec Diosdado "
        "Cabello Rondón, du PSUV. Photo : VNA"
        "\n\n"
        "Hanoï (VNA) - Une délégation du PCV, menée par Nguyen Lam, chef "
        "adjoint d'une commission du Comité central du Parti, effectue du 19 au 23 juillet une visite de "
        "travail au Venezuela. Au cours de sa visite, la délégation vietnamienne a fait une visite de courtoisie "
        "à Diosdado Cabello Rondón, premier vice-président du PSUV, a eu des entretiens avec le vice-président "
        "du PSUV Nahúm Fernández, et a aussi travaillé avec le ministre vénézuélien des Communes Jorge "
        "Arreaza. À ces occasions, Nguyen Lam a salué l'amitié entre le PCV et le PSUV."
    )
    frames = events(text, "fr", "2023-07-24")
    assert any({"Nguyen Lam", "Diosdado Cabello Rondón"} <= set(by_name(e)) for e in frames)
    assert not any(e.kind == "visit" for e in frames)
