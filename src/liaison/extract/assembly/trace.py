"""Where frames go while one document is read: an opt-in record of the extractor's steps, for diagnostics.

Off by default (one context-variable read per step). Inside ``traced()``, every step an extractor declares
(``step("domestic", before, after)``: a filter, a merge, a tier taking or leaving a reading) records the frames
it took and the frames it gave, in the order run; ``liaison.eval.further`` finds, for a gold event the build
missed, the step after which no frame told it any more (``scripts/further_events.py``). The steps hold frames,
never text: no word of any language here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from liaison.model.types import EventFrame


@dataclass(frozen=True)
class Step:
    """One declared step of an extractor: its name, the frames it took and the frames it gave."""

    name: str
    before: tuple[EventFrame, ...]
    after: tuple[EventFrame, ...]


_Frames = TypeVar("_Frames", bound=Sequence[EventFrame])

# Steps switched off for a measurement (``scripts/ablate.py``): "LIAISON_ABLATE=domestic,zh:recalled". Read once,
# when the module is imported: one process per configuration.
_ABLATED = frozenset(name for name in os.environ.get("LIAISON_ABLATE", "").split(",") if name)


def ablated(name: str) -> bool:
    """Whether the step ``name`` is switched off ($LIAISON_ABLATE): measuring what a filter costs and saves."""
    return name in _ABLATED


_STEPS: ContextVar[list[Step] | None] = ContextVar("liaison_extract_trace", default=None)


def tracing() -> bool:
    """Whether the steps are being recorded (an extractor may then build frames it would not otherwise)."""
    return _STEPS.get() is not None


def step(name: str, before: _Frames, after: _Frames) -> _Frames:
    """Record one step when tracing; the frames the step gave (those it took when it is switched off,
    ``ablated``)."""
    steps = _STEPS.get()
    if steps is not None:
        steps.append(Step(name, tuple(before), tuple(after)))
    return before if name in _ABLATED else after


@contextmanager
def traced() -> Iterator[list[Step]]:
    """Record the steps run inside the block into the list yielded."""
    steps: list[Step] = []
    token = _STEPS.set(steps)
    try:
        yield steps
    finally:
        _STEPS.reset(token)
