"""One record → an ``Article``: JSON decoding with bounds, field checks, and located reasons.

A record is a whole file (.txt, .html, .json) or one JSON line. Anything wrong with it is an
``InputError`` whose message becomes the ``Skipped`` reason; repairs that keep the article
(an ignored metadata value, lone surrogates replaced) become ``Note``s.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from liaison.ingest.text import byte_order_mark, one_line, unmarked_wide_text, without_surrogates
from liaison.model.types import Article, Note, Skipped

MAX_BYTES = 5_000_000  # one article (or one JSON line) larger than this is not a news item
FIELDS = ("title", "published", "source", "url", "language")
MAX_FIELD_CHARS = 10_000  # a metadata value longer than this is not metadata

Item = Article | Skipped | Note


class InputError(Exception):
    """An input that cannot be read; the message says why (the caller names the file and line)."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(raw: bytes) -> str:
    """Text of a whole file: UTF-8, or UTF-16/UTF-32 with a byte-order mark."""
    if not raw.strip():
        raise InputError("empty file")
    bom = byte_order_mark(raw[:4])
    if bom is not None:
        codec, label, skip = bom
        try:
            text = raw[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {label} (byte {exc.start + skip})") from exc
        if not text.strip():
            raise InputError("empty file")
        return text
    if b"\x00" in raw[:4096]:
        wide = unmarked_wide_text(raw[:4096])
        if wide:
            raise InputError(f"{wide} text without a byte-order mark; save it as UTF-8 or with a mark")
        raise InputError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start})") from exc


def load_json(text: str | bytes) -> Any:
    """``json.loads`` whose every failure is an ``InputError`` (depth and number size included)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply") from exc
    except ValueError as exc:  # integers over 4,300 digits, among others
        if "integer string conversion" in str(exc):
            raise InputError("JSON integer longer than 4,300 digits") from exc
        raise InputError(f"unreadable JSON value: {one_line(exc)}") from exc


def record_items(obj: Any, default_id: str, origin: str) -> list[Item]:
    """``[Article, *notes]`` for a usable record, else ``[Skipped]``."""
    try:
        return _record(obj, default_id, origin)
    except InputError as exc:
        return [Skipped(origin, one_line(exc))]


def parse_record(obj: Any, default_id: str, origin: str) -> Article:
    """One article from a decoded JSON record; ``InputError`` when it is not a usable article."""
    article = _record(obj, default_id, origin)[0]
    assert isinstance(article, Article)
    return article


def _record(obj: Any, default_id: str, origin: str) -> list[Item]:
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {json_type(obj)}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("article has no text")
    if "\x00" in text:
        raise InputError("article text contains NUL characters")
    # (at most 4 bytes a character: a text of a quarter of the limit in characters is not encoded to be measured)
    if len(text) > MAX_BYTES or (4 * len(text) > MAX_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES):
        raise InputError(f"article text larger than {MAX_BYTES:,} bytes")
    notes: list[Item] = []
    text, digest, repaired = hashed_text(text)
    if repaired:
        notes.append(Note(origin, f"{repaired} lone surrogate(s) in the text replaced by U+FFFD"))
    meta = {k: _field(obj, k, origin, notes) for k in (*FIELDS, "id")}
    doc_id = meta.pop("id") or default_id
    article = Article(doc_id=doc_id, text=text, content_hash=digest, origin=origin, **meta)
    return [article, *notes]


def hashed_text(text: str) -> tuple[str, str, int]:
    """``text`` with each lone surrogate replaced (``without_surrogates``), its ``content_hash`` and how many
    were replaced: the text encoded once for both."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        text, repaired = without_surrogates(text)
        return text, content_hash(text), repaired
    return text, hashlib.sha256(encoded).hexdigest(), 0


def _field(obj: dict[str, Any], key: str, origin: str, notes: list[Item]) -> str | None:
    """A metadata value as text; a structure or an oversized value is ignored with a note."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if type(value) is str and len(value) <= MAX_FIELD_CHARS and value.isascii():
        return value  # (most values: ASCII text holds no lone surrogate)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        notes.append(Note(origin, f"field {key!r} is {json_type(value)}, not text; ignored"))
        return None
    text = value if isinstance(value, str) else str(value)
    if len(text) > MAX_FIELD_CHARS:
        notes.append(Note(origin, f"field {key!r} longer than {MAX_FIELD_CHARS:,} characters; ignored"))
        return None
    text, repaired = without_surrogates(text)
    if repaired:
        notes.append(Note(origin, f"field {key!r}: lone surrogate(s) replaced by U+FFFD"))
    return text


def json_type(value: Any) -> str:
    """How JSON calls the type of a decoded value ("an array", "null")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "a number"


def line_items(raw: bytes | str, default_id: str, origin: str) -> list[Item]:
    """One JSON-lines record: ``[Article, *notes]``, ``[Skipped]``, or ``[]`` for a blank line."""
    if not raw.strip():
        return []
    if len(raw) > MAX_BYTES:
        return [Skipped(origin, f"line larger than {MAX_BYTES:,} bytes")]
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        return record_items(load_json(text.lstrip("\ufeff")), default_id, origin)
    except UnicodeDecodeError as exc:
        return [Skipped(origin, f"not valid UTF-8 (byte {exc.start})")]
    except InputError as exc:
        return [Skipped(origin, one_line(exc))]


def parse_line(raw: bytes, default_id: str, origin: str) -> Article | Skipped | None:
    """One JSON-lines record: an article, a ``Skipped`` saying why not, or None for a blank line."""
    items = line_items(raw, default_id, origin)
    first = items[0] if items else None
    return None if isinstance(first, Note) else first


@dataclass(frozen=True)
class RawLines:
    """Non-blank JSON lines of one file as read, not yet parsed: ``items`` parses them (in a worker
    process, say), exactly as the JSON-lines reader does. Each line is (line number, raw line)."""

    origin: str
    stem: str
    lines: tuple[tuple[int, bytes | str], ...]

    def items(self) -> Iterator[Item]:
        for n, raw in self.lines:
            where = f"{self.origin}:{n}"
            try:
                items = line_items(raw, f"{self.stem}-{n}", where)
            except Exception as exc:  # a parsing bug must not end the build; say what happened
                items = [Skipped(where, f"cannot read: {type(exc).__name__}: {one_line(exc)}")]
            yield from items
