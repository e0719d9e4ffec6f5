"""What the documents of a build give resolution, held in a file of this process (``Prepared``)."""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from sys import intern
from typing import Any

from liaison.model.types import EventFrame
from liaison.resolve.prepared import Loaded, PreparedDocument, load, load_events
from liaison.store.resolved_rows import Row


class Prepared:
    """What the documents give resolution (``resolve.prepared``): each unit's pickle, and each document's frames
    and the rows of its frames, are written as they come to an unnamed temporary file of this process and read
    back a batch of blocks at a time, so memory does not grow with the record; only each unit's links and name
    key stay in memory, in columns (typed arrays, and the links and name keys one object per distinct value:
    the units of one person mostly share both), until resolution asks for ``meta``.

    A build fills one as its workers hand back documents (``add``) and gives it to ``resolve_stored``,
    which reads from the store only the documents it does not hold."""

    def __init__(self) -> None:
        # (named: other processes of the build read units from it, ``clustered_elsewhere``; removed by ``close``)
        self.file = tempfile.NamedTemporaryFile(prefix="liaison-prepared-")  # noqa: SIM115
        self.starts, self.sizes = array("q"), array("q")  # where each unit's pickle is (8 bytes each, not a tuple)
        self.events_at: dict[str, int] = {}  # each document's index in ``_docs``
        self._docs: list[str] = []
        self._doc_at = array("q")  # where each document's frames, then its frame rows, are
        self._events_size, self._frames_size = array("q"), array("q")
        self._unit_doc, self._unit_ordinal = array("q"), array("q")  # each unit's document (index) and ordinal
        self._unit_links: list[tuple[str, ...]] = []
        self._unit_key: list[str] = []
        self._distinct: dict[Any, Any] = {}  # each links tuple and name key, once
        self._meta: list[Meta] | None = None
        self._end = 0
        self._unflushed = False

    @property
    def doc_ids(self) -> Collection[str]:
        return self.events_at.keys()

    def add(self, doc: PreparedDocument) -> None:
        self._unflushed = True
        index = len(self._docs)
        self.events_at[doc.doc_id] = index
        self._docs.append(doc.doc_id)
        rows = pickle.dumps(doc.frames, protocol=pickle.HIGHEST_PROTOCOL)
        self._doc_at.append(self._write(doc.events))
        self._write(rows)
        self._events_size.append(len(doc.events))
        self._frames_size.append(len(rows))
        distinct = self._distinct
        for i, unit in enumerate(doc.units):
            self.starts.append(self._write(unit.data))
            self.sizes.append(len(unit.data))
            links = tuple(map(intern, unit.links))
            links, key = distinct.setdefault(links, links), distinct.setdefault(unit.key_id, unit.key_id)
            if self._meta is not None:
                self._meta.append(Meta(doc.doc_id, i, links, key, len(self.sizes) - 1))
                continue
            self._unit_doc.append(index)
            self._unit_ordinal.append(i)
            self._unit_links.append(links)
            self._unit_key.append(key)

    def _write(self, data: bytes) -> int:
        """Append ``data`` to the file; where it starts."""
        at = self._end
        self.file.write(data)
        self._end += len(data)
        return at

    @property
    def meta(self) -> list[Meta]:
        """What is kept of each unit while people are clustered, in the order added (made from the columns on
        first use; units added later are appended to it)."""
        if self._meta is None:
            docs = self._docs
            self._meta = [Meta(docs[d], o, links, key, i) for i, (d, o, links, key) in enumerate(
                zip(self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key, strict=True))]
            self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key = array("q"), array("q"), [], []
            self._distinct = {}
        return self._meta

    @property
    def frames(self) -> list[Row]:
        """The rows of every document's frames (doc_id, frame index, part, participant spans), in the order added."""
        self.flush()
        fd = self.file.fileno()
        return [row for at, events, size in zip(self._doc_at, self._events_size, self._frames_size, strict=True)
                for row in pickle.loads(os.pread(fd, size, at + events))]  # (written by this process)

    def flush(self) -> None:
        if self._unflushed:
            self.file.flush()
            self._unflushed = False

    def get(self, meta: Meta) -> Loaded:
        self.flush()
        return load(os.pread(self.file.fileno(), self.sizes[meta.source], self.starts[meta.source]))

    @property
    def units(self) -> int:
        """How many units were added."""
        return len(self.sizes)

    def doc_at(self, index: int) -> int:
        """Where the frames of the ``index``-th document added start in the file (``events_at``)."""
        return self._doc_at[index]

    def events_size(self, index: int) -> int:
        """The size of the ``index``-th document's frames in the file."""
        return self._events_size[index]

    def events(self, doc_id: str) -> tuple[EventFrame, ...]:
        """The frames of a document prepared here."""
        self.flush()
        index = self.events_at[doc_id]
        return load_events(os.pread(self.file.fileno(), self._events_size[index], self._doc_at[index]))

    def close(self) -> None:
        self.file.close()
        self._reset()

    def _reset(self) -> None:
        self.starts, self.sizes, self._doc_at, self._events_size, self._frames_size = (array("q") for _ in range(5))
        self._unit_doc, self._unit_ordinal, self._unit_links, self._unit_key = array("q"), array("q"), [], []
        self.events_at, self._docs, self._distinct, self._meta = {}, [], {}, []


@dataclass(slots=True)
class Meta:
    """What is kept in memory of each unit while people are clustered."""

    doc_id: str
    ordinal: int
    links: tuple[str, ...]
    key_id: str
    source: int  # where the unit is: its index in the prepared file or the units kept
    kept: bool = False  # a stored unit of a block reached (not read from a document now)


def block_name(metas: Sequence[Meta], first: int) -> str:
    return f"{metas[first].doc_id}#{metas[first].ordinal}"
