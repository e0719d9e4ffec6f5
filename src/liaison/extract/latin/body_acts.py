"""A further act of a visitor with a body of the hosts, no person of theirs named (issue 13, oneside).

"The same day, Chinh held talks with leaders of the Party Committee of Beijing"; "Earlier, the delegation held
talks with the International Department of the CPC Central Committee": after an exchange of two known sides, a
later cue sentence whose subject is that exchange's visitor (a principal named again right before the cue, or the
delegation) and whose counterpart is a body of the hosts' country (an organisation the record knows, or a country
or city closing a capitalised name), the first exchange taking place in that country (its place, else the
dateline's, else the outlet's: the subject is the guest, not a host retelling the party they met), is another
exchange; GOLD_FORMAT codes it with the visitor alone, the body standing for the other side. Only meetings and
talks; not an exchange still to come, recalled or told again ("At the meeting, ..."), nor a sentence naming anyone
else (a named counterpart is the grammar's), nor a delegation met (the visitors), nor a body of the visitor's own
country (a domestic act). Kept at the recall confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from liaison.extract.assembly.confidence import RECALL_CONFIDENCE, sides
from liaison.extract.latin.context import _Doc
from liaison.extract.latin.dates import find_event_date
from liaison.extract.latin.kinds import find_kind, is_future
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.places import city_country, country_word
from liaison.extract.latin.tokens import CAPITAL
from liaison.kb.countries import country_of_host
from liaison.model.types import EventFrame, Participant, Span

_KINDS = ("meeting", "talks")
_CAPITALISED = re.compile(rf"{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+)*")
_SUBJECT_WORDS = 5  # the visitor is the subject: named right before the cue ("Chinh held", "the delegation also held")
_BODY_WORDS = 12  # the body follows the cue closely ("talks with leaders of the Party Committee of Beijing")


def body_acts(ctx: _Doc, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The visitor's further acts with a body of the hosts told after the first two-sided exchange."""
    first = next((f for f in frames if len(sides(f)) == 2 and f.evidence), None)
    if first is None:
        return ()
    told = {i for f in frames for i in _sentences_of(ctx, f)}
    start = min(_sentences_of(ctx, first), default=len(ctx.doc.sentences))
    out: list[EventFrame] = []
    for i in range(max(start, ctx.body) + 1, len(ctx.doc.sentences)):
        if i in told:
            continue
        frame = _act(ctx, first, i)
        if frame is not None:
            out.append(frame)
    return tuple(out)


def _sentences_of(ctx: _Doc, frame: EventFrame) -> Iterator[int]:
    for a, _ in frame.evidence:
        for i, (s, e) in enumerate(ctx.doc.sentences):
            if s <= a < e:
                yield i


def _act(ctx: _Doc, first: EventFrame, i: int) -> EventFrame | None:
    lex = ctx.lex
    span = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    cue = find_kind(sentence, lex)
    if cue is None or cue.kind not in _KINDS or is_future(sentence, cue.start, lex):
        return None
    before, after = sentence[: cue.start], sentence[cue.end :]
    if any(lex.compiled(p).search(sentence) for p in (lex.recalled_cue, lex.retold_cue, lex.speech_cue) if p):
        return None
    window = " ".join(after.split()[:_BODY_WORDS])
    if _delegation(window, lex):
        return None  # "recebe delegação do Partido Comunista da China": the visitors, the exchange told again
    host = _body_country(ctx, window)
    if host is None or host not in sides(first) or _place_country(ctx, first) != host:
        return None  # the visitor is the guest in the body's country, not a host retelling what they met
    visitors = [p for p in first.participants if p.lead and p.side not in (None, host)]
    if not visitors:
        return None
    named = ctx.named.candidates(i, span)
    names = {p.person.name for p in visitors}
    if any(p.name not in names for p in named if p.mention_in(i) is not None or _short_in(p, span)):
        return None  # someone else named: the grammar's exchange
    subject = " ".join(before.split()[-_SUBJECT_WORDS:])
    if not (_visitor_named(ctx, i, span, cue.start, names) or _delegation(subject, lex)):
        return None
    hit = find_event_date(ctx.doc.text, span, ctx.ref, lex, [])
    return replace(
        first, kind=cue.kind, remote=False, participants=tuple(_alone(p) for p in visitors),
        evidence=(span,), date=hit.date if hit is not None else first.date,
        date_span=hit.span if hit is not None else first.date_span, location=None, location_span=None,
        confidence=min(first.confidence, RECALL_CONFIDENCE),
    )


def _alone(p: Participant) -> Participant:
    return replace(p, lead=True)


def _short_in(person: Person, span: Span) -> bool:
    return any(span[0] <= x < span[1] for x, _ in person.extra_spans)


def _visitor_named(ctx: _Doc, i: int, span: Span, cue_at: int, names: set[str]) -> bool:
    """Whether a visitor is named right before the cue (their name or family name again), as its subject."""
    for p in ctx.named.candidates(i, span):
        if p.name not in names:
            continue
        m = p.mention_in(i)
        at = [m.hit.start] if m is not None else [x for x, _ in p.extra_spans if span[0] <= x < span[1]]
        cue = span[0] + cue_at
        if any(x < cue and len(ctx.doc.text[x:cue].split()) <= _SUBJECT_WORDS for x in at):
            return True
    return False


def _delegation(subject: str, lex: Lexicon) -> bool:
    """Whether the words name a delegation (``lex.delegation_words``)."""
    return any(w.lower() in lex.delegation_words for w in re.findall(r"[\w'’-]+", subject))


def _place_country(ctx: _Doc, first: EventFrame) -> str | None:
    """The country the first exchange took place in: its place, else the dateline's, else the outlet's (by its
    address: a party's press reports the visits it hosts)."""
    for place in (first.location, ctx.dateline.place if ctx.dateline is not None else None):
        if place:
            code = city_country(place, ctx.lex) or country_word(place)
            if code is not None:
                return code
    return country_of_host(ctx.doc.article.url)


def _body_country(ctx: _Doc, after: str) -> str | None:
    """The country of the first body after the cue: an organisation the record knows, else a country or city
    closing a capitalised name ("the Party Committee of Beijing"; not "Uruguayan media")."""
    for _span, org in ctx.gazetteer.find_orgs(after):
        if org.country:
            return org.country
    named = False  # a capitalised word of a body's name before the place
    for m in _CAPITALISED.finditer(after):
        code = country_word(m.group()) or city_country(m.group(), ctx.lex)
        if code is not None and named:
            return code
        named = named or (code is None and m.start() > 0)
    return None
