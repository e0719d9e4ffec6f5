"""French constructions of the fresh French dev set (session 30, fr30; quality/real-dev-fr, fit half).

- Talks told by a noun qualified before "avec" ("un entretien bilatéral mardi avec A"), also as the opening frame of
  the sentence ("Au cours d'un entretien ... avec A, le président B a dit"): the post after A's comma is B's, told
  before B's name, not A's.
- Talks told as the purpose of a step of a stay ("puis au palais pour s'entretenir avec le Premier ministre A").
- A weekday after "jusqu'à" ends a stay: it does not date the exchange told beside it.
- The remits of an interior ministry and a monument's capitalised words are no person's name.
- A dateline in capitals without the accent ("PEKIN (Reuters) -") names Beijing.

Restated sentences in the constructions of Reuters, Le Figaro and Radio Algérienne items (real-dev-fr fit half);
the people, places and remits changed."""

from __future__ import annotations

from liaison.model.types import EventFrame
from tests.extract.latin_helpers import by_name, events


def _with(frames: tuple[EventFrame, ...], *names: str) -> EventFrame:
    for e in frames:
        if set(names) <= set(by_name(e)):
            return e
    raise AssertionError(f"no event with {names}: {frames}")


def test_a_bilateral_talk_noun_before_avec_tells_talks() -> None:
    text = (
        "Le Premier ministre japonais Fumio Kishida a plaidé jeudi, lors d'un entretien bilatéral avec "
        "Olaf Scholz, pour une coopération plus étroite dans l'industrie."
    )
    e = _with(events(text, "fr", "2023-03-18"), "Fumio Kishida", "Olaf Scholz")
    assert e.kind == "talks"


def test_an_opening_talk_frame_leaves_the_next_post_to_the_next_name() -> None:
    text = (
        "Au cours d'un entretien bilatéral lundi avec Olaf Scholz, le Premier ministre japonais Fumio Kishida a "
        "souhaité que les deux pays échangent davantage."
    )
    e = _with(events(text, "fr", "2023-03-21"), "Fumio Kishida", "Olaf Scholz")
    people = by_name(e)
    assert people["Olaf Scholz"].person.title is None
    assert people["Olaf Scholz"].person.country == "DE"
    assert people["Fumio Kishida"].person.title == "Premier ministre japonais"


def test_talks_as_the_purpose_of_a_step_of_a_stay() -> None:
    text = (
        "Le ministre vietnamien des Affaires étrangères Bui Thanh Son a déposé une gerbe au monument, puis s'est "
        "rendu au palais afin de s'entretenir une heure avec le président sénégalais Macky Sall."
    )
    e = _with(events(text, "fr", "2022-05-10"), "Bui Thanh Son", "Macky Sall")
    assert e.kind == "talks"


def test_a_weekday_ending_the_stay_does_not_date_the_talks() -> None:
    text = (
        "Le Premier ministre vietnamien Pham Minh Chinh, en visite officielle en Italie jusqu'à dimanche, "
        "s'est entretenu jeudi après-midi avec la présidente du Conseil Giorgia Meloni."
    )
    e = _with(events(text, "fr", "2023-01-27"), "Pham Minh Chinh", "Giorgia Meloni")  # a Friday
    assert e.date is not None and e.date.iso == "2023-01-26"


def test_the_remits_of_an_interior_ministry_are_no_person() -> None:
    text = (
        "Mardi à Carthage, le chef de l'État Kaïs Saïed a reçu le ministre libyen de l'Intérieur et "
        "de l'Aménagement du Territoire, Imad Trabelsi."
    )
    names = {n for e in events(text, "fr", "2023-05-10") for n in by_name(e)}
    assert "Imad Trabelsi" in names
    assert not any("Aménagement" in n or "Territoire" in n for n in names), names


