"""Build the web app: ``create_app(db_path, on_judgement=...)`` returns a FastAPI application.

The app reads published snapshots of the store (``serve.db``). Re-resolution after an analyst
judgement belongs to the pipeline, so the caller passes it in (the CLI passes
``liaison.pipeline.reresolve``).

Middleware, outermost first: security headers on every response, the Host allow-list, the
request body limit, then the per-snapshot response cache.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Scope

from liaison import __version__
from liaison.serve import api, explore, pages, stats_api
from liaison.serve.cache import ResponseCache
from liaison.serve.db import WRITE_WAIT, Database
from liaison.serve.security import MAX_BODY, BodyLimit, HostAllowList, SecurityHeaders, allowed_hosts

HERE = Path(__file__).parent
STATIC = HERE / "static"
STARTUP_WAIT = 3.0  # seconds to wait for the lock to publish a first snapshot (a sibling worker may hold it)
OnJudgement = Callable[[str], None]  # called with the database path after a judgement is written


def create_app(
    db_path: str | Path,
    on_judgement: OnJudgement | None = None,
    *,
    hosts: Iterable[str] = (),
    max_body: int = MAX_BODY,
    write_wait: float = WRITE_WAIT,
) -> FastAPI:
    """The web app and REST API over the database at ``db_path``.

    ``hosts`` extends the Host allow-list (127.0.0.1, localhost, ::1 and ``$LIAISON_ALLOWED_HOSTS``).
    """
    db = Database(db_path, write_wait=write_wait, warm=pages.warm)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(db.warm_now)  # the server answers once the snapshot's read model is built
        await prime_routes(app)
        yield
        db.close()

    app = FastAPI(
        title="liaison",
        version=__version__,
        description="Who met whom, when, where, in which capacity: the record built by `liaison build`. "
        "Reads are open; judgement writes need `Authorization: Bearer $LIAISON_TOKEN`.",
        docs_url=None,  # the default page loads its assets from a CDN and runs an inline script
        redoc_url=None,
        lifespan=lifespan,
    )
    db.prepare(wait=STARTUP_WAIT)
    app.state.db = db
    app.state.on_judgement = on_judgement
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(stats_api.router)
    app.include_router(explore.router)
    app.include_router(pages.router)
    pages.install_error_pages(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    app.add_middleware(ResponseCache, generation=db.served_generation)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(HostAllowList, hosts=allowed_hosts(hosts))
    app.add_middleware(SecurityHeaders)
    return app


PRIME_PATH = "/-/prime-routes"  # matches no route


async def prime_routes(app: ASGIApp) -> None:
    """Ask ``app`` once, in-process, for a path no route matches, so that the middleware stack and every
    router's table of routes (FastAPI analyses each included router's endpoints and their parameters
    lazily, on the first request that reaches it: some 0.1 s holding the interpreter) are built at start-up
    rather than by the first clients. The answer (404) is dropped; nothing is cached."""

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_: Message) -> None:
        return None

    scope: Scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": PRIME_PATH, "raw_path": PRIME_PATH.encode(), "root_path": "", "query_string": b"",
        "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80),
        "state": {},
    }
    await app(scope, receive, send)


# Swagger UI from the vendored bundle, started by a script file (the CSP allows no inline script).
DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>liaison API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""
