"""``store.resolution.Prepared`` keeps what a build's documents give resolution in columns while the build runs
(the units' pickles and the documents' frames and frame rows in its file; of each unit its document, ordinal,
links and name key in typed arrays and lists of shared objects), and gives back exactly what was added."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.engines.worker import stored_view
from liaison.kb.gazetteer import default_gazetteer
from liaison.resolve.prepared import PreparedDocument, load, load_events, prepare
from liaison.store.resolution import Prepared
from tests.conftest import archive_extractions


@pytest.fixture(scope="module")
def documents(shared: Path) -> list[PreparedDocument]:
    """What real CCTV items with events prepare (as a build's workers hand them back)."""
    return [prepare(stored_view(ex), default_gazetteer()) for ex in archive_extractions(1500)]


@pytest.mark.usefixtures("shared")
def test_prepared_gives_back_every_unit_frame_and_row_added(documents: list[PreparedDocument]) -> None:
    assert len(documents) > 100
    read = Prepared()
    try:
        for doc in documents[:-5]:
            read.add(doc)
        units = [(doc.doc_id, i, u) for doc in documents for i, u in enumerate(doc.units)]
        meta = read.meta
        for doc in documents[-5:]:  # (added once the units' list is made: appended to it)
            read.add(doc)
        assert [(m.doc_id, m.ordinal, m.links, m.key_id, m.source) for m in meta] == [
            (doc_id, i, u.links, u.key_id, n) for n, (doc_id, i, u) in enumerate(units)]
        assert [read.get(m)[2] for m in meta] == [load(u.data)[2] for _, _, u in units]
        assert read.frames == [row for doc in documents for row in doc.frames]
        assert list(read.doc_ids) == [doc.doc_id for doc in documents]
        for doc in documents:
            assert read.events(doc.doc_id) == load_events(doc.events)
    finally:
        read.close()


@pytest.mark.usefixtures("shared")
def test_units_of_one_person_share_their_links_and_name_key(documents: list[PreparedDocument]) -> None:
    """The person named every day has thousands of units with the same links: kept once, not once per unit."""
    read = Prepared()
    try:
        for doc in documents:
            read.add(doc)
        by_links: dict[tuple[str, ...], set[int]] = {}
        for m in read.meta:
            by_links.setdefault(m.links, set()).add(id(m.links))
        assert max(len(v) for v in by_links.values()) == 1
        assert len(by_links) < len(read.meta) / 2
        keys: dict[str, set[int]] = {}
        for m in read.meta:
            keys.setdefault(m.key_id, set()).add(id(m.key_id))
        assert max(len(v) for v in keys.values()) == 1
    finally:
        read.close()
