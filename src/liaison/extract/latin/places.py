"""Where: datelines ("Beijing, April 22nd—", "BEIJING, Dec. 12 (Xinhua) --") and "in <City>"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from liaison.extract.latin.lexicon import Lexicon
from liaison.model.types import Span
from liaison.normalise.dates import month_day


@dataclass(frozen=True)
class Dateline:
    place: str
    date: date | None
    span: Span


def place_name(raw: str, lex: Lexicon) -> str:
    """A city as the record writes it: title case, English form when the lexicon knows one."""
    words = raw.strip()
    if words.isupper():
        words = " ".join(w.capitalize() if len(w) > 2 else w.lower() for w in words.split())
        words = words[0].upper() + words[1:]
    return lex.places.get(words.lower(), words)


def find_dateline(text: str, lex: Lexicon, published: date | None) -> Dateline | None:
    """The dateline opening the body, with its date resolved against the publication date."""
    for pattern in lex.datelines:
        m = re.compile(pattern, re.IGNORECASE | re.MULTILINE).search(text[:1500])
        if m is None:
            continue
        month = lex.month_number(m.group("month"))
        day = int(m.group("day"))
        when = month_day(published, month, day) if published and month else None
        return Dateline(place_name(m.group("place"), lex), when, m.span())
    return None


def find_location(
    text: str, span: Span, lex: Lexicon, blocked: list[Span], stop: frozenset[str]
) -> tuple[str, Span] | None:
    """The first "in <City>" of a sentence that is not a country, org or title word."""
    start, end = span
    for m in lex.compiled(lex.location_cue).finditer(text, start, end):
        a, b = m.span("place")
        if any(x < b and a < y for x, y in blocked):
            continue
        place = m.group("place")
        words = place.lower().split()
        if place.lower() in lex.places:
            return place_name(place, lex), (a, b)
        if not place[:1].isupper() or any(w in stop and w not in lex.places for w in words):
            continue
        if place.lower() in lex.countries or lex.country_of(place):
            continue
        return place_name(place, lex), (a, b)
    return None
