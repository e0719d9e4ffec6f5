"""A seminar one side's people hold with another country's party (issue 13, seminar16): "Em Pequim, Gleisi Hoffmann
defendeu durante seminário com o Partido Comunista da China que ..." told after the trip's meeting with Li Xi; "a
seminar between the Communist Party of China and Swapo". The recall tier needs people of two sides; GOLD_FORMAT
codes such a seminar with the one side's people (the other side's party is named, its people are not). Kept when
the seminar's noun is followed, a few words on, by the words opening its sides (``cues.seminar_sides``: "com",
"between", "organised by") and a party the gazetteer knows of another country than the people's -- not a party the
sentence only talks about ("seminário sobre a Iniciativa ... que o Brasil aprenda muito com o Partido Comunista").
A message one side's people send another country's party, no one of it named, is read the same way (issue 13,
kinds33): "A vice-presidente do MPLA, Luísa Damião, enviou também uma mensagem de felicitações ao PCCh" is a
message of its sender alone, both parties listed, when the words opening its addressee (``cues.message_to``: "to
the", "al", "ao", "au") follow the message's noun and a party of another country follows them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.latin.context import _Doc
from liaison.extract.latin.kinds import find_kind
from liaison.kb.gazetteer import OrgEntry
from liaison.model.types import EventFrame

_REACH = 120  # characters after the sides' words where the other side's party is named


def party_seminar(ctx: _Doc, frame: EventFrame) -> EventFrame | None:
    """``frame`` as such a seminar or message, with its people of no known side left out (a would-be name of the topic,
    "Iniciativa Cinturão"), when its trigger sentence names, right after the seminar's or message's noun and the words
    opening its sides or addressee, a party of another country ("seminário com o Partido Comunista da China",
    "uma mensagem de felicitações ao PCCh"); else None."""
    if _other_party(ctx, frame) is None:
        return None
    return replace(frame, participants=tuple(p for p in frame.participants if p.side is not None))


def with_other_party(ctx: _Doc, frame: EventFrame) -> EventFrame:
    """A party seminar of one side's people lists the other side's party its sentence names ("durante um seminário com
    o Partido Comunista da China": the PCP and the CPC), as GOLD_FORMAT's parties of a party exchange."""
    if "party" not in frame.channel:
        return frame
    other = _other_party(ctx, frame)
    if other is None or any(o.key == other.id for o in frame.parties):
        return frame
    return replace(frame, parties=(*frame.parties, other.ref()))


def _other_party(ctx: _Doc, frame: EventFrame) -> OrgEntry | None:
    lex = ctx.lex
    opening = {"seminar": lex.seminar_sides_cue, "message": lex.message_to_cue}.get(frame.kind, "")
    if not opening or not frame.evidence:
        return None
    known = {p.side for p in frame.participants if p.side is not None}
    if len(known) != 1:
        return None
    side = next(iter(known))
    a, b = frame.evidence[0]
    sentence = ctx.text[a:b]
    cue = find_kind(sentence, lex)
    if cue is None or cue.kind != frame.kind:
        return None
    opened = lex.compiled(opening).match(sentence, cue.end)
    if opened is None:
        return None
    named = sentence[opened.end() : opened.end() + _REACH]
    if frame.kind == "message":  # the addressee itself, named first ("ao PCCh"), not a party a topic names after it
        first = min(ctx.gazetteer.find_orgs(named), key=lambda f: f[0][0], default=None)
        return first[1] if first is not None and _addressed(named[: first[0][0]]) and first[1].kind == "party" \
            and first[1].country not in (None, side) else None
    return next((e for _, e in ctx.gazetteer.find_orgs(named) if e.kind == "party" and e.country not in (None, side)),
                None)


def _addressed(before: str) -> bool:
    """Whether the words between a message's "to" and a party are of the party's name or short ones ("the Central
    Committee of the"), not a topic of the message ("ao povo angolano sobre os laços com o")."""
    return not any(w.islower() and len(w) > 3 for w in re.findall(r"[^\W\d_]+", before))
