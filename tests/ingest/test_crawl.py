"""Crawling feeds and sitemaps from a local web site (127.0.0.1 only): entries with dates, --since,
--limit, malformed entries, nested sitemaps, and ``liaison crawl``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from liaison.ingest.crawl import CrawlStats, crawl, parse_listing
from liaison.ingest.fetch import Fetcher, FetchPolicy
from liaison.model.types import Article, Note, Skipped
from tests.cli.cli_helpers import run
from tests.ingest.test_fetch import BODY
from tests.ingest.web.site import Route, Site, article_html, serve

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Party News</title><link>{base}/</link>
<item><title>New</title><link>{base}/news/new.html</link><pubDate>Mon, 09 Jun 2025 08:00:00 GMT</pubDate></item>
<item><title>No link at all</title><pubDate>Mon, 09 Jun 2025 08:00:00 GMT</pubDate></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Elsewhere</title><link>https://example.org/story.html</link></item>
<item><title>Relative, odd date</title><link>/news/mid.html</link><pubDate>someday</pubDate></item>
<item><title>Old</title><link>{base}/news/old.html</link><pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/news/gone.html</link><pubDate>Sun, 08 Jun 2025 08:00:00 GMT</pubDate></item>
<item><title>Private</title><link>{base}/private/p.html</link><pubDate>Sat, 07 Jun 2025 08:00:00 GMT</pubDate></item>
</channel></rss>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-2025.xml</loc><lastmod>2025-06-10</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-2023.xml</loc><lastmod>2023-12-31</lastmod></sitemap>
</sitemapindex>"""

