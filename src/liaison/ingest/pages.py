"""Web pages → articles: the page's URL is the article's id and ``url``, its metadata its fields.

HTML is read with trafilatura (main text, title, date, site name); a PDF or .docx served over
HTTP is read like the file. Anything else is refused, naming the type. A URL that cannot be
fetched or read is one ``Skipped`` naming the URL and why; the other URLs go on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from liaison.ingest.documents import MAX_DOCUMENT_BYTES, read_document
from liaison.ingest.fetch import Fetcher, FetchError, Page
from liaison.ingest.records import MAX_BYTES, InputError, Item, record_items
from liaison.ingest.text import one_line
from liaison.model.types import Note, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")
DOCUMENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
PAGE_FORMATS = "reads HTML, PDF and .docx pages"


def is_url(text: str) -> bool:
    """True for anything written ``scheme://…`` (the scheme is checked when fetching)."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha()


def fetch_items(fetcher: Fetcher, urls: Iterable[str]) -> Iterator[Item]:
    """The article of each URL, or a ``Skipped`` saying why not; cache problems as ``Note``s."""
    for url in urls:
        yield from page_items(fetcher, url)


def page_items(fetcher: Fetcher, url: str, *, default_date: str | None = None) -> list[Item]:
    """``[Article, *notes]`` for the page at ``url``, else ``[Skipped]``."""
    scheme = url.partition("://")[0].lower()
    if scheme not in ("http", "https"):
        return [Skipped(url, f"unsupported URL scheme {scheme!r}; reads http and https")]
    try:
        page = fetcher.get(url, max_bytes=MAX_DOCUMENT_BYTES)
        fields = page_fields(page)
    except (FetchError, InputError) as exc:
        return [Skipped(url, one_line(exc))]
    except Exception as exc:  # a library bug must not end the crawl
        return [Skipped(url, f"cannot read: {type(exc).__name__}: {one_line(exc)}")]
    if default_date and not fields.get("published"):
        fields["published"] = default_date
    notes: list[Item] = [Note(url, p) for p in fetcher.cache_problems]
    fetcher.cache_problems.clear()
    return [*record_items(fields, url, url), *notes]


def page_fields(page: Page) -> dict[str, str | None]:
    """The article record of a fetched page (``InputError`` when it is not a readable article)."""
    kind = page.content_type
    suffix = DOCUMENT_TYPES.get(kind) or _document_suffix(page)
    if suffix:
        document = read_document(page.body, suffix)
        return {"id": page.url, "text": document.text, "title": document.title, "url": page.final_url,
                "source": urlsplit(page.final_url).hostname}
    if kind not in HTML_TYPES and not (kind in ("", "application/octet-stream") and _looks_like_html(page.body)):
        raise InputError(f"not HTML ({kind or 'no content type'}); {PAGE_FORMATS}")
    if len(page.body) > MAX_BYTES:
        raise InputError(f"too large: HTML page of {len(page.body):,} bytes (at most {MAX_BYTES:,})")
    return {"id": page.url, **html_fields(page.body, page.final_url)}


def html_fields(raw: bytes, url: str) -> dict[str, str | None]:
    """Main text, title, date and site name of an HTML page, by trafilatura."""
    import trafilatura
    from trafilatura.utils import decode_file

    try:
        html = decode_file(raw)
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception as exc:
        raise InputError(f"HTML page cannot be parsed: {type(exc).__name__}: {one_line(exc)}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not str(text).strip():
        raise InputError("HTML page has no main text")
    return {"text": str(text), "title": _meta(doc, "title"), "published": _meta(doc, "date"),
            "source": _meta(doc, "sitename") or urlsplit(url).hostname, "url": url}


def _meta(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None)
    return one_line(value) if isinstance(value, str) and value.strip() else None


def _document_suffix(page: Page) -> str | None:
    """``.pdf``/``.docx`` for a body served as a generic type whose URL path names the format."""
    if page.content_type not in ("", "application/octet-stream", "binary/octet-stream"):
        return None
    path = urlsplit(page.final_url).path.lower()
    return next((s for s in DOCUMENT_TYPES.values() if path.endswith(s)), None)


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))
