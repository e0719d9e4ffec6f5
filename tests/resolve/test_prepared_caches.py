"""A build's workers collect the units of every document with events (``resolve.prepared.prepare``), and a news
archive names the same people with the same titles in thousands of documents: what ``collect_units`` reads from
a mention's names (``mentions.name_forms``), its title's words and its office (``offices.office_of``) is read
once per process. Held, on the mentions of real CCTV items, to the same readings made afresh, and the units
collected with the caches warm to those collected with them empty."""

from __future__ import annotations

import gzip
import json
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import DocumentEvents
from liaison.pipeline import build
from liaison.resolve import mentions, offices
from liaison.resolve.mentions import Unit, collect_units, name_forms
from liaison.resolve.names import compact, fold_name, is_cjk, tokens
from liaison.resolve.prepared import load, prepare, unit_json
from liaison.store import Store


@pytest.fixture(scope="module")
def cctv(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> list[DocumentEvents]:
    """The documents with events among the first 1,200 items of the 2022–2026 CCTV archive."""
    folder = tmp_path_factory.mktemp("caches")
    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rb") as src:
        (folder / "items.jsonl").write_bytes(b"".join(islice(src, 1200)))
    build([folder / "items.jsonl"], folder / "x.duckdb", workers=1)
    with Store.open(folder / "x.duckdb", read_only=True) as store:
        docs = [d for d in store.load_document_events() if d.events]
    assert len(docs) > 50
    return docs


def _clear() -> None:
    mentions.name_forms.cache_clear()
    mentions._title_words.cache_clear()
    offices._office.cache_clear()


def test_names_titles_and_offices_read_once_equal_their_readings_afresh(cctv: list[DocumentEvents]) -> None:
    people = [p.person for d in cctv for f in d.events for p in f.participants]
    assert len({p.name for p in people}) < len(people)  # (names recur: what the caches are for)
    for p in people:
        read = name_forms(p.name, p.native, p.aliases, p.name_source)
        latin = mentions._latin_forms(p)
        assert read.latin == tuple(latin)
        assert read.compact == {compact(f) for f in latin}
        assert read.tokens == tuple(map(tokens, latin))
        assert read.cjk == set(mentions._cjk_forms(p))
        assert read.own == compact(p.name)
        title = p.title
        words = set() if not title else (
            {title[i:i + 2] for i in range(len(title) - 1)} if is_cjk(title)
            else {w for w in fold_name(title).split() if w not in mentions._TITLE_STOP})
        assert mentions._title_words(title) == words
        if title and title.strip():
            state = p.organization is not None and p.organization.kind == "state"
            assert offices.office_of(p) == offices._office.__wrapped__(title, state)
    assert any(offices.office_of(p) for p in people)  # (some titles state an office: 总统, 总理)


def test_units_collected_with_warm_caches_equal_those_collected_with_empty_ones(cctv: list[DocumentEvents]) -> None:
    gazetteer = default_gazetteer()
    _clear()
    cold = [collect_units([d], gazetteer) for d in cctv]
    warm = [collect_units([d], gazetteer) for d in cctv]
    assert cold == warm
    _clear()
    cold_prepared = [prepare(d, gazetteer) for d in cctv]
    warm_prepared = [prepare(d, gazetteer) for d in cctv]
    for a, b in zip(cold_prepared, warm_prepared, strict=True):
        assert (a.doc_id, a.frames, a.events) == (b.doc_id, b.frames, b.events)
        assert [(u.links, u.key_id, load(u.data)) for u in a.units] == [(u.links, u.key_id, load(u.data))
                                                                        for u in b.units]


def _unit_dict_with_lists(u: Unit) -> dict[str, Any]:
    """``unit_to_dict`` as it was written before (a list for every array)."""
    out: dict[str, Any] = {name: sorted(getattr(u, name)) for name in mentions._SET_FIELDS}
    out.update(
        doc_id=u.doc_id,
        mentions=[list(m[1:]) for m in u.mentions],
        people=[[p.name, p.native, list(p.aliases), p.name_source] for p in u.people],
        years=sorted(u.years),
        token_forms=sorted(list(t) for t in u.token_forms),
        **{name: sorted(list(o) for o in getattr(u, name)) for name in mentions._PAIR_FIELDS},
    )
    return out


def test_the_stored_json_of_units_is_that_of_their_dict_with_lists(cctv: list[DocumentEvents]) -> None:
    units = [u.compact() for d in cctv for u in collect_units([d], default_gazetteer())]
    assert any(u.token_forms for u in units) and any(u.role_days for u in units)
    for u in units:
        assert unit_json(u, [])[0] == json.dumps(_unit_dict_with_lists(u), ensure_ascii=False)
