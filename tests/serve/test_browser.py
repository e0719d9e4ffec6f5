"""Click through the web app in headless Chromium: home -> event -> person -> party, search and filters.

See ``browser_kit`` for the browser; the party network of the bundled samples is also saved to
``docs/img/party-network.png`` when ``LIAISON_UPDATE_DOCS=1`` (the README shows it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_kit import ROOT, no_console_errors, open_page, serving_db, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(fixture_db: Path) -> Iterator[str]:
    with serving_db(fixture_db) as url:
        yield url


@pytest.fixture(scope="module")
def page() -> Iterator[Any]:
    with open_page() as pg:
        yield pg


def test_click_from_home_to_event_to_person_to_party(page: Any, base_url: str) -> None:
    from playwright.sync_api import Page, expect

    pg: Page = page
    pg.goto(base_url + "/")
    expect(pg.locator("#count-events")).to_have_text("5")
    expect(pg.locator("#timeline svg rect.ch-party").first).to_be_visible()
    expect(pg.get_by_text("Top counterpart parties")).to_be_visible()
    shot(pg, "home.png")

    # home -> the video conference event (its article contains <script> and HTML)
    pg.locator(".events a.kind", has_text="video conference").first.click()
    expect(pg.locator("#event-kind")).to_have_text("video conference")
    expect(pg.locator("#event-date")).to_contain_text("2025-01-20")
    expect(pg.locator(".side h3")).to_have_text(["Venezuela (VE)", "China (CN)"])  # names, not bare codes
    expect(pg.locator("#event-confidence")).to_have_text("1.00")
    expect(pg.locator(".sides")).to_contain_text("Secretario General")
    expect(pg.locator(".source .text mark.hl-event")).to_have_text("sostuvo una videoconferencia")
    text = pg.locator(".source .text")
    expect(text).to_contain_text("<script>document.title='pwned'</script><b>bold</b>")  # shown, not run
    assert pg.locator(".source .text script, .source .text b").count() == 0
    assert "pwned" not in pg.title()
    shot(pg, "event.png")

    # event -> person
    pg.locator(".participants a.person", has_text="Diosdado Cabello").click()
    expect(pg.locator("#person-name")).to_have_text("Diosdado Cabello")
    expect(pg.locator("table.positions")).to_contain_text("First Vice President")
    expect(pg.locator("table.positions")).to_contain_text("Secretario General")
    expect(pg.locator("#counterparts li")).to_have_count(2)
    shot(pg, "person.png")

    # the analyst form picks the other person by name, then reports the server's refusal (no LIAISON_TOKEN)
    pg.fill("input[name=token]", "guess")
    pg.click("#judge button[type=submit]")
    expect(pg.locator("#judge .status")).to_contain_text("Pick the other person")
    pg.locator("#judge .picker-q").press_sequentially("liu", delay=20)
    option = pg.locator("#judge-options li.picker-option").first
    expect(option).to_contain_text("Liu Jianchao (刘建超)")
    expect(option).to_contain_text("China · 3 events")
    shot(pg.locator(".analyst"), "judgement-picker.png")
    option.click()
    expect(pg.locator("#judge input[name=right]")).to_have_value(re.compile(r"^p_[0-9a-f]+$"))
    expect(pg.locator("#judge .picker-q")).to_have_value("Liu Jianchao (刘建超)")
    pg.click("#judge button[type=submit]")
    expect(pg.locator("#judge .status")).to_contain_text("LIAISON_TOKEN")
    pg.errors.clear()  # the browser logs the expected 403

    # person -> party (from an event's party chip)
    pg.locator(".events .party-chip", has_text="PSUV").first.click()
    expect(pg.locator("#party-name")).to_contain_text("United Socialist Party of Venezuela")
    expect(pg.locator("#partners li")).to_have_count(1)
    expect(pg.locator("#representatives")).to_contain_text("Diosdado Cabello")
    network = pg.locator("#network")
    expect(network).to_have_attribute("data-ready", "1")
    expect(network.locator("canvas").first).to_be_visible()
    shot(pg, "party.png")

    # party -> partner party: the CPC network has both partners around it
    pg.locator("#partners a", has_text="Communist Party of China").click()
    expect(pg.locator("#party-name")).to_contain_text("Communist Party of China")
    expect(pg.locator("#partners li")).to_have_count(2)
    expect(pg.locator("#representatives")).to_contain_text("Liu Jianchao")
    network = pg.locator("#network")
    expect(network).to_have_attribute("data-ready", "1")
    pg.wait_for_timeout(300)
    shot(pg, "party-cpc.png")

    # nothing was fetched from anywhere but this server
    foreign = [u for u in pg.requests if not u.startswith(base_url)]
    assert foreign == []
    no_console_errors(pg)


def test_search_and_filters(page: Any, base_url: str) -> None:
    from playwright.sync_api import Page, expect

    pg: Page = page
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
    shot(pg, "events-filtered.png")

    # confidence: shown on every row, and a filter (the 2024-08-02 event is of the recall tier)
    pg.goto(base_url + "/events")
    expect(pg.locator(".event-row .conf.low")).to_have_count(1)
    expect(pg.locator(".event-row .conf.low")).to_have_text("0.50")
    pg.select_option("select[name=min_confidence]", "0.6")
    pg.click("form.filters button[type=submit]")
    expect(pg.locator("#total")).to_have_text("4")
    expect(pg.locator(".event-row .conf.low")).to_have_count(0)

    # the API documentation is linked from every page
    pg.locator("header nav").get_by_role("link", name="API docs").click()
    expect(pg).to_have_url(base_url + "/docs")
    expect(pg.locator(".swagger-ui .title").first).to_contain_text("liaison")
    expect(pg.locator(".swagger-ui .opblock").first).to_be_visible()
    shot(pg, "api-docs.png")
    no_console_errors(pg)


def test_party_network_of_the_bundled_samples(page: Any, tmp_path: Path) -> None:
    """The README picture: the CPC's partners in the samples `make run` builds, drawn in the browser."""
    from playwright.sync_api import Page, expect

    from liaison.pipeline import build

    db = tmp_path / "samples.duckdb"
    build([ROOT / "samples"], db)
    pg: Page = page
    with serving_db(db) as url:
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
        shot(network, "party-network.png", docs="party-network.png")
        no_console_errors(pg)
