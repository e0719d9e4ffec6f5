"""`liaison show NAME` and `liaison event ID` on the bundled samples: candidates to choose from, close names,
one name per person, sides headed by country names."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import jsonl, run


def test_ambiguous_name_lists_candidates_and_fails(samples_db: Path) -> None:
    people = {p["name"]: p for p in jsonl(run("people", "--db", str(samples_db), "--all", "--format", "jsonl"))}
    result = run("show", "Li", "--db", str(samples_db))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("'Li' matches 3 people; show one by its id or full name")
    assert lines[1].split() == ["name", "country", "events", "seen", "id"]
    for name in ("Li Mingxiang", "Li Jun", "Li Xi"):  # whole words: not "Liu Haixing" or "Emilio Lozada García"
        row = next(line for line in lines if line.startswith(name))
        p = people[name]
        assert "China" in row and str(p["events"]) in row.split() and row.endswith(p["person_id"])
    assert not any("Liu" in line for line in lines)


def test_candidate_id_shows_the_person(samples_db: Path) -> None:
    pid = next(p["person_id"] for p in jsonl(run("people", "--db", str(samples_db), "--json")) if p["name"] == "Li Xi")
    result = run("show", pid, "--db", str(samples_db))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"Li Xi (李希) · China (CN) · {pid}"


def test_no_match_suggests_close_names(samples_db: Path) -> None:
    result = run("show", "Cai Ki", "--db", str(samples_db))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no person matches 'Cai Ki'; did you mean Cai Qi (蔡奇)?"
    result = run("show", "Zzyzx", "--db", str(samples_db))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no person matches 'Zzyzx' (see `liaison people`)"


def test_person_header_has_one_name_and_a_country_name(samples_db: Path) -> None:
    result = run("show", "Diosdado Cabello Rondón", "--db", str(samples_db))  # an alias finds him
    assert result.exit_code == 0, result.output
    head = result.output.splitlines()[0]
    assert head.startswith("Diosdado Cabello · Venezuela (VE) · p_")
    assert "general secretary" in result.output and "Lan Hu" in result.output
    # the English and Spanish reports' "general secretary" / "secretario general" of the PSUV: one position
    positions = result.output.split("positions", 1)[1].split(" event", 1)[0]
    assert positions.count("2025-03-10  2025-03-10") == 1


def test_event_sides_are_headed_by_country_names(samples_db: Path) -> None:
    record = jsonl(run("events", "--db", str(samples_db), "--person", "Diosdado Cabello", "--json"))[0]
    result = run("event", record["id"], "--db", str(samples_db), columns=200)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{record['id']} meeting on 2025-03-10 (day), Caracas")
    assert "Venezuela (VE)" in lines and "China (CN)" in lines and "VE" not in lines
    assert "  lead Diosdado Cabello — secretario general del Partido Socialista Unido de Venezuela (PSUV), " \
           "United Socialist Party of Venezuela" in lines
    assert "2 sources" in lines
    assert any("Diosdado Cabello Rondón, sostuvo este lunes un encuentro" in line for line in lines)


def test_unknown_event_is_one_line(samples_db: Path) -> None:
    result = run("event", "ev_nope", "--db", str(samples_db))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no event 'ev_nope' (ids are shown by `liaison events`)"
