"""The REST API and pages, in process, against a small hand-made database."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_fixture import XSS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from liaison.pipeline import reresolve
from liaison.serve import create_app
from liaison.serve.queries import segments
from liaison.store import Store

LOCAL = "http://localhost"  # an allowed Host (the test client's default, "testserver", is not)
CONTRACT_KEYS = {"id", "kind", "date", "date_precision", "date_source", "location", "remote", "channel", "topics",
                 "confidence", "documents", "parties", "participants"}


@pytest.fixture(scope="module")
def client(fixture_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        yield c


def person_id(client: TestClient, name: str) -> str:
    items = client.get("/api/people", params={"q": name}).json()["items"]
    assert [p["name"] for p in items] == [name], items
    return str(items[0]["person_id"])


def event_with(client: TestClient, **params: Any) -> dict[str, Any]:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == 1, body
    return dict(body["items"][0])


# -- events ----------------------------------------------------------------------------------------------
def test_events_have_total_and_export_contract_items(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 5
    assert [e["date"] for e in body["items"]] == ["2025-06-09", "2025-03-12", "2025-01-20", "2024-10-15", "2024-08-02"]
    for item in body["items"]:
        assert set(item) == CONTRACT_KEYS
        assert item["documents"] and item["documents"][0]["evidence"]


def test_events_paging(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 2
    assert [e["date"] for e in page["items"]] == ["2025-01-20", "2024-10-15"]
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize(
    ("params", "dates"),
    [
        ({"person": "Diosdado Cabello"}, ["2025-06-09", "2025-01-20"]),
        ({"person": "刘建超"}, ["2025-03-12", "2025-01-20", "2024-10-15"]),
        ({"party": "PSUV"}, ["2025-06-09", "2025-01-20", "2024-10-15", "2024-08-02"]),
        ({"party": "Communist Party of Vietnam"}, ["2025-03-12"]),
        ({"country": "vn"}, ["2025-03-12"]),
        ({"kind": "video_conference"}, ["2025-01-20"]),
        ({"channel": "state"}, ["2024-08-02"]),
        ({"from": "2025-01", "to": "2025-03"}, ["2025-03-12", "2025-01-20"]),
        ({"to": "2024"}, ["2024-10-15", "2024-08-02"]),
        ({"text": "videoconferencia"}, ["2025-01-20"]),
        ({"person": "Nobody At All"}, []),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, str], dates: list[str]) -> None:
    body = client.get("/api/events", params=params).json()
    assert [e["date"] for e in body["items"]] == dates
    assert body["total"] == len(dates)


def test_event_by_id(client: TestClient) -> None:
    ev = event_with(client, kind="video_conference")
    one = client.get(f"/api/events/{ev['id']}").json()
    assert one == ev
    assert one["remote"] is True
    assert {p["name"] for p in one["participants"]} == {"Diosdado Cabello", "Liu Jianchao"}
    missing = client.get("/api/events/ev_nope")
    assert missing.status_code == 404 and "ev_nope" in missing.json()["detail"]


# -- people and parties ---------------------------------------------------------------------------------
def test_people_search_and_paging(client: TestClient) -> None:
    everyone = client.get("/api/people").json()
    assert everyone["total"] == 7
    assert everyone["items"][0]["name"] == "Liu Jianchao" and everyone["items"][0]["events"] == 3
    page = client.get("/api/people", params={"limit": 3, "offset": 3}).json()
    assert [p["person_id"] for p in page["items"]] == [p["person_id"] for p in everyone["items"][3:6]]
    assert [p["name"] for p in client.get("/api/people", params={"q": "黎怀忠"}).json()["items"]] == ["Le Hoai Trung"]


def test_person_detail(client: TestClient) -> None:
    pid = person_id(client, "Diosdado Cabello")
    body = client.get(f"/api/people/{pid}").json()
    assert body["name"] == "Diosdado Cabello" and body["country"] == "VE"
    assert [(p["title"], p["first_seen"]) for p in body["positions"]] == [
        ("Secretario General", "2025-01-20"), ("First Vice President", "2025-06-09")]
    assert [e["date"] for e in body["events"]] == ["2025-06-09", "2025-01-20"]
    assert {(c["name"], c["events"]) for c in body["counterparts"]} == {("Cai Qi", 1), ("Liu Jianchao", 1)}
    assert client.get("/api/people/p_missing").status_code == 404


def test_counterparts_are_counted(client: TestClient) -> None:
    body = client.get(f"/api/people/{person_id(client, 'Liu Jianchao')}").json()
    assert sorted((c["name"], c["events"]) for c in body["counterparts"]) == [
        ("Diosdado Cabello", 1), ("Le Hoai Trung", 1), ("Nicolás Ernesto Maduro", 1)]
    assert {p["first_seen"] for p in body["positions"]} == {"2025-01-20", "2025-03-12"}


def test_parties(client: TestClient) -> None:
    listed = {p["org_id"]: p["events"] for p in client.get("/api/parties").json()}
    assert listed == {"cpc": 5, "psuv": 4, "cpv": 1}
    psuv = client.get("/api/parties/psuv").json()
    assert psuv["abbr"] == "PSUV"
    assert [(p["org_id"], p["weight"]) for p in psuv["partners"]] == [("cpc", 4)]
    assert len(psuv["events"]) == 4
    assert {p["name"] for p in psuv["people"]} == {"Diosdado Cabello", "Nicolás Ernesto Maduro"}
    cpc = client.get("/api/parties/cpc").json()
    # Liu Jianchao speaks for the International Department, a body under the CPC Central Committee.
    assert {p["name"] for p in cpc["people"]} == {"Cai Qi", "Liu Jianchao"}
    assert client.get("/api/parties/nope").status_code == 404


def test_graph(client: TestClient) -> None:
    g = client.get("/api/graph", params={"kind": "party"}).json()
    assert {n["id"] for n in g["nodes"]} == {"cpc", "psuv", "cpv"}
    assert {(e["source"], e["target"], e["weight"]) for e in g["edges"]} == {("cpc", "psuv", 4), ("cpc", "cpv", 1)}
    recent = client.get("/api/graph", params={"kind": "party", "from": "2025-02", "to": "2025-12"}).json()
    assert {(e["source"], e["target"], e["weight"]) for e in recent["edges"]} == {("cpc", "psuv", 1), ("cpc", "cpv", 1)}
    people = client.get("/api/graph", params={"kind": "person", "from": "2025"}).json()
    assert len(people["nodes"]) == 4 and len(people["edges"]) == 3
    ego = client.get("/api/graph", params={"kind": "party", "center": "cpv"}).json()
    assert {n["id"] for n in ego["nodes"]} == {"cpv", "cpc"}
    assert client.get("/api/graph", params={"kind": "planet"}).status_code == 422


def test_document_with_evidence_spans(client: TestClient) -> None:
    doc = client.get("/api/documents/es-cabello-liu").json()
    assert XSS in doc["text"]
    texts = {(s["kind"], doc["text"][s["start"]:s["end"]]) for s in doc["spans"]}
    assert texts == {("person", "Diosdado Cabello"), ("person", "Liu Jianchao"),
                     ("event", "sostuvo una videoconferencia")}
    assert client.get("/api/documents/nope").status_code == 404


def test_search(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "cabello"}).json()
    assert [p["name"] for p in found["people"]] == ["Diosdado Cabello"]
    assert [e["date"] for e in found["events"]] == ["2025-06-09", "2025-01-20"]
    assert [p["org_id"] for p in client.get("/api/search", params={"q": "psuv"}).json()["parties"]] == ["psuv"]
    assert [p["org_id"] for p in client.get("/api/search", params={"q": "中国共产党"}).json()["parties"]] == ["cpc"]
    empty = client.get("/api/search", params={"q": ""}).json()
    assert empty["people"] == [] and empty["events"] == []


def test_openapi_docs_are_served_locally(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/graph", "/api/judgements", "/api/search"} <= set(paths)
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


# -- judgements --------------------------------------------------------------------------------------------
def test_writes_refused_without_configured_token(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIAISON_TOKEN", raising=False)
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        r = c.post("/api/judgements", json={"left": "a", "right": "b", "same": True},
                   headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "LIAISON_TOKEN" in r.json()["detail"]


def test_writes_need_the_right_token(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_TOKEN", "s3cret")
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        assert c.post("/api/judgements", json={"left": "a", "right": "b", "same": True}).status_code == 401
        wrong = c.post("/api/judgements", json={"left": "a", "right": "b", "same": True},
                       headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
    with Store.open(fixture_db, read_only=True) as store:
        assert store.judgements() == []


def test_judgement_merges_then_undo_splits(writable_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_TOKEN", "s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    calls: list[str] = []

    def on_judgement(path: str) -> None:
        calls.append(path)
        reresolve(path)

    with TestClient(create_app(writable_db, on_judgement=on_judgement), base_url=LOCAL) as c:
        a, b = person_id(c, "Nicolás Maduro"), person_id(c, "Nicolás Ernesto Maduro")
        assert c.get("/api/people").json()["total"] == 7
        r = c.post("/api/judgements", json={"left": a, "right": b, "same": True}, headers=auth)
        assert r.status_code == 201, r.text
        assert r.json()["resolved"] is True and calls == [str(writable_db)]
        merged = c.get("/api/people", params={"q": "Maduro"}).json()["items"]
        assert len(merged) == 1 and merged[0]["events"] == 2
        assert c.get("/api/people").json()["total"] == 6

        undo = c.post(f"/api/judgements/{r.json()['judgement_id']}/undo", headers=auth)
        assert undo.status_code == 201, undo.text
        assert c.get("/api/people").json()["total"] == 7
        again = c.post(f"/api/judgements/{r.json()['judgement_id']}/undo", headers=auth)
        assert again.status_code == 409
        assert c.post("/api/judgements/999/undo", headers=auth).status_code == 404
        listed = c.get("/api/judgements").json()
        assert [(j["left"], j["right"], j["same"], j["undone"]) for j in listed] == [(a, b, True, True)]


def test_judgement_validates_people(writable_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_TOKEN", "s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(create_app(writable_db), base_url=LOCAL) as c:
        a = person_id(c, "Cai Qi")
        assert c.post("/api/judgements", json={"left": a, "right": a, "same": False}, headers=auth).status_code == 422
        r = c.post("/api/judgements", json={"left": a, "right": "p_ghost", "same": False}, headers=auth)
        assert r.status_code == 404
        ok = c.post("/api/judgements", json={"left": a, "right": person_id(c, "Wang Yi"), "same": False}, headers=auth)
        assert ok.status_code == 201 and ok.json()["resolved"] is False


def test_missing_database_is_a_clear_503(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "absent.duckdb"), base_url=LOCAL) as c:
        r = c.get("/api/events")
    assert r.status_code == 503 and "liaison build" in r.json()["detail"]


# -- pages -----------------------------------------------------------------------------------------------
def test_pages_render(client: TestClient) -> None:
    home = client.get("/").text
    assert "Top counterpart parties" in home and "<svg" in home and "Events per month by channel" in home
    pid = person_id(client, "Diosdado Cabello")
    person = client.get(f"/people/{pid}").text
    assert "Secretario General" in person and "First Vice President" in person and 'id="judge"' in person
    party = client.get("/parties/psuv").text
    assert "United Socialist Party of Venezuela" in party and "/static/vendor/cytoscape.min.js" in party
    listing = client.get("/events", params={"channel": "state"}).text
    assert 'id="total">1<' in listing
    assert "Cabello" in client.get("/search", params={"q": "Cabello"}).text
    missing = client.get("/people/p_missing")
    assert missing.status_code == 404 and "p_missing" in missing.text and "<html" in missing.text


def test_article_html_is_inert_and_evidence_highlighted(client: TestClient) -> None:
    ev = event_with(client, kind="video_conference")
    page = client.get(f"/events/{ev['id']}").text
    assert "<script>document.title" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page
    assert '<mark class="hl-event ">sostuvo una videoconferencia</mark>' in page
    assert 'title="Diosdado Cabello">Diosdado Cabello</mark>' in page
    assert "Cabello y Liu Jianchao &lt;i&gt;videoconferencia&lt;/i&gt;" in page  # the title is escaped too


def test_segments_split_at_overlapping_spans() -> None:
    spans = [{"start": 0, "end": 5, "kind": "event", "label": "e"},
             {"start": 2, "end": 8, "kind": "person", "label": "X"}]
    got = [(s["text"], s["kinds"]) for s in segments("abcdefghij", spans)]
    assert got == [("ab", ["event"]), ("cde", ["event", "person"]), ("fgh", ["person"]), ("ij", [])]


def test_counterparts_are_on_the_other_sides_only(client: TestClient) -> None:
    for name in ("Cai Qi", "Liu Jianchao", "Diosdado Cabello"):
        body = client.get(f"/api/people/{person_id(client, name)}").json()
        own = body.get("country")
        assert body["counterparts"], name
        assert all(c["country"] != own for c in body["counterparts"]), (name, body["counterparts"])
