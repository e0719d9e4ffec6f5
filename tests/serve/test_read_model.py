"""The app's per-snapshot read model and pre-serialised events answer exactly what per-request SQL answers.

Each answer of ``/api/people/{id}``, ``/api/parties/{id}`` and ``/api/search`` is compared, byte for byte,
with the response model serialised from the per-request SQL reads (what the app answered before), on
a database built from real CCTV items and on the hand-made multilingual fixture.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pydantic import BaseModel

from liaison.kb.labels import display_name
from liaison.serve import create_app, queries, schemas
from liaison.store import Store


def _client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        yield client


def _dump(model: type[BaseModel], value: dict[str, Any]) -> bytes:
    """What FastAPI wrote for ``value`` under ``response_model=model, response_model_exclude_unset=True``."""
    return model.model_validate(value).model_dump_json(exclude_unset=True).encode()


def _old_person(store: Store, person_id: str) -> bytes:
    info = queries.person(store, person_id)
    assert info is not None
    return _dump(schemas.PersonDetail, {
        **info, "display_name": display_name(info["name"], info["native"]),
        "positions": queries.person_positions(store, person_id),
        "events": queries.event_records(store, queries.person_event_ids(store, person_id)),
        "counterparts": queries.counterparts(store, person_id),
    })


def _old_party(store: Store, org_id: str) -> bytes:
    info = queries.party(store, org_id)
    assert info is not None
    return _dump(schemas.PartyDetail, {
        **info, "event_count": info["events"], "partners": queries.partners(store, org_id),
        "events": queries.event_records(store, queries.party_event_ids(store, org_id)),
        "people": queries.representatives(store, org_id),
    })


def _compare_all(db: Path) -> int:
    """Compare every person, every organisation and searches for their names; how many answers compared."""
    client = next(_client(db))  # publishes the snapshot the app reads
    with Store.open(db, read_only=True) as store:
        everyone = [r["person_id"] for r in queries.people_page(store, None, 100_000, 0)["items"]]
        people = everyone[:150] + everyone[150::7]  # the busiest, and a sample of the others
        org_ids = [r[0] for r in store.con.execute("SELECT org_id FROM orgs ORDER BY org_id").fetchall()]
        names = sorted({n for pid in people for n in (queries.person(store, pid) or {}).get("aliases", [])[:1]}
                       | {(queries.person(store, pid) or {})["name"] for pid in people[:150]}
                       | {(queries.party(store, o) or {})["name"] for o in org_ids[:80]}
                       | {"CPC", "cpc", "Party", "中共", "党", "习", "a_b", "100%", "Venezuela", "x:", "  Xi  ", "会见",
                          "中国共产党", "习近平", "总书记", "的", "Beijing", "PSUV", "videoconferencia", "Jinping"})
        compared = 0
        for pid in people:
            got = client.get(f"/api/people/{pid}")
            assert got.status_code == 200
            assert got.content == _old_person(store, pid), pid
            compared += 1
        for oid in org_ids:
            got = client.get("/api/parties/" + oid)
            assert got.status_code == 200
            assert got.content == _old_party(store, oid), oid
            compared += 1
        for name in names:
            got = client.get("/api/search", params={"q": name, "limit": 20})
            assert got.status_code == 200
            assert got.content == _dump(schemas.SearchResult, queries.search(store, name, 20)), name
            compared += 1
        assert client.get("/api/people/nobody").status_code == 404
        assert client.get("/api/parties/nothing").status_code == 404
    return compared


def test_real_archive_answers_are_unchanged(archive_db: Path) -> None:
    assert _compare_all(archive_db) > 400


def test_fixture_answers_are_unchanged(fixture_db: Path) -> None:
    assert _compare_all(fixture_db) > 20


def test_timeline_events_are_newest_first_and_complete(archive_db: Path) -> None:
    """A real check beside the comparison: the busiest person's events are all theirs, newest first."""
    client = next(_client(archive_db))
    with Store.open(archive_db, read_only=True) as store:
        busiest = queries.people_page(store, None, 1, 0)["items"][0]
    body = json.loads(client.get(f"/api/people/{busiest['person_id']}").content)
    assert len(body["events"]) == busiest["events"] > 50
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all(any(p["person_id"] == busiest["person_id"] for p in e["participants"]) for e in body["events"])
