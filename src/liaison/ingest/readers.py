"""Read articles from one file: .txt, .html, .json, .jsonl, .pdf, .docx, each optionally gzipped (once or more).

Reading streams: one article at a time, so memory does not grow with the corpus or with a
line's length. Anything that cannot be read becomes a ``Skipped`` naming the file (and line) and
why; nothing a file holds can end the reading of the other files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from liaison.ingest.documents import DOCUMENT_SUFFIXES, MAX_DOCUMENT_BYTES, read_document
from liaison.ingest.records import (
    MAX_BYTES,
    InputError,
    Item,
    content_hash,
    decode,
    line_items,
    load_json,
    parse_line,
    parse_record,
    record_items,
)
from liaison.ingest.streams import GZIP_ERRORS, bounded_lines, gzip_layers, open_input, read_bounded, text_stream
from liaison.ingest.text import byte_order_mark, one_line, show_path
from liaison.model.types import Skipped

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", *DOCUMENT_SUFFIXES)
JSON_LINES = (".jsonl", ".ndjson")
FORMATS = "reads .txt, .html, .htm, .json, .jsonl, .ndjson, .pdf and .docx, each optionally .gz"

__all__ = [
    "FORMATS",
    "JSON_LINES",
    "MAX_BYTES",
    "SUFFIXES",
    "InputError",
    "base_suffix",
    "content_hash",
    "html_to_text",
    "parse_line",
    "parse_record",
    "read_file",
]


def base_suffix(path: Path) -> str:
    """The format suffix under any ``.gz`` layers (``a.jsonl.gz.gz``: ``.jsonl``)."""
    name = path.name
    return Path(name[: len(name) - 3 * gzip_layers(path)]).suffix.lower()


def _stem(path: Path) -> str:
    name = show_path(path.name)
    return Path(name[: len(name) - 3 * gzip_layers(path)]).stem


def read_file(path: Path) -> Iterator[Item]:
    """The articles in one file; what cannot be read yields a ``Skipped`` (never an exception)."""
    origin = show_path(path)
    lineno = [0]  # the JSON-lines reader keeps it current, so a failure names the line
    try:
        if base_suffix(path) in JSON_LINES:
            yield from _read_jsonl(path, origin, lineno)
        else:
            yield from _read_whole(path, origin)
    except InputError as exc:
        yield Skipped(_at(origin, lineno[0]), one_line(exc))
    except GZIP_ERRORS as exc:
        yield Skipped(_at(origin, lineno[0] + 1), f"corrupt gzip data: {one_line(exc)}")
    except UnicodeDecodeError as exc:
        yield Skipped(_at(origin, lineno[0] + 1), f"not valid {exc.encoding} text; the rest of the file is not read")
    except OSError as exc:
        yield Skipped(_at(origin, lineno[0]), f"cannot read: {one_line(exc.strerror or exc)}")
    except Exception as exc:  # a reader bug must not end the build; say what happened
        yield Skipped(_at(origin, lineno[0]), f"cannot read: {type(exc).__name__}: {one_line(exc)}")


def _at(origin: str, lineno: int) -> str:
    return f"{origin}:{lineno}" if lineno else origin


def _read_whole(path: Path, origin: str) -> Iterator[Item]:
    suffix = base_suffix(path)
    if suffix in DOCUMENT_SUFFIXES:
        with open_input(path) as stream:
            document = read_document(read_bounded(stream, MAX_DOCUMENT_BYTES), suffix)
        yield from record_items({"text": document.text, "title": document.title}, _stem(path), origin)
        return
    with open_input(path) as stream:
        raw = read_bounded(stream, MAX_BYTES)
    try:
        text = decode(raw)
    except InputError as exc:  # a file given by name with another suffix is read as text if it is text
        if suffix in SUFFIXES:
            raise
        raise InputError(f"{exc} ({suffix or 'no suffix'}); {FORMATS}") from exc
    if suffix == ".json":
        yield from _read_json(text, _stem(path), origin)
    elif suffix in (".html", ".htm"):
        yield from record_items({"text": html_to_text(text)}, _stem(path), origin)
    else:
        yield from record_items({"text": text}, _stem(path), origin)


def html_to_text(html: str) -> str:
    """The main text of an HTML page (boilerplate removed by trafilatura)."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    except Exception as exc:
        raise InputError(f"HTML page cannot be parsed: {type(exc).__name__}: {one_line(exc)}") from exc
    if not text or not text.strip():
        raise InputError("HTML page has no main text")
    return str(text)


def _read_json(text: str, stem: str, origin: str) -> Iterator[Item]:
    data: Any = load_json(text)
    if not isinstance(data, list):
        yield from record_items(data, stem, origin)
        return
    if not data:
        raise InputError("JSON list holds no articles")
    for i, obj in enumerate(data):
        yield from record_items(obj, f"{stem}-{i}", f"{origin}[{i}]")


def _read_jsonl(path: Path, origin: str, lineno: list[int]) -> Iterator[Item]:
    stem = _stem(path)
    records = 0
    with open_input(path) as stream:
        bom = byte_order_mark(_peek(stream, 4))
        lines: IO[Any] = text_stream(stream, bom[0]) if bom and bom[1] != "UTF-8" else stream
        for n, line in bounded_lines(lines, MAX_BYTES):
            lineno[0] = n
            where = f"{origin}:{n}"
            if line is None:
                records += 1
                yield Skipped(where, f"line larger than {MAX_BYTES:,} bytes")
                continue
            items = line_items(line, f"{stem}-{n}", where)
            records += bool(items)
            yield from items
    if records == 0:
        blank_lines, lineno[0] = lineno[0], 0
        raise InputError("no records, only blank lines" if blank_lines else "empty file")


def _peek(stream: IO[bytes], size: int) -> bytes:
    peek = getattr(stream, "peek", None)
    return bytes(peek(size)[:size]) if peek is not None else b""
