"""One document's normalise + extract, guarded: a time budget, and any failure turned into a ``Skipped``.

Every engine runs documents through ``extract_or_skip``, so one document can neither end a build
nor hold it up. The budget counts the process's CPU time (``ITIMER_PROF``), so a machine busy with
other work does not skip documents that would fit on a quiet one (and a build's result does not
depend on the load); a real-time timer at ``WALL_FACTOR`` times the budget is the backstop for a
document that stops using the CPU. Both interrupt Python code and regular-expression matching
alike; they are armed only where signals can be delivered (the main thread of a process: the CLI,
and each worker of the pool), elsewhere documents run unbounded.
"""

from __future__ import annotations

import _signal
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from liaison.ingest.text import one_line
from liaison.model.types import Article, Extraction, Skipped

DEFAULT_BUDGET = 8.0  # CPU seconds per document; news items take milliseconds
WALL_FACTOR = 4.0  # the real-time backstop, in budgets
_TIMERS = ((signal.ITIMER_PROF, signal.SIGPROF, 1.0), (signal.ITIMER_REAL, signal.SIGALRM, WALL_FACTOR)) if hasattr(
    signal, "setitimer") else ()


class OverBudget(Exception):
    """A document took longer than its time budget."""


def can_time() -> bool:
    """True where a time budget can be enforced (the main thread, on a system with ``setitimer``)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``OverBudget`` in the body after ``seconds`` of CPU time (or ``WALL_FACTOR`` times as many
    of real time); None or 0: no limit; off the main thread: none."""
    if not seconds or not can_time():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(seconds)

    # (``_signal``: the functions ``signal`` wraps, without its conversions to and from enums, which cost
    # more than the calls themselves, once per document)
    previous = [(timer, signum, _signal.signal(signum, expire)) for timer, signum, _f in _TIMERS]
    for timer, _signum, factor in _TIMERS:
        _signal.setitimer(timer, seconds * factor)
    try:
        yield
    finally:
        for timer, signum, handler in previous:
            _signal.setitimer(timer, 0)
            _signal.signal(signum, handler)


def extract_or_skip(
    article: Article, run: Callable[[Article], Extraction], budget: float | None = DEFAULT_BUDGET
) -> Extraction | Skipped:
    """``run(article)`` within ``budget`` seconds, or a ``Skipped`` naming the article and why not."""
    try:
        with time_budget(budget):
            return run(article)
    except OverBudget:
        return Skipped(article.origin, f"extraction took longer than its {budget:g} s budget; not stored")
    except RecursionError:
        return Skipped(article.origin, "extraction failed: structure nested too deeply")
    except MemoryError:
        return Skipped(article.origin, "extraction failed: out of memory")
    except Exception as exc:
        return Skipped(article.origin, f"extraction failed: {type(exc).__name__}: {one_line(exc)}")
