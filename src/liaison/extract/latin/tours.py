"""A tour through several countries told as a list (issue 13): one visit to each country listed.

"El primer secretario ... arribó este 9 de septiembre a la Patria luego de la gira oficial cumplida por Vietnam,
China y Laos"; "comenzaron su gira por el Caribe que abarcó a San Vicente y las Granadinas, Barbados y Granada";
"o périplo pela China, Laos e Vietname". The visitor's one-sided visit told in that sentence (or, when the article
tells one tour and one such visit, anywhere) stands for the first country; each further country listed is a visit
of the same people, dated to the month (a tour spans days), placed in no city. A country where an event of the
article has a lead (the host met there) is that event, not a further visit. The lexicon's ``country_tour_cue`` names the
tour ("gira", "périplo"); the list is the first run of two or more countries after it, read by
``kb.countries.code_of`` over runs of up to five words ("San Vicente y las Granadinas").
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly.confidence import sides
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.kb.countries import code_of
from liaison.model.types import Document, EventFrame, Span

_WORD = re.compile(r"[^\W\d_][\w’'-]*|[,;.:()]")
_LONGEST = 5  # words of the longest country name tried ("San Vicente y las Granadinas")
_REACH = 160  # characters after the tour's noun where its list may begin
_SKIPPED = 8  # words after the tour's noun before its list begins, at most ("por el Caribe que abarcó a")


def toured(doc: Document, lex: Lexicon, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """``frames`` with one visit more per further country of a tour the visitor's one-sided visit tells."""
    if not lex.country_tour_cue or not frames:
        return frames
    tours = _tours(doc, lex)
    if not tours:
        return frames
    visits = [f for f in frames if f.kind == "visit" and len(sides(f)) == 1 and f.evidence]
    hosts = {p.side for f in frames if len(sides(f)) >= 2 for p in f.participants if p.lead and p.side}
    out: list[EventFrame] = []
    for frame in frames:
        out.append(frame)
        if frame not in visits:
            continue
        listed = _listed_for(frame, tours, single=len(tours) == 1 and len(visits) == 1)
        own = next(iter(sides(frame)))
        further = [(c, span) for c, span in listed if c != own and c not in hosts]
        if len(further) < 2:
            continue
        date = frame.date.month() if frame.date is not None else None
        out[-1] = replace(frame, date=date, location=None, location_span=None)
        out.extend(replace(out[-1], evidence=(*frame.evidence, span)) for _, span in further[1:])
    if not visits:
        out.extend(_met_on_tour(doc, lex, frames, tours, hosts))
    return tuple(out)


def _met_on_tour(
    doc: Document, lex: Lexicon, frames: tuple[EventFrame, ...], tours: list[tuple[Span, list[tuple[str, Span]]]],
    hosts: set[str],
) -> list[EventFrame]:
    """The visits of a tour whose one-sided visit the article's meetings cover ("... tras la gira oficial por
    Vietnam, China y Laos. En Hanói, Díaz-Canel se reunió con ... To Lam"): the first two-sided event whose leads of
    the side not listed include one named in the tour's sentence gives them a visit to each listed country no host
    is of; not when the tour's sentence tells another act (a meeting with a guest "quien realiza una gira por ...")."""
    for (a, b), countries in tours:
        cue = find_kind(doc.text[a:b], lex)
        if cue is not None and cue.kind != "visit":
            continue  # "se reunió con A, quien realiza una gira por B, C y D": the meeting's sentence, legs to come
        listed = {c for c, _ in countries}
        for frame in frames:
            if len(sides(frame)) < 2:
                continue
            guests = [p for p in frame.participants if p.side and p.side not in listed]
            if not any(p.lead and a <= p.person.span[0] < b for p in guests) or len(sides(frame) - listed) != 1:
                continue
            further = [(c, span) for c, span in countries if c not in hosts]
            if not further or not any(c in hosts for c in listed):
                continue
            date = frame.date.month() if frame.date is not None else None
            trip = replace(frame, kind="visit", participants=tuple(guests), parties=(), date=date,
                           date_source=frame.date_source, location=None, location_span=None, date_span=None)
            return [replace(trip, evidence=((a, b), span)) for _, span in further]
    return []


def _listed_for(
    frame: EventFrame, tours: list[tuple[Span, list[tuple[str, Span]]]], single: bool
) -> list[tuple[str, Span]]:
    """The countries of the tour told in one of the frame's sentences, else of the article's one tour."""
    for (a, b), countries in tours:
        if any(s < b and a < e for s, e in frame.evidence):
            return countries
    return tours[0][1] if single else []


def _tours(doc: Document, lex: Lexicon) -> list[tuple[Span, list[tuple[str, Span]]]]:
    """Each sentence telling a tour, with the countries its list names (two or more, in order)."""
    cue = lex.compiled(lex.country_tour_cue)
    found = []
    for a, b in doc.sentences:
        sentence = doc.text[a:b]
        hit = cue.search(sentence)
        if hit is None:
            continue
        countries = _country_run(sentence[hit.end() : hit.end() + _REACH], lex, a + hit.end())
        if len(countries) >= 2:
            found.append(((a, b), countries))
    return found


def _country_run(stretch: str, lex: Lexicon, offset: int) -> list[tuple[str, Span]]:
    """The first run of countries joined by commas and the lexicon's "and" ("Vietnam, China y Laos"), each
    with the span of its name (``offset``: where ``stretch`` begins in the text)."""
    found = list(_WORD.finditer(stretch))
    words = [m.group() for m in found]
    joins = {",", *lex.conjunctions}
    run: list[tuple[str, Span]] = []
    i = 0
    while i < len(words):
        code, width = _country_at(words, i)
        if code is not None:
            if code not in {c for c, _ in run}:
                run.append((code, (offset + found[i].start(), offset + found[i + width - 1].end())))
            i += width
            if i < len(words) and words[i].lower() in joins:
                i += 1
                continue
            break
        if run or i >= _SKIPPED:
            break
        i += 1
    return run


def _country_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The country whose name opens at word ``i`` (the longest, capitalised), with its width in words."""
    if not words[i][:1].isupper():
        return None, 0
    for width in range(min(_LONGEST, len(words) - i), 0, -1):
        if not words[i + width - 1][:1].isupper():
            continue
        code = code_of(" ".join(words[i : i + width]))
        if code is not None:
            return code, width
    return None, 0


__all__ = ["toured"]
