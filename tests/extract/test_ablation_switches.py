"""Switching a step off for a measurement (``extract.assembly.trace.ablated``, ``$LIAISON_ABLATE``,
``scripts/ablate.py``): the step then gives back the frames it took; with no switch nothing changes."""

from __future__ import annotations

import pytest

from liaison.extract import extract
from liaison.extract.assembly import trace
from liaison.ingest import content_hash
from liaison.kb.gazetteer import default_gazetteer
from liaison.model.types import Article, Document
from liaison.normalise import normalise

# a restated domestic meeting: both people of one country, no foreign side (the ``domestic`` filter drops it)
_TEXT = (
    "KATHMANDU: Prime Minister KP Sharma Oli on Thursday met Nepal Communist Party Co-chair Pushpa Kamal Dahal "
    "at his official residence in Baluwatar.\n"
    "The two leaders talked about the party's unification, an aide said.\n"
)


def _doc() -> Document:
    article = Article(doc_id="t", text=_TEXT, content_hash=content_hash(_TEXT), origin="test",
                      published="2020-05-08", language="en")
    return normalise(article)


def test_a_step_gives_its_frames_unless_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = ("a",), ("b",)
    assert trace.step("domestic", before, after) == after  # type: ignore[type-var]
    monkeypatch.setattr(trace, "_ABLATED", frozenset({"domestic"}))
    assert trace.ablated("domestic") and not trace.ablated("heads_joined")
    assert trace.step("domestic", before, after) == before  # type: ignore[type-var]
    assert trace.step("heads_joined", before, after) == after  # type: ignore[type-var]


def test_the_domestic_filter_switched_off_keeps_a_domestic_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert extract(_doc(), default_gazetteer()).events == ()
    monkeypatch.setattr(trace, "_ABLATED", frozenset({"domestic"}))
    kept = extract(_doc(), default_gazetteer()).events
    assert [sorted(p.person.name for p in f.participants) for f in kept] == [["KP Sharma Oli", "Pushpa Kamal Dahal"]]
