"""Request hygiene for the web app (pure ASGI middleware, cheap on every request).

- ``SecurityHeaders``: a Content-Security-Policy allowing only this server's own scripts, styles
  and images (no inline script), ``frame-ancestors 'none'`` with ``X-Frame-Options: DENY``,
  ``X-Content-Type-Options: nosniff`` and a same-origin referrer policy, on every response.
- ``HostAllowList``: a request whose ``Host`` is not allowed gets 400, so a page on another site
  cannot read a local server through DNS rebinding. Allowed: 127.0.0.1, localhost, ::1, plus
  ``$LIAISON_ALLOWED_HOSTS`` (comma-separated) and ``liaison serve --allowed-host``.
- ``BodyLimit``: a request body over ``max_bytes`` gets 413 before it is read: at once when
  ``Content-Length`` says so, else as soon as the streamed body passes the limit.

``http_url`` keeps a link only when it is an absolute http(s) URL, so no ``javascript:`` or
``data:`` URL stored with an article is ever rendered as a link.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HOSTS_ENV = "LIAISON_ALLOWED_HOSTS"
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_BODY = 64 * 1024

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)

_HTTP_URL = re.compile(r"https?://[^/?#\s]", re.IGNORECASE)
_UNSAFE = re.compile(r"[\x00-\x20\x7f]")


def http_url(url: object) -> str | None:
    """``url`` when it is an absolute http or https URL, else None (never a ``javascript:`` link)."""
    if not isinstance(url, str) or _UNSAFE.search(url) or not _HTTP_URL.match(url):
        return None
    return url


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The default hosts, those in ``$LIAISON_ALLOWED_HOSTS`` and ``extra``, lower-cased, without ports."""
    hosts = [*DEFAULT_HOSTS, *os.environ.get(HOSTS_ENV, "").split(","), *extra]
    return frozenset(h for h in (host_name(h.strip()) for h in hosts) if h)


def host_name(host: str) -> str:
    """``Host`` header value without its port: ``[::1]:8000`` -> ``::1``, ``Example.org:80`` -> ``example.org``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    if host.count(":") == 1:
        return host.partition(":")[0]
    return host


async def _plain(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostAllowList:
    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = frozenset(hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
            if host_name(host) not in self.hosts:
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                else:
                    await _plain(send, 400, {"detail": f"host {host!r} not allowed (see liaison serve --allowed-host)"})
                return
        await self.app(scope, receive, send)


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _plain(send, 413, {"detail": self._too_large()})
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise HTTPException(status_code=413, detail=self._too_large())
            return message

        async def closing(message: Message) -> None:
            if message["type"] == "http.response.start" and received > self.max_bytes:
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)  # after a 413 the rest of the body is not read: the connection is closed

        await self.app(scope, limited, closing)

    def _too_large(self) -> str:
        return f"request body too large (at most {self.max_bytes:,} bytes)"
