"""Where frames go while one document is read: an opt-in record of the extractor's steps, for diagnostics.

Off by default (one context-variable read per step). Inside ``traced()``, every step an extractor declares
(``step("domestic", before, after)``: a filter, a merge, a tier taking or leaving a reading) records the frames
it took and the frames it gave, in the order run; ``liaison.eval.further`` finds, for a gold event the build
missed, the step after which no frame told it any more (``scripts/further_events.py``). The steps hold frames,
never text: no word of any language here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from liaison.model.types import EventFrame


@dataclass(frozen=True)
class Step:
    """One declared step of an extractor: its name, the frames it took and the frames it gave."""

    name: str
    before: tuple[EventFrame, ...]
    after: tuple[EventFrame, ...]


_STEPS: ContextVar[list[Step] | None] = ContextVar("liaison_extract_trace", default=None)


def tracing() -> bool:
    """Whether the steps are being recorded (an extractor may then build frames it would not otherwise)."""
    return _STEPS.get() is not None


def step(name: str, before: Iterable[EventFrame], after: Iterable[EventFrame]) -> None:
    """Record one step when tracing; nothing otherwise."""
    steps = _STEPS.get()
    if steps is not None:
        steps.append(Step(name, tuple(before), tuple(after)))


@contextmanager
def traced() -> Iterator[list[Step]]:
    """Record the steps run inside the block into the list yielded."""
    steps: list[Step] = []
    token = _STEPS.set(steps)
    try:
        yield steps
    finally:
        _STEPS.reset(token)
