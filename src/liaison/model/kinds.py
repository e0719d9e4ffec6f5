"""The event kinds, read from ``kinds.toml`` (their one declaration): id, label, class, PLOVER type,
remote default and merge class of each, in declared order.

``EventKind`` in ``types.py`` spells the same ids for the type checker; ``tests/test_kinds.py``
fails when it, the JSON schemas, the docs or an extractor's cues disagree with the declaration.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from liaison.model.types import EventKind

KindClass = Literal["in_person", "remote", "written", "other"]

PATH = Path(__file__).with_name("kinds.toml")


@dataclass(frozen=True)
class Kind:
    """One declared event kind (see ``kinds.toml`` for the meaning of each field)."""

    id: EventKind
    label: str
    class_: KindClass
    plover: str
    remote: bool
    merges_as: str


def _load(path: Path) -> tuple[Kind, ...]:
    raw = tomllib.loads(path.read_text(encoding="utf-8")).get("kind", [])
    out: list[Kind] = []
    for entry in raw:
        where = f"{path}: kind {entry.get('id')!r}"
        if set(entry) != {"id", "label", "class", "plover", "remote", "merges_as"}:
            raise ValueError(f"{where}: fields must be id, label, class, plover, remote, merges_as")
        if entry["id"] not in get_args(EventKind):
            raise ValueError(f"{where}: not in EventKind (liaison/model/types.py)")
        if entry["class"] not in get_args(KindClass):
            raise ValueError(f"{where}: class must be one of {get_args(KindClass)}")
        if not re.fullmatch(r"[A-Z]+", entry["plover"]) or not isinstance(entry["remote"], bool):
            raise ValueError(f"{where}: plover must be a PLOVER event type, remote true or false")
        out.append(Kind(entry["id"], entry["label"], entry["class"], entry["plover"], entry["remote"],
                        entry["merges_as"]))
    if len({k.id for k in out}) != len(out):
        raise ValueError(f"{path}: a kind is declared twice")
    return tuple(out)


KINDS: tuple[Kind, ...] = _load(PATH)
KIND_IDS: tuple[EventKind, ...] = tuple(k.id for k in KINDS)
_BY_ID: dict[str, Kind] = {k.id: k for k in KINDS}


def as_kind(value: str) -> EventKind:
    """``value`` as an ``EventKind``; ``ValueError`` when no kind is declared with that id."""
    if value not in _BY_ID:
        raise ValueError(f"unknown event kind {value!r} (declared: {', '.join(KIND_IDS)})")
    return cast(EventKind, value)


def declaration(kind_id: str) -> Kind:
    """The declaration of one kind; ``ValueError`` for an undeclared id."""
    return _BY_ID[as_kind(kind_id)]


def of_class(class_: KindClass) -> frozenset[str]:
    """The ids of the kinds of one class."""
    return frozenset(k.id for k in KINDS if k.class_ == class_)


def remote_by_default(kind_id: str) -> bool:
    """Whether an event of this kind is remote when its text says nothing (False for undeclared ids)."""
    k = _BY_ID.get(kind_id)
    return k is not None and k.remote


def merge_class(kind_id: str) -> str:
    """Reports can be one event only when their kinds' merge classes agree (an undeclared id is its own)."""
    k = _BY_ID.get(kind_id)
    return k.merges_as if k is not None else kind_id


def plover_type(kind_id: str) -> str:
    """The PLOVER event type of a kind (``CONSULT`` for undeclared ids)."""
    k = _BY_ID.get(kind_id)
    return k.plover if k is not None else "CONSULT"


def listed(conjunction: str = "or") -> str:
    """The kind ids as prose: ``meeting, talks, … or other``."""
    return f"{', '.join(KIND_IDS[:-1])} {conjunction} {KIND_IDS[-1]}"
