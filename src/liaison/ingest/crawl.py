"""Crawling a feed or sitemap: RSS, Atom, JSON Feed, XML sitemaps (indexes and .gz too), text sitemaps.

Entries are read with their dates (``pubDate``, ``published``/``updated``, ``lastmod``), newest
first; ``since`` passes over older ones (an undated entry is fetched and judged by the page's own
date) and ``limit`` bounds how many pages are fetched. An entry without a usable link, or linking
to another site, is one ``Skipped`` naming the feed and the entry; the rest are fetched.
XML is parsed by lxml without entities or network access.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from liaison.ingest.fetch import Fetcher, FetchError
from liaison.ingest.pages import page_items
from liaison.ingest.records import MAX_BYTES, Item
from liaison.ingest.text import one_line
from liaison.model.types import Article, Note, Skipped

MAX_LISTING_BYTES = 50_000_000
MAX_SITEMAPS = 100  # sitemaps read from one index, nested ones included
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SINCE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Entry:
    url: str
    date: str | None  # ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
    origin: str  # "<feed> entry N"


@dataclass
class CrawlStats:
    entries: int = 0
    older: int = 0
    left_out: int = 0  # beyond --limit
    listings: list[str] = field(default_factory=list)


def valid_since(since: str) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    return bool(_SINCE.match(since))


def crawl(fetcher: Fetcher, start: str, stats: CrawlStats, *, since: str | None = None,
          limit: int | None = None) -> Iterator[Item]:
    """The articles of the pages a feed or sitemap lists, with a ``Skipped`` for each failure."""
    fetcher.allow_local(start)
    entries: list[Entry] = []
    yield from _listing(fetcher, start, entries, stats, since)
    seen: set[str] = set()
    unique = [e for e in entries if not (e.url in seen or seen.add(e.url))]  # type: ignore[func-returns-value]
    stats.entries = len(unique)
    dated = sorted((e for e in unique if e.date), key=lambda e: e.date or "", reverse=True)
    todo = dated + [e for e in unique if not e.date]
    if since:
        stats.older = sum(1 for e in todo if _before(e.date, since))
        todo = [e for e in todo if not _before(e.date, since)]
    if limit is not None and len(todo) > limit:
        stats.left_out = len(todo) - limit
        todo = todo[:limit]
    for entry in todo:
        items = page_items(fetcher, entry.url, default_date=entry.date)
        article = next((i for i in items if isinstance(i, Article)), None)
        if since and article is not None and not entry.date and _older(article.published, since):
            stats.older += 1
            continue
        yield from items


def _older(published: str | None, since: str) -> bool:
    return _before(_iso_date(published) if published else None, since)


def _before(date: str | None, since: str) -> bool:
    """True when ``date`` is surely before ``since`` at the precision both have (2025 is not before 2025-06)."""
    if not date:
        return False
    n = min(len(date), len(since))
    return date[:n] < since[:n]


def _listing(fetcher: Fetcher, url: str, entries: list[Entry], stats: CrawlStats,
             since: str | None) -> Iterator[Item]:
    """Read one feed or sitemap into ``entries``; nested sitemaps are read in turn."""
    queue, done = [url], set[str]()
    while queue and len(done) < MAX_SITEMAPS:
        current = queue.pop(0)
        if current in done:
            continue
        done.add(current)
        stats.listings.append(current)
        try:
            page = fetcher.get(current, max_bytes=MAX_LISTING_BYTES)
            body = _gunzip(page.body) if page.body[:2] == b"\x1f\x8b" else page.body
            found, nested, problems = parse_listing(body, page.final_url, current)
        except FetchError as exc:
            yield Skipped(current, one_line(exc))
            continue
        except ValueError as exc:
            yield Skipped(current, one_line(exc))
            continue
        except Exception as exc:  # a parser bug must not end the crawl
            yield Skipped(current, f"cannot read: {type(exc).__name__}: {one_line(exc)}")
            continue
        for entry in found:
            problem = _off_site(entry.url, url)
            if problem:
                yield Skipped(entry.origin, problem)
            else:
                entries.append(entry)
        yield from problems
        for child, date in nested:
            if since and _before(date, since):
                continue
            problem = _off_site(child, url)
            if problem:
                yield Skipped(f"{current}: sitemap {child}", problem)
            else:
                queue.append(child)
    if queue:
        yield Note(url, f"more than {MAX_SITEMAPS} sitemaps; the rest are not read")


def _off_site(link: str, start: str) -> str | None:
    """Why ``link`` is not followed from a listing at ``start`` (another site), or None."""
    a, b = urlsplit(link).hostname or "", urlsplit(start).hostname or ""
    if a == b or a.endswith("." + _site(b)) or _site(a) == _site(b):
        return None
    return f"link to another site ({a}); not followed"


def _site(host: str) -> str:
    """The last two labels of a host name (``english.news.cn`` → ``news.cn``); an address as is."""
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host
    labels = host.split(".")
    return ".".join(labels[-3:]) if len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 \
        else ".".join(labels[-2:])


def _gunzip(raw: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(MAX_LISTING_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise ValueError(f"corrupt gzip data: {one_line(exc)}") from exc
    if len(data) > MAX_LISTING_BYTES:
        raise ValueError(f"sitemap larger than {MAX_LISTING_BYTES:,} bytes unpacked")
    return data


# --- parsing listings ---------------------------------------------------------------------------
Nested = list[tuple[str, str | None]]


def parse_listing(body: bytes, base: str, origin: str) -> tuple[list[Entry], Nested, list[Item]]:
    """(entries, nested sitemaps with their dates, problems) of a feed or sitemap body;
    ``ValueError`` when it is neither."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _json_feed(body, base, origin)
    if head.startswith(b"<"):
        return _xml_listing(body, base, origin)
    lines = body[:MAX_BYTES].decode("utf-8", "replace").split()
    if lines and all(line.startswith(("http://", "https://")) for line in lines):
        return [Entry(line, None, f"{origin}:{n}") for n, line in enumerate(lines, 1)], [], []
    raise ValueError("not a feed or sitemap (RSS, Atom, JSON Feed, XML or text sitemap)")


