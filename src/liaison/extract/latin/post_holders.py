"""A counterpart named by a post only: a recall-tier act of one known side whose other side the sentence names by
a post of another country, no name after it, is with the person an earlier exchange of the article seated in that
post (``held_post``; issue 13, onesided21)."""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly.confidence import sides
from liaison.extract.latin.affiliation import affiliation
from liaison.extract.latin.context import _Doc
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.lexicon import Lexicon
from liaison.model.types import EventFrame, Participant

_WORD = re.compile(r"[^\W\d_]+")
_POST_WORDS = 8  # a post's words after its head: "ministro del Trabajo Social del PCCh"


def held_post(ctx: _Doc, frame: EventFrame, earlier: list[EventFrame]) -> EventFrame:
    """A recall-tier act of one known side whose cue sentence names a post of another country held by no one
    it names is with the one person of that country an earlier two-sided exchange seated in that post (the
    post's head word in their title: "Por otra parte, el funcionario venezolano, Yván Gil, también informó
    sobre su reunión con el ministro del Trabajo Social del PCCh" after "En el encuentro estuvo presente el
    ministro del Departamento de Trabajo Social, Sr. Wu Hansheng"), or, the post being the act's subject before
    the cue, with the one principal of that country those exchanges held, the visitor told by their post ("El
    ministro chino comenzó hoy una visita ... que incluyó ... un encuentro con su homólogo Elías Jaua" after
    "Nicolás Maduro mantuvo ... un intercambio de opiniones con el canciller chino Wang Yi"). An ambassador is no
    minister: a post nobody earlier holds names no one, and the one-sided act stays dropped. A side's delegation
    named by its country or party is its head (``_delegation_head``). An act of no known
    side (its subject's post unread, "el funcionario venezolano, Yván Gil") takes the holder all the same, its
    other leads then placed by ``hosts.hosts_of_the_place``."""
    known = sides(frame)
    side = next(iter(known), None)
    if len(known) > 1 or frame.kind == "visit" or not frame.evidence \
            or not any(p.lead and p.side == side for p in frame.participants):
        return frame  # (a lead of the one known side, or, none known, a lead of no side: placed after, ``hosts``)
    a, b = frame.evidence[0]
    sentence = ctx.text[a:b]
    cue = find_kind(sentence, ctx.lex)
    if cue is None:
        return frame
    named = [m.hit.start - a for p in ctx.people for m in p.mentions if a <= m.hit.start < b]
    seated = {p.person.name for p in frame.participants}
    for head, start, country in _posts(sentence, named, ctx):
        if country == side:
            continue
        if head in ctx.lex.delegation_words:
            holder = _delegation_head(earlier, country, seated)
        else:
            holder = _holder(head, earlier, country, subject=start < cue.start)
        if holder is not None and holder.person.name not in seated and not _met_before(holder, seated, earlier):
            return replace(frame, participants=(*frame.participants, replace(holder, lead=True)))
    return frame


def _posts(sentence: str, named: list[int], ctx: _Doc) -> list[tuple[str, int, str]]:
    """The posts of ``sentence`` no name follows, with their head word, offset and country: a head word in lower
    case with a demonym beside it ("el ministro chino", "the Chinese minister") or the words after it naming one
    ("el ministro del Trabajo Social del PCCh")."""
    words = list(_WORD.finditer(sentence))
    out = []
    for i, w in enumerate(words):
        head = w.group()
        if head not in ctx.lex.title_heads and head.lower() not in ctx.lex.delegation_words:
            continue
        end = re.search(r"[,;.:()]", sentence[w.end():])
        stop = w.end() + end.start() if end else len(sentence)
        after = [x for x in words[i + 1 : i + 1 + _POST_WORDS] if x.start() < stop]
        span_end = after[-1].end() if after else w.end()
        if any(w.start() <= n <= span_end + 2 for n in named):
            continue  # a titled name ("el ministro chino Wang Yi"), read by the grammar
        country = _demonym(words, i, ctx.lex)
        if country is None and after:
            country = affiliation(sentence[w.start():span_end], ctx.lex, ctx.gazetteer).country
        if country is not None:
            out.append((head.lower() if head.lower() in ctx.lex.delegation_words else head, w.start(), country))
    return out


def _demonym(words: list[re.Match[str]], i: int, lex: Lexicon) -> str | None:
    """The country of a demonym right before or after the head word at ``i``."""
    for j in (i + 1, i - 1):
        if 0 <= j < len(words) and (c := lex.demonyms.get(words[j].group().lower())) is not None:
            return c
    return None


def _holder(head: str, earlier: list[EventFrame], country: str, subject: bool) -> Participant | None:
    """The one person of ``country`` earlier two-sided exchanges seated whose title holds ``head``, else, for a
    subject, the one principal of that country they held."""
    people: dict[str, Participant] = {}
    for f in earlier:
        if len(sides(f)) >= 2:
            for p in f.participants:
                if p.side == country:
                    people.setdefault(p.person.name, p)
    posted = [p for p in people.values() if head in _WORD.findall((p.person.title or "").lower())]
    if len(posted) == 1:
        return posted[0]
    leads = [p for p in people.values() if p.lead]
    return leads[0] if subject and not posted and len(leads) == 1 else None


def _delegation_head(earlier: list[EventFrame], country: str, seated: set[str]) -> Participant | None:
    """The head of a side's delegation named by its country or party ("miembros de la delegación del PCV
    sostuvieron encuentros con Ziuganov"; "Nicolás Maduro recibe a la delegación del PCV"): the one principal of
    that country the earlier frames of the article held, its visit told alone included."""
    leads = {p.person.name: p for f in earlier for p in f.participants if p.lead and p.side == country}
    return next(iter(leads.values())) if len(leads) == 1 and not set(leads) & seated else None


def _met_before(holder: Participant, seated: set[str], earlier: list[EventFrame]) -> bool:
    """Whether an earlier frame holds the holder beside one of the act's people: the exchange told again ("El
    presidente Nicolás Maduro recibió en el Salón Simón Bolívar a la delegación del Partido Comunista chino" after
    his meeting with its head), not a further one."""
    return any(
        holder.person.name in (names := {p.person.name for p in f.participants}) and names & seated for f in earlier
    )