def test_a_monument_is_no_person() -> None:
    text = (
        "Le président vietnamien Vo Van Thuong, en visite d'État en France, s'est rendu vendredi sous l'Arc de "
        "Triomphe, puis à l'Elysée afin de s'entretenir avec le président Emmanuel Macron."
    )
    names = {n for e in events(text, "fr", "2023-06-02") for n in by_name(e)}
    assert "Emmanuel Macron" in names and "Vo Van Thuong" in names
    assert not any("Arc" in n or "Triomphe" in n for n in names), names


def test_a_dateline_without_its_accent_names_beijing() -> None:
    text = "PEKIN (Reuters) - Xi Jinping, chef de l'Etat chinois, a reçu mardi le président kényan William Ruto."
    e = _with(events(text, "fr", "2023-10-17"), "Xi Jinping", "William Ruto")
    assert e.location == "Beijing"


def test_an_exchange_with_its_day_and_city_before_avec() -> None:
    text = (
        "L'ambassadeur de Chine au Togo, Chao Weidong, qui a échangé le 3 mars à Lomé avec le ministre togolais "
        "des Affaires étrangères, Robert Dussey, a salué l'amitié des deux pays."
    )
    e = _with(events(text, "fr", "2024-03-05"), "Chao Weidong", "Robert Dussey")
    assert e.date is not None and e.date.iso == "2024-03-03"


def test_wishes_presented_to_a_head_of_state_are_an_exchange() -> None:
    for text in (
        "L'ambassadeur de France au Gabon, Alexis Lamek, a présenté ses vœux de Nouvel An au président de la "
        "République, Brice Clotaire Oligui Nguema, le mardi 7 janvier 2025.",
        "L'ambassadeur de France au Gabon, Alexis Lamek, a adressé au président de la République, Brice Clotaire "
        "Oligui Nguema, ses vœux de Nouvel An.",
    ):
        _with(events(text, "fr", "2025-01-08"), "Alexis Lamek", "Brice Clotaire Oligui Nguema")


def test_a_bilateral_meeting_as_the_purpose_of_a_transfer() -> None:
    text = (
        "Le président du Niger, Mohamed Bazoum, a été conduit au palais présidentiel pour une réunion bilatérale "
        "avec le président Patrice Talon."
    )
    e = _with(events(text, "fr", "2022-06-10"), "Mohamed Bazoum", "Patrice Talon")
    assert e.kind == "meeting"


def test_an_envoy_named_after_a_comma_is_the_envoy_not_the_sender() -> None:
    text = (
        "Le président de la République, Patrice Talon, a reçu lundi l'envoyé spécial du président chinois, "
        "Liu Guozhong, porteur d'un message."
    )
    _with(events(text, "fr", "2024-05-14"), "Patrice Talon", "Liu Guozhong")


def test_a_sender_named_after_the_envoys_apposition_stays_the_sender() -> None:
    text = (
        "Le président de la République, Patrice Talon, a reçu lundi Liu Guozhong, envoyé spécial du président "
        "chinois, Xi Jinping."
    )
    names = {n for e in events(text, "fr", "2024-05-14") for n in by_name(e)}
    assert "Liu Guozhong" in names and "Xi Jinping" not in names, names


def test_the_president_of_the_faso_is_burkinabe() -> None:
    text = (
        "Le président du Faso, le capitaine Ibrahim Traoré, a reçu jeudi l'ambassadeur de Chine, Lu Shan, "
        "pour des échanges sur la coopération."
    )
    e = _with(events(text, "fr", "2024-05-17"), "Ibrahim Traoré", "Lu Shan")
    assert by_name(e)["Ibrahim Traoré"].person.country == "BF"


def test_a_lone_surname_after_a_lower_case_post_names_a_person() -> None:
    text = "Le Premier ministre Sonko a reçu jeudi à Dakar l'ambassadeur de Chine au Sénégal, Xiao Han."
    _with(events(text, "fr", "2024-06-14"), "Sonko", "Xiao Han")

