"""The working state of Latin-script frame building: seats, event groups, the document context, and
who takes part in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from liaison.extract.latin.affiliation import Affiliation, affiliation, countries_named
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Person, SentencePeople
from liaison.extract.latin.names import name_country
from liaison.extract.latin.outlets import readout_subject_country
from liaison.extract.latin.places import Dateline
from liaison.extract.latin.titles import TitleHit
from liaison.extract.latin.tokens import tokenize
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import (
    Document,
    OrgRef,
    Span,
)

Role = Literal["principal", "co", "list", "attendee"]


@dataclass
class Seat:
    """One person's place in one event."""

    person: Person
    role: Role
    sentence: int
    lead: bool = False
    side: str | None = None
    title: TitleHit | None = None
    affiliation: Affiliation | None = None


@dataclass
class Group:
    """The people and sentences of one event being built."""

    trigger: int
    cue: KindCue
    lead_in: int | None = None  # an earlier cue sentence naming nobody ("A seminar was held in X.")
    seats: list[Seat] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    recall: bool = False  # built by the recall tier: a later cue sentence no rule claimed
    retold: int | None = None  # a later cue sentence telling the same meeting again (a photo caption): its date
    abroad: bool = False  # the act of a visitor met by another side on the same trip: no domestic event
    side_told: str | None = None  # the side the sentence tells for seats of none ("el PCA estuvo representado por")
    body_told: OrgRef | None = None  # the party that side is told by, for seats of no organisation ("O PCP, que")

    def has(self, person: Person) -> bool:
        return any(s.person is person for s in self.seats)


@dataclass
class _Doc:
    doc: Document
    lex: Lexicon
    gazetteer: Gazetteer
    stop: frozenset[str]
    people: list[Person]
    body: int
    ref: date | None
    dateline: Dateline | None
    glued: frozenset[int] = frozenset()  # last letters of names glued to the next word ("Kim Jong Unreceived")
    named: SentencePeople = field(init=False)

    def __post_init__(self) -> None:
        self.named = SentencePeople(self.people)  # the people are complete: surnames are linked

    def readout_side(self, person: Person) -> str | None:
        """The country of the government office publishing the item, for its subject (the first person
        named, by a post) when nothing else places them and someone of another country is placed:
        "National Security Advisor Jake Sullivan today met with ... Yang Jiechi" in a White House readout."""
        first = min((p.first.hit.start for p in self.people), default=-1)
        home = readout_subject_country(self.doc, first, person.first.hit.start)
        if home is None or person.title is None or "," in person.title.text:
            return None  # (a title read across a comma, "Coordinator, Assistant Secretary of State", may be a list's)
        others = [(p, placed(self, p)) for p in self.people if p is not person]
        a, b = self.doc.sentences[person.first.sentence]
        cue = find_kind(self.doc.text[a:b], self.lex)
        if cue is not None and any(
            p.first.sentence == person.first.sentence and p.first.hit.start < a + cue.start and country is None
            for p, country in others
        ):
            return None  # "A and a delegation ... including B traveled to ... and met": B unplaced, A left with them
        if any(country not in (None, home) for _p, country in others):
            return home
        return home if self._abroad(home, person) else None

    def _abroad(self, home: str, person: Person) -> bool:
        """Whether a readout's subject is on a trip abroad, no one met placed by their own words: the subject opens
        their first sentence by a post before the name, no post before it ("Earlier this week, Principal Deputy
        National Security Advisor Jon Finer", not "President Biden met with President Joko Widodo", whose one-word
        subject is no name), and that sentence or the headline names a country other than the office's ("... Jake
        Sullivan traveled to Brasilia, Brazil", "Readout of ... Travel to Nigeria, Equatorial Guinea, and
        Mauritania"; not "met with Governor Janet Mills")."""
        mention = person.first
        if mention.title is None or mention.title.position not in ("before", "prefix"):
            return False
        a, b = self.doc.sentences[mention.sentence]
        before = tokenize(self.doc.text, a, mention.head_start)
        if any(t.lower in self.lex.title_heads or t.lower in self.lex.weak_heads for t in before):
            return False
        said = f"{self.doc.text[a:b]}\n{self.doc.article.title or ''}"
        return bool(countries_named(said, self.lex) - {home})

    @property
    def text(self) -> str:
        return self.doc.text

    def next_matching(self, i: int, pattern: str, within: int = 2) -> int | None:
        """The first of the ``within`` sentences after ``i`` that ``pattern`` (a lexicon pattern; empty:
        none) matches."""
        if not pattern:
            return None
        compiled = self.lex.compiled(pattern)
        return next((j for j in range(i + 1, min(i + 1 + within, len(self.doc.sentences)))
                     if compiled.search(self.sentence(j))), None)

    def sentence(self, i: int) -> str:
        """Sentence ``i`` for its cue words: a name glued to the next word ends in a space there
        ("Kim Jong U received"), so the word's own cue is read."""
        a, b = self.doc.sentences[i]
        text = self.doc.text[a:b]
        cuts = [p - a for p in self.glued if a <= p < b]
        if cuts:
            chars = list(text)
            for p in cuts:
                chars[p] = " "
            text = "".join(chars)
        return text


