"""A letter published whole (issue 13, ret31: pages the naive baseline catches and liaison lost whole): a party's
or a leader's letter of greetings printed as the article, its headline telling a message ("Carta del FSLN al VI
Congreso", "Nicaragua envía felicitaciones por ...", "Congratulazioni al compagno A") and its first lines addressing
someone by a salutation ("Hermano, Compañero, Camarada A, Presidente de ...", "Alla cortese attenzione di: S.E. A").
No sentence tells the act: the letter is the act. Read only when every other tier found nothing.

One message: the addressee (the first person of a known side named in the salutation's line or the next one), and
the first person of another known side the letter names (its signatory, most often), when there is one. Another side
must be named somewhere (that person, or a country, body or demonym of another country in the headline or the
opening lines): a letter to one's own leader is no exchange. Confidence ``assembly.confidence.ARTICLE_CONFIDENCE``.
The words are the language file's: ``[[cues.letter_head]]`` (a headline telling greetings or a letter sent, besides
a message kind cue) and ``[[cues.salutation]]`` (a line opening a letter to someone).
"""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, country_guess
from liaison.extract.latin.domestic import _foreign_in
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Person
from liaison.model.types import Document

_OPENING = 8  # lines read for the salutation: a place and date line, a salutation or two, the greeting itself
_SIGNATORY = 40  # sentences read for the letter's signatory


def letter_told_in(doc: Document, lex: Lexicon) -> bool:
    """Whether the headline tells a letter or greetings sent."""
    title = doc.article.title or ""
    if lex.letter_head_cue and lex.compiled(lex.letter_head_cue).search(title):
        return True
    cue = find_kind(title, lex)
    return cue is not None and cue.kind == "message"


def published_letter(ctx: _Doc) -> Group | None:
    """The group of a letter published whole (see the module), or None; for a document whose headline tells a
    letter (``letter_told_in``) in a language with salutations (the caller's test, before it builds ``ctx``)."""
    lex = ctx.lex
    salutation = lex.compiled(lex.salutation_cue)
    last = min(len(ctx.doc.sentences), ctx.body + _OPENING)
    for i in range(ctx.body, last):
        m = salutation.match(ctx.sentence(i).lstrip())
        if m is None:
            continue
        addressee = _addressed(ctx, i)
        if addressee is None:
            return None
        person, side = addressee
        sender = _sender(ctx, side)
        if sender is None and not _other_side_named(ctx, side, last):
            return None
        group = Group(i, KindCue("message", m.start(), m.end()), sentences=[i], recall=True)
        group.seats.append(Seat(person, "principal", i, lead=True))
        if sender is not None:
            sender_person, at = sender
            group.seats.append(Seat(sender_person, "principal", at, lead=True))
            group.sentences.append(at)
        return group
    return None


def _addressed(ctx: _Doc, i: int) -> tuple[Person, str] | None:
    """The first person of a known side named in the salutation's line or the next one; failing that (a name in
    capitals there: "S.E. Miguel DIAZ-CANEL"), the first one the headline names ("Congratulazioni al compagno A")."""
    title = ctx.doc.article.title or ""
    for named in (lambda p: p.mention_in(i) is not None or p.mention_in(i + 1) is not None,
                  lambda p: any(m.hit.text in title for m in p.mentions)):
        for p in ctx.people:
            side = country_guess(ctx, p) if named(p) else None
            if side is not None:
                return p, side
    return None


def _sender(ctx: _Doc, side: str) -> tuple[Person, int] | None:
    """The first person of another known side than the addressee's the letter names, and the sentence."""
    last = ctx.body + _SIGNATORY
    for p in ctx.people:
        m = p.mentions[0] if p.mentions else None
        if m is None or m.sentence >= last:
            continue
        other = country_guess(ctx, p)
        if other is not None and other != side:
            return p, m.sentence
    return None


def _other_side_named(ctx: _Doc, side: str, last: int) -> bool:
    """Whether the headline or the opening lines name something of another country than the addressee's."""
    texts = [ctx.doc.article.title or ""] + [ctx.sentence(i) for i in range(ctx.body, last)]
    return any(_foreign_in(ctx, t, side, any_word=True, by_cue=False) for t in texts)
