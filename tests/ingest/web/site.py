"""A local web site for the fetching tests: a thread serving fixture routes on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    sleep: float = 0.0  # seconds before answering (a timeout)
    headers: dict[str, str] = field(default_factory=dict)
    etag: bool = True  # answer If-None-Match with 304


@dataclass
class Hit:
    path: str
    user_agent: str
    at: float
    status: int


class Site:
    """Routes by path; records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def requests_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Serve ``site`` on a free port of 127.0.0.1 until the block ends."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = site.routes.get(self.path)
            if route is None:
                return self._answer(404, b"not found", "text/plain", {})
            if route.sleep:
                time.sleep(route.sleep)
            tag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            if route.etag and route.status == 200 and self.headers.get("If-None-Match") == tag:
                return self._answer(304, b"", route.content_type, {"ETag": tag})
            extra = {"ETag": tag, **route.headers} if route.etag else dict(route.headers)
            self._answer(route.status, route.body, route.content_type, extra)

        def _answer(self, status: int, body: bytes, ctype: str, headers: dict[str, str]) -> None:
            site.hits.append(Hit(self.path, self.headers.get("User-Agent", ""), time.monotonic(), status))
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                headers.setdefault("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def article_html(title: str, date: str, body: str) -> bytes:
    """A news page with boilerplate around the article."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Party News</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Party News">
<meta name="date" content="{date}"><meta property="article:published_time" content="{date}"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="date">{date}</p><p>{body}</p>
<p>Both sides agreed to deepen exchanges between the two parties, strengthen cadre training and
share experience in party building and state governance for the benefit of both peoples.</p></article>
<footer>Copyright Party News. All rights reserved.</footer></body></html>""".encode()


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (one line)."""
    stream = f"BT /F1 12 Tf 40 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
