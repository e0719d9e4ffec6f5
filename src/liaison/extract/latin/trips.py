"""A one-sided visit (issue 13): a titled political actor of a known side told in, arriving in or on a visit to
another named country, no host named, or a trip of theirs told by a possessive right after the sentence naming
them ("Swapo Party Secretary General Sophia Shaningwa has affirmed ... It comes after her recent weeklong trip to
China"), no host named ("President Mnangagwa is in China on a five-day State visit which ends on
Friday"; "Le président est en Chine pour une visite officielle"; "O presidente, em visita oficial ao Vietnã"):
GOLD_FORMAT codes it as a ``visit`` of the visitor alone. Read only when the article gives no other event (a
meeting during the visit is the event then), never for a trip told as still to come or as recalled ("had visited",
``cues.recalled``); the lexicon's ``trip_cue`` names the country in group ``place`` (``place2``; ``place3`` after
a possessive)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from liaison.extract.latin.affiliation import CAPITAL_RUN, Affiliation, affiliation, country_mentions
from liaison.extract.latin.context import Group, Seat, _Doc, country_guess
from liaison.extract.latin.kinds import KindCue, is_future
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.places import city_country
from liaison.extract.latin.visitors import head_side
from liaison.kb.countries import country_of_host


def trip_groups(ctx: _Doc) -> list[Group]:
    """One visit group per sentence of the body telling a titled person of a known side in (or on a visit to)
    another named country: its people are the titled ones of that side named before the cue. The first such
    sentence only: later ones tell the same trip again."""
    return [g for g, _ in trip_visits(ctx)]


def trip_visits(ctx: _Doc) -> list[tuple[Group, str]]:
    """``trip_groups`` with the country each visit is to."""
    lex = ctx.lex
    if not lex.trip_cue:
        return []
    cue_rx = lex.compiled(lex.trip_cue)
    recalled = lex.compiled(lex.recalled_cue) if lex.recalled_cue else None
    future = lex.compiled(lex.future_cue) if lex.future_cue else None
    for i in range(ctx.body, len(ctx.doc.sentences)):
        a, _ = ctx.doc.sentences[i]
        sentence = ctx.sentence(i)
        for m in cue_rx.finditer(sentence):
            if is_future(sentence, m.start(), lex) or (recalled is not None and recalled.search(sentence)) \
                    or (future is not None and _ahead(future, sentence[: m.start()])):
                continue  # "She will lead a delegation on her trip to China"
            named = {k: v for k, v in m.groupdict().items() if v}
            place = _country(ctx, next(iter(named.values()), ""))
            if place is None:
                continue
            visitors = _visitors(ctx, i, a + m.start(), place)
            if not visitors and "place3" in named and i > ctx.body:  # "her recent trip": the one told just before
                visitors = _visitors(ctx, i - 1, ctx.doc.sentences[i - 1][1], place)
            if visitors:
                cue = KindCue("visit", m.start(), m.end())
                seats = [Seat(p, "principal", i, lead=True) for p in visitors]
                return [(Group(i, cue, seats=seats, sentences=[i], abroad=True), place)]
    return _represented(ctx)


def _represented(ctx: _Doc) -> list[tuple[Group, str]]:
    """A side represented at an occasion of another country by the people named right after the cue ("El PCU celebró
    en Montevideo su 33 Congreso, en el que el PCA estuvo representado por su secretario de Relaciones
    Internacionales, A"; "O PCP, que se fez representar por A, membro da Comissão Central de Controlo"): a visit of
    theirs alone (GOLD_FORMAT: a party delegation's visit), their side their own, else the one the clause before the cue
    names, else the outlet's (its address: nuestrapropuesta.org.ar, AR); the occasion's country another named in the
    sentence or the headline (a country, a city). The first such sentence only."""
    lex = ctx.lex
    if not lex.represented_cue:
        return []
    cue_rx = lex.compiled(lex.represented_cue)
    recalled = lex.compiled(lex.recalled_cue) if lex.recalled_cue else None
    for i in range(ctx.body, len(ctx.doc.sentences)):
        a, _ = ctx.doc.sentences[i]
        sentence = ctx.sentence(i)
        m = cue_rx.search(sentence)
        if m is None or is_future(sentence, m.start(), lex) or (recalled is not None and recalled.search(sentence)):
            continue
        told = _subject(ctx, sentence[: m.start()])
        before = told.country or country_of_host(ctx.doc.article.url)
        found: list[tuple[Person, str]] = []
        for p in ctx.people:
            mention = p.mention_in(i)
            if mention is None or mention.head_start < a + m.end() or mention.mention_only:
                continue
            side = country_guess(ctx, p) or before
            if side is not None:
                found.append((p, side))
        sides = {side for _, side in found}
        if len(sides) != 1:
            continue
        (side,) = sides
        place = next((c for c in _places_named(ctx, sentence) if c != side), None)
        if place is None:
            continue
        cue = KindCue("visit", m.start(), m.end())
        seats = [Seat(p, "principal", i, lead=True, side=side) for p, _ in found]
        party = told.organization if told.organization is not None and told.organization.kind == "party" else None
        group = Group(i, cue, seats=seats, sentences=[i], abroad=True, side_told=side, body_told=party)
        return [(group, place)]
    return []


def _subject(ctx: _Doc, before: str) -> Affiliation:
    """The side (country, body) the clause nearest the cue names, the one before it when it names nothing (a relative
    word: "O PCP, que se fez representar por"); never an earlier clause's ("…celebró en Montevideo su 33 Congreso, en
    el que el PCA estuvo representado por": not the host party named first)."""
    clauses = before.split(",")
    if len(clauses) > 1 and CAPITAL_RUN.search(clauses[-1]) is None:
        clauses.pop()
    return affiliation(clauses[-1], ctx.lex, ctx.gazetteer)


def _places_named(ctx: _Doc, sentence: str) -> list[str]:
    """The countries ``sentence`` and the headline (its title, the lines before the body) name, by a country's name
    or demonym or by a known city."""
    found: list[str] = []
    for text in (sentence, ctx.doc.article.title or "", *(ctx.sentence(i) for i in range(ctx.body))):
        found += country_mentions(text, ctx.lex)
        found += [c for run in CAPITAL_RUN.findall(text) if (c := city_country(run, ctx.lex)) is not None]
    return found


def _ahead(future: re.Pattern[str], before: str) -> bool:
    """Whether a verb still to come is told anywhere before the cue ("She will lead a delegation on her trip")."""
    return any(future.search(before, 0, w.end()) for w in re.finditer(r"\w+\s+", before))


def _country(ctx: _Doc, words: str) -> str | None:
    """The country ``words`` name ("China", "South Africa", "Vietnã"), if any."""
    whole = ctx.lex.countries.get(words.lower())
    if whole:
        return whole
    for w in re.findall(r"[^\W\d_][\w’'-]*", words):
        code = ctx.lex.countries.get(w.lower())
        if code:
            return code
    return None


def _visitors(ctx: _Doc, i: int, cue_at: int, place: str) -> list[Person]:
    """The titled people (or a delegation's heads) of one known side other than ``place``'s named in sentence ``i``
    before the cue."""
    found: list[tuple[Person, str]] = []
    for p in ctx.people:
        m = p.mention_in(i)
        if m is None or m.head_start >= cue_at or m.mention_only:
            continue
        side = country_guess(ctx, p) if p.title is not None else head_side(ctx, p)  # or a delegation's head
        if side is None and p.title is not None and (earlier := _misspelt(ctx, p, i)) is not None:
            p, side = earlier, country_guess(ctx, earlier)
        if side is None or side == place:
            continue
        found.append((p, side))
    if len({s for _, s in found}) != 1:
        return []
    return list({id(p): p for p, _ in found}.values())  # each once, in order


def _misspelt(ctx: _Doc, person: Person, i: int) -> Person | None:
    """The person named before sentence ``i`` whose family name a lone titled name misspells by one letter
    ("President Mngangagwa is in China" after "Zanu-PF President ... Emmerson Mnangagwa"), when just one is."""
    if len(person.first.hit.tokens) != 1:
        return None
    word = person.first.hit.tokens[-1].lower()
    found = [
        p for p in ctx.people if p is not person and p.first.sentence < i and len(p.first.hit.tokens) > 1
        and Levenshtein.distance(word, p.first.hit.tokens[-1].lower()) == 1
    ]
    return found[0] if len(found) == 1 and len(word) >= 6 else None


__all__ = ["trip_groups", "trip_visits"]
