"""Click through the web app in headless Chromium: home -> event -> person -> party.

Uses the system Chromium (Debian package ``chromium``); Playwright never downloads a browser.
Screenshots go to ``test-artifacts/``; the party network of the bundled samples also to
``docs/img/party-network.png`` when ``LIAISON_UPDATE_DOCS=1`` (the README shows it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from live_server import serving

from liaison.serve import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
DOCS_IMG = ROOT / "docs" / "img" / "party-network.png"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@contextmanager
def _serving(db: Path) -> Iterator[str]:
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(fixture_db: Path) -> Iterator[str]:
    with _serving(fixture_db) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install the Debian package `chromium` to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright missing: pip install -e '.[dev]'")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        requests: list[str] = []
        errors: list[str] = []  # console errors (a Content-Security-Policy violation is one) and page errors
        pg.on("request", lambda r: requests.append(r.url))
        pg.on("console", lambda m: errors.append(f"{m.text} ({m.location})") if m.type == "error" else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors  # type: ignore[attr-defined]
        pg.on("dialog", lambda d: pytest.fail(f"unexpected dialog: {d.message}"))
        pg.requests = requests  # type: ignore[attr-defined]
        yield pg
        context.close()
        browser.close()


def _no_console_errors(pg: object) -> None:
    errors: list[str] = pg.errors  # type: ignore[attr-defined]
    found, errors[:] = list(errors), []
    assert found == []


def _shot(pg: object, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


def test_click_from_home_to_event_to_person_to_party(page: object, base_url: str) -> None:
    from playwright.sync_api import Page, expect

    pg: Page = page  # type: ignore[assignment]
    pg.goto(base_url + "/")
    expect(pg.locator("#count-events")).to_have_text("5")
    expect(pg.locator(".timeline svg rect.ch-party").first).to_be_visible()
    expect(pg.get_by_text("Top counterpart parties")).to_be_visible()
    _shot(pg, "home.png")

    # home -> the video conference event (its article contains <script> and HTML)
    pg.locator(".events a.kind", has_text="video conference").first.click()
    expect(pg.locator("#event-kind")).to_have_text("video conference")
    expect(pg.locator("#event-date")).to_contain_text("2025-01-20")
    expect(pg.locator(".side h3")).to_have_text(["VE", "CN"])
    expect(pg.locator(".sides")).to_contain_text("Secretario General")
    expect(pg.locator(".source .text mark.hl-event")).to_have_text("sostuvo una videoconferencia")
    text = pg.locator(".source .text")
    expect(text).to_contain_text("<script>document.title='pwned'</script><b>bold</b>")  # shown, not run
    assert pg.locator(".source .text script, .source .text b").count() == 0
    assert "pwned" not in pg.title()
    _shot(pg, "event.png")

    # event -> person
    pg.locator(".participants a.person", has_text="Diosdado Cabello").click()
    expect(pg.locator("#person-name")).to_have_text("Diosdado Cabello")
    expect(pg.locator("table.positions")).to_contain_text("First Vice President")
    expect(pg.locator("table.positions")).to_contain_text("Secretario General")
    expect(pg.locator("#counterparts li")).to_have_count(2)
    _shot(pg, "person.png")

    # the analyst form reports the server's refusal (no LIAISON_TOKEN on this server)
    pg.fill("input[name=right]", "p_someone")
    pg.fill("input[name=token]", "guess")
    pg.click("#judge button[type=submit]")
    expect(pg.locator("#judge .status")).to_contain_text("LIAISON_TOKEN")
    pg.errors.clear()  # type: ignore[attr-defined]  # the browser logs the expected 403

    # person -> party (from an event's party chip)
    pg.locator(".events .party-chip", has_text="PSUV").first.click()
    expect(pg.locator("#party-name")).to_contain_text("United Socialist Party of Venezuela")
    expect(pg.locator("#partners li")).to_have_count(1)
    expect(pg.locator("#representatives")).to_contain_text("Diosdado Cabello")
    network = pg.locator("#network")
    expect(network).to_have_attribute("data-ready", "1")
    expect(network.locator("canvas").first).to_be_visible()
    _shot(pg, "party.png")

    # party -> partner party: the CPC network has both partners around it
    pg.locator("#partners a", has_text="Communist Party of China").click()
    expect(pg.locator("#party-name")).to_contain_text("Communist Party of China")
    expect(pg.locator("#partners li")).to_have_count(2)
    expect(pg.locator("#representatives")).to_contain_text("Liu Jianchao")
    network = pg.locator("#network")
    expect(network).to_have_attribute("data-ready", "1")
    pg.wait_for_timeout(300)
    _shot(pg, "party-cpc.png")

    # nothing was fetched from anywhere but this server
    foreign = [u for u in pg.requests if not u.startswith(base_url)]  # type: ignore[attr-defined]
    assert foreign == []
    _no_console_errors(pg)


def test_search_and_filters(page: object, base_url: str) -> None:
    from playwright.sync_api import Page, expect

    pg: Page = page  # type: ignore[assignment]
    pg.goto(base_url + "/")
    pg.fill("header input[name=q]", "刘建超")
    pg.keyboard.press("Enter")
    expect(pg.locator("#result-people")).to_contain_text("Liu Jianchao")

    pg.goto(base_url + "/events")
    pg.select_option("select[name=channel]", "party")
    pg.fill("input[name=from]", "2025")
    pg.click("form.filters button[type=submit]")
    expect(pg.locator("#total")).to_have_text("3")
    expect(pg.locator(".event-row")).to_have_count(3)
    _shot(pg, "events-filtered.png")

    pg.goto(base_url + "/docs")
    expect(pg.locator(".swagger-ui .title").first).to_contain_text("liaison")
    expect(pg.locator(".swagger-ui .opblock").first).to_be_visible()
    _shot(pg, "api-docs.png")
    _no_console_errors(pg)


def test_party_network_of_the_bundled_samples(page: object, tmp_path: Path) -> None:
    """The README picture: the CPC's partners in the samples `make run` builds, drawn in the browser."""
    from playwright.sync_api import Page, expect

    from liaison.pipeline import build

    db = tmp_path / "samples.duckdb"
    build([ROOT / "samples"], db)
    pg: Page = page  # type: ignore[assignment]
    with _serving(db) as url:
        pg.goto(f"{url}/parties/cpc")
        expect(pg.locator("#party-name")).to_contain_text("Communist Party of China")
        partners = pg.locator("#partners li")
        assert partners.count() >= 6
        for name in ("United Socialist Party of Venezuela", "Communist Party of Vietnam", "Kuomintang",
                     "Lao People's Revolutionary Party"):
            expect(pg.locator("#partners")).to_contain_text(name)
        network = pg.locator("#network")
        expect(network).to_have_attribute("data-ready", "1")
        pg.wait_for_timeout(500)
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "party-network.png"
        network.screenshot(path=str(shot))
        _no_console_errors(pg)
    if os.environ.get("LIAISON_UPDATE_DOCS") == "1":
        DOCS_IMG.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, DOCS_IMG)
