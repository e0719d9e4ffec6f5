"""The story's actors carried into the events that name them only by a role or a pronoun (issue 13, outside33).

"Le secrétaire général du PCV, A, s'est réjoui ... Le chef du PCV a aussi salué ..., en recevant une délégation ...
conduite par B": the frame of the second event holds B's side alone; its other principal is the actor the lede
named. A frame of an exchange (not a visit nor a seminar: one side's acts) whose people are all of one side takes,
as a lead, the first titled person of a known country that the headline, the lede or the sentence before the event
names besides that side, when all those they name besides that side are of one country ("Lam came at the
invitation of President Xi Jinping" before "the Chinese president sent him a message"), and when the frame's
sentences speak of them without naming them in full: by their family name or their country's name or demonym
("el mandatario chino", "the Vietnamese official") or by an object pronoun of the act ("He was speaking when a
delegation of China's ruling party called on him": lede33); not when another frame of its kind already pairs the actor
with one of its leads (the same exchange told again: "During his stay in Cuba, B held meetings with ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.context import _Doc, country_guess
from liaison.extract.latin.lexicon import alternation
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.tokens import tokenize
from liaison.model.types import EventFrame, Participant

Actor = tuple[Person, str | None]  # a person and their country, when known
_ONE_SIDE_KINDS = frozenset({"visit", "seminar"})  # a side's own acts: told with one side, nobody is missing


def _side(p: Participant) -> str | None:
    return p.side or p.person.country


def _actors(ctx: _Doc) -> list[Actor]:
    """The titled people the headline or the lede names and their country when known, first named first."""
    out = []
    for person in sorted(ctx.people, key=lambda p: p.first.hit.start):
        if person.first.sentence > ctx.body or person.mention_only or person.title is None:
            continue
        out.append((person, country_guess(ctx, person)))
    return out


def _named_before(ctx: _Doc, frame: EventFrame, actors: list[Actor]) -> list[Actor]:
    """The titled people the sentence before the frame's first names, besides the ``actors``, and their country."""
    first = min((i for i, span in enumerate(ctx.doc.sentences) if span in frame.evidence), default=0)
    return [(p, country_guess(ctx, p)) for p in sorted(ctx.people, key=lambda p: p.first.hit.start)
            if p.title is not None and not p.mention_only and p.mention_in(first - 1) is not None
            and all(p is not a for a, _ in actors)]


def lede_actors(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """``frames``, each whose people are all of one side joined by the actor of the headline or lede of another side
    (see the module docstring)."""
    actors = _actors(ctx)
    out: list[EventFrame] = []
    for frame in frames:
        known = {_side(p) for p in frame.participants} - {None}
        held = {p.person.name for p in frame.participants}
        one_side = frame.kind not in _ONE_SIDE_KINDS and len(known) == 1 \
            and any(p.lead for p in frame.participants) and all(_side(p) for p in frame.participants if p.lead)
        actor = _other_side(actors + _named_before(ctx, frame, actors), known) if one_side else None
        if actor is None or actor[0].name in held or _told_in(ctx, actor[0], frame) \
                or not _referred_to(ctx, *actor, frame) or _paired_before(frames, frame, actor[0]):
            out.append(frame)
            continue
        out.append(replace(frame, participants=(_participant(*actor), *frame.participants)))
    return out


def _paired_before(frames: list[EventFrame], frame: EventFrame, person: Person) -> bool:
    """Whether another frame of ``frame``'s kind holds ``person`` beside one of its leads."""
    leads = {p.person.name for p in frame.participants if p.lead}
    for other in frames:
        names = {p.person.name for p in other.participants}
        if other is not frame and other.kind == frame.kind and person.name in names and leads & names:
            return True
    return False


def _told_in(ctx: _Doc, person: Person, frame: EventFrame) -> bool:
    """Whether the frame's own sentences name ``person`` (left out there by a reading of its own: "A and B each sent
    a message")."""
    told = {i for i, span in enumerate(ctx.doc.sentences) if span in frame.evidence}
    return any(m.sentence in told for m in person.mentions)


def _referred_to(ctx: _Doc, person: Person, side: str | None, frame: EventFrame) -> bool:
    """Whether the frame's sentences speak of ``person`` without naming them in full: by their family name ("Xi se
    entrevistó con A"), by their country's name or demonym ("el mandatario chino", "the Vietnamese official") or by
    an object pronoun of the act ("a delegation of China's ruling party called on him", "l'a reçu": lede33)."""
    if any(a <= start < b for start, _ in person.extra_spans for a, b in frame.evidence):
        return True
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    cue = ctx.lex.compiled(ctx.lex.lede_actor_cue) if ctx.lex.lede_actor_cue else None
    if cue is not None and any(cue.search(ctx.text[a:b]) for a, b in frame.evidence):
        return True
    return (side is not None and side in countries_named(told, ctx.lex)) \
        or _their_organisation(ctx, person, told, {_side(p) for p in frame.participants})


def _their_organisation(ctx: _Doc, person: Person, told: str, held: set[str | None]) -> bool:
    """Whether ``told`` speaks of a post or a delegation of an organisation known by one word ("PCC", "Frelimo")
    that the sentence first naming ``person`` names ("une délégation du Parti communiste français (PCC), conduite
    par son secrétaire national A" before "B a reçu la délégation du PCC": lede33); not one of a country the frame's
    people are of ("A ... of the CPC" before "B, of the CPC, met ...")."""
    a, b = ctx.doc.sentences[person.first.sentence]
    orgs = {t.bare: ctx.gazetteer.lookup_org(t.bare) for t in tokenize(ctx.text, a, b) if t.capitalised}
    own = {w for w, org in orgs.items() if org is not None and org.country not in held}
    of_words = alternation(ctx.lex.of_words)
    return any(re.search(rf"\w\s+(?:{of_words})\s+(?:(?:{alternation(ctx.lex.articles)})\s*)?{re.escape(org)}\b", told)
               and not countries_named(org, ctx.lex) for org in own)


def _other_side(actors: list[Actor], known: set[str | None]) -> Actor | None:
    """The first actor of a known country not in ``known`` when all such are of one country; else the one actor of
    no known country (the story's other country places them: ``story_sides``)."""
    placed = [(a, side) for a, side in actors if side is not None and side not in known]
    if placed:
        return placed[0] if len({side for _, side in placed}) == 1 else None
    unplaced = [(a, side) for a, side in actors if side is None]
    return unplaced[0] if len(unplaced) == 1 else None


def _participant(person: Person, side: str | None) -> Participant:
    return Participant(person=person.seat(title=person.title, country=side), lead=True, side=side)
