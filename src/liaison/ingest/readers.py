"""Read articles from files and folders: .txt, .html, .json, .jsonl, each optionally gzipped.

Reading streams: one article at a time, so memory does not grow with the corpus. Anything that
cannot be read becomes a ``Skipped`` record naming the file (and line) and why.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from liaison.model.types import Article, Skipped

MAX_BYTES = 5_000_000  # one article larger than this is not a news item
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson")
_FIELDS = ("title", "published", "source", "url", "language")


class InputError(Exception):
    """An input that cannot be read; the message names the file (and line)."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_inputs(paths: Iterable[Path]) -> Iterator[Article | Skipped]:
    """Every article under ``paths`` (files or folders, recursively, in sorted order)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _base_suffix(child) in SUFFIXES:
                    yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Skipped(str(path), "no such file or directory")


def _base_suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def read_file(path: Path) -> Iterator[Article | Skipped]:
    """The articles in one file; a file that cannot be read yields one ``Skipped``."""
    suffix = _base_suffix(path)
    origin = str(path)
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path)
            return
        raw = _read_bytes(path)
        text = _decode(raw, origin)
        if suffix == ".json":
            yield from _read_json(text, path)
        elif suffix in (".html", ".htm"):
            yield parse_record({"text": _html_to_text(text, origin)}, _stem(path), origin)
        else:
            yield parse_record({"text": text}, _stem(path), origin)
    except InputError as exc:
        yield Skipped(origin, str(exc))
    except OSError as exc:
        yield Skipped(origin, f"cannot read: {exc.strerror or exc}")


def _open(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_bytes(path: Path) -> bytes:
    with _open(path) as fh:
        try:
            raw = fh.read(MAX_BYTES + 1)
        except (gzip.BadGzipFile, EOFError, OSError) as exc:
            raise InputError(f"corrupt gzip data: {exc}") from exc
    if len(raw) > MAX_BYTES:
        raise InputError(f"file larger than {MAX_BYTES:,} bytes; not an article")
    return raw


def _decode(raw: bytes, origin: str) -> str:
    if not raw.strip():
        raise InputError("empty file")
    if b"\x00" in raw[:4096]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})") from exc


def _html_to_text(html: str, origin: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError("HTML page has no main text")
    return text


def parse_record(obj: Any, default_id: str, origin: str) -> Article:
    """One article from a decoded JSON record; ``InputError`` when it is not a usable article."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("article has no text")
    if "\x00" in text:
        raise InputError("article text contains NUL characters")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"article text larger than {MAX_BYTES:,} bytes")
    doc_id = obj.get("id")
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in _FIELDS}
    return Article(
        doc_id=str(doc_id) if doc_id not in (None, "") else default_id,
        text=text,
        content_hash=content_hash(text),
        origin=origin,
        **meta,
    )


def _read_json(text: str, path: Path) -> Iterator[Article | Skipped]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON at line {exc.lineno}: {exc.msg}") from exc
    items = data if isinstance(data, list) else [data]
    stem = _stem(path)
    for i, obj in enumerate(items):
        origin = f"{path}[{i}]" if isinstance(data, list) else str(path)
        default_id = f"{stem}-{i}" if isinstance(data, list) else stem
        try:
            yield parse_record(obj, default_id, origin)
        except InputError as exc:
            yield Skipped(origin, str(exc))


def parse_line(raw: bytes, default_id: str, origin: str) -> Article | Skipped | None:
    """One JSON-lines record: an article, a ``Skipped`` saying why not, or None for a blank line."""
    if not raw.strip():
        return None
    if len(raw) > MAX_BYTES:
        return Skipped(origin, f"line larger than {MAX_BYTES:,} bytes")
    try:
        return parse_record(json.loads(raw.decode("utf-8-sig")), default_id, origin)
    except UnicodeDecodeError as exc:
        return Skipped(origin, f"not valid UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return Skipped(origin, f"malformed JSON: {exc.msg} (column {exc.colno})")
    except InputError as exc:
        return Skipped(origin, str(exc))


def _read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    stem = _stem(path)
    with _open(path) as fh:
        lineno = 0
        try:
            for raw in fh:
                lineno += 1
                item = parse_line(raw, f"{stem}-{lineno}", f"{path}:{lineno}")
                if item is not None:
                    yield item
        except (gzip.BadGzipFile, EOFError) as exc:
            yield Skipped(f"{path}:{lineno + 1}", f"corrupt gzip data: {exc}")
        if lineno == 0:
            yield Skipped(str(path), "empty file")
