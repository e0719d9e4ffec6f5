"""One exchange told twice is one event (issue 13): frames of one article that tell the same exchange again are
merged into the first.

- The visitor's reception on arrival told after the visit (``cues.arrival``): "El canciller de China, Wang Yi,
  llegó hoy al país para reunirse con el presidente Evo Morales. ... David Choquehuanca fue quien recibió a la
  autoridad china en el aeropuerto de El Alto": the greeters join the visit told before as attending it, as the
  set codes them (``GENRE.md``: the greeters of an arrival stay one welcome).
- A recall-tier sentence naming the exchange told before again by a possessive or a demonstrative (unless it
  adds a lead of a new side: a roundup's next sender "na sua mensagem" tells their own message)
  (``cues.retold``): "L'ambassadeur ... An Qing, a remis le 12 janvier ... à Pierre Moussa, un message de
  félicitations du PCC" then "Le PCC, dans son message, félicite chaleureusement Pierre Moussa « ... » que lui ont
  accordée le président du comité central du PCT, Denis Sassou N'Guesso": no message to Sassou N'Guesso.
- A lede telling one side only and a sentence telling the exchange again with both, each dating it to the same
  day (not "Le Hoai Trung a en outre un entretien avec B" dated by the event before): "The
  President of Laos, Mr. Thongloun Sisoulith, called on a senior official of the CPC in Kunming on Thursday."
  then "... Thongloun Sisoulith, President of Laos, and his wife ... visited Li Xi, Secretary of ... on Thursday".
- A one-sided frame split from a list whose people a frame of two sides of the same kind and day holds again
  (``_held_again``).
- An article's first frame telling one side and no day of its own, whose people the one later frame of the same
  kind and both sides holds again (``_undated_lede``): "... le Président chinois Xi Jinping et les dirigeants de l'UA
  se sont adressé mutuellement des messages de félicitations." then "Le 9 septembre 2022, le président Xi Jinping
  et le président en exercice de l'Union africaine ... Macky Sall ont échangé des messages de félicitations": the
  later frame, dated and with both sides, is the exchange.
- A one-sided meeting whose counterpart is unnamed and a one-sided visit of the other side told apart, the
  meeting held during the visit's first days: "a senior leader of the CPC ... paying a courtesy visit to Cambodian
  Prime Minister Samdech ... Hun Sen ... yesterday" and "A high-level CPC delegation led by H.E. Liu Yunshan
  arrived in Cambodia on Sept. 19 for a three-day visit".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from liaison.extract.assembly.channel import ordered_channel
from liaison.extract.assembly.confidence import sides
from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.context import _Doc
from liaison.extract.latin.kinds import find_kind
from liaison.model.types import EventFrame, FuzzyDate, Participant

_STAY = 7  # days after a visit's start within which a one-sided meeting of the other side is held during it


def merged_retellings(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """``frames`` with each exchange told twice merged into one (see the module's docstring)."""
    if len(frames) < 2:
        return frames
    frames = _arrival_greeters(ctx, frames)
    frames = _named_again(ctx, frames)
    frames = _one_sided_lede(ctx, frames)
    frames = _held_again(frames)
    frames = _undated_lede(frames)
    return _unnamed_host_and_visit(frames)


def _leads(frame: EventFrame) -> dict[str, str | None]:
    return {p.person.name: p.side for p in frame.participants if p.lead}


def _arrival_greeters(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    lex = ctx.lex
    if not lex.arrival_cue:
        return frames
    arrival = lex.compiled(lex.arrival_cue)
    out: list[EventFrame] = []
    for f in frames:
        told = ctx.text[f.evidence[0][0] : f.evidence[0][1]] if f.evidence else ""
        host = _visit_of(out, f) if out and arrival.search(told) else None
        if host is None:
            out.append(f)
            continue
        k, visitor = host
        greeters = [p for p in f.participants if p.person.name != visitor]
        out[k] = _joined(out[k], f, greeters, as_leads=False)
    return out


def _named_again(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """Without the recall-tier frames whose cue names the exchange told before again (``cues.retold``) and shares
    a principal with it: the people that sentence adds are talked about in it."""
    lex = ctx.lex
    if not lex.retold_cue:
        return frames
    retold = lex.compiled(lex.retold_cue)
    out: list[EventFrame] = []
    for f in frames:
        before = [e for e in out if _start(e) < _start(f)]
        if f.confidence < 1.0 and before and f.evidence and _leads(before[-1]).keys() & _leads(f).keys() \
                and not _new_side(before[-1], f):
            sentence = ctx.text[f.evidence[0][0] : f.evidence[0][1]]
            cue = find_kind(sentence, lex)
            if cue is not None and any(m.start() <= cue.start < m.end() for m in retold.finditer(sentence)):
                continue
        out.append(f)
    return out


def _new_side(before: EventFrame, later: EventFrame) -> bool:
    """A lead of ``later`` of a side no one of ``before`` is of: another sender's own message, not the one told
    before ("O presidente do Partido Rússia Unida ... A também enviou uma mensagem" then "O secretário-geral do
    Partido Socialista de Portugal, B, assinala na sua mensagem de felicitação": B's message is B's own)."""
    return bool({s for s in _leads(later).values() if s is not None} - sides(before))


def _visit_of(earlier: list[EventFrame], arrival: EventFrame) -> tuple[int, str] | None:
    """The earlier frame whose principal is the visitor received on arrival (a principal of both, of a side
    none of the greeters is of), with a date that agrees; and that visitor's name."""
    leads = _leads(arrival)
    for k in range(len(earlier) - 1, -1, -1):
        before = earlier[k]
        if not _same_time(before.date, arrival.date):
            continue
        for name, side in _leads(before).items():
            if name not in leads:
                continue
            others = {s for n, s in leads.items() if n != name}
            if others and side is not None and side not in others and not set(leads) - {name} <= set(_leads(before)):
                return k, name
    return None


def _one_sided_lede(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """A lede telling one side only joins the one later, less sure frame retelling it with both, same day; not one
    whose other side is of none of the countries the lede told its unnamed counterparts by ("met with representatives
    of political parties of Laos and Cambodia" and later "... of Vietnam including A": two meetings)."""
    def retelling(a: EventFrame, out: list[EventFrame]) -> EventFrame | None:
        (side,) = sides(a) if len(sides(a)) == 1 else (None,)
        if side is None or a.kind == "visit" or a.date is None or a.date.precision != "day" or not _own_day(a):
            return None
        told = _countries_met(ctx, a) - {side}
        later = [b for b in out if b is not a and _start(b) > _start(a) and len(sides(b)) >= 2 and side in sides(b)
                 and b.date == a.date and _own_day(b) and b.confidence < a.confidence
                 and not (told and not (sides(b) - {side}) & told)]
        return later[0] if len(later) == 1 else None

    return _merged_with(frames, retelling)


def _countries_met(ctx: _Doc, frame: EventFrame) -> set[str]:
    """The countries the trigger sentence of ``frame`` names right after the unnamed parties' people it met
    (``cues.parties_met``: "representatives of political parties of Laos and Cambodia")."""
    lex = ctx.lex
    if not lex.parties_met_cue or not frame.evidence:
        return set()
    told = ctx.text[frame.evidence[0][0] : frame.evidence[0][1]]
    found: set[str] = set()
    for m in lex.compiled(lex.parties_met_cue).finditer(told):
        found |= countries_named(told[m.end() : m.end() + _PARTIES_COUNTRIES], lex)
    return found


_PARTIES_COUNTRIES = 80  # characters after the parties' people met where their countries are named


def _held_again(frames: list[EventFrame]) -> list[EventFrame]:
    """A frame of one side, split from a list met one by one, whose people the one frame of two sides, same kind
    and day, holds again is that exchange told with its visitor unnamed: "Le 22 février, la délégation vietnamienne
    a été reçue par ... Thongloun Sisoulith, ..., Saleumxay Kommasith" (one meeting each) then the caption "...
    reçue par ... Thongloun Sisoulith" read with the delegation's head (a one-sided frame alone in its sentence
    stays: "Liu Yunshan met ..." beside his meeting with Andrés Pastrana)."""
    def holder(a: EventFrame, out: list[EventFrame]) -> EventFrame | None:
        split = any(b is not a and b.evidence[:1] == a.evidence[:1] for b in out)  # others share its trigger
        if len(sides(a)) != 1 or a.date is None or not split:
            return None
        names = {p.person.name for p in a.participants}
        held = [b for b in out if b is not a and len(sides(b)) >= 2 and b.kind == a.kind and b.date == a.date
                and names <= {p.person.name for p in b.participants}]
        return held[0] if len(held) == 1 else None

    return _merged_with(frames, holder)


def _undated_lede(frames: list[EventFrame]) -> list[EventFrame]:
    """The article's first frame, of one side and no day of its own, joins the one later frame of the same kind and
    both sides that holds its people again and tells the exchange in full (that frame's date and place stand)."""
    first = min(frames, key=_start)
    if len(sides(first)) != 1 or first.kind == "visit" or _own_day(first):
        return frames
    names = {p.person.name for p in first.participants}
    later = [b for b in frames if b is not first and _start(b) > _start(first) and b.kind == first.kind
             and len(sides(b)) >= 2 and sides(first) <= sides(b) and names <= {p.person.name for p in b.participants}]
    if len(later) != 1:
        return frames
    (full,) = later
    merged = _joined(full, first, [], as_leads=None)
    merged = replace(merged, evidence=first.evidence + full.evidence)
    return [merged if f is full else f for f in frames if f is not first]


def _unnamed_host_and_visit(frames: list[EventFrame]) -> list[EventFrame]:
    """A one-sided meeting joins the one one-sided visit of the other side it falls in, when nothing two-sided
    is told."""
    def visit_of(a: EventFrame, out: list[EventFrame]) -> EventFrame | None:
        if a.kind == "visit" or len(sides(a)) != 1 or a.date is None or a.date.precision != "day":
            return None
        if any(len(sides(f)) >= 2 for f in out):
            return None
        visits = [v for v in out if v.kind == "visit" and len(sides(v)) == 1 and sides(v) != sides(a)
                  and v.date is not None and v.date.precision == "day" and _during(v.date, a.date)]
        return visits[0] if len(visits) == 1 else None

    return _merged_with(frames, visit_of)


def _merged_with(
    frames: list[EventFrame], partner: Callable[[EventFrame, list[EventFrame]], EventFrame | None]
) -> list[EventFrame]:
    """``frames`` with each frame still there joined by the ``partner`` found for it, which then leaves."""
    out = list(frames)
    for a in list(out):
        if not any(f is a for f in out):
            continue
        b = partner(a, out)
        if b is None:
            continue
        merged = _joined(a, b, list(b.participants), as_leads=None)
        out = [merged if f is a else f for f in out if f is not b]
    return out


def _joined(into: EventFrame, other: EventFrame, people: list[Participant], as_leads: bool | None) -> EventFrame:
    """``into`` with ``people`` of ``other`` it does not hold yet (as non-leads when not ``as_leads``), its
    parties, channels and evidence."""
    held = {p.person.name for p in into.participants}
    added = tuple(p if as_leads is None else replace(p, lead=as_leads) for p in people if p.person.name not in held)
    parties = into.parties + tuple(o for o in other.parties if o not in into.parties)
    evidence = into.evidence + tuple(s for s in other.evidence if s not in into.evidence)
    channel = ordered_channel(c for c in (*into.channel, *other.channel) if c != "other")
    return replace(into, participants=into.participants + added, parties=parties, channel=channel, evidence=evidence)


def _own_day(frame: EventFrame) -> bool:
    """Whether the frame's trigger sentence itself dates it (not the event told before it)."""
    if frame.date_source != "text" or frame.date_span is None or not frame.evidence:
        return False
    a, b = frame.evidence[0]
    return a <= frame.date_span[0] < b


def _start(frame: EventFrame) -> int:
    return frame.evidence[0][0] if frame.evidence else 1 << 60


def _same_time(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    return a is None or b is None or a.iso.startswith(b.iso) or b.iso.startswith(a.iso)


def _during(start: FuzzyDate, day: FuzzyDate) -> bool:
    """Whether ``day`` falls in the first days of a visit that began on ``start``."""
    return 0 <= (date.fromisoformat(day.iso) - date.fromisoformat(start.iso)).days <= _STAY
