"""Pipeline: incremental re-runs extract only what changed; the pool matches in-process builds and
keeps a bounded window of work in flight (memory does not grow with the corpus)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from liaison.engines import local
from liaison.engines.worker import Done, Settings
from liaison.ingest import RawLines, content_hash
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, FuzzyDate, Participant, PersonMention
from liaison.pipeline import build
from liaison.resolve.blocked import resolver_fingerprint
from liaison.resolve.mentions import Unit
from liaison.resolve.scoring import PairScore

_MET = re.compile(r"(?P<a>[A-Z]\w+ [A-Z]\w+) met (?P<b>[A-Z]\w+ [A-Z]\w+) on (?P<d>\d{4}-\d{2}-\d{2})")
CALLS: list[str] = []


def toy_extractor(doc: Document, gaz: Gazetteer) -> tuple[EventFrame, ...]:
    """One meeting per 'A B met C D on YYYY-MM-DD' sentence (records the documents it saw)."""
    CALLS.append(doc.doc_id)
    frames = []
    for m in _MET.finditer(doc.text):
        people = [
            Participant(PersonMention(name=m[g], native=m[g], span=(m.start(g), m.end(g))), lead=True)
            for g in ("a", "b")
        ]
        frames.append(EventFrame(kind="meeting", date=FuzzyDate.parse(m["d"]), date_source="text", location=None,
                                 remote=False, channel=("party",), participants=tuple(people), parties=(),
                                 evidence=((m.start(), m.end()),)))
    return tuple(frames)


PEOPLE = ["Ana Torres", "Li Wei", "Nguyen Van", "Maria Lopez", "John Smith", "Cai Qi"]


def _text(i: int) -> str:
    a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 1) % len(PEOPLE)]
    return f"Item {i}. {a} met {b} on 2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}. Other news follows."


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _rows(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"id": f"d{i:04d}", "language": "en", "published": "2024-06-01", "text": _text(i)}
            for i in range(start, start + n)]


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute(
                "SELECT doc_id, content_hash, language, published, extractor_version FROM documents ORDER BY doc_id"
            ).fetchall(),
            "extractions": con.execute("SELECT doc_id, frames FROM extractions ORDER BY doc_id").fetchall(),
            "events": con.execute("SELECT event_id, kind, date FROM events ORDER BY event_id").fetchall(),
            "persons": con.execute("SELECT person_id, name FROM persons ORDER BY person_id").fetchall(),
        }
    finally:
        con.close()


def test_rerun_extracts_only_new_and_changed_items(tmp_path: Path) -> None:
    rows = _rows(40)
    src, db = _write(tmp_path / "feed.jsonl", rows), tmp_path / "x.duckdb"
    first = build([src], db, extractor=toy_extractor)
    assert (first.added, first.updated, first.unchanged) == (40, 0, 0)
    assert first.events_found == 40

    rows[5]["text"] += " Corrected."
    rows += _rows(3, start=40)
    _write(src, rows)
    CALLS.clear()
    again = build([src], db, extractor=toy_extractor)
    assert (again.added, again.updated, again.unchanged) == (3, 1, 39)
    assert sorted(CALLS) == ["d0005", "d0040", "d0041", "d0042"]
    assert again.events == len(_snapshot(db)["events"]) and again.events > 0


def test_duplicate_ids_keep_the_first_item(tmp_path: Path) -> None:
    rows = _rows(3)
    dup = dict(rows[1], text=_text(99))
    src, db = _write(tmp_path / "feed.jsonl", [*rows, dup]), tmp_path / "x.duckdb"
    summary = build([src], db, extractor=toy_extractor)
    assert (summary.added, summary.duplicates) == (3, 1)
    docs = {r[0]: r[1] for r in _snapshot(db)["documents"]}
    assert docs["d0001"] == content_hash(rows[1]["text"])


def test_pool_build_equals_in_process_build(tmp_path: Path) -> None:
    n = local.POOL_THRESHOLD + 50
    rows = _rows(n)
    src = _write(tmp_path / "feed.jsonl", rows)
    serial = build([src], tmp_path / "one.duckdb", extractor=toy_extractor, workers=1)
    parallel = build([src], tmp_path / "two.duckdb", extractor=toy_extractor, workers=2)
    assert (serial.added, serial.events_found) == (parallel.added, parallel.events_found) == (n, n)
    assert _snapshot(tmp_path / "one.duckdb") == _snapshot(tmp_path / "two.duckdb")


def test_pool_keeps_a_bounded_window_in_flight() -> None:
    pulled = 0
    size = 16

    def parts() -> Iterator[RawLines]:
        nonlocal pulled
        for start in range(0, 5000, size):
            pulled += 1
            lines = tuple((i + 1, json.dumps({"id": f"d{i}", "language": "en", "text": _text(i)}).encode())
                          for i in range(start, start + size))
            yield RawLines("mem", "mem", lines)

    stream = local.run(parts(), Settings(extractor=toy_extractor), workers=2)
    first = [next(stream) for _ in range(10)]
    assert [out.doc_id for out in first] == [f"d{i}" for i in range(10)]  # type: ignore[union-attr]
    assert all(isinstance(out, Done) and out.status == "built" and out.events == 1 for out in first)
    bound = local.POOL_THRESHOLD // size + 2 * local.IN_FLIGHT + 1
    assert pulled <= bound < 5000 // size
    stream.close()  # stops the pool


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_reports_every_document(tmp_path: Path, workers: int) -> None:
    src, db = _write(tmp_path / "feed.jsonl", _rows(80)), tmp_path / "x.duckdb"
    seen: list[tuple[int, int]] = []
    build([src], db, extractor=toy_extractor, workers=workers, progress=lambda s, e: seen.append((s, e)))
    assert seen[-1] == (80, 80)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


# --- incremental resolution on real items --------------------------------------------------------
_RESOLVED = {
    "persons": "SELECT person_id, name, native, aliases, country, name_source FROM persons",
    "events": "SELECT event_id, kind, date, date_precision, date_source, location, remote, channel, topics, "
              "confidence FROM events",
    "event_documents": "SELECT event_id, doc_id, frame_index, evidence::VARCHAR FROM event_documents",
    "participants": "SELECT event_id, person_id, doc_id, name, native, title, organization_id, organization, "
                    "country, lead, ordinal, evidence::VARCHAR, name_source FROM participants",
    "event_parties": "SELECT event_id, org_id, ordinal FROM event_parties",
    "positions": "SELECT person_id, title, organization, first_seen, last_seen, evidence::VARCHAR FROM positions",
    "match_decisions": "SELECT left_id, right_id, score, features::VARCHAR, merged FROM match_decisions",
    "orgs": "SELECT org_id, name, kind, country, partyfacts_id FROM orgs",
}


def _resolved(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: sorted(con.execute(sql).fetchall(), key=repr) for table, sql in _RESOLVED.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def archive_items(shared: Path) -> list[dict[str, str]]:
    """The first 1,100 items of the 2022–2026 CCTV archive."""
    import gzip
    from itertools import islice

    with gzip.open(shared / "corpus" / "xwlb-2022-2026.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in islice(fh, 1100)]


def _with_events(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT doc_id FROM extractions WHERE frames::VARCHAR <> '[]' ORDER BY doc_id").fetchall()]
    finally:
        con.close()


def _judge(db: Path, people: list[str] | None = None) -> list[str]:
    """An analyst's 'same' on two people, a 'not same', and a 'not same' undone (on the four people
    with most mentions, or on ``people``); the people judged."""
    from liaison.pipeline import reresolve
    from liaison.store import Store

    with Store.open(db) as store:
        people = people or [r[0] for r in store.con.execute(
            "SELECT person_id FROM participants GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 4"
        ).fetchall()]
        assert len(people) == 4
        store.add_judgement(people[0], people[1], True, "test")
        store.add_judgement(people[2], people[3], False, "test")
        undone = store.add_judgement(people[0], people[2], False, "test")
        store.undo_judgement(undone, "test")
    reresolve(db)
    return people


def test_incremental_resolution_equals_a_whole_one(archive_items: list[dict[str, str]], tmp_path: Path) -> None:
    """Items added, changed (new events, lost events) after judgements: re-resolving only what they
    touch gives the record a whole resolution of the same items and judgements gives."""
    first, later = archive_items[:900], archive_items[900:]
    src, db = tmp_path / "feed.jsonl", tmp_path / "inc.duckdb"
    build([_write(src, first)], db, workers=1)
    judged = _judge(db)
    with_events = _with_events(db)
    assert len(with_events) >= 20
    by_id = {item["id"]: item for item in first}
    quiet = next(item for item in first if item["id"] not in with_events and item.get("text"))
    by_id[with_events[0]]["text"] = quiet["text"]  # loses its events
    by_id[with_events[1]]["text"] += "\n" + by_id[with_events[2]]["text"]  # reports two more meetings
    summary = build([_write(src, [*first, *later])], db, workers=1)
    assert summary.updated == 2 and summary.added > len(later) // 2  # (a few items have no text)
    con = duckdb.connect(str(db), read_only=True)
    try:  # the stored resolution was brought up to date, not redone
        stamp = con.execute("SELECT value FROM meta WHERE key = 'resolved_by_block'").fetchone()
        assert stamp == (resolver_fingerprint(),)
        assert con.execute("SELECT count(*) FROM resolve_pending").fetchone() == (0,)
    finally:
        con.close()

    whole = tmp_path / "whole.duckdb"
    build([src], whole, workers=1)
    _judge(whole, judged)  # the judged blocks only
    judged_only = _resolved(whole)
    _resolve_whole(whole)
    got, want = _resolved(db), _resolved(whole)
    for table in _RESOLVED:
        assert got[table] == want[table], table
        assert judged_only[table] == want[table], table
    assert any("analyst_same" in r[3] for r in got["match_decisions"])


def test_a_days_news_added_gives_the_whole_builds_record_scoring_only_new_pairs(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,000 CCTV items built, then the next 100 (a day's news) added: the record is the one a build
    of the 1,100 at once gives, and only candidate pairs touching a new item's people are scored
    again (the others' scores are kept in ``resolve_pairs``)."""
    import liaison.resolve.people as people

    first, day = archive_items[:1000], archive_items[1000:1100]
    db, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    build([_write(tmp_path / "first.jsonl", first)], db, workers=1)
    new = {item["id"] for item in day}
    scored: list[tuple[str, str]] = []
    real_score = people.score_pair

    def counting(a: Unit, b: Unit) -> PairScore:
        scored.append((a.doc_id, b.doc_id))
        return real_score(a, b)

    monkeypatch.setattr(people, "score_pair", counting)
    summary = build([_write(tmp_path / "day.jsonl", day)], db, workers=1)
    assert summary.added == sum(1 for item in day if item.get("text"))
    assert scored and all(a in new or b in new for a, b in scored)  # nothing else was scored again
    listed = ", ".join(f"'{i}'" for i in sorted(new))
    kept = _unit_count(db, "SELECT count(*) FROM resolve_pairs p JOIN resolve_units u "
                           "ON p.left_doc = u.doc_id AND p.left_ordinal = u.ordinal "
                           f"WHERE p.left_doc NOT IN ({listed}) AND p.right_doc NOT IN ({listed}) "
                           f"AND u.block IN (SELECT block FROM resolve_units WHERE doc_id IN ({listed}))")
    assert kept > len(scored)  # blocks the day reached, most of whose pairs kept their scores
    monkeypatch.setattr(people, "score_pair", real_score)

    build([_write(tmp_path / "all.jsonl", [*first, *day])], whole, workers=1)
    got, want = _resolved(db), _resolved(whole)
    assert sum(len(rows) for rows in want.values()) > 100
    for table in _RESOLVED:
        assert got[table] == want[table], table
    pairs = "SELECT * FROM resolve_pairs ORDER BY ALL"
    assert _rows_of(db, pairs) == _rows_of(whole, pairs)  # the kept scores are the ones a whole run gives


