"""A delegation's head, named once after "led by", joins the exchanges its delegation is told holding unnamed.

"On Monday a high-level delegation of the CPC held a meeting with Madhav Kumar Nepal ... The four-strong
delegation led by vice minister ..., Guo Yezhou, met Chairperson Nepal ... Earlier this morning, the Chinese
delegation also met the other Chairperson Pushpa Kamal Dahal": each meeting the grammar built holds the hosts
alone (the visitors are "the delegation"); the one person the story names heading a delegation is that
delegation's lead in each of them. Only in-person frames whose people have no known side take a head (hosts the
text places, beside no visitor, tell another exchange as often: the blind sets lost precision on those), only
frames whose sentences name the delegation by the noun its head leads ("delegation", "delegación", "comitiva"),
not held in the head's own country, and only heads of one side (two delegations headed by people of two
countries name no one visitor).
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.latin.context import _Doc
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.places import city_country
from liaison.model.kinds import of_class
from liaison.model.types import EventFrame, Participant

_IN_PERSON = of_class("in_person")
_WORD = re.compile(r"[^\W\d_]+")
_REACH = 60  # characters before the cue read for the noun led


def heads_joined(ctx: _Doc, kept: list[EventFrame], built: list[EventFrame]) -> list[EventFrame]:
    """``kept`` with the delegation's head (see the module docstring) added as a lead to each in-person frame whose
    people have no known side; the head's participant (side, title) is the one a frame of ``built`` (every frame
    read, kept or not) gives them."""
    heads, nouns = _heads(ctx, kept + built)
    if not heads:
        return kept
    side = heads[0].side
    out = []
    for frame in kept:
        own = {p.side for p in frame.participants if p.side}
        told = " ".join(ctx.text[a:b] for a, b in frame.evidence).lower()
        named = any(re.search(rf"\b{re.escape(n)}\b", told) for n in nouns)
        if frame.kind not in _IN_PERSON or own or not frame.participants or not named or _at_home(ctx, frame, side):
            out.append(frame)
            continue
        held = {p.person.name for p in frame.participants}
        joined = tuple(h for h in heads if h.person.name not in held)
        out.append(replace(frame, participants=frame.participants + joined) if joined else frame)
    return out


def _at_home(ctx: _Doc, frame: EventFrame, side: str | None) -> bool:
    """Whether the frame took place in the head's own country (its place, else the dateline's city): the head's
    delegation is then a host's ("NEW DELHI: A delegation of the CPC called on A ... the BJP delegation, headed by
    B"), not the visitors the frame leaves unnamed."""
    place = frame.location or (ctx.dateline.place if ctx.dateline is not None else None)
    return place is not None and city_country(place, ctx.lex) == side


def _heads(ctx: _Doc, frames: list[EventFrame]) -> tuple[list[Participant], set[str]]:
    """The people named right after "<noun> led by" (``cues.lead``, ``cues.delegation_head``) whom some frame gives
    a side, as leads, and the nouns they lead (lower case: "delegation"); none when they are of several sides."""
    led: dict[str, str] = {}
    for person in ctx.people:
        if (noun := _led_by(ctx, person)) is not None:
            led.setdefault(person.name, noun)
    found: dict[str, Participant] = {}
    for frame in frames:
        for p in frame.participants:
            if p.person.name in led and p.side and p.person.name not in found:
                found[p.person.name] = replace(p, lead=True)
    heads = list(found.values())
    if len({h.side for h in heads}) != 1:
        return [], set()
    return heads, {led[h.person.name] for h in heads}


def _led_by(ctx: _Doc, person: Person) -> str | None:
    """The noun a body's mention of ``person`` heads: the last lower-case word of four letters or more right before
    "led by" in its sentence (a title before the name included: "the delegation led by Deputy Director of the
    International Liaison Department Guo Yezhou" -> "delegation"; "The CPC delegation was led by" -> "delegation");
    None when no mention follows such a cue, or no such word precedes it ("Encabezada por A")."""
    lex = ctx.lex
    lead = lex.compiled(lex.lead_cue) if lex.lead_cue else None
    cues = [lex.compiled(c) for c in (lex.lead_cue, lex.delegation_head_cue) if c]
    for m in person.mentions:
        if m.sentence < ctx.body:
            continue
        a, _ = ctx.doc.sentences[m.sentence]
        before = ctx.text[a : m.head_start]
        for cue in cues:
            found = cue.search(before)
            if found is None:
                continue
            region = before[max(0, found.start() - _REACH) :]
            verb = lead.search(region) if lead is not None else None
            told = region[: verb.start()] if verb else region
            words = [w for w in _WORD.findall(told) if w.islower() and len(w) >= 4]
            if words:
                return words[-1]
    return None
