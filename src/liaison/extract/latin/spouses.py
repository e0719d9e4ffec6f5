"""The people of the frames built, checked once more (issue 13, lead26): a principal's spouse takes part in the
exchange, not as a lead; a person the record knows to have died before the story's day takes no part.

A spouse named beside the principal anywhere in the story ("Xi e a primeira-dama chinesa, Peng Liyuan, foram
recebidos", "Maduro chegou ao Palácio, com a esposa, Cilia Flores") travelled with them: every gold set of real pages
seats such a spouse at the principal's exchanges met in person, beside them and on their side (attend33).

"Chinese President Xi Jinping and his wife Peng Liyuan met with ...", "El presidente chino, Xi Jinping, y su esposa,
Peng Liyuan, recibieron ...", "Le président ... et son épouse Brigitte Macron": the grammar reads the names joined to
the subject as co-principals. GOLD_FORMAT gives the principals as those who met or led the delegation, and those
who accompany as not leads; every gold set of real pages codes the spouses so. A lead named right after a spouse
word (``cues.spouse``) is present but no lead, while another lead of the same side stays (a first lady who receives
a guest on her own is the principal).

The dead ("una herencia de los líderes Fidel Castro Ruz y Ho Chi Minh", "the Ho Chi Minh National Academy") are made
mentions only when the people are read (``frames._remembered``), yet a few paths seat a name whatever its mentions;
they leave every frame here, whose other people stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.latin.context import _Doc
from liaison.extract.latin.mentions import Mention, Person
from liaison.extract.latin.one_lead import with_participants
from liaison.model.types import EventFrame, Participant


def _spouse_forms(ctx: _Doc) -> frozenset[str]:
    """The names as written of the people the article introduces by a spouse word right before the name."""
    lex = ctx.lex
    if not lex.spouse_cue:
        return frozenset()
    cue = lex.compiled(lex.spouse_cue)
    forms: set[str] = set()
    for person in ctx.people:
        told = any(
            cue.search(ctx.text, ctx.doc.sentences[m.sentence][0], m.hit.start) is not None
            for m in person.mentions
        )
        if told:
            forms.update(m.hit.text for m in person.mentions)
    return frozenset(forms)


def spouses_not_leads(ctx: _Doc, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames with each spouse lead beside another lead of their side made a participant who is not a lead."""
    forms = _spouse_forms(ctx)
    if not forms:
        return frames
    out: list[EventFrame] = []
    for frame in frames:
        spouse = [p.lead and (p.person.native in forms or p.person.name in forms) for p in frame.participants]
        sides_led = {p.side for p, s in zip(frame.participants, spouse, strict=True) if p.lead and not s}
        kept = [
            replace(p, lead=False) if s and p.side is not None and p.side in sides_led else p
            for p, s in zip(frame.participants, spouse, strict=True)
        ]
        out.append(with_participants(frame, kept))
    return tuple(out)


_HELD_APART = ("phone_call", "video_conference", "message")  # a spouse beside the principal is at no remote exchange


def _spouse_mentions(ctx: _Doc) -> list[tuple[Person, Mention, int]]:
    """Each person a spouse cue introduces, the mention it introduces and where the cue begins."""
    lex = ctx.lex
    if not lex.spouse_cue:
        return []
    cue = lex.compiled(lex.spouse_cue)
    told: list[tuple[Person, Mention, int]] = []
    for person in ctx.people:
        for m in person.mentions:
            hit = cue.search(ctx.text, ctx.doc.sentences[m.sentence][0], m.hit.start)
            if hit is not None:
                told.append((person, m, hit.start()))
                break
    return told


def _partner(ctx: _Doc, spouse: Person, mention: Mention, cue_start: int) -> Person | None:
    """The person named last before the spouse cue in its sentence ("Xi e a primeira-dama", "Maduro chegou ...,
    com a esposa"): the one the spouse goes with."""
    start = ctx.doc.sentences[mention.sentence][0]
    best: tuple[int, Person] | None = None
    for person in ctx.people:
        if person is spouse:
            continue
        ends = [m.hit.end for m in person.mentions if m.sentence == mention.sentence and m.hit.end <= cue_start]
        ends += [b for a, b in person.extra_spans if start <= a and b <= cue_start]
        if not ends and not person.mention_only:  # a short form no mention holds: "Xi e a primeira-dama"
            ends = [start + h.end() for part in person.native.split() if len(part) >= 2 and part[0].isupper()
                    for h in re.finditer(rf"\b{re.escape(part)}\b", ctx.text[start:cue_start])]
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), person)
    return best[1] if best is not None else None


def _near(ctx: _Doc, frame: EventFrame, sentence: int) -> bool:
    """Whether the frame's own sentences hold the sentence ``sentence`` or one right beside it."""
    last = len(ctx.doc.sentences) - 1
    a, b = ctx.doc.sentences[max(sentence - 1, 0)][0], ctx.doc.sentences[min(sentence + 1, last)][1]
    return any(x < b and a < y for x, y in frame.evidence)


def spouses_joined(ctx: _Doc, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames with the spouse of a lead, named beside them in the story, seated on the lead's side as no lead:
    at the one exchange the lead leads, else (several) at those told in or right beside the spouse's sentence ("A and
    his wife B pose for a group photo" at a forum where A met C and D: at neither); never at a phone call, a video
    conference nor a message the spouse's sentence does not tell."""
    told = _spouse_mentions(ctx)
    if not told or not frames:
        return frames
    out = list(frames)
    for spouse, mention, cue_start in told:
        partner = _partner(ctx, spouse, mention, cue_start)
        if partner is None:
            continue
        forms = {partner.native, partner.name}
        spouse_forms = (spouse.native, spouse.name)
        led = [k for k, f in enumerate(out)
               if any(p.lead and (p.person.native in forms or p.person.name in forms) for p in f.participants)]
        for k in led:
            frame = out[k]
            if any(p.person.native in spouse_forms or p.person.name in spouse_forms for p in frame.participants):
                continue
            if len(led) > 1 and not _near(ctx, frame, mention.sentence):
                continue
            if frame.kind in _HELD_APART and not any(a <= mention.hit.start < b for a, b in frame.evidence):
                continue
            lead = next(p for p in frame.participants
                        if p.lead and (p.person.native in forms or p.person.name in forms))
            seat = spouse.seat(title=None, country=lead.side)
            out[k] = with_participants(frame, [*frame.participants, Participant(seat, lead=False, side=lead.side)])
    return tuple(out)


_WEB_ERA = "1995"  # a story no date places is told no earlier: the founders dead before it took no part


def without_the_dead(ctx: _Doc, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames without the participants the people table knows to have died before the story's day
    (``PersonEntry.dead_by``; the frame's day, else the page's, else the web's first years for a page with no date:
    "la Academia Política Nacional Ho Chi Minh"): a legacy or a place's name, never a person who took part."""
    out: list[EventFrame] = []
    for frame in frames:
        day = frame.date or ctx.doc.published
        when = day.iso if day is not None else _WEB_ERA  # a page with no date is of the web's years
        alive = tuple(p for p in frame.participants if not _dead(ctx, p.person.native, p.person.name, when))
        out.append(frame if len(alive) == len(frame.participants) or not alive
                   else replace(frame, participants=alive))
    return tuple(out)


def _dead(ctx: _Doc, native: str, name: str, when: str) -> bool:
    known = ctx.gazetteer.person(native) or ctx.gazetteer.person(name)
    return known is not None and known.dead_by(when)