def country_guess(ctx: _Doc, person: Person) -> str | None:
    """One reading of a person's side: the country of their title's affiliation, else the one their name
    or the people table gives, else (titled) the country of the office publishing a readout."""
    title = person.title
    by_name = name_side(ctx, person, title)
    found = affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, by_name)
    if found.country or by_name or title is None or found.organization is not None:
        return found.country or by_name
    return ctx.readout_side(person)


def name_side(ctx: _Doc, person: Person, title: TitleHit | None) -> str | None:
    """The country a person's name gives, the people table's first, before any reading of ``title``: the name's
    own words, else a demonym the title shares with another country the article names (``shared_demonym_country``)."""
    return person.known_country or name_country(person.first.hit.tokens) or shared_demonym_country(ctx, title)


def shared_demonym_country(ctx: _Doc, title: TitleHit | None) -> str | None:
    """For a title whose demonym two countries share ("ministre congolais"), the other country when the article
    names it and not the demonym's first one ("la République démocratique du Congo", "la RDC")."""
    if title is None or not ctx.lex.shared_demonyms:
        return None
    for tok in tokenize(title.text):
        others = ctx.lex.shared_demonyms.get(tok.lower, "").split()
        if not others:
            continue
        named = _country_names(ctx.text, ctx.lex)
        if ctx.lex.demonyms.get(tok.lower) in named:
            return None
        found = [c for c in others if c in named]
        return found[0] if len(found) == 1 else None
    return None


def _country_names(text: str, lex: Lexicon) -> set[str]:
    """The countries a text names by their names, not by demonyms, longest names first ("la République
    démocratique du Congo" names the DRC only)."""
    low = text.lower()
    taken: list[tuple[int, int]] = []
    out: set[str] = set()
    for word, code in lex.country_words:
        if word not in lex.countries or word not in low:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
            if not any(a <= m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.add(code)
    return out


def is_source(ctx: _Doc, person: Person) -> bool:
    """Whether a person's title is a post that speaks for a body (``cues.source_post``: "Foreign Ministry
    spokesman Lu Kang"): one who reports others' acts, not a party to them."""
    title = person.title
    return bool(ctx.lex.source_post_cue) and title is not None and \
        ctx.lex.compiled(ctx.lex.source_post_cue).search(title.text) is not None


def placed(ctx: _Doc, person: Person) -> str | None:
    """The country a person's title, name or the people table gives (``country_guess`` without the
    readout's own side)."""
    title = person.title
    by_name = name_side(ctx, person, title)
    return affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, by_name).country or by_name


def _participating(person: Person, i: int) -> bool:
    m = person.mention_in(i)
    return m is not None and not m.mention_only


def _short_form_at(person: Person, span: Span) -> int | None:
    """Where a later short form ("Trung held talks with ...") names a participating person in a sentence."""
    if person.mention_only:
        return None
    return person.short_form_in(*span)


def _present(ctx: _Doc, i: int, cue: KindCue | None) -> list[Person]:
    """People taking part in sentence ``i``: named in full, or by a short form where a cue is."""
    span = ctx.doc.sentences[i]
    out = []
    for p in ctx.named.candidates(i, span):
        short = cue is not None and p.mention_in(i) is None and _short_form_at(p, span) is not None
        if _participating(p, i) or short:
            out.append(p)
    return out


def _referenced(person: Person, span: Span) -> bool:
    """Whether a person is named in a sentence, in full or by a later short form."""
    a, b = span
    return any(a <= m.hit.start < b for m in person.mentions) or any(a <= x < b for x, _ in person.extra_spans)


def _principals(group: Group) -> list[Person]:
    return [s.person for s in group.seats if s.lead and s.role == "principal"]


def _seat_all(group: Group, people: list[Person], role: Role, i: int) -> None:
    for p in people:
        group.seats.append(Seat(p, role, i))
    if i not in group.sentences:
        group.sentences.append(i)


def _seat_members(group: Group, members: list[Seat]) -> None:
    """Members of the visiting delegation listed before a later event take part in it too."""
    for seat in members:
        if not group.has(seat.person):
            group.seats.append(Seat(seat.person, "list", seat.sentence))
            if seat.sentence not in group.sentences:
                group.sentences.append(seat.sentence)


def _blocked(group: Group) -> list[Span]:
    spans: list[Span] = []
    for seat in group.seats:
        for m in seat.person.mentions:
            spans.append((m.hit.start, m.hit.end))
            if m.title is not None:
                spans.append((m.title.start, m.title.end))
        spans.extend(seat.person.extra_spans)
    return spans
