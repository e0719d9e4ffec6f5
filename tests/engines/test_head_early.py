"""A pooled build's fork server started as its input's first parts are read (``engines.local.Head``), before the
store opens: the one the pool then forks its workers from, ended with the pool, or by ``close`` when no pool
took it; an input too small for a pool starts none. The same outcomes as the parts given to ``run`` directly."""

from __future__ import annotations

import json
from multiprocessing import forkserver

from liaison.engines import local
from liaison.engines.worker import Settings
from liaison.ingest import RawLines
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame


def _parts(lines: int) -> list[RawLines]:
    rows = [(n, json.dumps({"id": f"a{n}", "text": f"第{n}条。国务院总理在北京会见来访的外国客人。", "language": "zh"},
                           ensure_ascii=False).encode()) for n in range(1, lines + 1)]
    return [RawLines("x.jsonl", "x", tuple(rows[i:i + 256])) for i in range(0, lines, 256)]


def nothing(doc: Document, gazetteer: Gazetteer) -> tuple[EventFrame, ...]:
    return ()


def _server() -> int | None:
    pid: int | None = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    return pid


def test_started_early_and_closed() -> None:
    head = local.Head(_parts(local.POOL_THRESHOLD), 2)
    try:
        assert head.pooled and head.chinese and head.started
        assert _server() is not None  # (running before any pool)
    finally:
        head.close()
    assert not head.started and _server() is None


def test_too_small_for_a_pool() -> None:
    head = local.Head(_parts(local.POOL_THRESHOLD - 1), 2)
    assert not head.pooled and not head.started and _server() is None
    assert not local.Head(_parts(local.POOL_THRESHOLD), 1).started


def test_the_pool_takes_it() -> None:
    settings = Settings(extractor=nothing)
    expected = [(o.doc_id, o.status) for o in local.run(_parts(1200), settings, 2)]  # type: ignore[union-attr]
    head = local.Head(_parts(1200), 2, extractor=nothing)
    assert head.started
    got = [(o.doc_id, o.status) for o in local.run(head, settings, 2)]  # type: ignore[union-attr]
    head.close()  # (nothing to end: the pool ended it)
    assert got == expected and len(got) == 1200
    assert _server() is None
