"""A delegation's members at each of its exchanges (issue 13, seated).

"Durante a estadia, a delegação do PCP, constituída por A, B, C e D, encontrou-se com X. Em Pequim, a delegação manteve
ainda encontros com Y": the people the first exchange names together as its subject, of the head's side, are the
delegation; a later exchange whose subject is "the delegation" (``cues.visitor``), its head taken from before, has
them present too (non-lead seats), as the gold seats a delegation's members at each of its meetings.
"""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, country_guess
from liaison.extract.latin.mentions import Person


def carry_delegation(ctx: _Doc, groups: list[Group]) -> None:
    """Seat, in each later exchange told with "the delegation" as its subject, the co-leads named with its head
    before the cue of the first exchange the head leads, on the head's side when it is known (no one the later exchange
    holds)."""
    lex = ctx.lex
    if not lex.visitor_cue or len(groups) < 2:
        return
    visitor = lex.compiled(lex.visitor_cue)
    for k, group in enumerate(groups[1:], start=1):
        if group.cue.start < 0:
            continue
        a, _ = ctx.doc.sentences[group.trigger]
        if not visitor.search(ctx.text[a : a + group.cue.start]):
            continue
        heads = [s.person for s in group.seats if s.lead and s.person.mention_in(group.trigger) is None]
        for head in heads:
            first = next((f for f in groups[:k] if any(s.lead and s.person is head for s in f.seats)), None)
            if first is None or first.cue.start < 0 or not _subject(ctx, first, head):
                continue
            side = country_guess(ctx, head)
            if side is None:
                continue  # (of no known side, the members would be taken for the hosts)
            mates = [s.person for s in first.seats if s.lead and s.person is not head and not group.has(s.person)
                     and _subject(ctx, first, s.person) and country_guess(ctx, s.person) in (side, None)]
            for mate in mates:
                group.seats.append(Seat(mate, "list", group.trigger, side=side))


def _subject(ctx: _Doc, group: Group, person: Person) -> bool:
    """Whether the group's cue sentence names ``person`` before its cue (among its subjects)."""
    m = person.mention_in(group.trigger)
    return m is not None and m.hit.start < ctx.doc.sentences[group.trigger][0] + group.cue.start
