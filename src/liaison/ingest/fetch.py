"""Fetching web pages politely: robots.txt, a delay per host, a named user agent, a cache, conditional GETs.

Requests go through trafilatura's connection pool (``trafilatura.downloads.create_pool``), whose
SSRF guard refuses non-public addresses on every hop, redirects included; a host the user names
that is itself local or private (``http://127.0.0.1:8000/``, an intranet) is fetched without it.
trafilatura's ``fetch_url`` is not used: it hides the status and the reason of a failure and cannot
send ``If-None-Match``.

Each fetched body is cached with its URL, final URL, fetch time, status, type and validators
(``<cache>/<2 hex>/<sha256 of the URL>.body`` and ``.json``); a later fetch sends the cached
``ETag``/``Last-Modified`` and a ``304 Not Modified`` reuses the body. Every failure is a
``FetchError`` with a one-line reason: HTTP status, timeout, refused by robots.txt, too large.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from liaison import __version__
from liaison.ingest.text import one_line

ROBOTS_TOKEN = "liaison"
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is capped
MAX_ROBOTS_BYTES = 500_000
MAX_REDIRECTS = 5


def default_user_agent() -> str:
    """``$LIAISON_USER_AGENT``, else ``liaison/VERSION (…)``: name the tool and how to reach you."""
    return os.environ.get("LIAISON_USER_AGENT") or (
        f"liaison/{__version__} (reader of party-diplomacy news; python-urllib3; obeys robots.txt)"
    )


class FetchError(Exception):
    """A URL that could not be fetched; the message is the one-line reason."""


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far to fetch."""

    delay: float = 1.0  # seconds between two requests to the same host (robots.txt may ask for more)
    timeout: float = 20.0  # seconds to connect, and between two reads
    user_agent: str = field(default_factory=default_user_agent)


@dataclass(frozen=True)
class Page:
    """A fetched body with its provenance."""

    url: str  # as asked
    final_url: str  # after redirects
    content_type: str  # media type, lower case, without parameters
    body: bytes
    fetched_at: str  # ISO time the body was downloaded
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # the server answered 304 and the cached body was used


@dataclass
class FetchStats:
    downloaded: int = 0
    not_modified: int = 0
    failed: int = 0


