"""The story's actor named only by a title and a lone family name ("M. Bensalah", "President Ruto") is read by the
titled reading alone; the plain reading, knowing no such person, seats the counterpart met first as the principal of
every later act ("M. Bensalah a eu des entretiens avec le président tunisien, A ... M. Bensalah a par ailleurs eu un
entretien avec le Premier ministre libanais, B": A meeting B). Issue 13 (further33): such acts are the actor's, and
so is the first exchange the plain reading lost for want of them."""

from __future__ import annotations

from dataclasses import replace

from liaison.model.types import EventFrame, Participant, Span


def _named_in(p: Participant, span: Span) -> bool:
    """Whether ``span`` (a trigger sentence) holds a mention of the participant."""
    a, b = span
    return any(a <= s[0] < b for s in (p.person.span, *p.person.extra_spans))


def _named_again(p: Participant) -> bool:
    """Whether the person is named twice or more: the story's actor, not a capitalised word read as a lone family name
    once ("Antes, el dirigente ... mantuvo un encuentro con A": "Antes" is no one)."""
    return len({p.person.span, *p.person.extra_spans}) >= 2


def _leads(frame: EventFrame) -> list[Participant]:
    return [p for p in frame.participants if p.lead]


def inherited_leads(frames: tuple[EventFrame, ...]) -> bool:
    """Whether a frame of two leads or more seats a lead its trigger sentence does not name (taken from an event
    told before): the titled reading may name the sentence's own subject."""
    return any(
        f.evidence and len(_leads(f)) >= 2 and any(not _named_in(p, f.evidence[0]) for p in _leads(f))
        for f in frames
    )


def actor_by_title(frames: tuple[EventFrame, ...], titled: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The plain reading's frames, each whose one lead not named in its trigger sentence the titled reading replaces
    there by a lead it names, whom the plain reading knows nowhere (the actor), taken from the titled reading; a
    later frame seating the same borrowed lead, unnamed in its sentence ("Le président du Conseil de la nation a de
    plus rencontré B"), seats the actor instead; and then the titled reading's exchange of that actor with the lead they
    replace, told before at a trigger the plain reading framed nothing at (the actor's first exchange, dropped as
    one-sided)."""
    known = {p.person.name for f in frames for p in f.participants}
    by_trigger = {f.evidence[0]: f for f in titled if f.evidence}
    actors: dict[str, Participant] = {}  # the borrowed lead's name -> the actor
    out: list[EventFrame] = []
    for f in frames:
        better = by_trigger.get(f.evidence[0]) if f.evidence else None
        found = _actor(f, better, known) if better is not None else None
        if found is not None:
            actors.setdefault(found[0].person.name, found[1])
        out.append(better if better is not None and found is not None else f)
    if not actors:
        return frames
    told = {f.evidence[0] for f in frames if f.evidence}
    before = min(f.evidence[0] for f, g in zip(frames, out, strict=True) if f is not g and f.evidence)
    first = [
        g for g in titled
        if g.evidence and g.evidence[0] not in told and g.evidence[0] < before
        and {p.person.name for p in _leads(g)} in ({n, a.person.name} for n, a in actors.items())
    ]
    out = [_borrowing(f, actors) for f in out]
    return tuple(sorted([*out, *first], key=lambda f: f.evidence[0] if f.evidence else (0, 0)))


def _borrowing(frame: EventFrame, actors: dict[str, Participant]) -> EventFrame:
    """``frame`` with its one lead unnamed in its trigger sentence, borrowed where the actor was, the actor."""
    if not frame.evidence or any(p.person.name in {a.person.name for a in actors.values()} for p in frame.participants):
        return frame
    borrowed = [p for p in _leads(frame) if not _named_in(p, frame.evidence[0])]
    if len(borrowed) != 1 or borrowed[0].person.name not in actors or len(_leads(frame)) < 2:
        return frame
    actor = actors[borrowed[0].person.name]
    return replace(frame, participants=tuple(actor if p is borrowed[0] else p for p in frame.participants))


def _actor(plain: EventFrame, titled: EventFrame, known: set[str]) -> tuple[Participant, Participant] | None:
    """The one lead of ``plain`` its trigger sentence does not name, and the lead ``titled`` names there in its
    place."""
    trigger = plain.evidence[0]
    plain_leads, titled_leads = _leads(plain), _leads(titled)
    borrowed = [p for p in plain_leads if not _named_in(p, trigger)]
    if len(plain_leads) < 2 or len(borrowed) != 1 or len(titled_leads) != len(plain_leads):
        return None
    new = [p for p in titled_leads if p.person.name not in known and _named_in(p, trigger) and _named_again(p)]
    kept = {p.person.name for p in plain_leads if p is not borrowed[0]}
    if len(new) != 1 or not kept <= {p.person.name for p in titled_leads}:
        return None
    return borrowed[0], new[0]
