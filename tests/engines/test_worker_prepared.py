"""What a worker prepares for resolution is made from the extraction itself (``worker.stored_view``), not
from its row's frames written to JSON and read back: the two are the same, value for value and type for type."""

from __future__ import annotations

import dataclasses
import json
import pickle
from itertools import islice
from typing import Any

import pytest

from liaison.engines.worker import extract_article, stored_view
from liaison.ingest.records import parse_record
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.rows import FRAMES, document_events, extraction_row
from liaison.resolve.mentions import _NONE, Unit, collect_units
from liaison.resolve.prepared import load, load_events, prepare
from tests.conftest import REPO, archive_extractions

REAL_DEV = REPO / "quality" / "real-dev"


def same(a: Any, b: Any, where: str = "") -> None:
    """``a`` and ``b`` equal field by field, with the same types all the way down (1 is not 1.0, a list no tuple)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} against {type(b).__name__}"
    if dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, tuple | list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            same(a[k], b[k], f"{where}[{k!r}]")
    else:
        assert a == b and repr(a) == repr(b), f"{where}: {a!r} against {b!r}"


def test_same_tells_types_apart() -> None:
    with pytest.raises(AssertionError):
        same((1, "a"), (1.0, "a"))
    with pytest.raises(AssertionError):
        same([1], (1,))


@pytest.mark.usefixtures("shared")
def test_an_extraction_is_what_its_row_gives_back_on_real_cctv_items() -> None:
    """3,000 real items: for each with events, the view prepared from the extraction equals the row's, and so
    does what ``prepare`` makes of it (units, their links, keys, titles and stored JSON; frames; events)."""
    gaz = default_gazetteer()
    compared = 0
    for ex in archive_extractions(3000):
        row = extraction_row(ex)
        stored = document_events(row[0], row[7], row[6], row[FRAMES])
        view = stored_view(ex)
        same(view, stored)
        direct, read = prepare(view, gaz), prepare(stored, gaz)
        assert direct.frames == read.frames
        same(load_events(direct.events), load_events(read.events))
        assert [(u.links, u.key_id) for u in direct.units] == [(u.links, u.key_id) for u in read.units]
        assert [load(u.data)[2] for u in direct.units] == [load(u.data)[2] for u in read.units]
        assert [pickle.loads(u.data)[1] for u in direct.units] == [pickle.loads(u.data)[1] for u in read.units]
        compared += 1
    assert compared > 250


def test_an_extraction_is_what_its_row_gives_back_on_real_web_pages_of_every_language() -> None:
    """The first 40 real-dev pages of each slice (English, Spanish, French, Portuguese, Russian, Chinese)."""
    compared = 0
    for path in sorted(REAL_DEV.glob("web-*.articles.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(islice(fh, 40)):
                ex = extract_article(parse_record(json.loads(line), f"{path.stem}-{n}", f"{path.name}:{n}"))
                if ex.events:
                    row = extraction_row(ex)
                    same(stored_view(ex), document_events(row[0], row[7], row[6], row[FRAMES]))
                    compared += 1
    assert compared > 100


@pytest.mark.usefixtures("shared")
def test_a_compacted_unit_keeps_what_interning_kept_on_real_cctv_items() -> None:
    """``Unit.compact`` no longer interns a unit's strings (a worker pickles the unit at once, and unpickling makes
    strings of its own): on the units of real items, the compacted unit equals the one ``_share_empty`` makes,
    field by field, each set iterating in the same order (what the pickle holds) and each empty one shared."""
    gaz = default_gazetteer()
    compared = 0
    for ex in archive_extractions(1500):
        view = stored_view(ex)  # (collected twice: the same sets, made the same way)
        for unit, interned in zip(collect_units([view], gaz), collect_units([view], gaz), strict=True):
            interned._share_empty()
            unit.compact()
            for f in dataclasses.fields(Unit):
                if f.name.startswith("_") or f.name == "people":  # (people: slimmed by ``compact`` alone)
                    continue
                mine, theirs = getattr(unit, f.name), getattr(interned, f.name)
                assert mine == theirs, f.name
                if isinstance(theirs, set | frozenset):
                    assert list(mine) == list(theirs), f.name
                    assert (mine is _NONE) == (theirs is _NONE), f.name
            assert [(p.name, p.native, p.span, p.aliases, p.name_source, p.title) for p in unit.people] == [
                (p.name, p.native, p.span, p.aliases, p.name_source, None) for p in interned.people]
            compared += 1
    assert compared > 300
