"""What the Chinese passes ask again and again is answered from what was kept (``zh.countries.find_countries``,
``Gazetteer.person``): the same answer as asking afresh, on real CCTV items, and never an answer a caller
changed or one from before the tables changed."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from liaison.extract import extract
from liaison.extract.zh import capacity, countries
from liaison.extract.zh.countries import _find_countries, find_countries
from liaison.ingest.records import content_hash
from liaison.kb.gazetteer import Gazetteer, PersonEntry, default_gazetteer
from liaison.model.types import Article, OrgRef
from liaison.normalise import normalise
from tests.conftest import ARCHIVE


def _items(n: int) -> list[Article]:
    if not ARCHIVE.exists():
        pytest.skip(f"CCTV archive not found at {ARCHIVE}")
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in islice(fh, n)]
    return [Article(r["id"], r["text"], content_hash(r["text"]), "test", title=r.get("title"), language="zh",
                    published=r.get("published")) for r in rows]


def test_kept_countries_equal_a_fresh_reading_and_are_the_callers_own() -> None:
    titles = ["越共中央总书记", "内蒙古自治区党委书记", "中国国民党主席", "老挝人民革命党中央总书记、国家主席",
              "蒙古国总统", "国安委中国事务高级主任", "越南" * 150]  # (the last too long to be kept)
    for text in titles * 2:
        assert find_countries(text) == _find_countries(text)
    assert find_countries("内蒙古自治区党委书记") == [] and find_countries("蒙古国总统") == [(0, 3, "MN")]
    first = find_countries("越南共产党中央总书记")
    first.append((0, 0, "XX"))  # a caller's list is its own
    assert find_countries("越南共产党中央总书记") == [(0, 2, "VN")]
    kept = countries._kept_countries.cache_info().currsize
    find_countries("越南" * 151)
    assert countries._kept_countries.cache_info().currsize == kept  # a long text is read afresh, not kept


def test_kept_people_equal_a_fresh_lookup_on_real_items() -> None:
    gaz = default_gazetteer()
    asked: list[tuple[str, str | None, OrgRef | None, str | None]] = []
    person = Gazetteer.person

    def recording(self: Gazetteer, form: str, side: str | None = None, post: OrgRef | None = None,
                  said: str | None = None) -> PersonEntry | None:
        asked.append((form, side, post, said))
        return person(self, form, side, post, said)

    Gazetteer.person = recording  # type: ignore[method-assign]
    try:
        frames = [f for a in _items(400) for f in extract(normalise(a)).events]
    finally:
        Gazetteer.person = person  # type: ignore[method-assign]
    assert frames and len(asked) > 2 * len(set(asked))  # the passes ask again of the same mentions
    assert any(gaz.person(*q) is not None for q in asked)
    for q in set(asked):
        assert gaz.person(*q) is gaz._person(*q)


def test_an_added_person_is_found_by_a_form_asked_before() -> None:
    gaz = Gazetteer()
    assert gaz.person("Alpha Beta") is None
    view = gaz.with_forms({})
    gaz.add_person(PersonEntry(name="Alpha Beta", country="XX"))
    found = gaz.person("Alpha Beta")
    assert found is not None and found.name == "Alpha Beta"
    assert view.person("Alpha Beta") is found  # a view shares the tables, and what is kept of them


def test_kept_capacities_equal_a_fresh_reading_and_are_the_callers_own() -> None:
    titles = ["越共中央总书记、国家主席", "全国人大常委会委员长", "乌干达全国抵抗运动总书记", "前总统", None, ""]
    for title in titles * 2:
        assert capacity.capacities(title) == capacity._capacities(title or "")
    assert capacity.capacities("越共中央总书记、国家主席") == {"party", "state"}
    capacity.capacities("全国人大常委会委员长").add("party")  # a caller's set is its own
    assert capacity.capacities("全国人大常委会委员长") == {"legislature"}