def _rows_of(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _unit_count(db: Path, sql: str) -> int:
    return int(_rows_of(db, sql)[0][0])  # type: ignore[call-overload]


def _resolve_whole(db: Path) -> None:
    from liaison.kb.gazetteer import default_gazetteer
    from liaison.store import Store
    from liaison.store.resolution import resolve_stored

    with Store.open(db) as store:
        resolve_stored(store, default_gazetteer(), whole=True)


def test_a_judgement_that_comes_to_apply_re_resolves_the_block_it_names(tmp_path: Path) -> None:
    """'Maria Lopez is Li Wei', judged before anyone named Maria Lopez is in the record: when a new
    item names her, Li Wei's block (which the new item does not reach) is resolved again with hers."""
    from liaison.pipeline import reresolve
    from liaison.resolve.mentions import name_id
    from liaison.store import Store

    def row(i: int, text: str) -> dict[str, str]:
        return {"id": f"j{i}", "language": "en", "published": "2024-06-01", "text": text}

    rows = [row(1, "Ana Torres met Li Wei on 2024-01-02."), row(2, "John Smith met Nguyen Van on 2024-01-03.")]
    later = [*rows, row(3, "Maria Lopez met John Smith on 2024-01-05.")]
    judged = (name_id("Maria Lopez", None), name_id("Li Wei", None))

    def judge(db: Path) -> None:
        with Store.open(db) as store:
            store.add_judgement(*judged, True, "test")
        reresolve(db)

    db, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    build([_write(tmp_path / "a.jsonl", rows)], db, extractor=toy_extractor)
    judge(db)
    build([_write(tmp_path / "b.jsonl", later)], db, extractor=toy_extractor)
    build([tmp_path / "b.jsonl"], whole, extractor=toy_extractor)
    judge(whole)
    _resolve_whole(whole)
    got, want = _resolved(db), _resolved(whole)
    assert got == want
    con = duckdb.connect(str(db), read_only=True)
    try:
        people = con.execute("SELECT DISTINCT person_id FROM participants WHERE name IN ('Maria Lopez', 'Li Wei')")
        assert len(people.fetchall()) == 1
    finally:
        con.close()


def test_an_undo_re_resolves_the_blocks_its_judgement_joined(tmp_path: Path) -> None:
    from liaison.pipeline import reresolve
    from liaison.resolve.mentions import name_id
    from liaison.store import Store

    rows = [{"id": "u1", "language": "en", "published": "2024-06-01", "text": "Ana Torres met Li Wei on 2024-01-02."},
            {"id": "u2", "language": "en", "published": "2024-06-01", "text": "John Smith met Cai Qi on 2024-01-03."}]
    db = tmp_path / "x.duckdb"
    build([_write(tmp_path / "a.jsonl", rows)], db, extractor=toy_extractor)
    before = _resolved(db)
    with Store.open(db) as store:
        jid = store.add_judgement(name_id("Ana Torres", None), name_id("Cai Qi", None), True, "test")
    reresolve(db)
    assert len(_resolved(db)["persons"]) == len(before["persons"]) - 1
    with Store.open(db) as store:
        store.undo_judgement(jid, "test")
    reresolve(db)
    after = _resolved(db)
    assert {k: v for k, v in after.items() if k != "match_decisions"} == \
        {k: v for k, v in before.items() if k != "match_decisions"}
    _resolve_whole(db)
    assert _resolved(db) == after


def test_text_search_follows_rebuilt_documents(tmp_path: Path) -> None:
    """Text search reads the texts of documents with events (``event_texts``), kept up to date by builds."""
    from liaison.store import EventFilter, Store
    from liaison.store.queries import event_ids

    rows = _rows(3)
    src, db = _write(tmp_path / "feed.jsonl", rows), tmp_path / "x.duckdb"
    build([src], db, extractor=toy_extractor)

    def found(text: str) -> int:
        with Store.open(db, read_only=True) as store:
            return len(event_ids(store, EventFilter(text=text)))

    assert found("ITEM 1.") == 1 and found("Marmalade") == 0
    rows[1]["text"] += " Marmalade was served."
    build([_write(src, rows)], db, extractor=toy_extractor)
    assert found("marmalade") == 1
    rows[1]["text"] = "Nothing happened."  # no event: no longer searched
    build([_write(src, rows)], db, extractor=toy_extractor)
    assert found("marmalade") == 0 and found("Item 2.") == 1


def test_resolution_in_forked_processes_equals_one_in_process(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build with 2 workers (units prepared by the workers; blocks clustered and events merged in
    forked processes when ``RESOLVE_IN_FORKS``) gives the record a build in one process gives, and so
    does a whole resolution in forked processes with judgements (blocks judgements join are clustered
    again from the pair scores the children kept)."""
    from liaison import pipeline
    from liaison.kb.gazetteer import default_gazetteer
    from liaison.store import Store, resolution
    from liaison.store.resolution import events, people

    monkeypatch.setattr(pipeline, "RESOLVE_IN_FORKS", True)
    monkeypatch.setattr(people, "_FORK_UNITS", 1)  # (1,100 items hold too few units to fork for)
    monkeypatch.setattr(events, "FRAMES_PER_CHUNK", 25)
    src = _write(tmp_path / "feed.jsonl", archive_items)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    build([src], one, workers=1, budget=None)  # (no document skipped for time on a loaded machine)
    build([src], two, workers=2, budget=None)
    want = _every_resolved_row(one)
    assert len(want["events"]) >= 20 and len(want["resolve_pairs"]) >= 100
    assert _every_resolved_row(two) == want

    judged = _judge(one)
    _judge(two, judged)
    _resolve_whole(one)
    with Store.open(two) as store:
        resolution.resolve_stored(store, default_gazetteer(), whole=True, workers=2)
    want = _every_resolved_row(one)
    assert any("analyst_same" in repr(r) for r in want["match_decisions"])
    assert _every_resolved_row(two) == want


def test_resolution_in_the_builds_own_workers_equals_one_in_process(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build with 2 workers keeps a pool for the whole resolution after it (``RESOLVE_IN_WORKERS``): its
    processes cluster the blocks and merge the events, reading the prepared file, and the record is the one a
    build in one process gives, every resolved table row for row (pair rows spilled to files included)."""
    from liaison import pipeline
    from liaison.store.resolution import apart, events, pairs, people

    monkeypatch.setattr(pipeline, "RESOLVE_IN_WORKERS", True)
    monkeypatch.setattr(people, "_FORK_UNITS", 1)  # (1,100 items hold too few units to cluster apart)
    monkeypatch.setattr(apart, "_TASK_UNITS", 20)  # (several tasks, of several blocks each)
    monkeypatch.setattr(events, "FRAMES_PER_CHUNK", 25)
    monkeypatch.setattr(pairs, "PAIR_ROWS", 10)  # (a block's pair rows beyond 10 spilled to a file)
    given: list[int] = []
    clustered = people.clustered_elsewhere

    def counted(read: Any, metas: Any, groups: list[list[int]], elsewhere: Any) -> Iterator[Any]:
        given.append(len(groups))
        return clustered(read, metas, groups, elsewhere)

    monkeypatch.setattr(people, "clustered_elsewhere", counted)
    src = _write(tmp_path / "feed.jsonl", archive_items)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    build([src], one, workers=1, budget=None)  # (no document skipped for time on a loaded machine)
    assert given == []
    build([src], two, workers=2, budget=None)
    assert len(given) == 1 and given[0] >= 20
    want = _every_resolved_row(one)
    assert len(want["events"]) >= 20 and len(want["resolve_pairs"]) >= 100
    assert _every_resolved_row(two) == want


def _every_resolved_row(db: Path) -> dict[str, list[str]]:
    """Every row of every table resolution writes, all columns (as text), sorted."""
    tables = ("persons", "positions", "match_decisions", "orgs", "events", "event_documents", "participants",
              "event_parties", "resolve_units", "resolve_frames", "resolve_pairs", "event_texts")
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(repr(r) for r in con.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    finally:
        con.close()


def test_events_merged_from_the_prepared_frames_equal_those_read_back_from_the_store(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole resolution in one process merges events from the frames the build prepared (``Prepared``),
    not from the store's JSON: the record is the one reading them back from the store gives."""
    from liaison.store.resolution import events

    src = _write(tmp_path / "feed.jsonl", archive_items)
    prepared, stored = tmp_path / "prepared.duckdb", tmp_path / "stored.duckdb"
    build([src], prepared, workers=1, budget=None)
    here = events._chunk_input
    monkeypatch.setattr(events, "_chunk_input", lambda store, chunk, read=None: here(store, chunk, None))
    build([src], stored, workers=1, budget=None)
    want = _every_resolved_row(stored)
    assert len(want["events"]) >= 20
    assert _every_resolved_row(prepared) == want


@pytest.mark.parametrize("room", ["1MB", "12MB"])
def test_a_build_under_small_memory_limits_gives_the_usual_record(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, room: str,
) -> None:
    """DuckDB held far below what a build of 1,100 real items needs (2 MB while storing documents, 16 MB
    while resolving, the rooms of the resolution's holds 1 or 12 MB; a fixed limit below what an open
    transaction keeps is how the 225k build failed): the build does not fail and stores the record the
    usual limits give, with 12 MB of room by the holds alone, with 1 MB by storing and resolving again
    without liaison's limit."""
    import liaison.pipeline as pipeline
    from liaison.store.resolution import run

    src = _write(tmp_path / "feed.jsonl", archive_items)
    usual, small = tmp_path / "usual.duckdb", tmp_path / "small.duckdb"
    build([src], usual, workers=1)
    monkeypatch.setattr(pipeline, "RESOLVE_MEMORY", "16MB" if room == "1MB" else "128MB")
    monkeypatch.setattr(pipeline, "BUILD_MEMORY", "2MB" if room == "1MB" else "64MB")
    monkeypatch.setattr(run, "WRITE_MEMORY", room)
    monkeypatch.setattr(run, "TEXTS_MEMORY", room)
    with caplog.at_level("WARNING", logger="liaison.store.resolution"):
        summary = build([src], small, workers=1)
    assert summary.events > 100
    assert ("resolving again" in caplog.text) == ("stored without" in caplog.text) == (room == "1MB")
    got, want = _resolved(small), _resolved(usual)
    for table in _RESOLVED:
        assert got[table] == want[table], table


def test_a_whole_resolution_cut_short_between_its_stages_is_done_whole_by_the_next_build(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole resolution commits in stages (what DuckDB keeps of one open transaction grows with it): one
    stopped after a few of its stages leaves the record marked stale and resolved by no block, and the
    next build, with nothing new to extract, resolves it whole again into the usual record."""
    from liaison.store import Store

    src = _write(tmp_path / "feed.jsonl", archive_items)
    usual, cut = tmp_path / "usual.duckdb", tmp_path / "cut.duckdb"
    build([src], usual, workers=1)
    stages: list[int] = []
    real_stage = Store.stage

    def stopping(store: Store) -> None:
        if store.staged:
            stages.append(1)
            if len(stages) == 4:
                raise KeyboardInterrupt
        real_stage(store)

    monkeypatch.setattr(Store, "stage", stopping)
    with pytest.raises(KeyboardInterrupt):
        build([src], cut, workers=1)
    monkeypatch.setattr(Store, "stage", real_stage)
    meta = dict(_rows_of(cut, "SELECT key, value FROM meta"))  # type: ignore[arg-type]
    assert meta["resolution_stale"] == "1" and meta["resolved_by_block"] == ""
    assert _unit_count(cut, "SELECT count(*) FROM resolve_units") > 0  # the first stages were committed

    summary = build([src], cut, workers=1)
    assert summary.built == 0 and summary.events > 100
    got, want = _resolved(cut), _resolved(usual)
    for table in _RESOLVED:
        assert got[table] == want[table], table
    pairs = "SELECT * FROM resolve_pairs ORDER BY ALL"
    assert _rows_of(cut, pairs) == _rows_of(usual, pairs)


def test_a_whole_resolution_writing_in_the_background_stores_what_writing_in_place_stores(
    archive_items: list[dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole resolution writes its batches of people, pair scores and event chunks from a background thread
    while it clusters and merges the next ones (``resolution.writes.Writes``): every resolved row is the one writing
    each batch in place, before going on, gives (in more than one batch of pair scores and event chunks)."""
    import threading

    from liaison.store.resolution import batch, events, pairs, run, writes

    monkeypatch.setattr(pairs, "PAIR_ROWS", 500)
    monkeypatch.setattr(events, "FRAMES_PER_CHUNK", 100)
    src = _write(tmp_path / "feed.jsonl", archive_items)
    background, in_place = tmp_path / "background.duckdb", tmp_path / "in-place.duckdb"
    writers: set[str] = set()
    insert = run._insert_rows

    def noted(*args: Any, **kwargs: Any) -> None:
        writers.add(threading.current_thread().name)
        insert(*args, **kwargs)

    for writing in (batch, events, pairs):  # (every module of the resolution that inserts rows: through
        monkeypatch.setattr(writing, "insert_rows", noted)  # ``tables.insert_rows``, and ``run`` directly)
    monkeypatch.setattr(run, "_insert_rows", noted)
    build([src], background, workers=1, budget=None)
    assert any(name.startswith("liaison-resolve-writer") for name in writers)
    init = writes.Writes.__init__
    monkeypatch.setattr(writes.Writes, "__init__", lambda self, background: init(self, False))
    writers.clear()
    build([src], in_place, workers=1, budget=None)
    assert not any(name.startswith("liaison-resolve-writer") for name in writers)
    want = _every_resolved_row(in_place)
    assert len(want["events"]) >= 20 and len(want["resolve_pairs"]) > 500
    assert _every_resolved_row(background) == want


def test_background_writes_run_in_order_one_at_a_time_and_their_errors_surface() -> None:
    """``Writes``: each write starts after the one before has ended, in the order given; a failed write's
    error is raised by the next ``wait`` (or ``run``), and ``close`` ends the thread without raising it."""
    import threading
    import time

    from liaison.store.resolution.writes import Writes

    done: list[int] = []
    busy = threading.Lock()

    def write(i: int) -> None:
        assert busy.acquire(blocking=False)  # (never two at once)
        time.sleep(0.01)
        done.append(i)
        busy.release()

    writes = Writes(background=True)
    for i in range(5):
        writes.run(lambda i=i: write(i))
    writes.wait()
    assert done == [0, 1, 2, 3, 4]

    def fail() -> None:
        raise RuntimeError("disk full")

    writes.run(fail)
    with pytest.raises(RuntimeError, match="disk full"):
        writes.wait()
    writes.run(fail)
    writes.close()
    in_place = Writes(background=False)
    in_place.run(lambda: done.append(5))
    assert done[-1] == 5


def test_a_build_into_an_empty_store_lists_nothing_pending_and_the_next_build_resolves_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build into a store with no documents resolves the whole record, so it does not list its documents in
    ``resolve_pending`` (a keyed table the resolution then empties) and marks the record as resolved by no block
    (even one a build of nothing resolved before): stopped before its resolution, it leaves no pending document,
    and the next build resolves the whole record, as one uninterrupted build does; a later build that adds
    documents lists them."""
    import liaison.pipeline as pipeline
    from liaison.store import Store

    db, whole = tmp_path / "stopped.duckdb", tmp_path / "whole.duckdb"
    src = _write(tmp_path / "a.jsonl", _rows(30))
    with Store.open(db) as store:  # (a store with no documents, resolved by block: as a build of nothing leaves it)
        store._set_meta("resolved_by_block", resolver_fingerprint())

    def stop(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(pipeline, "finish", stop)
        with pytest.raises(KeyboardInterrupt):
            build([src], db, extractor=toy_extractor)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (30,)
        assert con.execute("SELECT count(*) FROM resolve_pending").fetchone() == (0,)
        assert con.execute("SELECT value FROM meta WHERE key = 'resolved_by_block'").fetchone() == ("",)
    finally:
        con.close()
    build([src], db, extractor=toy_extractor)
    build([src], whole, extractor=toy_extractor)
    assert _snapshot(db)["persons"] and _snapshot(db) == _snapshot(whole)
    build([_write(tmp_path / "b.jsonl", _rows(3, start=30))], db, extractor=toy_extractor)
    con = duckdb.connect(str(db), read_only=True)
    try:  # (resolved by then: what the next build listed is emptied again)
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (33,)
        assert con.execute("SELECT value FROM meta WHERE key = 'resolved_by_block'").fetchone() == (
            resolver_fingerprint(),)
    finally:
        con.close()
