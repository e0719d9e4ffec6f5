"""Another act told in a temporal clause of a sentence that retells an exchange: "the call with B came a day
after X had spoken by video with A" (es "después de que X conversó con A por video") — besides the call told before,
a video call of X and A (``cues.earlier_act``). The clause's subject is a principal of an earlier event named right
after the subordinator, the people met are named after that subject, and the clause tells its kind."""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _principals, country_guess
from liaison.extract.latin.framed import span_in
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person


def earlier_act(ctx: _Doc, i: int, cue: KindCue, new: list[Person], groups: list[Group]) -> Group | None:
    """The event the temporal clause of sentence ``i`` tells (after its cue), when it names a principal told before
    as its subject and someone new after them, of another side; else none."""
    lex = ctx.lex
    if not lex.earlier_act_cue or not new or not groups:
        return None
    sentence = ctx.sentence(i)
    m = lex.compiled(lex.earlier_act_cue).search(sentence, cue.end)
    if m is None:
        return None
    stop = sentence.find(";", m.end())
    end = len(sentence) if stop < 0 else stop
    told = find_kind(sentence[m.end() : end], lex)
    if told is None:
        return None
    principals = [p for g in groups for p in _principals(g)]
    at = m.end()
    named = sorted(
        (span[0], p) for p in (*principals, *new) if (span := span_in(ctx, i, p)) is not None and at <= span[0] < end
    )
    if not named or not any(named[0][1] is q for q in principals):
        return None
    subject = named[0][1]
    met = [p for _, p in named[1:] if any(p is q for q in new)]
    side = country_guess(ctx, subject)
    if not met or (side is not None and any(country_guess(ctx, p) == side for p in met)):
        return None
    g = Group(i, KindCue(told.kind, m.end() + told.start, m.end() + told.end), sentences=[i])
    for p in (subject, *met):
        g.seats.append(Seat(p, "principal", i, lead=True))
    return g
