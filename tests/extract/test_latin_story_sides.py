"""A principal no text places, beside one placed side, is of the country the story names most often besides that
side (issue 13, country28; restated lines of the dev sets, read with a gazetteer that knows none of their people)."""

from __future__ import annotations

from collections import Counter

from liaison.extract import extract
from liaison.extract.latin.story_sides import other_story_country
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer, forget_people
from liaison.model.types import Article
from liaison.normalise import normalise


def _sides(text: str, language: str, published: str = "2019-05-02") -> list[dict[str, str | None]]:
    """Each event's participants by name: their side, the people the text names forgotten."""
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published,
                      language=language, source=None, title=None)
    gaz = forget_people(default_gazetteer(), [text])
    return [{p.person.native: p.side for p in ev.participants} for ev in extract(normalise(article), gaz).events]


def test_a_president_met_by_a_visiting_delegation_is_of_the_country_the_story_tells() -> None:
    """web-en-150 restated: the visitors are placed by their party; the president by the story's other country."""
    text = ("Chinese Vice Minister Guo Yezhou, heading a Communist Party of China delegation, met President "
            "Bidya Devi Bhandari on Sunday evening. The delegation is in Nepal for four days and will also hold "
            "talks with leaders of Nepal's ruling party, a source in Kathmandu said.")
    events = _sides(text, "en", "2019-05-19")
    assert any(e.get("Bidya Devi Bhandari") == "NP" and e.get("Guo Yezhou") == "CN" for e in events)


def test_a_host_named_by_a_domestic_post_in_spanish() -> None:
    """web-es-011 restated: a president receiving a delegation the Chinese government sent."""
    text = ("La presidenta Cristina Fernández de Kirchner recibió el martes en la Casa Rosada a una delegación del "
            "Gobierno chino encabezada por el ministro chino Wang Jiarui. Ambos repasaron los lazos entre "
            "Argentina y China y los proyectos que la Argentina impulsa con Pekín.")
    events = _sides(text, "es", "2013-06-11")
    assert any(e.get("Cristina Fernández de Kirchner") == "AR" for e in events)


def test_no_country_when_two_lead_the_story_alike() -> None:
    counts = Counter({"CN": 5, "AR": 2, "BR": 2})
    assert other_story_country(counts, {"CN"}) is None
    assert other_story_country(Counter({"CN": 5, "AR": 3, "BR": 2}), {"CN"}) == "AR"
    assert other_story_country(Counter({"CN": 5}), {"CN"}) is None
