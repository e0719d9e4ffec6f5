"""The app reads published snapshots: the previous state while a write runs, the new one right after;
memoised aggregates and cached responses never outlive their snapshot."""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from serve_fixture import build_fixture_db

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from liaison.serve import create_app
from liaison.serve.cache import ResponseCache
from liaison.serve.db import Database
from liaison.store import Store, snapshots

LOCAL = "http://localhost"


def _people_count(c: TestClient) -> str:
    html = c.get("/").text
    return html.split("<dt>People</dt><dd>", 1)[1].split("<", 1)[0]


def test_previous_state_while_writing_new_state_after(writable_db: Path) -> None:
    with TestClient(create_app(writable_db), base_url=LOCAL) as c:
        ids = [p["person_id"] for p in c.get("/api/people").json()["items"]]
        assert c.get("/api/judgements").json() == [] and _people_count(c) == "7"
        writing, release = threading.Event(), threading.Event()

        def write() -> None:
            with Store.open(writable_db) as store:
                store.add_judgement(ids[0], ids[1], False, "tester")
                store.con.execute("DELETE FROM persons WHERE person_id = ?", [ids[2]])
                writing.set()
                release.wait(10)

        writer = threading.Thread(target=write)
        writer.start()
        assert writing.wait(10)
        started = time.monotonic()
        assert c.get("/api/judgements").json() == []  # the previous state, at once
        assert _people_count(c) == "7"
        assert time.monotonic() - started < 2
        release.set()
        writer.join()
        assert len(c.get("/api/judgements").json()) == 1  # published when the write session ended
        assert _people_count(c) == "6"  # the home page's aggregates belong to the new snapshot


def test_a_reader_keeps_its_snapshot_across_a_switch(writable_db: Path) -> None:
    db = Database(writable_db)
    db.prepare()
    with db.read() as first:
        with Store.open(writable_db) as store:
            store.add_judgement("a", "b", False, "tester")
        with db.read() as second:
            assert second.snapshot.number == first.snapshot.number + 1
            assert len(second.judgements()) == 1
        assert first.judgements() == []  # the retired snapshot still answers its reader
    assert first.snapshot.enter() is False  # and is closed once that reader left
    db.close()


def test_a_database_built_after_the_app_started(tmp_path: Path) -> None:
    path = tmp_path / "late.duckdb"
    with TestClient(create_app(path), base_url=LOCAL) as c:
        assert c.get("/api/events").status_code == 503
        build_fixture_db(path)
        assert c.get("/api/events").json()["total"] == 5
    assert snapshots.current(path) is not None


def test_many_threads_read_one_snapshot(fixture_db: Path) -> None:
    db = Database(fixture_db)
    counts: list[int] = []

    def read() -> None:
        for _ in range(20):
            with db.read() as store:
                row = store.con.execute("SELECT count(*) FROM events").fetchone()
                counts.append(row[0] if row else -1)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counts == [5] * 160
    db.close()


# -- the response cache -------------------------------------------------------------------------------------
class _Counting:
    """A tiny ASGI app answering ``status`` with a body naming how often it was called."""

    def __init__(self) -> None:
        self.calls = 0
        self.status = 200

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.calls += 1
        headers = [(b"content-type", b"text/plain")]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": f"call {self.calls}".encode()})


def _get(cache: ResponseCache, path: str, query: bytes = b"", method: str = "GET") -> bytes:
    out: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            out.append(message["body"])

    scope = {"type": "http", "method": method, "path": path, "query_string": query, "headers": []}
    asyncio.run(cache(scope, receive, send))
    return b"".join(out)


def test_response_cache_per_generation() -> None:
    app = _Counting()
    generation: list[int | None] = [1]
    cache = ResponseCache(app, generation=lambda: generation[0])
    assert _get(cache, "/people") == b"call 1"
    assert _get(cache, "/people") == b"call 1"  # served from the cache
    assert _get(cache, "/people", b"q=x") == b"call 2"  # another query string
    generation[0] = 2
    assert _get(cache, "/people") == b"call 3"  # a new snapshot: computed again
    generation[0] = None
    assert _get(cache, "/people") == b"call 4"  # snapshot changing right now: no cache
    assert _get(cache, "/people") == b"call 5"
    generation[0] = 2
    assert _get(cache, "/static/style.css") == b"call 6" and _get(cache, "/static/style.css") == b"call 7"
    assert _get(cache, "/api/judgements", method="POST") == b"call 8"
    app.status = 404
    assert _get(cache, "/people/p_x") == b"call 9" and _get(cache, "/people/p_x") == b"call 10"
    assert cache.hits == 1


def test_response_cache_is_bounded() -> None:
    app = _Counting()
    cache = ResponseCache(app, generation=lambda: 1, max_bytes=200)
    for i in range(20):
        _get(cache, f"/p/{i}")
    assert cache.size <= 200 and 0 < len(cache.entries) < 20


@pytest.mark.parametrize("path", ["/", "/api/events", "/people"])
def test_cached_pages_match_fresh_ones(fixture_db: Path, path: str) -> None:
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        first, second = c.get(path), c.get(path)
    assert first.status_code == second.status_code == 200 and first.content == second.content
    assert second.headers["content-type"] == first.headers["content-type"]
    assert second.headers["content-security-policy"]
