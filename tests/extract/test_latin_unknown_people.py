"""People the gazetteer does not know (the blind sets' case): read under ``forget_people``, with real lines of
quality/real-dev restated (the White House readout whb-00229)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise

_READOUT = (
    "National Security Advisor Jake Sullivan today met with Chinese Communist\n"
    "Party Politburo Member and Director of the Office of the Foreign Affairs\n"
    "Commission Yang Jiechi in Zurich, Switzerland. Their meeting followed up\n"
    "on the phone call between the two Presidents.\n"
)


def _events(text: str, source: str | None, language: str = "en") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2021-10-06",
                      language=language, source=source, title="Readout of a Meeting")
    gaz = forget_people(default_gazetteer(), [text])
    return extract(normalise(article), gaz).events


def test_a_readouts_subject_named_by_a_post_alone_is_of_the_publishing_office() -> None:
    (event,) = _events(_READOUT, "White House (briefing-room archive)")
    sides = {p.person.native: p.side for p in event.participants}
    assert sides == {"Jake Sullivan": "US", "Yang Jiechi": "CN"}


def test_only_a_government_office_places_its_subject() -> None:
    (event,) = _events(_READOUT, "Some News Agency")
    assert {p.person.native: p.side for p in event.participants}["Jake Sullivan"] is None


def test_the_people_met_are_not_placed_by_the_office() -> None:
    text = ("Principal Deputy National Security Advisor Jon Finer today met with Vice President Yemi Osinbajo\n"
            "and with Japanese Foreign Minister Yoshimasa Hayashi in Tokyo.\n")
    found = _events(text, "White House (briefing-room archive)")
    sides = {p.person.native: p.side for event in found for p in event.participants}
    assert sides.get("Jon Finer") == "US"  # someone of another country (Hayashi, JP) is placed
    assert sides.get("Yemi Osinbajo") != "US"


def test_a_demonym_places_an_unknown_minister() -> None:
    """Adjectives of nationality of every state, not only the ones the dev articles used."""
    for text, name, side in (
        ("Deputy Secretary of State Wendy Sherman met with Mauritanian Minister for Foreign Affairs Ismael Ould "
         "Cheikh Ahmed in Washington.", "Ismael Ould Cheikh Ahmed", "MR"),
        ("Deputy Secretary of State Wendy Sherman met with Somali President Hassan Sheikh Mohamud in Washington.",
         "Hassan Sheikh Mohamud", "SO"),
    ):
        sides = {p.person.native: p.side for event in _events(text, None) for p in event.participants}
        assert sides.get(name) == side


def test_a_place_word_after_a_title_opens_a_name() -> None:
    """"Cuban Vice President Salvador Valdes Mesa" (web-en-161 restated): Salvador is a given name, not a city;
    the post's place follows "to" ("Chinese Ambassador to Dhaka Yao Wen")."""
    text = ("Cuban Vice President Salvador Valdes Mesa held talks with Vietnamese Politburo member Le Hong Anh in\n"
            "Hanoi. Chinese Ambassador to Dhaka Yao Wen also attended.\n")
    names = {p.person.native for event in _events(text, None) for p in event.participants}
    assert "Salvador Valdes Mesa" in names and "Valdes Mesa" not in names
    assert "Dhaka Yao Wen" not in names


def test_a_spanish_demonym_places_an_unknown_leader() -> None:
    """"el presidente indonesio" as "el presidente de Indonesia" (web-es-107's counterparts, restated)."""
    text = ("El primer ministro de Vietnam, Pham Minh Chinh, sostuvo conversaciones con el presidente indonesio, "
            "Joko Widodo.")
    sides = {p.person.native: p.side for event in _events(text, None, "es") for p in event.participants}
    assert sides.get("Joko Widodo") == "ID"


def test_a_genitive_place_in_russian_qualifies_the_post() -> None:
    """"Председатель Совета Федерации Валентина Матвиенко": Федерации is of the post, not a given name."""
    text = ("Председатель Совета Федерации Валентина Матвиенко провела переговоры с председателем Постоянного "
            "комитета ВСНП Чжао Лэцзи в Москве.")
    names = {p.person.native for event in _events(text, None, "ru") for p in event.participants}
    assert "Валентина Матвиенко" in names and not any(n.startswith("Федерации") for n in names)


def test_messages_exchanged_between_two_lists_pair_heads_whose_country_no_word_tells() -> None:
    """web-fr-092 restated: the Chinese Premier and NPC chairman are titled without their country; unknown to the
    people table, each still writes to the Vietnamese head at their rank in the other list."""
    text = ("Hanoï (VNA) - Pour le 71e anniversaire des liens diplomatiques noués entre le Vietnam et la Chine, le "
            "secrétaire général du Parti, le président Nguyen Phu Trong, le Premier ministre Nguyen Xuan Phuc et la "
            "présidente de l'Assemblée nationale, Nguyen Thi Kim Ngan, ont échangé des messages de félicitations "
            "avec le secrétaire général du Parti communiste chinois et président chinois Xi Jinping, le Premier "
            "ministre du Conseil d'État Li Keqiang, le président du Comité permanent de l'Assemblée nationale "
            "populaire Li Zhanshu.\n")
    found = _events(text, None, language="fr")
    pairs = {frozenset(p.person.native for p in e.participants) for e in found if e.kind == "message"}
    assert pairs == {frozenset({"Nguyen Phu Trong", "Xi Jinping"}), frozenset({"Nguyen Xuan Phuc", "Li Keqiang"}),
                     frozenset({"Nguyen Thi Kim Ngan", "Li Zhanshu"})}
