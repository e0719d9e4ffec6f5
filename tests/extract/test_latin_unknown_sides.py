"""Sides of people the people table does not know (issue 13, sides20): what the text itself says of their
country. A readout's subject on a trip abroad is of the publishing office's country; a host named by a post
with no country ("Le président de la République, Ali Bongo Ondimba, a reçu ...") is of the country the event
took place in even when the host's own attendees are placed there already; a principal named by a post with no
country in a story whose headline names the two countries ("Angola e China passam em revista ...") is of the
headline's other country. Read under ``forget_people`` (the blind articles' case) on real pages of
quality/real-dev and on readout lines restated from the White House items of real-dev."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise
from tests.extract.real_dev_pages import page_events

_WH = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/12/06/readout/"



def _text(text: str, title: str, published: str, language: str = "en", url: str | None = None,
          source: str | None = None) -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language, title=title, url=url, source=source)
    return extract(normalise(article), forget_people(default_gazetteer(), [text, title])).events


def _sides(events: tuple[EventFrame, ...]) -> list[dict[str, str | None]]:
    return [{p.person.native: p.side for p in e.participants} for e in events]


def test_readout_subject_travelling_abroad_is_of_the_office_country() -> None:
    # restated from a White House readout (whb-00647): the subject is named by a post alone, the people he met
    # by posts naming no country
    text = (
        "National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on\n"
        "Monday, December 5 for meetings with senior representatives of the\n"
        "Brazilian government and members of the incoming administration.\n"
        "Sullivan was accompanied by senior officials from the National Security\n"
        "Council and State Department.\n\n"
        "Mr. Sullivan met with Secretary for Strategic Affairs Admiral Flávio\n"
        "Rocha to express appreciation for the progress in the U.S.-Brazil\n"
        "relationship and to reinforce the strategic nature of the partnership.\n"
    )
    sides = _sides(_text(text, "Readout of National Security Advisor Jake Sullivan’s Travel to Brasilia, Brazil",
                         "2022-12-06", url=_WH))
    assert any(s.get("Jake Sullivan") == "US" and s.get("Flávio Rocha") == "BR" for s in sides), sides


def test_readout_subject_in_a_country_named_before_the_meeting() -> None:
    # restated from whb-00235: "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo"
    text = (
        "Earlier this week, Principal Deputy National Security Advisor Jon Finer\n"
        "traveled to Nigeria and Mauritania. The trip underscored the commitment\n"
        "to partnering with African nations on shared challenges.\n\n"
        "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo and other\n"
        "senior Nigerian officials to discuss regional security.\n"
    )
    sides = _sides(_text(text, "Readout of Senior Administration Official Travel to Nigeria and Mauritania",
                         "2021-10-29", url=_WH))
    assert any(s.get("Jon Finer") == "US" and "Yemi Osinbajo" in s for s in sides), sides


def test_readout_subject_at_home_with_no_country_named_stays_unplaced() -> None:
    # a domestic readout: nothing foreign is named, so the office's country is no side of an exchange
    text = (
        "Today, National Economic Council Director Lael Brainard met with Governor\n"
        "Janet Mills to discuss the infrastructure law and the jobs it creates.\n"
    )
    assert _text(text, "Readout of a Meeting with Governor Mills", "2023-05-01", url=_WH) == ()


def test_host_by_a_post_of_no_country_in_a_city_with_attendees_placed() -> None:
    # web-fr-008: "LIBREVILLE, 23 Mai (AGP)-Le président de la République, Ali Bongo Ondimba, a reçu en audience,
    # lundi, le vice-président du Comité permanent de l’Assemblée populaire nationale de Chine, Ji Bingxuan."
    sides = _sides(page_events("web-fr-008", blind=True))
    assert any(s.get("Ali Bongo Ondimba") == "GA" and s.get("Ji Bingxuan") == "CN" for s in sides), sides


def test_principal_of_the_headline_pair_portuguese() -> None:
    # web-pt-070, headline "Angola e China passam em revista cooperação bilateral": "O Presidente da República,
    # João Lourenço, recebeu, ontem sábado, o ministro do Comércio da China, Wang Wentao"
    sides = _sides(page_events("web-pt-070", blind=True))
    assert any(s.get("João Lourenço") == "AO" and s.get("Wang Wentao") == "CN" for s in sides), sides


def test_principal_of_the_headline_pair_hyphenated() -> None:
    # web-fr-095, headline "Coopération Chine-Cameroun : une nouvelle impulsion": "le président de la République,
    # Paul Biya a rencontré vendredi le président de l'Assemblée nationale populaire et le Premier ministre chinois"
    sides = _sides(page_events("web-fr-095", blind=True))
    assert any(s.get("Paul Biya") == "CM" and "CN" in s.values() for s in sides), sides


def test_headline_pair_gives_no_side_to_a_third_country() -> None:
    # the headline names Cuba and Laos; the principal met by the Chinese official is of neither
    text = (
        "Pekín, 3 mar (PL) El vicejefe del Departamento Internacional del Comité Central del Partido Comunista de "
        "China, Chen Zhou, se reunió hoy con el presidente Nguyen Van Binh para hablar de la cooperación.\n"
    )
    sides = _sides(_text(text, "Cuba y Laos fortalecen relaciones", "2023-03-03", language="es"))
    assert all(s.get("Nguyen Van Binh") not in ("CU", "LA") for s in sides), sides


def test_readout_subject_after_another_post_is_not_the_office_s() -> None:
    # restated from whb-00901: the one-word "Biden" is no name, so the first person read is the guest
    text = (
        "President Biden met with President Joko Widodo of Indonesia on the margins of the\n"
        "ASEAN summit in Jakarta, Indonesia. The leaders discussed the partnership between\n"
        "the two countries.\n"
    )
    sides = _sides(_text(text, "Readout of President Biden’s Meeting with President Joko Widodo", "2023-09-06",
                         url=_WH))
    assert all(s.get("Joko Widodo") != "US" for s in sides), sides


def test_headline_naming_the_side_and_another_country_apart_is_no_pair() -> None:
    # web-fr-091, headline "Tebboune quitte la Chine à destination de la Turquie": Turkey is where he goes next, not
    # the side of the president received by Xi Jinping in Beijing
    sides = _sides(page_events("web-fr-091", blind=True))
    assert sides and all(s.get("Abdelmadjid Tebboune") != "TR" for s in sides), sides


def _snippet(text: str, language: str, published: str = "2023-03-30") -> list[dict[str, str | None]]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language)
    return _sides(extract(normalise(article), forget_people(default_gazetteer(), [text])).events)


def test_dotted_country_abbreviation_before_a_post_names_the_side() -> None:
    # restated from web-en-080 ("Chinese President Xi Jinping speaks with U.S. President Joe Biden by phone") and
    # web-en-134 ("met with former U.S. Secretary of State Henry Kissinger")
    sides = _snippet("BEIJING, March 30 (Xinhua) -- Chinese President Xi Jinping held phone talks with U.S. "
                     "President Joe Biden on Wednesday.", "en")
    assert any(s.get("Joe Biden") == "US" for s in sides), sides
    sides = _snippet("BEIJING, Nov. 2 (Xinhua) -- Chinese President Xi Jinping met with former U.S. Secretary of "
                     "State Henry Kissinger in Beijing on Monday.", "en")
    assert any(s.get("Henry Kissinger") == "US" for s in sides), sides


def test_spanish_counterpart_with_a_demonym_is_a_post_of_that_country() -> None:
    # web-es-095: "El presidente chino, Xi Jinping, sostuvo este miércoles una conversación telefónica con su homólogo
    # estadounidense, Donald Trump"; web-es-170: "se reunió en esta jornada con su homólogo ruso Serguéi Lavrov"
    sides = _snippet("Beijing, 30 mar (PL) El presidente chino, Xi Jinping, sostuvo este miércoles una conversación "
                     "telefónica con su homólogo estadounidense, Donald Trump.", "es")
    assert any(s.get("Donald Trump") == "US" for s in sides), sides


def test_portuguese_counterpart_with_a_demonym_is_a_post_of_that_country() -> None:
    # web-pt: "afirmou durante uma audiência com o homólogo moçambicano, Atanásio M'Tumuke"
    sides = _snippet("Pequim, 30 mar (Lusa) - O ministro da Defesa chinês, Chang Wanquan, recebeu hoje em Pequim o "
                     "homólogo moçambicano, Atanásio Mtumuke, para uma reunião sobre a cooperação militar.", "pt")
    assert any(s.get("Atanásio Mtumuke") == "MZ" for s in sides), sides


def test_counterpart_in_the_country_the_sentence_opens_with() -> None:
    # restated from whb-00235: "In Equatorial Guinea, Mr. Finer met with President Teodoro Obiang Nguema Mbasogo"
    text = (
        "Earlier this week, Principal Deputy National Security Advisor Jon Finer\n"
        "traveled to Nigeria, Equatorial Guinea, and Mauritania. The trip underscored the\n"
        "commitment to partnering with African nations on shared challenges.\n\n"
        "In Equatorial Guinea, Mr. Finer met with President Teodoro Obiang Nguema\n"
        "Mbasogo and other senior officials to discuss maritime security.\n"
    )
    sides = _sides(_text(text, "Readout of Senior Administration Official Travel to Nigeria, Equatorial Guinea, and "
                         "Mauritania", "2021-10-29", url=_WH))
    assert any(s.get("Jon Finer") == "US" and s.get("Teodoro Obiang Nguema Mbasogo") == "GQ" for s in sides), sides


def test_two_posts_of_two_countries_named_in_order() -> None:
    # web-es-019: "Los cancilleres de China y Venezuela, Wang Yi y Elías Jaua, sostienen una reunión la tarde de este
    # lunes en la Casa Amarilla"; web-es-102: "Los cancilleres de Cuba y Laos, Bruno Rodríguez, y Saleumxay Kommasith,
    # respectivamente, abogaron en La Habana por estrechar los vínculos"
    sides = _snippet("Caracas, 30 mar (AVN) Los cancilleres de China y Venezuela, Wang Yi y Elías Jaua, sostienen "
                     "una reunión la tarde de este lunes en la Casa Amarilla.", "es")
    assert any(s.get("Elías Jaua") == "VE" for s in sides), sides
    sides = _snippet("La Habana, 30 mar (RR) Los cancilleres de Cuba y Laos, Bruno Rodríguez, y Saleumxay Kommasith, "
                     "respectivamente, sostuvieron un encuentro en La Habana para estrechar los vínculos bilaterales.",
                     "es")
    assert any(s.get("Bruno Rodríguez") == "CU" and s.get("Saleumxay Kommasith") == "LA" for s in sides), sides
