"""The analyst's endpoints: aggregates (JSON and CSV), person suggestions, graph limits, typed responses; and
the pages that use them (explorer, network), in process against the small hand-made database.

The database: five events, China at all of them; the CPC at all five, the PSUV at four; the 2024-08-02
meeting (Nicolás Maduro, Wang Yi; state channel) is of the recall tier (confidence 0.5).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from liaison.serve import create_app
from liaison.serve.stats_api import csv_text

LOCAL = "http://localhost"


@pytest.fixture(scope="module")
def client(fixture_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        yield c


def get(client: TestClient, path: str, **params: Any) -> Any:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


# -- /api/stats ----------------------------------------------------------------------------------------
def test_stats_by_channel_and_year(client: TestClient) -> None:
    by_channel = get(client, "/api/stats", by="channel")
    assert [(b["key"], b["events"]) for b in by_channel["buckets"]] == [("party", 4), ("state", 1)]
    assert by_channel["events"] == 5 and by_channel["home"] is None
    by_year = get(client, "/api/stats", by="year", min_confidence=0.6)
    assert [(b["key"], b["events"]) for b in by_year["buckets"]] == [("2024", 1), ("2025", 3)]


def test_who_met_the_cpc_most(client: TestClient) -> None:
    """Counterparts only: the CPC's own people (Cai Qi, Liu Jianchao, Wang Yi) are not its visitors."""
    body = get(client, "/api/stats", by="person", side="CPC")
    assert [(b["name"], b["events"]) for b in body["buckets"]] == [
        ("Diosdado Cabello", 2), ("Le Hoai Trung", 1), ("Nicolás Ernesto Maduro", 1), ("Nicolás Maduro", 1)]
    assert body["home"]["label"] == "CPC" and body["home"]["countries"] == ["CN"]
    assert body["buckets"][1]["native"] == "黎怀忠" and body["buckets"][1]["country"] == "VN"
    sure = get(client, "/api/stats", by="person", side="CPC", min_confidence=0.6, top=2)
    assert [b["name"] for b in sure["buckets"]] == ["Diosdado Cabello", "Le Hoai Trung"] and sure["groups"] == 3
    in_2025 = get(client, "/api/stats", by="person", side="CPC", **{"from": "2025"})
    assert {b["name"] for b in in_2025["buckets"]} == {"Diosdado Cabello", "Le Hoai Trung"}


def test_side_is_a_party_a_country_or_a_person(client: TestClient) -> None:
    countries = get(client, "/api/stats", by="country", side="China")
    assert [(b["key"], b["name"], b["events"]) for b in countries["buckets"]] == [
        ("VE", "Venezuela", 4), ("VN", "Vietnam", 1)]
    around = get(client, "/api/stats", by="person", side="Diosdado Cabello")
    assert {b["name"] for b in around["buckets"]} == {"Cai Qi", "Liu Jianchao"}
    missing = client.get("/api/stats", params={"by": "person", "side": "Atlantis"})
    assert missing.status_code == 422 and "Atlantis" in missing.json()["detail"]
    assert client.get("/api/stats", params={"by": "planet"}).status_code == 422


def test_series_per_period_and_group(client: TestClient) -> None:
    body = get(client, "/api/stats/series", period="year", by="country", side="CN")
    assert body["periods"] == ["2024", "2025"] and body["totals"] == [2, 3]
    assert [(s["name"], s["counts"]) for s in body["series"]] == [("Venezuela", [2, 2]), ("Vietnam", [0, 1])]
    assert body["other"] is None and body["events"] == 5 and body["unassigned"] == 0
    top = get(client, "/api/stats/series", period="year", by="party", side="CN", top=1)
    assert [(s["abbr"], s["counts"]) for s in top["series"]] == [("PSUV", [2, 2])]
    assert top["other"]["name"] == "1 more" and top["other"]["counts"] == [0, 1] and top["groups"] == 2
    months = get(client, "/api/stats/series", period="month", by="channel")
    assert months["periods"][0] == "2024-08" and months["periods"][-1] == "2025-06" and len(months["periods"]) == 11
    assert client.get("/api/stats/series", params={"by": "month"}).status_code == 422


def test_csv_of_stats_and_series(client: TestClient) -> None:
    r = client.get("/api/stats.csv", params={"by": "person", "side": "CPC", "top": 2})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="liaison-events-by-person.csv"' in r.headers["content-disposition"]
    lines = r.text.splitlines()
    assert lines[0] == "key,name,native,abbr,country,country_name,events,share,first,last"
    assert lines[1].split(",")[1:] == ["Diosdado Cabello", "Diosdado Cabello", "", "VE", "Venezuela", "2", "0.4",
                                       "2025-01-20", "2025-06-09"]
    assert len(lines) == 3
    years = client.get("/api/stats.csv", params={"by": "year"}).text.splitlines()
    assert years == ["year,events", "2024,2", "2025,3"]
    series = client.get("/api/stats/series.csv", params={"by": "channel"}).text.splitlines()
    assert series == ["year,party,state,events", "2024,1,1,2", "2025,3,0,3"]


def test_csv_cells_never_run_as_formulas() -> None:
    cells = csv_text([['=HYPERLINK("x")', "+1", "-2", "@a", "ok", -3]])
    assert cells == """"'=HYPERLINK(""x"")",'+1,'-2,'@a,ok,-3\n"""


# -- filters shared with /api/events ----------------------------------------------------------------------
def test_form_values_and_country_names(client: TestClient) -> None:
    assert get(client, "/api/events", min_confidence="")["total"] == 5  # a form's "any"
    assert get(client, "/api/events", min_confidence="0.6")["total"] == 4
    assert client.get("/api/events", params={"min_confidence": "2"}).status_code == 422
    assert get(client, "/api/events", country="Venezuela")["total"] == 4
    assert get(client, "/api/events", country="ve")["total"] == 4


