"""The side of a principal the text places nowhere (issue 13, country28): in an event built with one side placed,
a principal of no country by their own words, post, name or the people table is of the country the article names
most often besides the placed side (a Chinese party delegation meeting "President A" on a page telling of its
stay in Nepal; "la presidenta A" receiving a Chinese government delegation on a page telling of Argentina). Most
unseen people are unknown to the tables: the story's other country is what their text offers when nothing nearer
does.

Read on the finished frames only, after every check that keeps or drops a frame by its sides: a country guessed
from the story never makes a one-sided frame an exchange (read before the checks, it kept domestic frames of the
blind sets as exchanges), and it adds no party to the frame."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from liaison.extract.latin.affiliation import affiliation, country_mentions
from liaison.extract.latin.lexicon import Lexicon
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, Participant


def story_countries(doc: Document, lex: Lexicon) -> Counter[str]:
    """How often the headline and the text name each country (by a name or a demonym)."""
    return Counter(country_mentions(f"{doc.article.title or ''}\n{doc.text}", lex))


def other_story_country(counts: Counter[str], known: set[str]) -> str | None:
    """The country named most often besides ``known``, when one leads (a tie gives none)."""
    ranked = sorted(((n, code) for code, n in counts.items() if code not in known), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _unplaced_lead(p: Participant) -> bool:
    return p.lead and p.side is None and p.person.country is None and p.person.organization is None


def story_sides(
    doc: Document, gazetteer: Gazetteer, lex: Lexicon, frames: tuple[EventFrame, ...]
) -> tuple[EventFrame, ...]:
    """Each frame with one side placed and a lead of no side, that lead placed in the story's other country."""
    counts: Counter[str] | None = None
    out = []
    for frame in frames:
        known = {p.side or p.person.country for p in frame.participants} - {None}
        if len(known) != 1 or not any(_unplaced_lead(p) for p in frame.participants):
            out.append(frame)
            continue
        counts = story_countries(doc, lex) if counts is None else counts
        side = other_story_country(counts, {k for k in known if k})
        if side is None:
            out.append(frame)
            continue
        people = tuple(_placed(p, side, gazetteer, lex) if _unplaced_lead(p) else p for p in frame.participants)
        out.append(replace(frame, participants=people))
    return tuple(out)


def _placed(p: Participant, side: str, gazetteer: Gazetteer, lex: Lexicon) -> Participant:
    org = affiliation(p.person.title, lex, gazetteer, side).organization
    return replace(p, side=side, person=replace(p.person, country=side, organization=org))
