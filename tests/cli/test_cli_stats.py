"""`liaison stats` on the first 3,000 CCTV archive items, checked against the events the same filters list."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

from cli_helpers import jsonl, run

from liaison.store import EventFilter, Store
from liaison.store.stats import Breakdown, Bucket, breakdown


def _events(db: Path, *filters: str) -> list[dict[str, Any]]:
    return jsonl(run("events", "--db", str(db), "--all", "--format", "jsonl", *filters))


def _stats(db: Path, *args: str) -> list[dict[str, Any]]:
    result = run("stats", "--db", str(db), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_per_year_and_month(archive_db: Path) -> None:
    events = _events(archive_db)
    years = Counter(e["date"][:4] for e in events)
    assert {r["key"]: r["events"] for r in _stats(archive_db, "--by", "year")} == years
    result = run("stats", "--db", str(archive_db), "--by", "year")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["year", "events", "share"]
    assert f"{len(events):,} matching events from " in result.output
    months = _stats(archive_db, "--by", "month", "--from", "2023-01", "--to", "2023-03")
    assert [m["key"] for m in months] == ["2023-01", "2023-02", "2023-03"]  # every month, zero or not
    listed = _events(archive_db, "--from", "2023-01", "--to", "2023-03")
    assert sum(m["events"] for m in months) == sum(len(e["date"]) >= 7 for e in listed)


def test_who_met_the_cpc_most(archive_db: Path) -> None:
    cpc_events = _events(archive_db, "--party", "CPC")
    assert cpc_events
    expected: Counter[str] = Counter()
    for e in cpc_events:
        expected.update({p["person_id"] for p in e["participants"] if p["country"] and p["country"] != "CN"})
    rows = _stats(archive_db, "--by", "person", "--party", "CPC", "--top", "0")
    assert {r["key"]: r["events"] for r in rows} == expected
    assert all(r["country"] != "CN" for r in rows)
    assert [r["events"] for r in rows] == sorted((r["events"] for r in rows), reverse=True)
    table = run("stats", "--db", str(archive_db), "--by", "person", "--party", "CPC", "--top", "3").output
    assert "counterparts of CPC: people of the other sides only (not China (CN))" in table
    assert f"top 3 of {len(expected)} (--top N, --top 0 for all)" in table
    top = rows[0]
    line = next(x for x in table.splitlines() if x.rstrip().endswith(top["key"]))
    assert line.startswith(top["name"]) and str(top["events"]) in line.split()


def test_a_persons_counterparts_are_the_other_sides_at_each_event(archive_db: Path) -> None:
    busiest = jsonl(run("people", "--db", str(archive_db), "--limit", "1", "--format", "jsonl"))[0]
    pid = busiest["person_id"]
    expected: Counter[str] = Counter()
    for e in _events(archive_db, "--person", pid):
        side = next(p["country"] for p in e["participants"] if p["person_id"] == pid)
        expected.update({p["person_id"] for p in e["participants"]
                         if p["person_id"] != pid and p["country"] and p["country"] != side})
    rows = _stats(archive_db, "--by", "person", "--person", pid, "--top", "0")
    assert expected and {r["key"]: r["events"] for r in rows} == expected
    table = run("stats", "--db", str(archive_db), "--by", "person", "--person", pid).output
    assert f"counterparts of {busiest['name']}: people of the other sides only (not their own side at each event)" \
        in table


def test_foreign_parties_and_countries(archive_db: Path) -> None:
    parties = _stats(archive_db, "--by", "party", "--party", "CPC")
    assert parties and "cpc" not in {r["key"] for r in parties}
    countries = _stats(archive_db, "--by", "country", "--country", "China")
    assert countries and "CN" not in {r["key"] for r in countries}
    with_china = _events(archive_db, "--country", "CN")
    vn = next(r for r in countries if r["key"] == "VN")
    assert vn["name"] == "Vietnam"
    assert vn["events"] == sum(any(p["country"] == "VN" for p in e["participants"]) for e in with_china)
    rows = list(csv.DictReader(io.StringIO(run("stats", "--db", str(archive_db), "--by", "country",
                                               "--format", "csv").stdout)))
    assert rows[0]["key"] == "CN" and rows[0]["name"] == "China"


def test_filters_and_confidence(archive_db: Path) -> None:
    every = sum(r["events"] for r in _stats(archive_db, "--by", "kind"))
    sure = sum(r["events"] for r in _stats(archive_db, "--by", "kind", "--min-confidence", "0.8"))
    assert sure == len(_events(archive_db, "--min-confidence", "0.8")) < every
    kinds = _stats(archive_db, "--by", "kind", "--channel", "party")
    assert sum(r["events"] for r in kinds) == len(_events(archive_db, "--channel", "party"))
    lines = run("stats", "--db", str(archive_db), "--by", "channel", "--format", "jsonl").stdout.splitlines()
    assert {json.loads(line)["key"] for line in lines} <= {"party", "state", "legislature", "other"}


def test_unknown_party_is_an_error_with_suggestions(archive_db: Path) -> None:
    result = run("stats", "--db", str(archive_db), "--by", "person", "--party", "Comunist Party of Vietnam")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: no party matches 'Comunist Party of Vietnam'; did you mean CPV")


def test_breakdown_is_typed_for_other_readers(archive_db: Path) -> None:
    with Store.open(archive_db, read_only=True) as store:
        result = breakdown(store, "party", EventFilter(party="CPC", date_from="2023"), top=2)
    assert isinstance(result, Breakdown) and all(isinstance(b, Bucket) for b in result.buckets)
    assert len(result.buckets) <= 2 <= result.groups
    assert result.home is not None and result.home.countries == ("CN",) and result.home.parties == ("cpc",)
    assert result.buckets[0].abbr and result.buckets[0].country != "CN"
