"""A later exchange told in a sentence's opening frame: "While meeting with Dutch Prime Minister A, Xi said",
"In his talks with B, Xi said", "During his meeting with president C, the leader of ...", "Já no encontro com o
líder indiano, Narendra Modi, Lula falou" (the frame closes at the comma after its first name). The people named
inside the frame who hold no seat yet are the counterparts of an exchange of its own; its other side is the
subject named after the frame when an earlier event holds them as a principal, else the principal of the
event told last on the other side from the counterparts ("his", "her": the visitor of the story so far)."""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _principals, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind
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
    # the frame closes at the comma after the first name in it: "With the Indian leader, Narendra Modi, Lula said";
    # a person named before by a short form there too ("Tras el encuentro con Duque, el Presidente se reunió con A")
    spans = {id(p): span for p in present if (span := span_in(ctx, i, p)) is not None}
    ends = [end for p in present if (span := spans.get(id(p))) is not None for start, end in [span]
            if start >= frame.end()]
    close = sentence.find(",", min(ends, default=frame.end()))
    if close < 0:
        return []
    inside: list[Person] = []
    outside: list[Person] = []
    for p in present:
        span = spans.get(id(p))
        if span is None:
            continue
        (inside if frame.end() <= span[0] < close else outside).append(p)
    principals = [p for g in groups for p in _principals(g)]
    if inside and not apart_only and all(any(p is q for q in principals) for p in inside):
        return _guest_after(ctx, i, cue, inside, outside, groups)
    if not inside or any(g.has(p) for g in groups for p in inside):
        return []
    sides = {country_guess(ctx, p) for p in inside} - {None}
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


def _guest_after(
    ctx: _Doc, i: int, cue: KindCue, inside: list[Person], outside: list[Person], groups: list[Group]
) -> list[Group]:
    """The frame names the host a principal of events told before and the subject after it is someone new of
    another known side: "Após o encontro com Lula, o presidente da Argentina, A, comentou", "Tras la reunión con
    Lula, el presidente de Argentina, A, dijo" — the guest's own exchange with that host. Not when the subject
    is held already (the exchange told again) or of the host's side or of none ("Tras la reunión con Lula, el
    ministro B explicó": a briefing of his own side)."""
    sentence = ctx.sentence(i)
    after = sorted((span[0], p) for p in outside if (span := span_in(ctx, i, p)) is not None)
    if not after:
        return []
    at, subject = after[0]
    close = sentence.find(",", frame_end(ctx, i, inside))
    # the subject opens the main clause right after the frame, which tells no act of its own ("Tras el encuentro con
    # Duque, el Presidente se reunió con B": B met by the host's guest, not by Duque)
    between = [w for w in sentence[close + 1 : at].split() if w.lower() not in ctx.lex.articles]
    if close < 0 or between or find_kind(sentence[close:], ctx.lex) is not None:
        return []
    if any(g.has(subject) for g in groups):
        return []
    hosts = {country_guess(ctx, p) for p in inside}
    side = country_guess(ctx, subject)
    if side is None or None in hosts or side in hosts:
        return []
    g = Group(i, cue, sentences=[i])
    for p in (*inside, subject):
        g.seats.append(Seat(p, "principal", i, lead=True))
    return [g]


def span_in(ctx: _Doc, i: int, p: Person) -> tuple[int, int] | None:
    """Where sentence ``i`` names ``p`` (the head of a full mention, its title first, or a later short form), in the
    sentence's own offsets."""
    a, b = ctx.doc.sentences[i]
    m = p.mention_in(i)
    if m is not None:
        return m.head_start - a, m.hit.end - a
    short = next(((x, y) for x, y in sorted(p.extra_spans) if a <= x < b), None)
    return (short[0] - a, short[1] - a) if short is not None else None


def frame_end(ctx: _Doc, i: int, inside: list[Person]) -> int:
    """Where the last person named inside the frame ends, in the sentence's own offsets."""
    return max((span[1] for p in inside if (span := span_in(ctx, i, p)) is not None), default=0)


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