def _xml_listing(body: bytes, base: str, origin: str) -> tuple[list[Entry], Nested, list[Item]]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"malformed XML: {one_line(exc)}") from exc
    if root is None:
        raise ValueError("malformed XML: nothing could be read")
    kind = etree.QName(root).localname.lower()
    if kind == "html":
        raise ValueError("an HTML page, not a feed or sitemap; give the feed's or sitemap's URL")
    entries: list[Entry] = []
    nested: Nested = []
    problems: list[Item] = []
    if kind in ("urlset", "sitemapindex"):
        for n, node in enumerate(_children(root, "url" if kind == "urlset" else "sitemap"), 1):
            loc = _text(node, "loc")
            date = _text(node, "lastmod") or _text(node, "publication_date")
            where = f"{origin} entry {n}"
            link = _link(loc, base, where, problems)
            if link and kind == "urlset":
                entries.append(Entry(link, _date(date, where, problems), where))
            elif link:
                nested.append((link, _date(date, where, problems)))
        return entries, nested, problems
    if kind not in ("rss", "rdf", "feed"):
        raise ValueError(f"not a feed or sitemap (XML root <{kind}>)")
    for n, node in enumerate(_children(root, "item" if kind != "feed" else "entry"), 1):
        where = f"{origin} entry {n}"
        if kind == "feed":
            hrefs = [(a.get("rel") or "alternate", a.get("href")) for a in node if _local(a) == "link"]
            loc = next((h for rel, h in hrefs if rel == "alternate" and h), None)
            date = _text(node, "published") or _text(node, "updated")
        else:
            loc = _text(node, "link") or _permalink(node)
            date = _text(node, "pubDate") or _text(node, "date")
        link = _link(loc, base, where, problems)
        if link:
            entries.append(Entry(link, _date(date, where, problems), where))
    return entries, nested, problems


def _json_feed(body: bytes, base: str, origin: str) -> tuple[list[Entry], Nested, list[Item]]:
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"malformed JSON feed: {one_line(exc)}") from exc
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("not a JSON Feed (no items list)")
    entries: list[Entry] = []
    problems: list[Item] = []
    for n, item in enumerate(items, 1):
        where = f"{origin} entry {n}"
        obj = item if isinstance(item, dict) else {}
        loc = obj.get("url") if isinstance(obj.get("url"), str) else None
        link = _link(loc, base, where, problems)
        date = obj.get("date_published") or obj.get("date_modified")
        if link:
            entries.append(Entry(link, _date(date if isinstance(date, str) else None, where, problems), where))
    return entries, [], problems


def _local(node: Any) -> str:
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(root: Any, name: str) -> Iterator[Any]:
    return (node for node in root.iter() if _local(node) == name)


def _text(node: Any, name: str) -> str | None:
    for child in node:
        if _local(child) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _permalink(node: Any) -> str | None:
    for child in node:
        if _local(child) == "guid" and (child.get("isPermaLink") or "true") == "true":
            return (child.text or "").strip() or None
    return None


def _link(loc: str | None, base: str, where: str, problems: list[Item]) -> str | None:
    if not loc:
        problems.append(Skipped(where, "entry has no link"))
        return None
    link = urljoin(base, loc.strip())
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        problems.append(Skipped(where, f"entry link is not an http(s) URL: {one_line(loc)[:80]}"))
        return None
    return link.split("#", 1)[0]


def _date(value: str | None, where: str, problems: list[Item]) -> str | None:
    if not value:
        return None
    date = _iso_date(value)
    if date is None:
        problems.append(Note(where, f"date {one_line(value)[:40]!r} not understood; the entry is kept"))
    return date


def _iso_date(value: str) -> str | None:
    """``YYYY[-MM[-DD]]`` of an ISO 8601 or RFC 822 date, or None."""
    match = _ISO.match(value)
    if match:
        return "-".join(g for g in match.groups() if g)
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed.date().isoformat()
