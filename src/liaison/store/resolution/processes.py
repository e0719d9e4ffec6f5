"""The processes a whole resolution runs its blocks and event chunks in: the pool the build kept (``Elsewhere``)
and what each of them loads first."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from liaison.kb.countries import load_territories
from liaison.kb.gazetteer import default_gazetteer

_T = TypeVar("_T")
_R = TypeVar("_R")

class Elsewhere(Protocol):
    """Processes that run a module's function over tasks (``engines.local.Kept``: the build's pool, kept)."""

    def map_unordered(self, fn: Callable[[_T], _R], tasks: Iterable[_T]) -> Iterator[_R]:
        """``fn`` of each task, in the order they finish."""
        ...

    def renew(self, warm: Callable[[], object] | None = None, *, above: int = 0) -> None:
        """End the processes and start new ones (each running ``warm`` first, a module's function); with ``above``
        (bytes), only when one of them holds more memory than that, else keep them and have them run ``warm``."""
        ...

    def close(self) -> None:
        """End the processes (what is asked after runs here)."""
        ...

def warm_elsewhere() -> None:
    """What a process clustering blocks or merging events for a whole resolution (``Elsewhere``) loads first."""
    default_gazetteer()


_merging_warm = False


def warm_merging() -> None:
    """What a process merging events for a whole resolution loads first: the gazetteer, and rigour's table of
    territory names (organisations' countries), read from its cache rather than made again (1.7 s of CPU). Once
    per process: every chunk merged elsewhere asks for it (``events._merge_frames``), as a process kept from
    clustering is not sure to have run it before its first chunk (``Elsewhere.renew`` with ``above``)."""
    global _merging_warm
    if not _merging_warm:
        default_gazetteer()
        load_territories()
        _merging_warm = True
