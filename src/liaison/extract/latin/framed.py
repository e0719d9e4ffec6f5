"""A later exchange told in a sentence's opening frame: "While meeting with Dutch Prime Minister A, Xi said",
"In his talks with B, Xi said", "During his meeting with president C, the leader of ...", "Já no encontro com o
líder indiano, Narendra Modi, Lula falou" (the frame closes at the comma after its first name). The people named
inside the frame who hold no seat yet are the counterparts of an exchange of its own; its other side is the
subject named after the frame when an earlier event holds them as a principal, else the principal of the
event told last on the other side from the counterparts ("his", "her": the visitor of the story so far)."""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _principals, country_guess
from liaison.extract.latin.kinds import KindCue
from liaison.extract.latin.mentions import Person


def framed_exchange(
    ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group], apart_only: bool = False
) -> list[Group]:
    """The events of sentence ``i`` when it opens with an exchange frame (``cues.framed``) naming people no
    event holds yet, and the other side is known; else none. ``apart_only``: only a frame told apart ("During a
    separate meeting with A", "In separate meetings with A and B")."""
    lex = ctx.lex
    if not lex.framed_cue or not groups:
        return []
    sentence = ctx.sentence(i)
    frame = lex.compiled(lex.framed_cue).match(sentence)
    if frame is None or not frame.start() <= cue.start < frame.end():
        return []
    apart = bool(lex.compiled(lex.separate_cue).search(frame.group(0)))
    if apart_only and not apart:
        return []
    a, _ = ctx.doc.sentences[i]
    # the frame closes at the comma after the first name in it: "With the Indian leader, Narendra Modi, Lula said"
    ends = [m.hit.end - a for p in present if (m := p.mention_in(i)) is not None and m.head_start - a >= frame.end()]
    close = sentence.find(",", min(ends, default=frame.end()))
    if close < 0:
        return []
    inside: list[Person] = []
    outside: list[Person] = []
    for p in present:
        m = p.mention_in(i)
        if m is None:
            continue
        (inside if frame.end() <= m.head_start - a < close else outside).append(p)
    if not inside or any(g.has(p) for g in groups for p in inside):
        return []
    sides = {country_guess(ctx, p) for p in inside} - {None}
    principals = [p for g in groups for p in _principals(g)]
    subject = next(
        (p for p in outside if any(p is q for q in principals) and country_guess(ctx, p) not in sides), None
    )
    if subject is None and not outside:  # "In his talks with B, the two sides ...": the visitor told last
        subject = next((p for p in _principals(groups[-1]) if country_guess(ctx, p) not in sides), None)
    if subject is None:
        return []
    # "During separate meetings with A and B", "In meetings with A and B": one each; "meeting with A and B": one
    out = []
    for met in ([[p] for p in inside] if apart or len(inside) < 2 else [inside]):
        g = Group(i, cue, sentences=[i])
        for p in (subject, *met):
            g.seats.append(Seat(p, "principal", i, lead=True))
        out.append(g)
    return out


def umbrella(ctx: _Doc, groups: list[Group], framed: Group) -> Group | None:
    """The earlier event holding only the framed event's subject and people of their side ("Xi held a series
    of talks on Thursday with foreign guests", "met with a number of foreign leaders"): the framed exchanges
    tell it one by one, so it is no event of its own."""
    subject = framed.seats[0].person
    side = country_guess(ctx, subject)
    if side is None:
        return None
    for g in groups:
        principals = _principals(g)
        if g is not framed and any(p is subject for p in principals) \
                and all(country_guess(ctx, p) == side for p in principals):
            return g
    return None