class Fetcher:
    """Fetches URLs one at a time; ``cache`` is a folder (None: no cache, no conditional requests)."""

    def __init__(self, cache: Path | None = None, policy: FetchPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.cache = cache
        self.policy = policy or FetchPolicy()
        self.stats = FetchStats()
        self.cache_problems: list[str] = []
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | str] = {}  # origin -> rules, or why all is refused
        self._local_hosts: set[str] = set()
        self._pools: dict[bool, Any] = {}

    def allow_local(self, url: str) -> None:
        """The user named ``url``: fetch its host even when its address is local or private."""
        try:
            host = urlsplit(url).hostname
        except ValueError:
            return
        if host and _is_local(host):
            self._local_hosts.add(host)

    def get(self, url: str, max_bytes: int) -> Page:
        """The page at ``url``, from the network or (when unchanged) the cache; ``FetchError`` if not."""
        try:
            self._check_robots(url)
            return self._get(url, max_bytes)
        except FetchError:
            self.stats.failed += 1
            raise

    # --- robots.txt -------------------------------------------------------------------------
    def _check_robots(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018  (raises on a port out of range)
        except ValueError as exc:
            raise FetchError(f"malformed URL: {one_line(exc)}") from exc
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not an http(s) URL")
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(ROBOTS_TOKEN, url):
            raise FetchError("refused by robots.txt")

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            status, _headers, body, _final = self._request(origin + "/robots.txt", {}, MAX_ROBOTS_BYTES)
        except FetchError as exc:  # the host is unreachable: its pages would fail the same way
            return f"{exc} (fetching robots.txt)"
        if status in (401, 403):
            rules.parse(["User-agent: *", "Disallow: /"])
        elif status >= 500:
            return f"refused: robots.txt answered HTTP {status}"
        elif status == 200:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        else:
            rules.parse([])
        return rules

    def _delay(self, origin: str) -> float:
        rules = self._robots.get(origin)
        asked = rules.crawl_delay(ROBOTS_TOKEN) if isinstance(rules, RobotFileParser) else None
        return max(self.policy.delay, min(float(asked or 0), MAX_CRAWL_DELAY))

    # --- one request ------------------------------------------------------------------------
    def _get(self, url: str, max_bytes: int) -> Page:
        cached = self._cached(url)
        headers: dict[str, str] = {}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        status, got, body, final = self._request(url, headers, max_bytes)
        if status == 304 and cached is not None:
            self.stats.not_modified += 1
            return replace(cached, not_modified=True)
        if status != 200:
            raise FetchError(f"HTTP {status} {_phrase(status)}".rstrip())
        self.stats.downloaded += 1
        page = Page(url=url, final_url=final, content_type=got.get("content-type", "").split(";")[0].strip().lower(),
                    body=body, fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    etag=got.get("etag"), last_modified=got.get("last-modified"))
        self._store(page)
        return page

    def _request(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[int, dict[str, str], bytes, str]:
        """(status, headers in lower case, body, final URL) of a GET, waiting for the host's turn."""

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not an http(s) URL")
        origin = f"{parts.scheme}://{parts.netloc}"
        wait = self._last.get(origin, -1e9) + self._delay(origin) - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        timeout = self.policy.timeout
        pool = self._pool(parts.hostname)
        try:
            return self._send(pool, url, headers, max_bytes, timeout)
        finally:
            self._last[origin] = time.monotonic()  # the delay runs from the end of a request

    def _send(self, pool: Any, url: str, headers: dict[str, str], max_bytes: int,
              timeout: float) -> tuple[int, dict[str, str], bytes, str]:
        import urllib3

        try:
            response = pool.request(
                "GET", url, headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate",
                                     **headers},
                retries=urllib3.Retry(total=MAX_REDIRECTS, redirect=MAX_REDIRECTS, connect=0, read=0, status=0,
                                      raise_on_status=False),
                timeout=urllib3.Timeout(connect=timeout, read=timeout), preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_reason(exc, timeout)) from exc
        try:
            got = {k.lower(): v for k, v in response.headers.items()}
            length = got.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"too large: {int(length):,} bytes (at most {max_bytes:,})")
            body = _read_capped(response, max_bytes, deadline=time.monotonic() + 4 * timeout, timeout=timeout)
            final = urljoin(url, response.geturl() or url)
            return response.status, got, body, final
        finally:
            response.release_conn()

    def _pool(self, host: str) -> Any:
        from trafilatura.downloads import create_pool

        guarded = host not in self._local_hosts
        if guarded not in self._pools:
            import certifi

            self._pools[guarded] = create_pool(ssrf_protection=guarded, ca_certs=certifi.where(),
                                               cert_reqs="CERT_REQUIRED")
        return self._pools[guarded]

    # --- the cache --------------------------------------------------------------------------
    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.cache / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cached(self, url: str) -> Page | None:
        paths = self._paths(url)
        if paths is None:
            return None
        try:
            meta = json.loads(paths[0].read_text("utf-8"))
            body = paths[1].read_bytes()
            if hashlib.sha256(body).hexdigest() != meta["sha256"]:
                return None
            return Page(url=url, final_url=meta["final_url"], content_type=meta["content_type"], body=body,
                        fetched_at=meta["fetched_at"], etag=meta.get("etag"),
                        last_modified=meta.get("last_modified"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store(self, page: Page) -> None:
        paths = self._paths(page.url)
        if paths is None:
            return
        meta = {"url": page.url, "final_url": page.final_url, "fetched_at": page.fetched_at,
                "content_type": page.content_type, "etag": page.etag, "last_modified": page.last_modified,
                "bytes": len(page.body), "sha256": hashlib.sha256(page.body).hexdigest()}
        try:
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            for path, data in ((paths[1], page.body), (paths[0], json.dumps(meta, indent=1).encode("utf-8"))):
                tmp = path.with_name(path.name + ".tmp")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        except OSError as exc:
            self.cache_problems.append(f"{page.url}: not cached: {one_line(exc.strerror or exc)}")


def cache_folder(db_path: Path | str) -> Path | None:
    """The page cache beside a database: ``<db>.pages/`` (None for an in-memory database)."""
    return None if str(db_path) == ":memory:" else Path(f"{db_path}.pages")


def _read_capped(response: Any, max_bytes: int, *, deadline: float, timeout: float) -> bytes:
    import urllib3

    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(1 << 16):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"too large: more than {max_bytes:,} bytes")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out: the body took more than {4 * timeout:g} s")
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(_network_reason(exc, timeout)) from exc
    return b"".join(chunks)


def _network_reason(exc: Exception, timeout: float) -> str:
    import urllib3.exceptions as ue

    cause: Any = exc.reason if isinstance(exc, ue.MaxRetryError) else exc
    text = one_line(cause)
    if "SSRF protection" in text:
        return "refused: the address is not public (name the URL on the command line to fetch a local host)"
    if "Connection refused" in text:
        return "connection refused"
    # NewConnectionError is a ConnectTimeoutError in urllib3 2
    if isinstance(cause, ue.ReadTimeoutError | ue.ConnectTimeoutError | TimeoutError) and not (
            isinstance(cause, ue.NewConnectionError) and "timed out" not in text):
        return f"timed out after {timeout:g} s"
    if isinstance(cause, ue.NameResolutionError):
        return "host not found"
    if isinstance(cause, ue.SSLError):
        return f"TLS error: {text}"
    if isinstance(exc, ue.MaxRetryError) and "redirect" in text.lower():
        return f"more than {MAX_REDIRECTS} redirects"
    return f"cannot connect: {text}"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _is_local(host: str) -> bool:
    """True when every address of ``host`` is loopback, private or otherwise not global."""
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return False
    try:
        return bool(addresses) and not any(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses)
    except ValueError:
        return False
