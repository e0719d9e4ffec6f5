"""Roundups of messages: one line per sender, each line a message to the person the roundup is about.

"Congratulations are flowing in ... on Chinese President Xi Jinping's re-election ... Below is a summary
of some of the messages." then, one paragraph each, "Kazakh President Nursultan Nazarbayev, chairman of
the Nur Otan People's Democratic Party:" followed by the quoted message. Each sender line is a message
from its sender to the recipient named in the opening message sentence (named there even as a
possessive: the roundup is about them).
"""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _participating
from liaison.extract.latin.kinds import KindCue
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.tokens import tokenize

MIN_SENDERS = 2  # one colon line is a quotation, two or more make a roundup
MAX_LEAD_IN = 4  # words of a title before the sender's name ("Philippine President")


def sender_lines(ctx: _Doc) -> list[Group]:
    """One message group per sender line, when the article opens with a message naming its recipient and
    then gives at least two lines "NAME, title:" (a person named first on a line of its own ending in a
    colon)."""
    opening = _opening(ctx)
    if opening is None:
        return []
    start, cue, recipient = opening
    groups = []
    for i in range(start + 1, len(ctx.doc.sentences)):
        sender = _sender(ctx, i)
        if sender is not None and sender is not recipient:
            g = Group(i, KindCue(cue.kind, -1, -1), sentences=[start, i])
            g.seats.append(Seat(sender, "principal", i, lead=True))
            g.seats.append(Seat(recipient, "principal", start, lead=True))
            groups.append(g)
    return groups if len(groups) >= MIN_SENDERS else []


def _opening(ctx: _Doc) -> tuple[int, KindCue, Person] | None:
    """The first sentence telling of many messages ("Congratulations are flowing in ...", "In their
    congratulatory messages, leaders ..."), a message cue for it, and the first person named up to it (the
    lede's "... on Chinese President Xi Jinping's re-election")."""
    if not ctx.lex.roundup_cue:
        return None
    rx = ctx.lex.compiled(ctx.lex.roundup_cue)
    for i in range(ctx.body, len(ctx.doc.sentences)):
        m = rx.search(ctx.sentence(i))
        if m is None:
            continue
        first = [(x.hit.start, p) for p in ctx.people for x in p.mentions if x.sentence <= i]
        return (i, KindCue("message", m.start(), m.end()), min(first, key=lambda x: x[0])[1]) if first else None
    return None


def _sender(ctx: _Doc, i: int) -> Person | None:
    """The person a line "NAME, title:" (or "Title NAME, title:") names, if the line is only that."""
    a, b = ctx.doc.sentences[i]
    line = ctx.text[a:b].strip()
    if not line.endswith(":") or "\n" in line:
        return None
    for p in ctx.people:
        m = p.mention_in(i)
        lead_in = ctx.text[a : m.hit.start] if m is not None else ""
        if m is not None and _participating(p, i) and "," not in lead_in and len(tokenize(lead_in)) <= MAX_LEAD_IN:
            return p  # "Kazakh President Nursultan Nazarbayev, chairman of ...:"
    return None
