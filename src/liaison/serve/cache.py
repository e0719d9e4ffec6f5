"""Rendered responses kept per snapshot: a snapshot never changes, so neither does a page rendered from it.

``ResponseCache`` (ASGI middleware) keeps complete ``200`` answers to ``GET`` requests, keyed by
the snapshot generation served when the request arrived, the path and the query string, in an
LRU bounded by bytes. A new generation drops them all. A response rendered during a switch is at
least as new as its key, so a cached answer is never older than the snapshot it is filed under.
Static files (which answer conditional requests) and anything with ``Cache-Control: no-store``
pass through. Runs on the event loop only, so it needs no lock.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 4 * 1024 * 1024
Key = tuple[str, bytes]
Entry = tuple[list[tuple[bytes, bytes]], bytes]


def _size(key: Key, entry: Entry) -> int:
    return len(key[0]) + len(key[1]) + len(entry[1]) + sum(len(k) + len(v) for k, v in entry[0])


class ResponseCache:
    def __init__(
        self, app: ASGIApp, generation: Callable[[], int | None], max_bytes: int = MAX_BYTES,
        skip_prefixes: tuple[str, ...] = ("/static/",),
    ) -> None:
        self.app = app
        self.generation = generation  # the generation served now, without switching (None: unknown)
        self.max_bytes = max_bytes
        self.skip_prefixes = skip_prefixes
        self.number: int | None = None
        self.entries: OrderedDict[Key, tuple[Entry, int]] = OrderedDict()
        self.size = 0
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(self.skip_prefixes):
            await self.app(scope, receive, send)
            return
        number = self.generation()
        key = (scope["path"], scope["query_string"])
        if number is not None and number == self.number and (found := self.entries.get(key)) is not None:
            self.entries.move_to_end(key)
            entry = found[0]
            self.hits += 1
            await send({"type": "http.response.start", "status": 200, "headers": entry[0]})
            await send({"type": "http.response.body", "body": entry[1]})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        cacheable = number is not None

        async def capture(message: Message) -> None:
            nonlocal start, cacheable
            if message["type"] == "http.response.start":
                start = message
                headers = dict(message.get("headers", []))
                cacheable = cacheable and message["status"] == 200 and b"no-store" not in headers.get(
                    b"cache-control", b"") and b"set-cookie" not in headers
            elif message["type"] == "http.response.body" and cacheable:
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        if cacheable and start is not None and number is not None:
            self._put(number, key, (list(start.get("headers", [])), b"".join(chunks)))

    def _put(self, number: int, key: Key, entry: Entry) -> None:
        if number != self.generation():
            return  # a newer snapshot is served already
        if number != self.number:
            self.entries.clear()
            self.size = 0
            self.number = number
        size = _size(key, entry)
        if size > MAX_ENTRY or size > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old[1]
        self.entries[key] = (entry, size)
        self.size += size
        while self.size > self.max_bytes and self.entries:
            _, (_, dropped) = self.entries.popitem(last=False)
            self.size -= dropped
