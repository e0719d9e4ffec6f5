"""Build the web app: ``create_app(db_path, on_judgement=...)`` returns a FastAPI application.

The app only reads the store. Re-resolution after an analyst judgement belongs to the pipeline,
so the caller passes it in (the CLI passes ``liaison.pipeline.reresolve``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from liaison import __version__
from liaison.serve import api, pages
from liaison.serve.db import Database

HERE = Path(__file__).parent
SWAGGER = "/static/vendor/swagger-ui"
OnJudgement = Callable[[str], None]  # called with the database path after a judgement is written


def create_app(db_path: str | Path, on_judgement: OnJudgement | None = None) -> FastAPI:
    """The web app and REST API over the database at ``db_path``."""
    app = FastAPI(
        title="liaison",
        version=__version__,
        description="Who met whom, when, where, in which capacity: the record built by `liaison build`. "
        "Reads are open; judgement writes need `Authorization: Bearer $LIAISON_TOKEN`.",
        docs_url=None,  # the default pages load their assets from a CDN; ours are served locally
        redoc_url=None,
    )
    app.state.db = Database(db_path)
    app.state.on_judgement = on_judgement
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    pages.install_error_pages(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="liaison API",
            swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
        )

    return app
