"""The analyst's pages in headless Chromium: the explorer, the network of people, a party network of two
nodes, charts that fit their cards over fourteen years of events, and the positions chart."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_kit import inside, no_console_errors, open_page, serving_db, shot
from serve_fixture import build_long_db

from liaison.pipeline import build
from tests.conftest import ARCHIVE

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(fixture_db: Path) -> Iterator[str]:
    with serving_db(fixture_db) as url:
        yield url


@pytest.fixture(scope="module")
def long_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A record of one meeting a month from 2012-01 to 2026-06."""
    with serving_db(build_long_db(tmp_path_factory.mktemp("long") / "long.duckdb")) as url:
        yield url


@pytest.fixture(scope="module")
def page() -> Iterator[Any]:
    with open_page() as pg:
        yield pg


def _json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def _download(pg: Any, link: Any) -> str:
    with pg.expect_download() as info:
        link.click()
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_explorer(page: Any, base_url: str) -> None:
    from playwright.sync_api import expect

    pg = page
    pg.goto(base_url + "/")
    pg.locator("header nav").get_by_role("link", name="Explore").click()
    # defaults: China's counterparts (China is at every event), who met the CPC most, per month (two years)
    expect(pg.locator("input[name=side]")).to_have_value("CN")
    expect(pg.locator("input[name=met]")).to_have_value("CPC")
    expect(pg.locator("#explore-events")).to_have_text("5")
    expect(pg.locator("#chart-channel .bar")).to_have_count(11)  # 2024-08 .. 2025-06, empty months included
    expect(pg.locator("#chart-channel .bar").last).to_have_attribute("data-period", "2025-06")
    expect(pg.locator("#chart-country figcaption")).to_contain_text("Venezuela 4")
    expect(pg.locator("#chart-country figcaption")).not_to_contain_text("China")  # counterparts only
    expect(pg.locator("#chart-party figcaption")).to_contain_text("PSUV 4")
    expect(pg.locator("#chart-party figcaption")).not_to_contain_text("CPC")
    rows = pg.locator("#who-table tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.first).to_contain_text("Diosdado Cabello")
    expect(rows.first.locator("td").nth(3)).to_have_text("2")
    expect(pg.locator("#who-met")).not_to_contain_text("Cai Qi")  # the CPC's own people are not its visitors
    shot(pg, "explorer.png")

    # per year, sure events only: the recall-tier meeting of 2024-08-02 (Nicolás Maduro) drops out
    pg.select_option("select[name=period]", "year")
    pg.select_option("select[name=min_confidence]", "0.6")
    pg.click("#explore-form button[type=submit]")
    expect(pg.locator("#explore-events")).to_have_text("4")
    expect(pg.locator("#chart-channel .bar")).to_have_count(2)
    expect(pg.locator("#who-table tbody tr")).to_have_count(3)
    expect(pg.locator("#who-table")).not_to_contain_text("Nicolás Maduro")

    # CSV of what is shown
    table = _download(pg, pg.locator("#who-met a.csv"))
    lines = table.splitlines()
    assert lines[0] == "key,name,native,abbr,country,country_name,events,share,first,last"
    assert len(lines) == 4 and "Diosdado Cabello" in lines[1] and "Nicolás Maduro" not in table
    by_country = _download(pg, pg.locator("#panel-country a.csv")).splitlines()
    assert by_country == ["year,Venezuela,Vietnam,events", "2024,1,0,1", "2025,2,1,3"]

    # a side nobody has: said so, and the charts count every side
    pg.fill("input[name=side]", "Atlantis")
    pg.click("#explore-form button[type=submit]")
    expect(pg.locator(".notice")).to_contain_text("No party, country or person is named “Atlantis”")
    expect(pg.locator("#chart-country figcaption")).to_contain_text("China")
    no_console_errors(pg)


def test_people_network(page: Any, base_url: str) -> None:
    from playwright.sync_api import expect

    pg = page
    pg.goto(base_url + "/people")
    pg.get_by_role("link", name="network of people →").click()
    network = pg.locator("#network")
    expect(network).to_have_attribute("data-ready", "1")
    assert pg.evaluate("window.liaisonNetwork.nodes().length") == 7
    expect(pg.locator("#network-caption")).to_contain_text("7 of 7 people")
    shot(pg, "people-network.png")

    # around one person, picked by name
    pg.locator("#network-form .picker-q").press_sequentially("cabel", delay=20)
    pg.locator("#center-options li.picker-option", has_text="Diosdado Cabello").click()
    pg.click("#network-form button[type=submit]")
    expect(pg).to_have_url(re.compile(r"/network\?center=p_"))
    expect(network).to_have_attribute("data-ready", "1")
    expect(pg.locator("#network-caption")).to_contain_text("3 of 3 people around Diosdado Cabello")
    labels = pg.evaluate("window.liaisonNetwork.nodes().map(n => n.data('label')).sort()")
    assert labels == ["Cai Qi", "Diosdado Cabello", "Liu Jianchao (刘建超)"]

    # clicking a person opens their page
    box = network.bounding_box()
    assert box is not None
    where = pg.evaluate("window.liaisonNetwork.nodes().filter(n => n.data('label') === 'Cai Qi')[0].renderedPosition()")
    pg.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    expect(pg.locator("#person-name")).to_have_text("Cai Qi")
    no_console_errors(pg)


GEOMETRY = """() => {
  const cy = window.liaisonNetwork;
  const box = ele => ele.renderedBoundingBox({includeLabels: false});
  const edge = cy.edges()[0];
  return {
    nodes: cy.nodes().map(box),
    labels: cy.nodes().map(n => n.renderedBoundingBox({includeNodes: false, includeLabels: true})),
    edgeLabel: edge.renderedBoundingBox({includeEdges: false, includeLabels: true}),
    edgeText: edge.style("label"),
    edgeShown: edge.visible() && Number(edge.style("text-opacity")) > 0,
    width: cy.width(), height: cy.height(),
  };
}"""


def _apart(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["x2"] <= b["x1"] or b["x2"] <= a["x1"] or a["y2"] <= b["y1"] or b["y2"] <= a["y1"]


def test_two_party_network_shows_its_edge_and_count(page: Any, base_url: str) -> None:
    """PSUV's network is PSUV and the CPC, 4 events together: both nodes apart, the edge and its count visible."""
    from playwright.sync_api import expect

    pg = page
    pg.goto(base_url + "/parties/psuv")
    expect(pg.locator("#network")).to_have_attribute("data-ready", "1")
    g = pg.evaluate(GEOMETRY)
    a, b = g["nodes"]
    assert _apart(a, b)
    gap = max(b["x1"] - a["x2"], a["x1"] - b["x2"], b["y1"] - a["y2"], a["y1"] - b["y2"])
    assert gap >= 100, g  # room for the edge between them
    assert g["edgeText"] == "4" and g["edgeShown"]
    label = g["edgeLabel"]
    assert label["w"] > 0 and _apart(label, a) and _apart(label, b), g  # the count is not under a node
    for part in [a, b, label, *g["labels"]]:
        assert 0 <= part["x1"] < part["x2"] <= g["width"] and 0 <= part["y1"] < part["y2"] <= g["height"], g
    assert a["w"] <= 100 and b["w"] <= 100  # not blown up to fill the box
    shot(pg.locator("#network"), "party-network-two.png")
    no_console_errors(pg)


def _bars_fit(pg: Any, chart: str, span: bool = True) -> None:
    """The first and the last bar of ``chart`` lie inside its card (with ``span``: from 2012-01 to 2026-06)."""
    card = pg.locator(f"section.card:has({chart})").first
    card_box = card.bounding_box()
    assert card_box is not None and card_box["x"] + card_box["width"] <= pg.viewport_size["width"]
    bars = pg.locator(f"{chart} .bar")
    for bar in (bars.first, bars.last):
        drawn = bar.locator("rect:not(.hover)").last
        assert inside(drawn.bounding_box(), card_box), chart
    if span:
        assert bars.first.get_attribute("data-period") in ("2012-01", "2012")
        assert bars.last.get_attribute("data-period") in ("2026-06", "2026")


def test_charts_fit_their_cards(page: Any, long_url: str) -> None:
    """Fourteen years of months: the newest bar is inside its card on every page, at two window widths."""
    pg = page
    person = _json(f"{long_url}/api/people?q=Le%20Hoai%20Trung")["items"][0]["person_id"]
    pages = [("/", "#timeline"), ("/parties/cpv", "#timeline"), (f"/people/{person}", "#timeline"),
             ("/explore?period=month", "#chart-party")]
    try:
        for width in (1280, 900):
            pg.set_viewport_size({"width": width, "height": 900})
            for path, chart in pages:
                pg.goto(long_url + path)
                _bars_fit(pg, chart)
                if width == 1280 and path == "/parties/cpv":
                    shot(pg.locator(chart), "party-timeline.png")
    finally:
        pg.set_viewport_size({"width": 1280, "height": 900})
    no_console_errors(pg)


def _positions_fit(pg: Any) -> None:
    frame = pg.locator(".positions-chart svg").bounding_box()
    parts = pg.locator(".positions-chart .position text, .positions-chart .pos, .positions-chart text.xlabel")
    for i in range(parts.count()):
        assert inside(parts.nth(i).bounding_box(), frame)


def test_positions_chart_is_readable(page: Any, long_url: str) -> None:
    """Three titles over fourteen years: three long bars, their titles and the years all inside the chart."""
    from playwright.sync_api import expect

    pg = page
    person = _json(f"{long_url}/api/people?q=Le%20Hoai%20Trung")["items"][0]["person_id"]
    pg.goto(f"{long_url}/people/{person}")
    chart = pg.locator(".positions-chart svg")
    frame = chart.bounding_box()
    rows = pg.locator(".positions-chart .position")
    expect(rows).to_have_count(3)
    expect(rows.locator("text")).to_have_text(["Secretary of the Central Committee",
                                               "Head of the Commission for External Relations",
                                               "Member of the Politburo"])
    for i in range(3):
        bar = rows.nth(i).locator("rect.pos").bounding_box()
        assert bar is not None and bar["width"] >= 60 and bar["height"] >= 10  # a bar, not a dash
        assert inside(bar, frame) and inside(rows.nth(i).locator("text").bounding_box(), frame)
    years = pg.locator(".positions-chart text.xlabel")
    assert years.count() >= 4
    for i in range(years.count()):
        assert inside(years.nth(i).bounding_box(), frame)  # no clipped year
    shot(pg.locator(".positions-chart").first, "positions-chart.png")
    no_console_errors(pg)


@pytest.fixture(scope="module")
def archive_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The whole CCTV archive (2022-2026, about 2,200 events), built once (about 10 s)."""
    if not ARCHIVE.exists():
        pytest.skip(f"CCTV archive not found at {ARCHIVE}")
    db = tmp_path_factory.mktemp("archive") / "archive.duckdb"
    build([ARCHIVE], db, workers=2)
    with serving_db(db) as url:
        yield url


def test_the_archive(page: Any, archive_url: str) -> None:
    """The pages on real data: charts fit, the positions chart is readable; the README's pictures
    (``LIAISON_UPDATE_DOCS=1`` copies them to docs/img/)."""
    from playwright.sync_api import expect

    pg, url = page, archive_url
    pg.goto(url + "/explore")
    expect(pg.locator("#who-table tbody tr")).to_have_count(20)
    _bars_fit(pg, "#chart-country", span=False)
    shot(pg, "archive-explorer.png", docs="explorer.png")
    shot(pg.locator("#who-met"), "archive-who-met-the-cpc.png", docs="who-met-the-cpc.png")

    pg.goto(url + "/network")
    expect(pg.locator("#network")).to_have_attribute("data-ready", "1")
    assert pg.evaluate("window.liaisonNetwork.nodes().length") == 50
    shot(pg, "archive-people-network.png", docs="people-network.png")

    pg.goto(url + "/parties/cpc")
    _bars_fit(pg, "#timeline", span=False)
    shot(pg.locator("#timeline"), "archive-party-timeline.png")

    xi = _json(f"{url}/api/people?q=Xi%20Jinping")["items"][0]["person_id"]
    pg.goto(f"{url}/people/{xi}")
    _bars_fit(pg, "#timeline", span=False)
    _positions_fit(pg)
    shot(pg.locator(".positions-chart").first, "archive-positions-chart.png", docs="positions-chart.png")
    no_console_errors(pg)
