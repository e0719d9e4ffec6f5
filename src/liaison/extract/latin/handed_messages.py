"""A message or letter an envoy hands over in person (issue 13, msg34): an exchange of its sender and addressee.

GOLD_FORMAT codes a message between sender and recipient; the dev sets' gold codes a letter an envoy conveys at a
meeting told by its own cue as that meeting (the envoy and the addressee) plus a message of the sender to the
addressee ("Kim Jong Un received Li Jianguo ..." then "Li Jianguo conveyed a personal letter of Xi Jinping ... to Kim
Jong Un"). The handing over is found by ``cues.handed_over`` (the verb, the message's noun and the word opening its
sender: "conveyed a personal letter of", "entregou uma mensagem de", "a remis un message du"); its sender is the first
participant named right after it. In a message frame the sender leads beside the addressee and the envoy, of the
sender's side, takes part as no lead; a frame of another kind (the meeting the handing over was told at) loses the
sender, who leads a message of their own to that frame's leads of the other side when a later sentence tells the
handing over; told in the sentence of that exchange's own cue, it is a step of it and its sender only mentioned ("met
with Xi Jinping in Beijing and delivered a message to him from President Putin": web-en-108's gold codes the meeting).
"""

from __future__ import annotations

from dataclasses import replace

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.one_lead import with_participants
from liaison.model.types import Document, EventFrame, Participant, Span

_SENDER_WITHIN = 90  # characters after the cue the sender's name starts within (a title between allowed)


def _side(p: Participant) -> str | None:
    return p.side or p.person.country


def _starts(p: Participant) -> tuple[int, ...]:
    return (p.person.span[0], *(s[0] for s in p.person.extra_spans))


def _sentence(doc: Document, at: int) -> Span | None:
    return next(((a, b) for a, b in doc.sentences if a <= at < b), None)


def _handover(doc: Document, lex: Lexicon, frame: EventFrame) -> tuple[Span, Participant] | None:
    """(the sentence, the sender) of the first handing over told in one of ``frame``'s evidence sentences."""
    cue = lex.compiled(lex.handed_over_cue)
    seen: set[Span] = set()
    for start, _ in frame.evidence:
        sentence = _sentence(doc, start)
        if sentence is None or sentence in seen:
            continue
        seen.add(sentence)
        m = cue.search(doc.text, *sentence)
        if m is None:
            continue
        after = [(at, p) for p in frame.participants for at in _starts(p)
                 if m.end() <= at < min(sentence[1], m.end() + _SENDER_WITHIN)]
        if after:
            return sentence, min(after, key=lambda x: x[0])[1]
    return None


def _told_at(frame: EventFrame, sentence: Span) -> bool:
    """Whether ``sentence`` tells ``frame``'s own act (its trigger's): the handing over a step of that exchange."""
    return bool(frame.evidence) and sentence[0] <= frame.evidence[0][0] < sentence[1]


def handed_messages(doc: Document, lex: Lexicon, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """``frames`` with the sender of each message handed over leading it (the envoy no lead), or, handed over at an
    exchange of another kind, leading a message of their own to that exchange's other side."""
    if not lex.handed_over_cue:
        return frames
    out: list[EventFrame] = []
    for frame in frames:
        found = _handover(doc, lex, frame)
        if found is None:
            out.append(frame)
            continue
        sentence, sender = found
        side = _side(sender)
        if side is None:
            out.append(frame)
            continue
        if frame.kind == "message":
            out.append(with_participants(frame, [
                replace(p, lead=True) if p is sender else replace(p, lead=False) if p.lead and _side(p) == side else p
                for p in frame.participants
            ]))
            continue
        addressees = [p for p in frame.participants if p.lead and _side(p) not in (None, side)]
        out.append(with_participants(frame, [p for p in frame.participants if p is not sender]))
        if addressees and not _told_at(frame, sentence):
            out.append(replace(
                frame, kind="message", remote=False, location=None, location_span=None, evidence=(sentence,),
                participants=(replace(sender, lead=True), *addressees), topics=(),
            ))
    return tuple(out)
