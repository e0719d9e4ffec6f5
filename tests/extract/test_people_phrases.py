"""The people of a phrase (``zh.people.people_in``) kept per phrase: the same people wherever the phrase
stands, as reading it afresh gives them, until the people table changes."""

from __future__ import annotations

import gzip
import json
import re
from itertools import islice

import pytest

from liaison.extract.zh import people as people_module
from liaison.extract.zh.people import people_in
from liaison.kb.gazetteer import Gazetteer, PersonEntry, default_gazetteer
from liaison.normalise.script import to_simplified
from tests.conftest import ARCHIVE

CHAIN = "中共中央政治局常委、国务院总理李强和越共中央总书记苏林"


def test_a_phrase_kept_names_the_same_people_moved_to_where_it_stands() -> None:
    gaz = default_gazetteer()
    at_start = people_in(CHAIN, 0, gaz)
    later = people_in(CHAIN, 40, gaz)  # kept from the first reading
    assert [p.native for p in at_start] == ["李强", "苏林"]
    assert [p.title for p in later] == ["中共中央政治局常委、国务院总理", "越共中央总书记"]
    assert [p.span for p in later] == [(s + 40, e + 40) for s, e in (p.span for p in at_start)]
    assert [p.title_span for p in later] == [(s + 40, e + 40) for s, e in (p.title_span or (0, 0) for p in at_start)]
    assert CHAIN[slice(*at_start[1].span)] == "苏林"
    later.clear()  # a caller's list is its own
    assert len(people_in(CHAIN, 40, gaz)) == 2


def test_phrases_kept_are_dropped_when_the_people_table_grows() -> None:
    """罗索 is a city (Roseau) unless the people table knows a person of that name."""
    gaz = Gazetteer()
    assert [p.native for p in people_in("罗索、王东峰", 0, gaz, bare=True)] == ["王东峰"]
    gaz.add_person(PersonEntry(name="John Rosso", native=("罗索",), country="PG"))
    assert [p.native for p in people_in("罗索、王东峰", 0, gaz, bare=True)] == ["罗索", "王东峰"]


@pytest.mark.usefixtures("shared")
def test_kept_phrases_give_what_reading_them_afresh_gives_on_real_cctv_phrases() -> None:
    """Every clause of 800 real items, read at its place in the text, with and without a title after the
    name, as a list of bare names or not: the people kept equal those read afresh (the table emptied)."""
    gaz = default_gazetteer()
    compared = found = 0
    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as fh:
        for line in islice(fh, 800):
            text = to_simplified(json.loads(line)["text"])
            for m in re.finditer(r"[^，。；！？\n]+", text):
                for bare, post in ((False, True), (True, False)):
                    kept = people_in(m.group(), m.start(), gaz, bare=bare, post=post)
                    people_module._KEPT.clear()
                    assert people_in(m.group(), m.start(), gaz, bare=bare, post=post) == kept
                    compared += 1
                    found += bool(kept)
    assert compared > 20_000 and found > 2_000
