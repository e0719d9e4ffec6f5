"""Request hygiene: security headers everywhere, the Host allow-list, early 413s, http(s)-only links."""

from __future__ import annotations

import socket
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import serving

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from liaison.serve import create_app
from liaison.serve.security import http_url
from tests.fixture_db import Frame, P, build_db

LOCAL = "http://localhost"
PATHS = ("/", "/events", "/people", "/parties/cpc", "/api/events", "/docs", "/openapi.json", "/static/style.css",
         "/favicon.ico", "/people/p_missing", "/api/people/p_missing", "/explore", "/network", "/api/stats.csv")


@pytest.fixture(scope="module")
def client(fixture_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        yield c


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (200, 404)
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_no_inline_script_on_any_page(client: TestClient) -> None:
    for path in ("/", "/events", "/people", "/parties", "/parties/cpc", "/docs", "/search?q=Cai", "/explore",
                 "/network"):
        html = client.get(path).text
        assert "<script>" not in html and "onclick" not in html and " style=" not in html, path


def test_favicon(client: TestClient) -> None:
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text


@pytest.mark.parametrize("host", ["evil.example", "localhost.evil.example", "127.0.0.2", "", "attacker:8000"])
def test_unknown_host_is_refused(fixture_db: Path, host: str) -> None:
    with TestClient(create_app(fixture_db), base_url=LOCAL) as c:
        r = c.get("/api/events", headers={"Host": host})
    assert r.status_code == 400 and "not allowed" in r.json()["detail"]
    assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_local_hosts_are_allowed(client: TestClient, host: str) -> None:
    assert client.get("/api/parties", headers={"Host": host}).status_code == 200


def test_more_hosts_by_argument_or_environment(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_ALLOWED_HOSTS", "team.example, other.example")
    with TestClient(create_app(fixture_db, hosts=["liaison.lan"]), base_url=LOCAL) as c:
        for host in ("liaison.lan:8000", "team.example", "other.example", "localhost"):
            assert c.get("/api/parties", headers={"Host": host}).status_code == 200, host
        assert c.get("/api/parties", headers={"Host": "evil.example"}).status_code == 400


def test_large_declared_body_is_refused_before_authentication(client: TestClient) -> None:
    r = client.post("/api/judgements", content=b"x" * (65 * 1024), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]


def test_large_streamed_body_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"x" * 4096

    r = client.post("/api/judgements", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_a_200_mb_post_is_answered_before_it_is_sent(fixture_db: Path) -> None:
    """Only the headers are sent: the 413 must come back without the server waiting for the body."""
    with serving(create_app(fixture_db)) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"POST /api/judgements HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 209715200\r\n\r\n" + b"{" * 1024)
            started = time.monotonic()
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413") and time.monotonic() - started < 5


def test_judgement_body_within_the_limit_still_works(client: TestClient) -> None:
    r = client.post("/api/judgements", json={"left": "a", "right": "b", "same": True})
    assert r.status_code in (401, 403)  # reached the token check


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.idcpc.org.cn/a.html", True),
        ("HTTP://example.org/x?y=1#z", True),
        ("javascript:alert(document.cookie)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/x", False),
        ("/relative/path", False),
        ("https://", False),
        ("https://exa mple.org", False),
        (None, False),
    ],
)
def test_http_url(url: str | None, kept: bool) -> None:
    assert http_url(url) == (url if kept else None)


def test_article_links_are_http_only(tmp_path: Path) -> None:
    text = "Beijing, June 9 -- Cai Qi met Diosdado Cabello in Beijing on Monday."
    people = (P("Cai Qi", "Cai Qi", "CN", True, None, "cpc"), P("Diosdado Cabello", "Diosdado Cabello", "VE", True))
    frames = [
        Frame("bad", text, "meeting", "2025-06-09", "Beijing", ("party",), people, ("cpc", "psuv"), "met",
              url="javascript:alert(document.cookie)"),
        Frame("good", text, "meeting", "2025-06-10", "Beijing", ("party",), people, ("cpc", "psuv"), "met",
              url="https://www.idcpc.org.cn/news/1.html"),
    ]
    db = build_db(tmp_path / "links.duckdb", frames)
    with TestClient(create_app(db), base_url=LOCAL) as c:
        bad = c.get("/documents/bad").text
        good = c.get("/documents/good").text
        event_pages = "".join(c.get(f"/events/{e['id']}").text for e in c.get("/api/events").json()["items"])
    assert 'href="javascript:' not in bad + good + event_pages
    assert "javascript:alert(document.cookie)" in bad  # shown as text, not as a link
    assert '<a href="https://www.idcpc.org.cn/news/1.html"' in good
