"""The hosts of a visit abroad: a titled person of no side by their own words, beside people of one known side,
is of the country the event took place in (restated lines of quality/real-dev, read with a gazetteer that knows
none of their people, as a blind article's)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article
from liaison.normalise import normalise


def _sides(text: str, published: str = "2017-02-23") -> dict[str, str | None]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language="en", source=None, title=None)
    gaz = forget_people(default_gazetteer(), [text])
    return {p.person.native: p.side for ev in extract(normalise(article), gaz).events for p in ev.participants}


def test_a_prime_minister_met_abroad_is_of_the_place() -> None:
    """web-en-213 restated: the Sri Lankan hosts' titles name no country; the talks are told after the meeting
    in Colombo."""
    text = ("A high-level Chinese delegation had talks today with former President Mahinda Rajapaksa on some of the "
            "projects in which China is involved in Sri Lanka.\n"
            "The delegation led by Song Tao, Minister of the International Department of Communist Party of China "
            "(CPC) met Rajapaksa in Colombo and took up several issues.\n"
            "Earlier today Song Tao also had talks with Prime Minister Ranil Wickremesinghe.\n")
    sides = _sides(text)
    assert sides.get("Song Tao") == "CN"
    assert sides.get("Ranil Wickremesinghe") == "LK"


def test_the_hosts_of_a_visit_abroad_take_the_country_named() -> None:
    """web-en-151 restated: "President Bidya Devi Bhandari" in a story from Kathmandu about Nepal's parties."""
    text = ("KATHMANDU, Dec 28: A high-level delegation of the Communist Party of China (CPC), now on a visit, was "
            "received in Nepal on Sunday.\n"
            "The CPC delegation of four, led by Guo Yezhou, vice minister of the International Department of the "
            "Communist Party of China, which reached Kathmandu on Sunday afternoon, held a meeting with President "
            "Bidya Devi Bhandari that same day.\n")
    sides = _sides(text, "2020-12-28")
    assert sides.get("Bidya Devi Bhandari") == "NP"


def test_no_country_is_given_at_the_placed_sides_home() -> None:
    """Met in Beijing, the bare "Secretary of State" may be of any country: not of the place's, nor of the
    countries the story names elsewhere."""
    text = ("Chinese Foreign Minister Wang Yi met with Secretary of State Antony Blinken in Beijing on Saturday, "
            "after a conference where Germany and Ukraine were discussed.\n")
    sides = _sides(text, "2023-02-18")
    assert sides.get("Wang Yi") == "CN"
    assert sides.get("Antony Blinken") is None


def test_a_titled_person_met_in_the_placed_sides_own_country_is_not_of_the_place() -> None:
    """web-es-189 restated: Boric, unknown, meets Xi Jinping, known, in Beijing: he is a visitor, not of the place's
    country; the seat passes give him none (a guess there made domestic frames exchanges), and only the finished
    frame takes the story's other country for him (``story_sides``, country28)."""
    text = ("El Presidente Gabriel Boric sostuvo este miércoles en Pekín una reunión bilateral con su par de la "
            "República Popular China, Xi Jinping, en la que trataron materias de cooperación.\n"
            "Boric destacó que en Chile creen en el comercio libre. Chile es un país que tiene relaciones con la "
            "Unión Europea y con Estados Unidos.\n")
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2025-05-14",
                      language="es", source=None, title=None)
    gaz = forget_people(default_gazetteer(), ["Gabriel Boric"])
    sides = {p.person.native: p.side for ev in extract(normalise(article), gaz).events for p in ev.participants}
    assert sides.get("Xi Jinping") == "CN"
    assert sides.get("Gabriel Boric") == "CL"


def test_a_readouts_own_subject_is_of_the_publishing_office() -> None:
    """whb-00235 restated: met in Nigeria, but Finer is the White House's own official."""
    text = ("Principal Deputy National Security Advisor Jon Finer traveled to Nigeria, Equatorial Guinea and "
            "Mauritania. In Nigeria, Mr. Finer met with Nigerian Vice President Yemi Osinbajo. Nigeria and the "
            "United States discussed security. In Abuja he also met Nigerian officials.\n")
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2021-10-20",
                      language="en", source="White House (briefing-room archive)", title="Readout")
    gaz = forget_people(default_gazetteer(), [text])
    sides = {p.person.native: p.side for ev in extract(normalise(article), gaz).events for p in ev.participants}
    assert sides.get("Yemi Osinbajo") == "NG"
    assert sides.get("Jon Finer") == "US"


def test_a_country_closing_an_unknown_name_is_its_family_name() -> None:
    """web-en-151 restated: "Madhav Kumar Nepal", unknown, is not cut to "Madhav Kumar" before "Nepal"."""
    text = ("KATHMANDU, Dec 28: On Monday a high-level delegation of the Communist Party of China (CPC) led by "
            "Guo Yezhou held a meeting with Madhav Kumar Nepal, one of the two chairmen of the rival faction of "
            "the Nepal Communist Party (NCP).\n")
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published="2020-12-28",
                      language="en", source=None, title=None)
    gaz = forget_people(default_gazetteer(), [text])
    names = {p.person.native for ev in extract(normalise(article), gaz).events for p in ev.participants}
    assert "Madhav Kumar Nepal" in names and "Madhav Kumar" not in names
