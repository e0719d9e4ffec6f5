"""Russian meetings told in the plural after "провёл" (ret31, issue 13: a page the naive baseline caught and
liaison lost whole): "провёл отдельные встречи с A и B" is a meeting cue as the singular "провёл встречу с" is, and
"отдельные" tells one meeting each (the text is a restatement of a Xinhua report in Russian)."""

from __future__ import annotations

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, EventFrame
from liaison.normalise import normalise

SEPARATE = """\
Ван И встретился по отдельности с председателем сената и спикером мажилиса Казахстана

Астана, 3 мая /Синьхуа/ -- Сегодня в столице Казахстана член Политбюро ЦК КПК Ван И провел отдельные \
встречи с председателем сената Казахстана Мауленом Ашимбаевым и спикером мажилиса Ерланом Кошановым.
По словам Ван И, отношения двух стран находятся на высоком уровне.
"""


def events(text: str, published: str = "2025-05-03") -> tuple[EventFrame, ...]:
    article = Article(doc_id="t", text=text, content_hash=content_hash(text), origin="test", published=published)
    doc = normalise(article)
    assert doc.language == "ru"
    return extract(doc, default_gazetteer()).events


def test_separate_meetings_in_the_plural_are_read() -> None:
    found = events(SEPARATE)
    assert found, "the plural meetings give no event"
    names = {p.person.name for e in found for p in e.participants}
    assert {"Wang Yi", "Maulen Ashimbayev", "Yerlan Koshanov"} <= names  # read back from the instrumental
    assert len(found) == 2  # "отдельные": one meeting each
    assert all(e.kind == "meeting" for e in found)
    counterparts = [{p.person.country for p in e.participants} for e in found]
    assert all({"CN", "KZ"} <= c for c in counterparts)