URLSET = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/news/new.html</loc><lastmod>2025-06-09</lastmod></url>
<url><loc>{base}/news/mid.html</loc><lastmod>2025-03-01T10:00:00+00:00</lastmod></url>
<url><lastmod>2025-03-01</lastmod></url>
</urlset>"""


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    with serve(s):
        b = s.base
        s.routes = {
            "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/feed.xml": Route(RSS.format(base=b).encode(), "application/rss+xml"),
            "/sitemap.xml": Route(INDEX.format(base=b).encode(), "application/xml"),
            "/sitemap-2025.xml": Route(URLSET.format(base=b).encode(), "application/xml"),
            "/sitemap-2023.xml": Route(b"<urlset/>", "application/xml"),
            "/news/new.html": Route(article_html("Cai Qi meets Diosdado Cabello", "2025-06-09", BODY)),
            "/news/mid.html": Route(article_html("Talks in March", "2025-03-01", BODY.replace("June 9", "March 1"))),
            "/news/old.html": Route(article_html("Old talks", "2024-01-02", BODY.replace("2025", "2024"))),
            "/private/p.html": Route(article_html("Private", "2025-06-07", BODY)),
        }
        yield s


def _crawl(site: Site, tmp_path: Path, start: str, **kw: object) -> tuple[list[object], CrawlStats]:
    stats = CrawlStats()
    fetcher = Fetcher(tmp_path / "cache", FetchPolicy(delay=0, timeout=1))
    return list(crawl(fetcher, site.url(start), stats, **kw)), stats  # type: ignore[arg-type]


def test_a_feed_with_malformed_entries_yields_its_good_pages_and_one_line_per_bad_entry(
        site: Site, tmp_path: Path) -> None:
    items, stats = _crawl(site, tmp_path, "/feed.xml")
    feed = site.url("/feed.xml")
    articles = [i.doc_id for i in items if isinstance(i, Article)]
    assert articles == [site.url(p) for p in ("/news/new.html", "/news/old.html", "/news/mid.html")]
    skipped = {i.origin: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {
        f"{feed} entry 2": "entry has no link",
        f"{feed} entry 3": "entry link is not an http(s) URL: javascript:alert(1)",
        f"{feed} entry 4": "link to another site (example.org); not followed",
        site.url("/news/gone.html"): "HTTP 404 Not Found",
        site.url("/private/p.html"): "refused by robots.txt",
    }
    assert Note(f"{feed} entry 5", "date 'someday' not understood; the entry is kept") in items
    assert stats.entries == 5
    assert not any(h.path == "/" for h in site.hits), "only the listed pages are requested"


def test_since_and_limit_choose_the_newest_entries(site: Site, tmp_path: Path) -> None:
    items, stats = _crawl(site, tmp_path, "/feed.xml", since="2025-06", limit=1)
    assert [i.doc_id for i in items if isinstance(i, Article)] == [site.url("/news/new.html")]
    assert stats.older == 1 and stats.left_out == 3  # gone, private, and the undated mid are left
    items, stats = _crawl(site, tmp_path, "/feed.xml", since="2025-06")
    # the undated entry is fetched and judged by the page's own date (March): older
    assert [i.doc_id for i in items if isinstance(i, Article)] == [site.url("/news/new.html")]
    assert stats.older == 2


def test_a_sitemap_index_is_followed_and_old_sitemaps_are_passed_over(site: Site, tmp_path: Path) -> None:
    items, stats = _crawl(site, tmp_path, "/sitemap.xml", since="2025")
    assert [i.doc_id for i in items if isinstance(i, Article)] == [site.url("/news/new.html"),
                                                                  site.url("/news/mid.html")]
    assert [i.reason for i in items if isinstance(i, Skipped)] == ["entry has no link"]
    assert not site.requests_for("/sitemap-2023.xml")
    assert stats.listings == [site.url("/sitemap.xml"), site.url("/sitemap-2025.xml")]


def test_what_is_neither_feed_nor_sitemap_is_refused_with_the_formats_read() -> None:
    with pytest.raises(ValueError, match="not a feed or sitemap"):
        parse_listing(b"hello world", "http://h/", "http://h/x")
    with pytest.raises(ValueError, match="an HTML page"):
        parse_listing(b"<html><body>hi</body></html>", "http://h/", "http://h/x")
    entries, _, _ = parse_listing(b'{"items": [{"url": "/a.html", "date_published": "2025-06-09T10:00:00Z"}, 3]}',
                                  "http://h/feed.json", "http://h/feed.json")
    assert [(e.url, e.date) for e in entries] == [("http://h/a.html", "2025-06-09")]
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="http://h/b.html"/>'
            b"<updated>2025-05-01T00:00:00Z</updated></entry></feed>")
    assert [(e.url, e.date) for e in parse_listing(atom, "http://h/", "x")[0]] == [("http://h/b.html", "2025-05-01")]


def test_liaison_crawl_builds_the_feed_and_reports_each_failure(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "crawl.duckdb"
    result = run("crawl", site.url("/feed.xml"), "--db", str(db), "-q", "-j", "1", "--delay", "0",
                 "--since", "2024", "--report", str(tmp_path / "report.jsonl"))
    assert result.exit_code == 0, result.output
    assert "crawled " in result.stderr and "5 entries" in result.stderr
    assert "skipped 5 inputs" in result.stderr and "Traceback" not in result.output
    assert "3 new" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    urls = sorted(r[0] for r in con.execute("SELECT url FROM documents").fetchall())
    con.close()
    assert urls == sorted(site.url(p) for p in ("/news/new.html", "/news/old.html", "/news/mid.html"))
    assert len((tmp_path / "report.jsonl").read_text().splitlines()) >= 5
    bad = run("crawl", site.url("/feed.xml"), "--since", "June", "--db", str(db))
    assert bad.exit_code == 2 and "YYYY" in bad.output
    missing = run("crawl", site.url("/nofeed.xml"), "--db", str(tmp_path / "x.duckdb"), "-q", "--delay", "0")
    assert missing.exit_code == 1 and "HTTP 404 Not Found" in missing.stderr
    assert not (tmp_path / "x.duckdb").exists()
