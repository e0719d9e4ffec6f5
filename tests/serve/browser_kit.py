"""Headless Chromium for the browser tests: the system browser (Debian package ``chromium``) through Playwright,
which never downloads one. A page records console errors (a Content-Security-Policy violation is one) and
every URL it requested. Screenshots go to ``test-artifacts/``, and to ``docs/img/`` with ``LIAISON_UPDATE_DOCS=1``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from live_server import serving

from liaison.serve import create_app

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
DOCS_IMG = ROOT / "docs" / "img"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}


@contextmanager
def serving_db(db: Path) -> Iterator[str]:
    """The web app over ``db`` on a free loopback port; yields its base URL."""
    with serving(create_app(db)) as url:
        yield url


@contextmanager
def open_page() -> Iterator[Any]:
    """A Playwright page in headless Chromium (skips when either is missing); ``page.errors`` and
    ``page.requests`` collect console errors and requested URLs."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install the Debian package `chromium` to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright missing: pip install -e '.[dev]'")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
        pg = context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.on("console", lambda m: errors.append(f"{m.text} ({m.location})") if m.type == "error" else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("dialog", lambda d: pytest.fail(f"unexpected dialog: {d.message}"))
        pg.errors = errors
        pg.requests = requests
        try:
            yield pg
        finally:
            context.close()
            browser.close()


def no_console_errors(pg: Any) -> None:
    """Fail on any console error since the last check (and forget them)."""
    errors: list[str] = pg.errors
    found, errors[:] = list(errors), []
    assert found == []


def shot(target: Any, name: str, *, docs: str | None = None, full_page: bool = False) -> Path:
    """Screenshot a page (or one element) to ``test-artifacts/NAME``; with ``docs``, also to ``docs/img/DOCS``
    when ``LIAISON_UPDATE_DOCS=1``."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    if full_page:
        target.screenshot(path=str(path), full_page=True)
    else:
        if hasattr(target, "page"):  # an element: the sticky header must not cover it
            target.page.evaluate("document.querySelector('header.top').style.position = 'static'")
        target.screenshot(path=str(path))
        if hasattr(target, "page"):
            target.page.evaluate("document.querySelector('header.top').style.position = ''")
    if docs and os.environ.get("LIAISON_UPDATE_DOCS") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, DOCS_IMG / docs)
    return path


def inside(inner: dict[str, float] | None, outer: dict[str, float] | None, slack: float = 0.5) -> bool:
    """Whether box ``inner`` lies within box ``outer`` (Playwright bounding boxes)."""
    assert inner is not None and outer is not None
    return (inner["x"] >= outer["x"] - slack and inner["y"] >= outer["y"] - slack
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack)