# -- people suggestions, graph ----------------------------------------------------------------------------
def test_people_suggestions(client: TestClient) -> None:
    first = get(client, "/api/people/suggest", q="cabel")[0]
    assert first["name"] == "Diosdado Cabello" and first["display_name"] == "Diosdado Cabello"
    assert first["country_name"] == "Venezuela" and first["events"] == 2 and first["person_id"].startswith("p_")
    assert get(client, "/api/people/suggest", q="刘")[0]["display_name"] == "Liu Jianchao (刘建超)"
    assert get(client, "/api/people/suggest", q="Cabelo")[0]["name"] == "Diosdado Cabello"  # a typo
    assert [p["name"] for p in get(client, "/api/people/suggest", q="maduro")] == [
        "Nicolás Ernesto Maduro", "Nicolás Maduro"]
    assert len(get(client, "/api/people/suggest", q="", limit=3)) == 3


def test_graph_limits_and_display_names(client: TestClient) -> None:
    people = get(client, "/api/graph", kind="person")
    assert people["nodes_total"] == 7 and len(people["nodes"]) == 7
    assert "Liu Jianchao (刘建超)" in {n["label"] for n in people["nodes"]}
    top = get(client, "/api/graph", kind="person", top=2)
    assert [n["label"] for n in sorted(top["nodes"], key=lambda n: -n["events"])] == [
        "Liu Jianchao (刘建超)", "Diosdado Cabello"]
    assert top["nodes_total"] == 7 and all(e["source"] in {n["id"] for n in top["nodes"]} for e in top["edges"])
    strong = get(client, "/api/graph", kind="party", min_weight=2)
    assert [(e["source"], e["target"], e["weight"]) for e in strong["edges"]] == [("cpc", "psuv", 4)]
    assert {n["id"] for n in strong["nodes"]} == {"cpc", "psuv"}


# -- typed responses ----------------------------------------------------------------------------------------
def test_every_api_answer_has_a_schema(client: TestClient) -> None:
    spec = get(client, "/openapi.json")
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            content = op["responses"][str(201 if method == "post" else 200)]["content"]
            if path.endswith(".csv"):
                assert "text/csv" in content, path
                continue
            schema = content["application/json"]["schema"]
            assert schema.get("$ref") or schema.get("items", {}).get("$ref"), (method, path, schema)
    event = spec["components"]["schemas"]["Event"]
    assert {"confidence", "participants", "documents"} <= set(event["properties"])
    assert spec["components"]["schemas"]["Breakdown"]["properties"]["buckets"]


def test_name_sources_pass_through(client: TestClient) -> None:
    """Fields the store adds to people and participants (how a Latin name was obtained) are kept."""
    assert "name_source" in get(client, "/api/people")["items"][0]
    assert "name_source" in get(client, "/api/events")["items"][0]["participants"][0]


def test_party_detail_counts_its_events(client: TestClient) -> None:
    psuv = get(client, "/api/parties/psuv")
    assert psuv["event_count"] == 4 and len(psuv["events"]) == 4
    assert "partyfacts_id" not in psuv["events"][0]["parties"][0]  # present only when linked


# -- pages -------------------------------------------------------------------------------------------------
def test_explorer_page(client: TestClient) -> None:
    page = client.get("/explore").text
    assert 'id="explore-events">5<' in page and 'value="CN"' in page and 'value="CPC"' in page
    for by in ("channel", "country", "party"):
        assert f'id="chart-{by}"' in page and f"by={by}" in page
    assert "/api/stats.csv?by=person&amp;side=CPC&amp;top=20" in page
    assert page.count('data-period="2025-06"') == 3
    yearly = client.get("/explore", params={"period": "year", "side": "", "met": "Venezuela"}).text
    assert yearly.count('data-period="2025"') == 3 and "Who met Venezuela (VE) most" in yearly
    unknown = client.get("/explore", params={"side": "Atlantis"}).text
    assert "No party, country or person is named “Atlantis”" in unknown


def test_network_page(client: TestClient) -> None:
    page = client.get("/network").text
    assert 'id="graph-data"' in page and "7 of 7 people" in page and 'data-home="CN"' in page
    several = client.get("/network", params={"center": "Maduro"}).text
    assert "fits 2 people" in several and "around Nicolás Ernesto Maduro" in several
    assert "Nobody is named" in client.get("/network", params={"center": "Zzyzx"}).text


def test_confidence_and_country_names_on_pages(client: TestClient) -> None:
    sure = get(client, "/api/events", party="PSUV", channel="state")["items"][0]
    page = client.get(f"/events/{sure['id']}").text
    assert 'id="event-confidence"><span class="conf low"' in page and "recall tier" in page
    assert "<h3>Venezuela (VE)</h3>" in page and "<h3>China (CN)</h3>" in page
    listing = client.get("/events").text
    assert listing.count('class="conf low"') == 1 and listing.count('class="conf"') == 4


def test_person_page_picks_people_by_name(client: TestClient) -> None:
    pid = get(client, "/api/people", q="Le Hoai Trung")["items"][0]["person_id"]
    page = client.get(f"/people/{pid}").text
    assert 'class="picker"' in page and "/static/picker.js" in page and "<datalist" not in page
    assert '<h1 id="person-name">Le Hoai Trung <span class="native">(黎怀忠)</span></h1>' in page  # one name
    assert "Vietnam · 1 event" in page
