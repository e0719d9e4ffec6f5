"""A Russian report and an English report of the same meeting: the people are one person each, whether the
knowledge base knows them (Zyuganov, Liu Jianchao) or not (an invented CPRF secretary, a Chinese official
only the Palladius spelling names)."""

from __future__ import annotations

import pytest

from liaison.extract import extract
from liaison.ingest import content_hash
from liaison.kb.gazetteer import Gazetteer, default_gazetteer
from liaison.model.types import Article, DocumentEvents
from liaison.normalise import normalise
from liaison.resolve import resolve

RU = """\
Г.А. Зюганов встретился с делегацией КПК

МОСКВА, 16 апреля. /ТАСС/. Председатель ЦК КПРФ Геннадий Зюганов встретился во вторник в Москве с \
делегацией Коммунистической партии Китая во главе с заведующим Международным отделом ЦК КПК Лю Цзяньчао.
Во встрече приняли участие секретарь ЦК КПРФ Павел Соколов и заместитель заведующего отделом Чэнь Вэньхуа.
"""

EN = """\
Liu Jianchao meets Russian Communist leader

MOSCOW, April 16 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central \
Committee, met here on Tuesday with Gennady Zyuganov, chairman of the Central Committee of the Communist \
Party of the Russian Federation.
Pavel Sokolov, secretary of the CPRF Central Committee, and Chen Wenhua, deputy head of the department, \
were present.
"""


def _events(doc_id: str, text: str) -> DocumentEvents:
    article = Article(doc_id=doc_id, text=text, content_hash=content_hash(text), origin="test", published="2024-04-16")
    doc = normalise(article)
    extraction = extract(doc, default_gazetteer())
    return DocumentEvents(doc_id=doc_id, published=doc.published, language=doc.language, events=extraction.events)


@pytest.mark.parametrize("gaz", [default_gazetteer(), Gazetteer(orgs=dict(default_gazetteer().orgs))],
                         ids=["kb", "names-only"])
def test_russian_and_english_reports_resolve_to_the_same_people(gaz: Gazetteer) -> None:
    ru, en = _events("ru", RU), _events("en", EN)
    assert ru.language == "ru" and en.language == "en"
    res = resolve([ru, en], gazetteer=gaz)
    people: dict[str, set[str]] = {}
    seen: dict[str, set[str]] = {}
    for d in (ru, en):
        for event in d.events:
            for p in event.participants:
                people.setdefault(p.person.name, set()).add(res.mention_person[(d.doc_id, *p.person.span)])
                seen.setdefault(p.person.name, set()).add(d.doc_id)
    expected = {"Gennady Zyuganov", "Liu Jianchao", "Pavel Sokolov", "Chen Wenhua"}
    assert all(seen.get(name) == {"ru", "en"} for name in expected), seen  # each report names all four
    for name in expected:
        assert len(people[name]) == 1, name  # one person across the two scripts
    assert len({next(iter(people[n])) for n in expected}) == 4
    zyuganov = next(p for p in res.people if p.person_id in people["Gennady Zyuganov"])
    assert zyuganov.name == "Gennady Zyuganov"
