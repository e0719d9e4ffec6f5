"""White House readout shapes: a host named by title and family name only, a generational suffix in a
counterpart's name, a joint call with leaders named by title and family name. Texts are ours, written in
the shape of the real readouts (hard-wrapped lines, "Readout of ..." headlines)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise


def _events(text: str, title: str, published: str) -> tuple[EventFrame, ...]:
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
        language="en", title=title,
    )
    return extract(normalise(article), default_gazetteer()).events


def test_host_named_by_title_and_family_name_joins_a_counterpart_named_in_full() -> None:
    text = (
        "President Biden met today in the Oval Office with President Ferdinand R. Marcos, Jr. of the\n"
        "Philippines. The two Presidents reviewed cooperation on energy security and maritime issues\n"
        "and reaffirmed their alliance commitments.\n"
    )
    (event,) = _events(text, "Readout of President Biden's Meeting with President Marcos", "2024-04-11")
    names = {p.person.native: p for p in event.participants}
    assert set(names) == {"Biden", "Ferdinand R. Marcos, Jr."}
    assert all(p.lead for p in event.participants)
    assert names["Ferdinand R. Marcos, Jr."].person.country == "PH"
    assert names["Ferdinand R. Marcos, Jr."].person.name == "Ferdinand Marcos Jr."


def test_joint_call_with_leaders_named_by_title_and_family_name_is_one_call() -> None:
    text = (
        "President Joseph R. Biden, Jr. spoke today with Chancellor Scholz of Germany, Prime Minister\n"
        "Draghi of Italy, and President Macron of France. The leaders discussed support for Ukraine and\n"
        "energy supplies for Europe.\n"
    )
    (event,) = _events(text, "Readout of President Biden's Call with European Leaders", "2022-03-21")
    assert event.kind == "phone_call" and event.remote
    assert {"Scholz", "Draghi", "Macron"} <= {p.person.native for p in event.participants}


def test_abbreviated_title_after_a_comma_is_no_name_suffix() -> None:
    text = (
        "Prime Minister Anthony Albanese, Sr. Advisor Kurt Campbell and President Biden met today in\n"
        "Canberra to discuss the AUKUS partnership.\n"
    )
    natives = {p.person.native for e in _events(text, "", "2023-03-13") for p in e.participants}
    assert "Anthony Albanese" in natives
    assert not any(n.endswith("Sr.") for n in natives)


def test_hyphenated_korean_given_name_and_particle_surname_are_whole_names() -> None:
    text = (
        "President Biden held a video call today with President Moon Jae-in of the Republic of Korea "
        "and European Commission President Ursula von der Leyen to discuss climate finance."
    )
    found = _events(text, "Readout of the Leaders' Meeting", "2021-09-17")
    natives = {p.person.native for e in found for p in e.participants}
    assert {"Moon Jae-in", "Ursula von der Leyen"} <= natives
    assert not natives & {"Moon", "Ursula"}


def test_meeting_with_people_of_no_known_side_and_no_country_named_is_no_exchange() -> None:
    text = (
        "The President and members of his economic team today met with Dr. Maria Lopez and Dr. Thomas Reed to "
        "discuss the economics of broadband investment. Dr. Lopez briefed the President on rural access."
    )
    assert _events(text, "Readout of President Biden's Meeting with Economists", "2022-02-08") == ()


def test_people_of_no_known_side_stay_an_exchange_when_a_country_is_named_after_a_preposition() -> None:
    text = (
        "Este 3 de marzo, la Embajada de Nicaragua en España sostuvo un encuentro cordial con la Diputada "
        "Portavoz de Izquierda Unida en el Parlamento de Asturias, Señora Laura Fernández, y con el "
        "Coordinador del Grupo Parlamentario, Señor Pablo Martín."
    )
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2022-03-04",
        language="es", title="Encuentro con parlamentarios",
    )
    found = extract(normalise(article), default_gazetteer()).events
    assert found and {"Laura Fernández", "Pablo Martín"} <= {p.person.native for e in found for p in e.participants}


def test_leaders_who_convened_on_a_leaders_call_are_one_call_and_the_group_is_no_person() -> None:
    text = (
        "Today the Quad Leaders – Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of "
        "India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – convened "
        "to reaffirm their commitment to a free and open Indo-Pacific. They agreed to meet in person in Tokyo."
    )
    (event,) = _events(text, "Joint Readout of Quad Leaders Call", "2023-03-03")
    assert event.kind == "phone_call" and event.remote
    assert {p.person.native for p in event.participants} == {
        "Anthony Albanese", "Narendra Modi", "Fumio Kishida", "Joe Biden",
    }


def test_crown_prince_is_a_title_not_a_person() -> None:
    text = (
        "Vice President Kamala Harris spoke separately today with King Hamad bin Isa Al Khalifa of Bahrain and "
        "Crown Prince and Prime Minister Salman bin Hamad Al Khalifa of Bahrain."
    )
    natives = {p.person.native for e in _events(text, "Readout of the Vice President's Calls", "2025-01-10")
               for p in e.participants}
    assert "Crown Prince" not in natives
    assert "Salman bin Hamad Al Khalifa" in natives


def test_a_kind_word_inside_a_link_address_tells_no_exchange() -> None:
    # an archived readout keeps its links: "[Memorandum](https://.../briefing-room/...)" is no briefing, and once
    # the wrapped lines are joined the address shares a sentence with the names around it
    text = (
        "Today, senior officials held a listening session with community leaders about the rise in\n"
        "harassment. In his [Presidential\n"
        "Memorandum](https://www.example.gov/briefing-room/presidential-actions/2021/01/26/memorandum-on-bias/)\n"
        "Condemning Bias Against Migrant Workers, President Biden charged the Department of Justice with\n"
        "collecting better data, as Ambassador Maria Lopez of Mexico had asked.\n"
    )
    assert _events(text, "Readout of a listening session", "2021-03-04") == ()


def _events_at(text: str, title: str, published: str, url: str) -> tuple[EventFrame, ...]:
    article = Article(
        doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
        language="en", title=title, url=url,
    )
    return extract(normalise(article), default_gazetteer()).events


_WH = "https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/01/readout/"


def test_officials_meeting_at_home_on_a_government_site_is_no_exchange() -> None:
    text = (
        "Today, National Economic Council Director Lael Brainard and Senior Advisor Mitch Landrieu\n"
        "met with leaders of the building trades unions from across the country to discuss the\n"
        "infrastructure law and the jobs it creates.\n"
    )
    assert _events_at(text, "Readout of a Meeting with Building Trades Leaders", "2023-05-01", _WH) == ()


def test_officials_meeting_a_foreign_minister_on_a_government_site_stay_an_exchange() -> None:
    text = (
        "Today, National Economic Council Director Lael Brainard met with Minister Penny Wong of\n"
        "Australia to discuss supply chains and clean energy cooperation between the two countries.\n"
    )
    (event,) = _events_at(text, "Readout of a Meeting with Minister Wong", "2023-05-01", _WH)
    assert {p.person.native for p in event.participants} >= {"Lael Brainard", "Penny Wong"}
