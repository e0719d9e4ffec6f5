"""Agency datelines and bylines at the head of a Chinese web report.

``新华社北京5月3日电（记者 …）``, ``本报北京11月25日电 （记者王远）``, ``中评社北京6月8日电/``,
``中新网台北7月27日电``, ``【新唐人北京时间2021年11月16日讯】``, ``央视网消息（新闻联播）：``,
``【财新网】（记者 徐和谦）``, ``据新华社电``: none of it is the subject of the first clause. The
dateline's date (the day the report was filed) is the reference for the item's bare days (``25日``)
and the event's date when its own clause gives none, before the publication date of a page that
reprints the report days later or gives only a month.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from liaison.extract.zh.cues import cue
from liaison.extract.zh.dates import numeral
from liaison.model.types import Document, FuzzyDate
from liaison.normalise.dates import month_day, to_date

# ``<agency><place><date>电`` (or 讯), in brackets or not, with the reporters after it
_DATED = cue("dated_dateline")
DATELINE = cue("dateline")
"""A dateline or byline opening a sentence (matched at its start), dated or not."""


def strip_dateline(sentence: str) -> int:
    """How many characters of ``sentence`` its opening dateline or byline takes (0 without one)."""
    m = DATELINE.match(sentence)
    return m.end() if m else 0


def dateline_date(text: str, published: FuzzyDate | None) -> FuzzyDate | None:
    """The day the report was filed, from a dated dateline opening one of the first lines of ``text``
    (its numbers in figures or in characters: "中新社纽约九月二十二日电"); a dateline without its year takes
    the publication's (None when that is unknown)."""
    for line in text.lstrip().split("\n", 3)[:3]:
        m = _DATED.match(line)
        if m is None:
            continue
        if not _valid(m):
            return None
        if m.group("y"):
            return _day(int(m.group("y")), numeral(m.group("m")), numeral(m.group("d")))
        ref = to_date(published)
        if ref is None or published is None:
            return None
        if published.precision != "day":
            return _day(ref.year, numeral(m.group("m")), numeral(m.group("d")))
        day = month_day(ref, numeral(m.group("m")), numeral(m.group("d")))
        return FuzzyDate.of(day.year, day.month, day.day) if day else None
    return None


def _valid(m: re.Match[str]) -> bool:
    return 1 <= numeral(m.group("m")) <= 12 and 1 <= numeral(m.group("d")) <= 31


def _day(year: int, month: int, day: int) -> FuzzyDate | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return FuzzyDate.of(year, month, day)


def with_dateline_reference(doc: Document) -> Document:
    """``doc`` dated by its dateline when that is more precise than its publication date, or earlier
    (a reprint): the reference the extractor resolves bare days against and falls back to."""
    filed = dateline_date(doc.text, doc.published)
    if filed is None or filed.precision != "day":
        return doc
    published = doc.published
    if published is not None and published.precision == "day":
        on, page = to_date(filed), to_date(published)
        if on is None or page is None or not on < page:
            return doc  # the same day, or "filed" after the page appeared: keep the page's date
    return replace(doc, published=filed)


__all__ = ["DATELINE", "dateline_date", "strip_dateline", "with_dateline_reference"]
