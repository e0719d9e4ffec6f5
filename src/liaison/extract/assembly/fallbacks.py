"""Fallbacks for what an event's own sentence leaves unsaid: the first finding a list of readers
gives, and the date of publication when the text gives no date.

A Latin-script example, "The next day, he met Y" after an event dated 5 August: the trigger sentence
has no date, so the relative date (6 August) is used; with neither, the dateline's date; with none of
those, the item's publication date (``date_source`` "published").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar

from liaison.extract.assembly.drafts import Found
from liaison.model.types import FuzzyDate, Span

T = TypeVar("T")
DateSource = Literal["text", "published", "none"]


def first_found(*readers: Callable[[], Found[T] | None]) -> Found[T] | None:
    """The finding of the first reader that has one; later readers are not run."""
    for read in readers:
        found = read()
        if found is not None:
            return found
    return None


def event_date(
    found: Found[FuzzyDate] | None, published: FuzzyDate | None
) -> tuple[FuzzyDate | None, Span | None, DateSource]:
    """The event's date, its span and where it came from: the text, else the publication date."""
    if found is not None:
        return found.value, found.span, "text"
    if published is not None:
        return published, None, "published"
    return None, None, "none"
