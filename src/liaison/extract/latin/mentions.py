"""People of one document: name hits with their titles, grouped into persons with later mentions.

Within an article "Cabello" is the earlier "Diosdado Cabello Rondón" and "Li" the first Li named;
a shorter full form joins a longer one only as its prefix ("Diosdado Cabello" -> "Diosdado Cabello
Rondón", never "Nicolás Maduro" -> "Nicolás Ernesto Maduro"), and never when the gazetteer knows
them as different people. A person only mentioned ("under the leadership of President X",
"X's proposal") is flagged so the frame builder leaves them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.names import (
    NameHit,
    canonical,
    find_names,
    is_name_token,
    name_key,
    surname_keys,
)
from liaison.extract.latin.titles import TitleHit, is_additive, title_after, title_before, title_prefix
from liaison.extract.latin.tokens import tokenize
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Span

MIN_SENTENCE_TOKENS = 4


@dataclass
class Mention:
    hit: NameHit
    sentence: int
    title: TitleHit | None = None
    mention_only: bool = False

    @property
    def head_start(self) -> int:
        """Where the mention begins, counting a title written before the name."""
        if self.title is not None and self.title.position in ("before", "prefix"):
            return min(self.title.start, self.hit.start)
        return self.hit.start


@dataclass
class Person:
    native: str
    name: str
    aliases: list[str]
    known_country: str | None
    mentions: list[Mention]
    extra_spans: list[Span] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def title(self) -> TitleHit | None:
        return next((m.title for m in self.mentions if m.title is not None), None)

    @property
    def mention_only(self) -> bool:
        return all(m.mention_only for m in self.mentions)

    def mention_in(self, sentence: int) -> Mention | None:
        return next((m for m in self.mentions if m.sentence == sentence), None)


def sentence_mentions(
    text: str, index: int, span: Span, lex: Lexicon, stop: frozenset[str], org_words: frozenset[str] | None = None
) -> list[Mention]:
    """Names in one sentence with the titles bound to them (``org_words``: words a title written
    before the name may take from organisation names; ``stop`` by default)."""
    start, end = span
    if len(tokenize(text, start, end)) < MIN_SENTENCE_TOKENS:
        return []
    hits = find_names(text, start, end, lex, stop)
    starts = {h.start for h in hits}
    ends = {h.end for h in hits}
    consumed: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for hit in hits:
        if _names_an_institution(text, hit, start, lex):
            continue
        title = title_prefix(text, hit, start, lex, stop if org_words is None else org_words)
        if title is not None:
            # "la diputada NAME, jefa de la bancada ...": a one-word title and an apposition are both
            # stated; "Prime Minister NAME, also a vice president of the CPP": so is a further post
            after = title_after(text, hit, end, starts - {hit.start}, lex)
            if after is not None and (len(tokenize(title.text)) == 1 or is_additive(after, lex)):
                title = TitleHit(title.start, after.end, f"{title.text}, {after.text}", "prefix")
        if title is None:
            before = title_before(text, hit, start, ends, lex)
            if before is not None and (before.start, before.end) in consumed:
                before = None
            title = before or title_after(text, hit, end, starts - {hit.start}, lex)
        if title is None:
            title = _academic_title(text, hit, start, end)
        if title is not None:
            consumed.add((title.start, title.end))
        mention = Mention(hit, index, title)
        mention.mention_only = hit.possessive or _mention_cue(text, start, mention.head_start, lex)
        out.append(mention)
    return out


_ACADEMIC = re.compile(r"\b(Professor|Profesora?|Professora?|Prof\.?)[ \t]+$")
_AFFILIATED = re.compile(r"[ \t]+(?:of|at|from|de|del|da|do)[ \t]+[^,;]*?(?=[ \t]+(?:and|y|e)[ \t]|[,;]|\.\s|\.?$)")


def _academic_title(text: str, hit: NameHit, floor: int, limit: int) -> TitleHit | None:
    """"Professor NAME of the Party School ...": the academic rank and the institution after the name."""
    before = _ACADEMIC.search(text, max(floor, hit.start - 20), hit.start)
    after = _AFFILIATED.match(text[: limit], hit.end)
    if before is None or after is None:
        return None
    seg_start = after.start() + len(after.group(0)) - len(after.group(0).lstrip())
    seg_end = after.end()
    if text.count("(", seg_start, seg_end) > text.count(")", seg_start, seg_end):
        seg_end = text.find(")", seg_end, limit) + 1
        if seg_end <= 0:
            return None
    return TitleHit(before.start(1), seg_end, f"{before.group(1)} {text[seg_start:seg_end]}", "prefix")


def _names_an_institution(text: str, hit: NameHit, floor: int, lex: Lexicon) -> bool:
    """A name inside an institution's or a street's name: after its head ("Escuela Superior del Partido
    Ñico López", "la calle Olimpo") or before it ("the Kaysone Phomvihane National Academy")."""
    m = re.search(r"([^\W\d_][\w'’-]*) $", text[max(floor, hit.start - 40) : hit.start])
    if m is not None and m.group(1).lower() in lex.institution_words:
        return True
    after = re.match(r"\s+([\w'’-]+)((?:\s+(?-i:[A-Z][\w'’-]*)){0,2})", text[hit.end : hit.end + 60])
    if after is None:
        return False
    words = [after.group(1)] + [w for w in after.group(2).split() if w[:1].isupper()]
    return any(w.lower() in lex.institution_words for w in words)


def _mention_cue(text: str, floor: int, at: int, lex: Lexicon) -> bool:
    window = text[max(floor, at - 80) : at]
    return bool(re.search(rf"(?:{lex.mention_cue})\s*$", window, re.IGNORECASE))


def group_people(mentions: list[Mention], gazetteer: Gazetteer) -> list[Person]:
    """Persons in order of first mention; later full mentions join as extra spans."""
    people: list[Person] = []
    for mention in mentions:
        native = mention.hit.text
        name, aliases, country = canonical(native, gazetteer)
        person = _same_person(people, mention, name, gazetteer)
        if person is None:
            people.append(Person(native, name, list(aliases), country, [mention]))
            continue
        person.mentions.append(mention)
        person.extra_spans.append((mention.hit.start, mention.hit.end))
        if native != person.native and native not in person.aliases:
            person.aliases.append(native)
    return people


def _same_person(people: list[Person], mention: Mention, name: str, gazetteer: Gazetteer) -> Person | None:
    key = name_key(name)
    toks = [name_key(t) for t in mention.hit.tokens]
    for person in people:
        if name_key(person.name) == key or name_key(person.native) == name_key(mention.hit.text):
            return person
        other = [name_key(t) for t in person.first.hit.tokens]
        short, long_ = (toks, other) if len(toks) <= len(other) else (other, toks)
        if long_[: len(short)] == short and len(short) >= 2:
            known_a = gazetteer.person(person.native)
            known_b = gazetteer.person(mention.hit.text)
            if known_a is not None and known_b is not None and known_a.name != known_b.name:
                continue
            return person
    return None


def link_surnames(
    text: str, spans: list[Span], people: list[Person], lex: Lexicon, stop: frozenset[str]
) -> None:
    """Attach single-word later mentions ("Cabello", "Li") to the first person they can name."""
    taken = [(m.hit.start, m.hit.end) for p in people for m in p.mentions]
    keys = [(p, surname_keys(p.first.hit.tokens)) for p in people if not p.mention_only]
    for start, end in spans:
        for tok in tokenize(text, start, end):
            if any(a <= tok.start < b for a, b in taken):
                continue
            if not is_name_token(tok, stop):
                continue
            word = name_key(tok.bare)
            for person, surnames in keys:
                if word in surnames and tok.start > person.first.hit.start:
                    person.extra_spans.append((tok.start, tok.start + len(tok.bare)))
                    break
