"""``liaison serve`` as a user runs it: worker processes, the Host allow-list, clear start-up errors;
and ``scripts/loadtest.py`` against it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.serve.serve_fixture import build_fixture_db

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
LIAISON = [sys.executable, "-c", "from liaison.cli.main import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@contextmanager
def _serve(db: Path, *args: str) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([*LIAISON, "serve", "--db", str(db), "--port", str(port), *args], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base + "/api/parties")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("serve-cmd") / "s.duckdb")


def test_serve_with_workers(db: Path) -> None:
    with _serve(db, "--workers", "2", "--allowed-host", "liaison.lan") as base:
        for _ in range(20):  # requests land on both workers
            status, headers, body = _get(base + "/api/events")
            assert status == 200 and json.loads(body)["total"] == 5
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert _get(base + "/", host="evil.example")[0] == 400
        assert _get(base + "/", host="liaison.lan:8000")[0] == 200


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    done = subprocess.run([*LIAISON, "serve", "--db", str(tmp_path / "none.duckdb")], env=ENV, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2 and "no such database" in done.stderr


def test_loadtest_script(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "load.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "loadtest.py"), "--db", str(db), "--workers", "1", "--clients", "4",
         "--duration", "2", "--warmup", "0", "--json", str(out)],
        env=ENV, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["requests"] > 20 and result["errors"] == 0 and result["p95_ms"] > 0


def test_loadtest_stays_on_loopback() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "loadtest.py"), "--url", "http://10.1.2.3:8000"],
                          env=ENV, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "non-loopback" in done.stderr
