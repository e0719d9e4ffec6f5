"""Memory given back to the system while a resolution runs, and before it forks."""

from __future__ import annotations

import ctypes
import gc
from functools import cache


def give_back_memory() -> None:
    """Collect garbage and return freed heap pages to the system (glibc keeps them otherwise)."""
    gc.collect()
    trim_heap()


def trim_heap() -> None:
    """Return the C heap's free pages to the system (glibc's ``malloc_trim``: every arena, the free pages
    inside them too), with no garbage collection: cheap enough to run after each batch written. The rows of
    a batch, their Arrow table and what DuckDB's Python layer allocated are freed once it is written, but
    glibc keeps the pages (half of the main process's C heap was free pages at the end of a build of the
    75k record); they are given back rather than left to add up with the record."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 (not glibc: no such function, nothing to give back this way)
    except (OSError, AttributeError):
        return None
    return libc


def before_fork() -> None:
    """Give freed memory back and keep the collector of a forked process off what exists (it would
    touch, and so copy, every page), so forked processes copy less of this one."""
    give_back_memory()
    gc.freeze()
