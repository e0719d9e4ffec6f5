"""Event dates written relative to the publication (or dateline) date.

"This Monday" / "este lunes" -> that weekday on or before the reference date; "last Tuesday" /
"el pasado martes" -> strictly before; "May 29th" / "9 de junio" -> that day in the reference year
(or the year before if it would lie far ahead; under a chronology's year heading "2011", in that year);
"today" / "here today" / "hoy" -> the reference date.
Matches inside a person's name ("Li Jun", "Wang June") are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from liaison.extract.latin.lexicon import Lexicon
from liaison.model.types import FuzzyDate, Span
from liaison.normalise.dates import day_of_month, last_weekday, month_day, weekday_day


@dataclass(frozen=True)
class DateHit:
    date: FuzzyDate
    span: Span


class MonthOnly(date):
    """A reference known to its month only (a page dated "2025-06", read as its first day): a weekday ("desde
    sexta-feira", "de sexta-feira a domingo"), "today" or "yesterday" cannot be resolved against it (the Friday
    before the 1st is no day of the story), so such a sentence gives no date and the page's month stands."""


def _fd(d: date) -> FuzzyDate:
    return FuzzyDate.of(d.year, d.month, d.day)


def _weekday(lex: Lexicon, m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    word = groups.get("wd") or groups.get("wd2") or groups.get("wd3")
    return lex.weekday_number(word) if word else None


_YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.MULTILINE)


def _year_heading(text: str, before: int) -> int | None:
    """The year of the last line before ``before`` that holds a year alone: a chronology's section
    heading ("2011", then "On April 28, ..."), which dates the day-and-month dates under it."""
    years = [m.group(1) for m in _YEAR_LINE.finditer(text, 0, before)]
    return int(years[-1]) if years else None


def _free(span: Span, blocked: list[Span]) -> bool:
    return not any(a < span[1] and span[0] < b for a, b in blocked)


def find_event_date(
    text: str, span: Span, ref: date | None, lex: Lexicon, blocked: list[Span]
) -> DateHit | None:
    """The event date a sentence states, resolved against ``ref``; kept to its month when the sentence
    tells a stay of several days ("visitou o Vietnã de última quinta a última sexta-feira", "met from
    May 10-11 with") and names no other day ("X, on a visit from May 5 to 10, met Y on Tuesday" keeps
    Tuesday); "earlier this week", "hace unas semanas" (``dates.vague``) give the reference's month. The day of a
    reporting clause is the report's (``dates.reported``: "a séjourné cette semaine à Bujumbura ..., a-t-on appris
    dimanche"), not the event's."""
    if lex.date_reported:
        blocked = [*blocked, *(m.span() for m in lex.compiled(lex.date_reported).finditer(text, span[0], span[1]))]
    stay = stay_cue(text, span, lex)
    if stay is not None:
        own = _event_date(text, span, ref, lex, [*blocked, stay])
        if own is not None:
            return own
    hit = _event_date(text, span, ref, lex, blocked)
    if hit is None:
        return _vague(text, span, ref, lex, blocked)
    if stay is None or hit.date.precision != "day":
        return hit
    return DateHit(hit.date.month(), hit.span)


def stay_cue(text: str, span: Span, lex: Lexicon) -> Span | None:
    """Where the sentence at ``span`` tells a stay of several days ("from Jan. 8 to 13", "du 23 au 27
    novembre", a return from a visit): the cue's span, None without one."""
    if not lex.date_span_cue:
        return None
    m = lex.compiled(lex.date_span_cue).search(text, span[0], span[1])
    return m.span() if m else None


def _vague(text: str, span: Span, ref: date | None, lex: Lexicon, blocked: list[Span]) -> DateHit | None:
    """"Earlier this week", "hace unas semanas": some day the text does not give, the reference's month."""
    if ref is None:
        return None
    cue = vague_cue(text, span, lex, blocked)
    return DateHit(FuzzyDate.of(ref.year, ref.month), cue) if cue is not None else None


def vague_cue(text: str, span: Span, lex: Lexicon, blocked: list[Span]) -> Span | None:
    """The span of a vague time ("earlier this week", "hace unas semanas": ``dates.vague``) in the sentence
    at ``span``, outside names and titles; None without one."""
    if not lex.date_vague:
        return None
    for m in lex.compiled(lex.date_vague).finditer(text, span[0], span[1]):
        if _free(m.span(), blocked):
            return m.span()
    return None


_YEARS_IN_BRACKETS = re.compile(r"\([^()]*?\b(?:1[89]|20)\d\d\b[^()]*?\b(?:1[89]|20)\d\d\b[^()]*\)")


_YEAR_IN_BRACKETS = re.compile(r"[(\[][^()\[\]]*?\b((?:1[89]|20)\d\d)\b[^()\[\]]*[)\]]")


