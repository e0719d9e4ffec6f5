"""What resolution takes from one document, made where the document is built.

Resolving the record starts, for every document with events, by collecting its person units
(``mentions.collect_units``), their links, the titles they state and the partition of each frame.
That work depends on the document alone (and the gazetteer), so an engine's workers do it as they
build the document (``prepare``) and hand the main process a ``PreparedDocument``: per unit its
links, its name key and one opaque pickle, which the main process only writes to a temporary file
(``store.resolution``), never reads until the unit's block is clustered. A document the store holds
from an earlier build is prepared the same way when the resolution reads it.
"""

from __future__ import annotations

import json
import pickle
from typing import Any, NamedTuple

from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import DocumentEvents, EventFrame
from liaison.resolve.blocked import unit_links
from liaison.resolve.events import event_part
from liaison.resolve.mentions import Unit, collect_units, unit_to_dict
from liaison.resolve.positions import Sighting, sightings

FrameRow = tuple[str, int, str, str]  # (doc_id, frame index, partition, participant spans as JSON)
UnitJson = tuple[str, str]  # a unit's and its titles' JSON, as ``resolve_units`` stores them
Loaded = tuple[Unit, list[Sighting], UnitJson]


class PreparedUnit(NamedTuple):
    """One person in one document: what blocking needs, and the rest kept as a pickle (``load``). (Named
    tuples, not dataclasses: pickled by the worker and read back by the main process without a Python call.)"""

    links: tuple[str, ...]  # sorted
    key_id: str
    data: bytes


class PreparedDocument(NamedTuple):
    doc_id: str
    units: tuple[PreparedUnit, ...]
    frames: tuple[FrameRow, ...]
    events: bytes  # the document's frames (a pickled tuple of ``EventFrame``), for merging events


def prepare(doc: DocumentEvents, gazetteer: Gazetteer) -> PreparedDocument:
    """The units of ``doc`` (in ``collect_units`` order, made compact) with their titles, and its frames."""
    units = collect_units([doc], gazetteer)
    owner = {m: i for i, u in enumerate(units) for m in u.mentions}
    titles: list[list[Sighting]] = [[] for _ in units]
    for s in sightings(doc):
        titles[owner[s.mention]].append(s)
    prepared = []
    for u, stated in zip(units, titles, strict=True):
        links = tuple(sorted(unit_links(u)))
        u.compact()
        data = pickle.dumps((u, stated, unit_json(u, stated)), protocol=pickle.HIGHEST_PROTOCOL)
        prepared.append(PreparedUnit(links, u.key_id, data))
    frames = tuple(
        (doc.doc_id, i, event_part(doc.doc_id, i, frame), json.dumps([list(p.person.span) for p in frame.participants]))
        for i, frame in enumerate(doc.events)
    )
    events = pickle.dumps(doc.events, protocol=pickle.HIGHEST_PROTOCOL)
    return PreparedDocument(doc.doc_id, tuple(prepared), frames, events)


def load(data: bytes) -> Loaded:
    """A unit, its titles and its stored JSON from ``PreparedUnit.data`` (made by ``prepare``, above)."""
    loaded: Loaded = pickle.loads(data)  # written by this process or its workers
    return loaded


def load_events(data: bytes) -> tuple[EventFrame, ...]:
    """A document's frames from ``PreparedDocument.events``."""
    events: tuple[EventFrame, ...] = pickle.loads(data)  # written by this process or its workers
    return events


def unit_json(u: Unit, titles: list[Sighting]) -> UnitJson:
    return _JSON.encode(unit_to_dict(u)), _JSON.encode([_title_row(s) for s in titles]) if titles else "[]"


# ``json.dumps(..., ensure_ascii=False)``, without an encoder made per call
_JSON = json.JSONEncoder(ensure_ascii=False)


def _title_row(s: Sighting) -> list[Any]:
    return [s.frame, s.ordinal, *s.span, s.when, s.title, *s.evidence, s.organization, s.org_key]
