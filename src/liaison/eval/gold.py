"""Gold annotations (``*-gold.jsonl``, see shared/eval/GOLD_FORMAT.md) read into typed records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class GoldFormatError(ValueError):
    """A gold or events file line that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GoldParticipant:
    name: str
    native: str | None
    title: str | None
    organization: str | None
    country: str | None
    lead: bool


@dataclass(frozen=True)
class GoldParty:
    name: str
    abbr: str | None
    country: str | None


@dataclass(frozen=True)
class GoldEvent:
    kind: str
    date: str | None
    location: str | None
    remote: bool
    channel: tuple[str, ...]
    parties: tuple[GoldParty, ...]
    participants: tuple[GoldParticipant, ...]


@dataclass(frozen=True)
class GoldArticle:
    doc: str
    language: str
    published: str | None
    events: tuple[GoldEvent, ...]
    notes: str | None = None


def _opt_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _participant(raw: dict[str, Any]) -> GoldParticipant:
    return GoldParticipant(
        name=str(raw["name"]),
        native=_opt_str(raw.get("native")),
        title=_opt_str(raw.get("title")),
        organization=_opt_str(raw.get("organization")),
        country=_opt_str(raw.get("country")),
        lead=bool(raw.get("lead", False)),
    )


def _event(raw: dict[str, Any]) -> GoldEvent:
    return GoldEvent(
        kind=str(raw.get("kind") or "other"),
        date=_opt_str(raw.get("date")),
        location=_opt_str(raw.get("location")),
        remote=bool(raw.get("remote", False)),
        channel=tuple(str(c) for c in raw.get("channel") or ()),
        parties=tuple(
            GoldParty(name=str(p["name"]), abbr=_opt_str(p.get("abbr")), country=_opt_str(p.get("country")))
            for p in raw.get("parties") or ()
        ),
        participants=tuple(_participant(p) for p in raw.get("participants") or ()),
    )


def parse_gold_line(raw: dict[str, Any]) -> GoldArticle:
    """One decoded gold line; raises ``KeyError``/``TypeError`` on a malformed one."""
    return GoldArticle(
        doc=str(raw["doc"]),
        language=str(raw.get("language") or "und"),
        published=_opt_str(raw.get("published")),
        events=tuple(_event(e) for e in raw.get("events") or ()),
        notes=_opt_str(raw.get("notes")),
    )


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; errors name the file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}:{lineno}: invalid JSON: {exc.msg}") from exc
            if not isinstance(obj, dict):
                raise GoldFormatError(f"{path}:{lineno}: expected a JSON object")
            yield lineno, obj


def load_gold(path: Path) -> list[GoldArticle]:
    """Every article of a gold file (or of each ``*.gold.jsonl`` slice of a gold folder, in name
    order), in file order; a repeated ``doc`` is an error."""
    files = sorted(path.glob("*.gold.jsonl")) if path.is_dir() else [path]
    if not files:
        raise GoldFormatError(f"{path}: no *.gold.jsonl files in this folder")
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for file in files:
        for lineno, obj in iter_jsonl(file):
            try:
                article = parse_gold_line(obj)
            except (KeyError, TypeError, AttributeError) as exc:
                raise GoldFormatError(f"{file}:{lineno}: malformed gold line: missing or bad {exc}") from exc
            if article.doc in seen:
                raise GoldFormatError(f"{file}:{lineno}: doc {article.doc!r} annotated twice")
            seen.add(article.doc)
            articles.append(article)
    return articles


def slice_of(doc: str) -> str:
    """The slice a document id belongs to: the id without its serial number
    (``web-es-007`` -> ``web-es``, ``kcna-00042`` -> ``kcna``)."""
    return re.sub(r"-?\d+$", "", doc) or doc


def gold_from_dicts(lines: Iterable[dict[str, Any]]) -> list[GoldArticle]:
    """Gold articles from already-decoded lines (tests, callers holding JSON)."""
    return [parse_gold_line(line) for line in lines]
