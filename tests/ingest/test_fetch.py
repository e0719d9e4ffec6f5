"""Fetching pages from a local web site (127.0.0.1 only): articles, failures per URL, robots.txt,
the per-host delay, the user agent, the cache and conditional requests, and ``liaison build URL``."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from liaison.ingest.fetch import Fetcher, FetchPolicy
from liaison.ingest.pages import fetch_items
from liaison.model.types import Article, Skipped
from tests.cli.cli_helpers import run
from tests.ingest.web.site import Route, Site, article_html, minimal_pdf, serve

BODY = ("Beijing, June 9, 2025 -- Cai Qi, member of the Standing Committee of the Political Bureau of the "
        "CPC Central Committee, met Diosdado Cabello, Secretary General of the United Socialist Party of "
        "Venezuela (PSUV), in Beijing on Monday. Cai Qi said the CPC is willing to work with the PSUV.")


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/news/cai-qi.html": Route(article_html("Cai Qi meets Diosdado Cabello", "2025-06-09", BODY)),
        "/private/secret.html": Route(article_html("Secret", "2025-06-09", BODY)),
        "/slow.html": Route(article_html("Slow", "2025-06-09", BODY), sleep=2.0),
        "/logo.png": Route(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        "/huge.html": Route(b"<html></html>", headers={"Content-Length": "900000000"}),
        "/docs/talks.pdf": Route(minimal_pdf(BODY[:200]), "application/pdf"),
        "/fake.pdf": Route(b"just text pretending", "application/pdf"),
    }
    with serve(s):
        yield s


def fetcher(site: Site, tmp_path: Path, **policy: float) -> Fetcher:
    f = Fetcher(tmp_path / "cache", FetchPolicy(delay=policy.get("delay", 0.0), timeout=policy.get("timeout", 0.5)))
    f.allow_local(site.base)
    return f


def test_a_page_becomes_an_article_with_its_url_and_metadata(site: Site, tmp_path: Path) -> None:
    items = list(fetch_items(fetcher(site, tmp_path), [site.url("/news/cai-qi.html")]))
    [article] = items
    assert isinstance(article, Article)
    assert article.doc_id == article.url == article.origin == site.url("/news/cai-qi.html")
    assert article.title == "Cai Qi meets Diosdado Cabello"
    assert article.published == "2025-06-09"
    assert article.source == "Party News"
    assert "Diosdado Cabello" in article.text and "All rights reserved" not in article.text


def test_each_failure_is_one_located_line_and_the_rest_go_on(site: Site, tmp_path: Path) -> None:
    f = fetcher(site, tmp_path)
    urls = [site.url(p) for p in ("/missing.html", "/slow.html", "/private/secret.html", "/logo.png",
                                  "/huge.html", "/fake.pdf", "/news/cai-qi.html")]
    items = list(fetch_items(f, [*urls, "ftp://127.0.0.1/x.txt"]))
    reasons = {i.origin: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons == {
        urls[0]: "HTTP 404 Not Found",
        urls[1]: "timed out after 0.5 s",
        urls[2]: "refused by robots.txt",
        urls[3]: "not HTML (image/png); reads HTML, PDF and .docx pages",
        urls[4]: "too large: 900,000,000 bytes (at most 50,000,000)",
        urls[5]: "not a PDF (no %PDF- header)",
        "ftp://127.0.0.1/x.txt": "unsupported URL scheme 'ftp'; reads http and https",
    }
    assert [i.doc_id for i in items if isinstance(i, Article)] == [urls[6]]
    assert f.stats.failed == 4  # the PNG and the fake PDF were fetched, then refused; ftp is never requested
    assert not site.requests_for("/private/secret.html"), "robots.txt refused it before any request"


def test_a_pdf_on_the_web_is_read(site: Site, tmp_path: Path) -> None:
    [article] = fetch_items(fetcher(site, tmp_path), [site.url("/docs/talks.pdf")])
    assert isinstance(article, Article) and article.text.startswith("Beijing, June 9, 2025")


def test_the_user_agent_names_liaison_and_robots_txt_is_read_once(site: Site, tmp_path: Path) -> None:
    list(fetch_items(fetcher(site, tmp_path), [site.url("/news/cai-qi.html"), site.url("/docs/talks.pdf")]))
    assert all(h.user_agent.startswith("liaison/") for h in site.hits)
    assert len(site.requests_for("/robots.txt")) == 1


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site, tmp_path: Path) -> None:
    list(fetch_items(fetcher(site, tmp_path, delay=0.3), [site.url("/news/cai-qi.html"), site.url("/docs/talks.pdf")]))
    times = [h.at for h in site.hits]
    assert len(times) == 3  # robots.txt and two pages
    assert all(b - a >= 0.28 for a, b in itertools.pairwise(times))


def test_robots_crawl_delay_is_honoured(site: Site, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Route(b"User-agent: liaison\nCrawl-delay: 1\nDisallow:\n", "text/plain")
    list(fetch_items(fetcher(site, tmp_path), [site.url("/news/cai-qi.html"), site.url("/docs/talks.pdf")]))
    pages = [h.at for h in site.hits if h.path != "/robots.txt"]
    assert pages[1] - pages[0] >= 0.98  # robotparser reads whole seconds


def test_the_cache_keeps_the_raw_page_with_its_provenance_and_unchanged_pages_are_not_downloaded_again(
        site: Site, tmp_path: Path) -> None:
    url = site.url("/news/cai-qi.html")
    first = fetcher(site, tmp_path)
    [a] = fetch_items(first, [url])
    metas = [json.loads(p.read_text()) for p in (tmp_path / "cache").rglob("*.json")]
    [meta] = [m for m in metas if m["url"] == url]
    assert meta["final_url"] == url and meta["fetched_at"] and meta["etag"] and meta["content_type"] == "text/html"
    assert next(iter((tmp_path / "cache").rglob("*.body"))).read_bytes().startswith(b"<!DOCTYPE html>")
    again = fetcher(site, tmp_path)
    [b] = fetch_items(again, [url])
    assert again.stats.not_modified == 1 and again.stats.downloaded == 0
    assert site.requests_for("/news/cai-qi.html")[-1].status == 304
    assert isinstance(a, Article) and isinstance(b, Article) and a.content_hash == b.content_hash


def test_a_public_site_cannot_lead_the_fetcher_to_a_local_address(tmp_path: Path) -> None:
    with serve(Site()) as s:
        s.routes["/a.html"] = Route(article_html("A", "2025-06-09", BODY))
        f = Fetcher(None, FetchPolicy(delay=0, timeout=0.5))  # the user did not name this host
        [skipped] = fetch_items(f, [s.url("/a.html")])
    assert isinstance(skipped, Skipped) and "not public" in skipped.reason


def test_liaison_build_reads_urls_files_and_counts_failures(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "web.duckdb"
    page, missing = site.url("/news/cai-qi.html"), site.url("/missing.html")
    result = run("build", page, missing, "--db", str(db), "-q", "-j", "1", "--delay", "0", "--timeout", "1")
    assert result.exit_code == 0, result.output
    assert "fetched 1 pages, 0 unchanged since the last fetch, 1 failed" in result.stderr
    assert f"{missing}: HTTP 404 Not Found" in result.stderr
    assert "Traceback" not in result.output
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT doc_id, url, title, source, origin FROM documents").fetchall()
    con.close()
    assert row == [(page, page, "Cai Qi meets Diosdado Cabello", "Party News", page)]
    assert (tmp_path / "web.duckdb.pages").is_dir()
    again = run("build", page, "--db", str(db), "-q", "-j", "1", "--delay", "0")
    assert again.exit_code == 0, again.output
    assert "1 unchanged since the last fetch" in again.stderr and "1 unchanged" in again.stdout


def test_liaison_build_of_only_failing_urls_writes_no_database(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    result = run("build", site.url("/missing.html"), "--db", str(db), "-q", "--delay", "0")
    assert result.exit_code == 1
    assert "nothing could be built" in result.stderr and not db.exists()
