"""Read articles from one file: .txt, .html, .json, .jsonl, .pdf, .docx, each optionally gzipped (once or more).

Reading streams: one article at a time, so memory does not grow with the corpus or with a
line's length. Anything that cannot be read becomes a ``Skipped`` naming the file (and line) and
why; nothing a file holds can end the reading of the other files.

``read_parts`` reads the same way but leaves the parsing to whoever holds a part, so the local
engine's worker processes parse (and hash, and extract) while the main process only reads bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from liaison.ingest.documents import DOCUMENT_SUFFIXES, MAX_DOCUMENT_BYTES, read_document
from liaison.ingest.records import (
    MAX_BYTES,
    InputError,
    Item,
    RawLines,
    content_hash,
    decode,
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
PART_LINES = 256  # JSON lines per part handed to a worker at most
PART_BYTES = 1 << 20  # and bytes
T = TypeVar("T")

__all__ = [
    "FORMATS",
    "JSON_LINES",
    "MAX_BYTES",
    "SUFFIXES",
    "FilePart",
    "InputError",
    "Part",
    "RawLines",
    "base_suffix",
    "content_hash",
    "html_to_text",
    "parse_line",
    "parse_record",
    "read_file",
    "read_parts",
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
    if base_suffix(path) not in JSON_LINES:
        yield from _guarded(path, lambda origin, lineno: _read_whole(path, origin))
        return
    for part in read_parts(path, lines=1):
        if isinstance(part, RawLines):
            yield from part.items()
        elif not isinstance(part, FilePart):  # a FilePart only stands for other formats
            yield part


@dataclass(frozen=True)
class FilePart:
    """A whole file (.txt, .html, .json), to be read where its articles are parsed."""

    path: Path

    def items(self) -> Iterator[Item]:
        return read_file(self.path)


Part = RawLines | FilePart


def read_parts(path: Path, lines: int = PART_LINES, size: int = PART_BYTES) -> Iterator[Part | Skipped]:
    """What ``read_file`` reads, with the parsing left to whoever holds the part: a JSON-lines
    file as ``RawLines`` of up to ``lines`` lines (``size`` bytes), any other file as one
    ``FilePart``. A problem met while reading is a ``Skipped`` at its place, as in ``read_file``."""
    if base_suffix(path) not in JSON_LINES:
        yield FilePart(path)
        return
    yield from _guarded(path, lambda origin, lineno: _jsonl_parts(path, origin, lineno, lines, size))


def _guarded(path: Path, read: Callable[[str, list[int]], Iterator[T]]) -> Iterator[T | Skipped]:
    """``read(origin, lineno)`` with every failure turned into a ``Skipped`` naming the file and line."""
    origin = show_path(path)
    lineno = [0]  # the JSON-lines reader keeps it current, so a failure names the line
    try:
        yield from read(origin, lineno)
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


def _jsonl_parts(path: Path, origin: str, lineno: list[int], lines: int, size: int) -> Iterator[RawLines | Skipped]:
    stem = _stem(path)
    records = 0
    batch: list[tuple[int, bytes | str]] = []
    held = 0

    def part() -> RawLines:
        nonlocal batch, held
        out, batch, held = RawLines(origin, stem, tuple(batch)), [], 0
        return out

    try:
        with open_input(path) as stream:
            bom = byte_order_mark(_peek(stream, 4))
            text: IO[Any] = text_stream(stream, bom[0]) if bom and bom[1] != "UTF-8" else stream
            for n, line in bounded_lines(text, MAX_BYTES):
                lineno[0] = n
                if line is None:
                    records += 1
                    if batch:
                        yield part()
                    yield Skipped(f"{origin}:{n}", f"line larger than {MAX_BYTES:,} bytes")
                    continue
                if not line.strip():
                    continue  # a blank line is no record
                records += 1
                batch.append((n, line))
                held += len(line)
                if len(batch) >= lines or held >= size:
                    yield part()
    except Exception:
        if batch:  # the lines read before the failure are kept
            yield part()
        raise
    if batch:
        yield part()
    if records == 0:
        blank_lines, lineno[0] = lineno[0], 0
        raise InputError("no records, only blank lines" if blank_lines else "empty file")


def _peek(stream: IO[bytes], size: int) -> bytes:
    peek = getattr(stream, "peek", None)
    return bytes(peek(size)[:size]) if peek is not None else b""
