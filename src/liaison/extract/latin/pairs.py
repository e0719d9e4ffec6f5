"""Two leaders named as a pair, then told as "the two leaders" (issue 13, en20): "Russian President A and his Chinese
counterpart B continued their informal communication ... Earlier, the two leaders held talks in Beijing"; "The
official visit of NA Chairman A to Laos, made at the invitation of his Lao counterpart B, has ended in success ...
During the trip, the top legislators of Vietnam and Laos held talks": the act of the pair, its sentence naming
nobody (``cues.pair_subject`` before the cue, ``cues.counterpart`` before the second of the pair)."""

from __future__ import annotations

from itertools import pairwise

from liaison.extract.latin.context import Group, Seat, _Doc
from liaison.extract.latin.kinds import KindCue
from liaison.extract.latin.mentions import Person

PAIR_KINDS = frozenset({"meeting", "talks", "seminar"})


def pair_act(ctx: _Doc, i: int, cue: KindCue, groups: list[Group]) -> Group | None:
    """The event of the pair sentence ``i``'s subject stands for ("the two leaders held talks"), when an earlier
    sentence names them as a pair ("A and his Chinese counterpart B") and no event of that kind holds them both."""
    lex = ctx.lex
    if cue.kind not in PAIR_KINDS or not lex.pair_subject_cue or not lex.counterpart_pair_cue:
        return None
    a, _ = ctx.doc.sentences[i]
    if not lex.compiled(lex.pair_subject_cue).search(ctx.text[a : a + cue.start]):
        return None
    pair = _pair_before(ctx, i)
    if pair is None:
        return None
    if any(g.cue.kind == cue.kind and all(g.has(p) for p in pair) for g in groups):
        return None  # the pair's act told again
    group = Group(i, cue, sentences=[i])
    group.seats.extend(Seat(p, "principal", i, lead=True) for p in pair)
    return group


def _pair_before(ctx: _Doc, i: int) -> tuple[Person, Person] | None:
    """The nearest pair an earlier sentence names: a person, then "his (Lao) counterpart" right before another."""
    counterpart = ctx.lex.compiled(ctx.lex.counterpart_pair_cue)
    for j in range(i - 1, ctx.body - 1, -1):
        named = sorted(
            ((m.hit.start, m.hit.end, p) for p in ctx.people if (m := p.mention_in(j)) is not None),
            key=lambda x: x[0],
        )
        for (_, end, first), (start, _, second) in pairwise(named):
            if first is not second and counterpart.search(ctx.text[end:start]):
                return first, second
    return None
