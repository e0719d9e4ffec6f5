"""The explorer's aggregates counted in memory (``serve.aggregates``) equal ``store.stats`` over SQL.

Every grouping and split, over the whole record, with the busiest parties, a country and a person as
the side, and with filters (kind, channel, dates, a party, text), on a database built from real CCTV
items and on the hand-made multilingual fixture; then the same through the HTTP API.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from liaison.serve import aggregates, create_app, queries, read_model
from liaison.serve.stats_api import resolve_side
from liaison.store import EventFilter, Store
from liaison.store.queries import parties
from liaison.store.stats import DIMENSIONS, PERIODS, Breakdown, CrossTab, breakdown, crosstab

SPLITS = [d for d in DIMENSIONS if d not in PERIODS]


def _sides(store: Store) -> list[str | None]:
    busiest = [p["org_id"] for p in parties(store)[:4]]
    person = store.con.execute(
        "SELECT person_id FROM participants GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()
    return [None, *busiest, "CN", "Venezuela", *([person[0]] if person else []), "nobody-at-all"]


def _filters(store: Store) -> list[EventFilter]:
    top = parties(store)[:1]
    return [
        EventFilter(), EventFilter(kind="meeting", date_from="2023", date_to="2024-06"),
        EventFilter(channel="party", text="会见"),
        *([EventFilter(party=top[0]["org_id"], country="VN")] if top else []),
    ]


def _compare(db: Path) -> int:
    compared = 0
    with Store.open(db, read_only=True) as store:
        model = read_model.build(store)
        events = aggregates.index(store)
        for flt in _filters(store):
            for side_text in _sides(store):
                try:
                    side = resolve_side(store, side_text)
                except HTTPException:  # an unknown side: both paths must refuse it
                    assert aggregates.side_filter(store, model, side_text or "") is None
                    continue
                assert aggregates.side_filter(store, model, side_text or "") == side, side_text
                for by in DIMENSIONS:
                    want = breakdown(store, by, flt, None, side=side)
                    got = aggregates.breakdown(store, model, events, by, flt, None, side)
                    assert got == want, (flt, side_text, by)
                    compared += 1
                for by in SPLITS:
                    for period in PERIODS:
                        want_x = crosstab(store, period, by, flt, 3, side=side)
                        got_x = aggregates.crosstab(store, model, events, period, by, flt, 3, side)
                        assert got_x == want_x, (flt, side_text, period, by)
                        compared += 1
    return compared


def test_real_archive_aggregates_are_unchanged(archive_db: Path) -> None:
    assert _compare(archive_db) > 500


def test_fixture_aggregates_are_unchanged(fixture_db: Path) -> None:
    assert _compare(fixture_db) > 100


def test_api_answers_the_same_aggregates(archive_db: Path) -> None:
    with TestClient(create_app(archive_db), base_url="http://127.0.0.1") as client:
        with Store.open(archive_db, read_only=True) as store:
            side = parties(store)[0]["org_id"]
            want = breakdown(store, "person", EventFilter(), 5, side=resolve_side(store, side))
            want_x = crosstab(store, "year", "country", EventFilter(kind="meeting"), 8, side=resolve_side(store, side))
        got = client.get("/api/stats", params={"by": "person", "side": side, "top": 5})
        assert got.status_code == 200
        assert got.content == TypeAdapter(Breakdown).dump_json(want)
        assert want.buckets and want.home is not None and side in want.home.parties
        got_x = client.get("/api/stats/series", params={"by": "country", "side": side, "kind": "meeting"})
        assert got_x.content == TypeAdapter(CrossTab).dump_json(want_x)
        assert client.get("/api/stats", params={"side": "nobody-at-all"}).status_code == 422


def test_explorer_page_is_unchanged(archive_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The explorer's page (three series and who met a side most) reads the same numbers either way."""
    paths = ["/explore", "/explore?side=&met=", "/explore?period=month&kind=meeting&top=3&rows=5"]
    with TestClient(create_app(archive_db), base_url="http://127.0.0.1") as client:
        fast = [client.get(p) for p in paths]
    monkeypatch.setattr(queries, "model", lambda store: None)  # the per-request SQL of store.stats
    with TestClient(create_app(archive_db), base_url="http://127.0.0.1") as client:  # its own response cache
        slow = [client.get(p) for p in paths]
    assert all(r.status_code == 200 for r in fast + slow)
    assert [r.text for r in fast] == [r.text for r in slow]
    assert "Events per" in fast[0].text


def test_whole_record_series_at_every_cut(archive_db: Path) -> None:
    """The whole record's ``other`` series comes from a per-snapshot count (``EventIndex.only_top``) up to
    ``ONLY_TOP`` groups of their own, from the groups beyond that: both equal the SQL."""
    with Store.open(archive_db, read_only=True) as store:
        model = read_model.build(store)
        events = aggregates.with_whole_record(aggregates.index(store), model)
        many = 0
        for by in SPLITS:
            many = max(many, events.overall[by].groups)
            for period in PERIODS:
                for top in (1, 2, 8, aggregates.ONLY_TOP, aggregates.ONLY_TOP + 1, 10_000):
                    want = crosstab(store, period, by, EventFilter(), top)
                    assert aggregates.crosstab(store, model, events, period, by, EventFilter(), top, None) == want
        assert many > aggregates.ONLY_TOP + 1  # the cut beyond ONLY_TOP leaves an ``other`` series


def test_undated_and_coarse_dates(writable_db: Path) -> None:
    """Groups' first and last dates come from events counted in date order, undated first: an event without
    a date and one dated to its year only count as ``store.stats`` counts them."""
    with Store.open(writable_db) as store:
        ids = [r[0] for r in store.con.execute("SELECT event_id FROM events ORDER BY date DESC, event_id").fetchall()]
        assert len(ids) >= 4
        store.con.execute("UPDATE events SET date = NULL WHERE event_id = ?", [ids[0]])
        store.con.execute("UPDATE events SET date = left(date, 4) WHERE event_id = ?", [ids[2]])
    assert _compare(writable_db) > 100
