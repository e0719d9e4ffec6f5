"""The text the shared grammar reads for a Russian article, and the frames put back into its words.

Three rewrites keep every offset: quotation marks read as spaces (a title runs over "«Единая Россия»"),
initials are spaced ("Г.А. Зюганов" read as "Г А. Зюганов", so the grammar joins them to the surname as
it joins "Donald J. Trump"), and each declined name is written in its dictionary form padded with
spaces ("Дмитрием Новиковым" read as "Дмитрий Новиков   "), so the grammar groups "с Дмитрием
Новиковым" and "Новиков заявил" as one person and the knowledge base knows him. ``restore`` then
gives each participant the name as written (span, alias) and its romanisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.names import find_names, org_vocabulary
from liaison.extract.ru.names import candidates, instrumental, is_cyrillic, nominative, romanise
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, Participant, PersonMention, Span

# the full stop of an initial before another capital: "Г.А. Зюганов", "Г.А.Зюганов" (KPRF.ru writes both)
_INNER_INITIAL_DOT = re.compile(r"(?<!\w)([\u0410-\u042f\u0401])\.(?=[\u0410-\u042f\u0401])")


# quotation marks around a party's name ("партии «Единая Россия» Дмитрием Медведевым") read as spaces, so a
# title runs over them to the name; so does a dash inside the quotes ("«Справедливая Россия – За правду»")
_QUOTES = re.compile(r"[\"«»“”„]")
_QUOTED = re.compile(r"[«\"„“][^«»\"„“”\n]{1,60}[»\"”“]|[\"«»“”„]")
_INNER_DASH = re.compile(r"(?<= )[–—-](?= )")


def _unquoted(m: re.Match[str]) -> str:
    return _INNER_DASH.sub(" ", _QUOTES.sub(" ", m.group(0)))


@dataclass(frozen=True)
class Rewrite:
    start: int
    end: int  # in the text as written
    written: str
    nominative: str


@dataclass(frozen=True)
class Reading:
    text: str  # what the grammar reads: same length and offsets as the article
    original: str
    rewrites: tuple[Rewrite, ...]

    def rewrite_at(self, span: Span) -> Rewrite | None:
        return next((r for r in self.rewrites if r.start <= span[0] < r.end), None)


def read(doc: Document, lex: Lexicon, gazetteer: Gazetteer) -> Reading:
    """The article with spaced initials and names in their dictionary form, offsets unchanged."""
    original = doc.text
    spaced = _QUOTED.sub(_unquoted, _INNER_INITIAL_DOT.sub(lambda m: m.group(1) + " ", original))
    stop = lex.stopwords | org_vocabulary(gazetteer)
    chars = list(spaced)
    rewrites = []
    for start, end in doc.sentences:
        for hit in find_names(spaced, start, end, lex, stop):
            written = original[hit.start : hit.end]
            base = _dictionary_form(written, original, gazetteer)
            rewrites.append(Rewrite(hit.start, hit.end, written, base))
            if base != written and len(base) <= len(written) and "." not in written:
                chars[hit.start : hit.end] = list(base.ljust(len(written)))
    return Reading("".join(chars), original, tuple(rewrites))


def _dictionary_form(written: str, text: str, gazetteer: Gazetteer) -> str:
    """A name's nominative: read from its endings; a foreign name in the instrumental; else, where the
    case is not sure ("Г.А. Зюганова", "Николасу Мадуро"), the form the article writes elsewhere or the
    knowledge base knows."""
    base = nominative(written)
    if base != written:
        return base
    found = instrumental(written)
    if found is not None:
        return found
    for form in candidates(written):
        if gazetteer.person(form) is not None or re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            return form
    return written


def restore(frame: EventFrame, reading: Reading, gazetteer: Gazetteer) -> EventFrame:
    """The frame with each participant named as the record names them: romanised ``name``, ``native``
    in its dictionary form, the written (declined) form among the aliases and the span over it."""
    people = tuple(_participant(p, reading, gazetteer) for p in frame.participants)
    return replace(frame, participants=people)


def _participant(p: Participant, reading: Reading, gazetteer: Gazetteer) -> Participant:
    person = p.person
    found = reading.rewrite_at(person.span)
    span = (found.start, found.end) if found else person.span
    written = reading.original[span[0] : span[1]]
    native = found.nominative if found else written
    if not is_cyrillic(native):
        return p
    name, country = romanise(native, gazetteer)
    read_as = reading.text[span[0] : span[1]].strip()  # "Г А. Зюганов": a form of the reading only
    forms = (*person.aliases, person.name, written)
    aliases = tuple(dict.fromkeys(a for a in forms if a not in (name, native) and (a == written or a != read_as)))
    title = reading.original[person.title_span[0] : person.title_span[1]] if person.title_span else person.title
    if person.country and (person.organization is not None or country is None):
        country = person.country  # the side read from the text, unless only the name's form tells one
    mention: PersonMention = replace(
        person, name=name, native=native, span=span, aliases=aliases, country=country, title=title
    )
    side = p.side if p.side and p.side == person.country and country == person.country else country or p.side
    return replace(p, person=mention, side=side)
