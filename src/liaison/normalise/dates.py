"""Publication dates and relative-date arithmetic, with precision kept.

Publication dates come from metadata or the head of the text. Ambiguous numeric dates
(``09/06/2025``) are resolved by evidence in the article: a weekday word in the body ("This Monday",
"este lunes", "nesta segunda-feira", "ce lundi") that matches one reading's weekday wins; otherwise
day-first, the norm of the outlets that write numeric dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from liaison.kb.languages import language_data, words_of
from liaison.model.types import FuzzyDate, Span

# the calendars of the language files; English month names also read metadata dates ("Dec. 12, 2023")
MONTHS_EN: tuple[str, ...] = tuple(language_data("en")["calendar"]["months"])

_HEAD_CHARS = 400
_ISO = re.compile(r"(?<!\d)(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_MONTH_NAME = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTHS_EN) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
    re.IGNORECASE,
)
_WEEKDAY_INDEX = {w: i for days in words_of("calendar", "weekdays").values() for i, w in enumerate(days)}
_EVENT_DAY_PREFIXES = dict.fromkeys(w for words in words_of("calendar", "event_day_prefixes").values() for w in words)
_WEEKDAY_EVIDENCE = re.compile(
    r"\b(?:" + "|".join(_EVENT_DAY_PREFIXES) + r")\s+(" + "|".join(_WEEKDAY_INDEX) + r")\b",
    re.IGNORECASE,
)


def to_date(fd: FuzzyDate | None) -> date | None:
    """The first day a fuzzy date covers (None stays None)."""
    if fd is None:
        return None
    parts = [int(p) for p in fd.iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _real(fd: FuzzyDate) -> FuzzyDate | None:
    """``fd`` when the day (or month, or year) it names exists ("2025-06-31" does not)."""
    parts = [int(p) for p in fd.iso.split("-")]
    return fd if _valid(parts[0], *[*parts[1:], 1, 1][:2]) else None


def weekday_evidence(text: str) -> set[int]:
    """Weekdays (0=Monday) that the body names as the day of the reported event."""
    found: set[int] = set()
    for m in _WEEKDAY_EVIDENCE.finditer(text):
        found.add(_WEEKDAY_INDEX[m.group(1).lower()])
    return found


def parse_date_value(value: str, body: str = "") -> FuzzyDate | None:
    """Parse a metadata date (ISO prefix, ``2020.05.29``, ``09/06/2025``, ``Dec. 12, 2023``)."""
    value = value.strip()
    iso, parsed = _iso_value(value)
    if iso:
        return parsed
    found = find_date(value, body)
    return found[0] if found else None


def iso_date_value(value: str) -> FuzzyDate | None:
    """The date of an ISO metadata value (``2020-05-29``, ``2020-05-29T08:00``): what ``parse_date_value`` gives
    it whatever the text; None for another value (read with the text) or no such day."""
    return _iso_value(value.strip())[1]


@lru_cache(maxsize=4096)
def _iso_value(value: str) -> tuple[bool, FuzzyDate | None]:
    """(True, the date or None when no such day) for an ISO value (``2020-05-29``, ``2020-05-29T08:00``),
    else (False, None). (Kept per value: a record's items share a few thousand dates.)"""
    if _ISO_VALUE.fullmatch(value):
        return True, _real(FuzzyDate.parse(value))
    if m := _ISO_TIMESTAMP.match(value):
        return True, _real(FuzzyDate.parse(m.group(1)))
    return False, None


_ISO_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_ISO_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]")


def find_date(text: str, body: str = "") -> tuple[FuzzyDate, Span] | None:
    """The first full date written in ``text``; ``body`` supplies weekday evidence."""
    best: tuple[FuzzyDate, Span] | None = None
    for m in _ISO.finditer(text):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            best = (FuzzyDate.of(d.year, d.month, d.day), m.span())
            break
    for m in _NUMERIC.finditer(text):
        if best and best[1][0] < m.start():
            break
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d = _disambiguate(a, b, y, body or text)
        if d:
            best = (FuzzyDate.of(d.year, d.month, d.day), m.span())
            break
    for m in _MONTH_NAME.finditer(text):
        if best and best[1][0] < m.start():
            break
        month = [x[:3] for x in MONTHS_EN].index(m.group(1).lower()[:3]) + 1
        d = _valid(int(m.group(3)), month, int(m.group(2)))
        if d:
            best = (FuzzyDate.of(d.year, d.month, d.day), m.span())
            break
    return best


def _disambiguate(a: int, b: int, year: int, body: str) -> date | None:
    day_first = _valid(year, b, a)
    month_first = _valid(year, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    weekdays = weekday_evidence(body)
    if day_first.weekday() in weekdays and month_first.weekday() not in weekdays:
        return day_first
    if month_first.weekday() in weekdays and day_first.weekday() not in weekdays:
        return month_first
    return day_first


def published_date(
    metadata: str | None, text: str
) -> tuple[FuzzyDate | None, Span | None]:
    """Publication date from metadata, else from the head of the text (with its span)."""
    if metadata:
        fd = parse_date_value(metadata, text)
        if fd:
            return fd, None
    found = find_date(text[:_HEAD_CHARS], text)
    if found:
        return found
    return None, None


# --- relative dates, resolved against a reference (publication) date ----------------------


def last_weekday(ref: date, weekday: int, strictly_before: bool = False) -> date:
    """The most recent ``weekday`` on or before ``ref`` ("this Monday" in a news report)."""
    delta = (ref.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return ref - timedelta(days=delta)


def month_day(ref: date, month: int, day: int) -> date | None:
    """``month``/``day`` in the year of ``ref``, or the year before if that lies far ahead."""
    d = _valid(ref.year, month, day)
    if d and d > ref + timedelta(days=31):
        d = _valid(ref.year - 1, month, day)
    return d


def day_of_month(ref: date, day: int) -> date | None:
    """A bare day number (``24日``) in the month of ``ref``, or the month before if in the future."""
    d = _valid(ref.year, ref.month, day)
    if d is None or d > ref + timedelta(days=1):
        prev = ref.replace(day=1) - timedelta(days=1)
        d = _valid(prev.year, prev.month, day)
    return d


def weekday_day(ref: date, weekday: int, day: int) -> date | None:
    """The day numbered ``day`` that falls on ``weekday`` nearest before ``ref`` (or soon after it:
    a month-precision reference is the month's first day): "quarta-feira (26)"."""
    found = []
    this = ref.year * 12 + ref.month - 1
    for k in range(this - 2, this + 2):  # two months back to one month ahead
        d = _valid(k // 12, k % 12 + 1, day)
        if d is not None and d.weekday() == weekday and ref - timedelta(days=62) <= d <= ref + timedelta(days=31):
            found.append(d)
    before = [d for d in found if d <= ref + timedelta(days=1)]
    return max(before) if before else min(found, default=None)

