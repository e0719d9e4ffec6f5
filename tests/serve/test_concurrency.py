"""Builds and judgements while the web app is being read: every write succeeds, the app keeps answering.

The app runs in this process (uvicorn in a thread); builds and CLI judgements are separate
``liaison`` processes, as a user would run them, and web judgements are POSTs to the app. Writers
run two at a time (builds in one thread, judgements in another), so they also queue behind each
other; 8 reader threads request pages and API calls throughout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_server import serving

from liaison.cli.serve_cmd import reresolve_in_child
from liaison.pipeline import build
from liaison.serve import create_app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cret"
READERS = 8
READ_PATHS = ("/", "/events", "/api/events?limit=5", "/people", "/api/people?limit=5", "/parties", "/api/graph",
              "/search?q=Vietnam", "/api/judgements")
ARTICLE = (
    "Beijing, {month} {day}, 2024 — Li Ming{n}, Vice Minister of the International Department of the CPC "
    "Central Committee, met here today with a delegation of the Communist Party of Vietnam led by Tran Van "
    "Hoa{n}, member of the Central Committee of the Communist Party of Vietnam.\n"
)


def _liaison(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-c", "from liaison.cli.main import main; main()", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _post(url: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, json.load(resp)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


class Readers:
    """``READERS`` threads reading the app until stopped; every answer is recorded."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.stop = threading.Event()
        self.answers: list[tuple[float, float, int, str]] = []  # (finished at, seconds, status, path)
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(READERS)]

    def __enter__(self) -> Readers:
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(60)

    def _run(self, i: int) -> None:
        n = i
        while not self.stop.is_set():
            path = READ_PATHS[n % len(READ_PATHS)]
            n += 1
            started = time.monotonic()
            try:
                status, _ = _get(self.base + path)
            except OSError:
                status = -1
            self.answers.append((time.monotonic(), time.monotonic() - started, status, path))


@pytest.fixture()
def samples_db(tmp_path: Path) -> Iterator[Path]:
    db = tmp_path / "live.duckdb"
    build([ROOT / "samples"], db)
    yield db


def test_builds_and_judgements_succeed_while_the_app_is_read(
    samples_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LIAISON_TOKEN", TOKEN)
    db = str(samples_db)
    outcomes: list[tuple[str, bool, str]] = []  # (operation, succeeded, detail)

    with serving(create_app(samples_db, on_judgement=reresolve_in_child)) as base, Readers(base) as readers:
        people = [p["person_id"] for p in json.loads(_get(base + "/api/people?limit=20")[1])["items"]]
        pairs = [(people[i], people[i + 1]) for i in range(0, 12, 2)]

        def builds() -> None:
            for n in range(4):
                folder = tmp_path / f"new-{n}"
                folder.mkdir()
                (folder / f"new-{n}.txt").write_text(ARTICLE.format(month="June", day=n + 1, n=n), encoding="utf-8")
                done = _liaison("build", str(folder), "--db", db, "-q")
                outcomes.append((f"build {n}", done.returncode == 0, done.stderr[-500:]))

        def judgements() -> None:
            for n, (left, right) in enumerate(pairs):
                if n % 2:
                    status, body = _post(base + "/api/judgements", {"left": left, "right": right, "same": False})
                    outcomes.append((f"web judgement {n}", status == 201 and body["resolved"], str(body)))
                else:
                    done = _liaison("not-same", left, right, "--db", db, "--author", "tester")
                    outcomes.append((f"cli judgement {n}", done.returncode == 0, done.stderr[-500:]))

        writers = [threading.Thread(target=builds), threading.Thread(target=judgements)]
        writing_from = time.monotonic()
        for w in writers:
            w.start()
        for w in writers:
            w.join(600)
        writing_until = time.monotonic()
        time.sleep(0.5)  # readers see the last snapshot
        judged = json.loads(_get(base + "/api/judgements")[1])
        stored = [_get(f"{base}/api/documents/new-{n}")[0] for n in range(4)]

    assert len(outcomes) == 10
    failed = [o for o in outcomes if not o[1]]
    assert failed == [], failed
    assert len(judged) == 6 and stored == [200] * 4  # the app serves the state after every write

    during = [a for a in readers.answers if writing_from <= a[0] <= writing_until]
    errors = [a for a in readers.answers if a[2] != 200]
    assert errors == [], errors[:5]
    assert len(during) >= 100, f"only {len(during)} answers while writing"
    finished = sorted(a[0] for a in during)
    longest_gap = max(b - a for a, b in zip([writing_from, *finished], [*finished, writing_until], strict=True))
    assert longest_gap < 5.0, f"the app stopped answering for {longest_gap:.1f} s while a write ran"
