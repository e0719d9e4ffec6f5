"""The people of the frames built, checked once more (issue 13, lead26): a principal's spouse takes part in the
exchange, not as a lead; a person the record knows to have died before the story's day takes no part.

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

from dataclasses import replace

from liaison.extract.latin.context import _Doc
from liaison.extract.latin.one_lead import with_participants
from liaison.model.types import EventFrame


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