def _anniversary_spans(sentence: str, start: int, ref: date | None = None) -> list[Span]:
    """Brackets holding two years, the span an anniversary counts ("A l'occasion du 72e anniversaire de
    l'établissement des relations diplomatiques (18 janvier 1950 - 18 janvier 2022)", "the 75th anniversary of
    the founding of the PRC (1949-2024)"), or one year well before the page's (the day a tie was founded: "du 50e
    anniversaire des liens diplomatiques (24 juin 1967)"): no date in them is the day of the exchange told."""
    spans = [(start + m.start(), start + m.end()) for m in _YEARS_IN_BRACKETS.finditer(sentence)]
    if ref is not None:
        spans += [
            (start + m.start(), start + m.end())
            for m in _YEAR_IN_BRACKETS.finditer(sentence)
            if int(m.group(1)) < ref.year - 1
        ]
    return spans


def _planned(before: str, lex: Lexicon) -> bool:
    """"El rey abrió su agenda con una reunión con Luis Arce, a cuya investidura asistirá este domingo": a
    date right after a verb in the future tense is the day of something still to come, not the event's."""
    return bool(lex.date_planned) and lex.compiled(lex.date_planned).search(before[-40:]) is not None


_AROUND = 30  # characters either side of a date read for a word telling it is still to come


def _upcoming(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """"com vista aos pleitos programados para 15 de Outubro próximo", "las elecciones del próximo 06 de
    diciembre": a day and month told as still to come (``dates.upcoming``, matched with "@" in the date's place)
    is no day of an exchange told as done; resolved against the page it would fall in the year before."""
    if not lex.date_upcoming:
        return False
    window = sentence[max(0, m.start() - _AROUND) : m.start()] + "@" + sentence[m.end() : m.end() + _AROUND]
    return lex.compiled(lex.date_upcoming).search(window) is not None


def _event_date(
    text: str, span: Span, ref: date | None, lex: Lexicon, blocked: list[Span]
) -> DateHit | None:
    start, end = span
    sentence = text[start:end]
    blocked = [*blocked, *_anniversary_spans(sentence, start, ref)]

    def hits(pattern: str, opening: bool = False) -> list[re.Match[str]]:
        """Matches outside names and titles; with ``opening``, also one that opens a title ("Today
        President Joseph R. Biden Jr. participated": no title or name begins with "today")."""
        found = []
        for m in lex.compiled(pattern).finditer(sentence):
            at = (start + m.start(), start + m.end())
            if _free(at, [b for b in blocked if not (opening and b[0] == at[0])]) \
                    and not _planned(sentence[: m.start()], lex):
                found.append(m)
        return found

    for m in hits(lex.date_month_day):
        g = m.groupdict()
        month = lex.month_number(g.get("month") or g.get("month2") or "")
        day = int(g.get("day") or g.get("day2") or 0)
        if month is None or not 1 <= day <= 31 or _upcoming(sentence, m, lex):
            continue
        year = g.get("year")
        d: date | None
        if year:
            try:
                d = date(int(year), month, day)
            except ValueError:
                d = None
        else:
            heading = _year_heading(text, start)
            if heading is not None and ref is not None and heading < ref.year:
                d = month_day(date(heading, 12, 31), month, day)
            else:
                d = month_day(ref, month, day) if ref else None
                if d is not None and ref is not None and (d > ref or d.year < ref.year) and lex.date_today \
                        and hits(lex.date_today):
                    continue  # "Ahead of the runoff on August 20, A met today with B": a date still to come
        if d is not None:
            return DateHit(_fd(d), (start + m.start(), start + m.end()))
    if ref is None:
        return None
    for m in hits(lex.date_weekday_day) if lex.date_weekday_day else []:
        wd = _weekday(lex, m)
        d = weekday_day(ref, wd, int(m.group("day"))) if wd is not None else None
        if d is not None:
            return DateHit(_fd(d), (start + m.start(), start + m.end()))
    for m in hits(lex.date_day_of_month) if lex.date_day_of_month else []:
        d = day_of_month(ref, int(m.group("day")))
        if d is not None:
            return DateHit(_fd(d), (start + m.start(), start + m.end()))
    if isinstance(ref, MonthOnly):
        return None
    for m in hits(lex.date_coming_weekday) if lex.date_coming_weekday else []:
        wd = _weekday(lex, m)
        if wd is not None:  # "João Lourenço inicia sexta-feira visita oficial": the weekday on or after the page's day
            return DateHit(_fd(ref + timedelta(days=(wd - ref.weekday()) % 7)), (start + m.start(), start + m.end()))
    for pattern, strict in ((lex.date_last_weekday, True), (lex.date_this_weekday, False)):
        for m in hits(pattern, opening=True):
            wd = _weekday(lex, m)
            if wd is not None:
                d = last_weekday(ref, wd, strictly_before=strict)
                return DateHit(_fd(d), (start + m.start(), start + m.end()))
    for pattern, back in ((lex.date_today, 0), (lex.date_yesterday, 1)):
        for m in hits(pattern, opening=True):
            return DateHit(_fd(ref - timedelta(days=back)), (start + m.start(), start + m.end()))
    return None
