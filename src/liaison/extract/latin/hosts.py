"""The hosts of a place: a recall-tier meeting of one known side with counterparts no title places is held with
hosts of the country it is told at (``hosts_of_the_place``)."""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly.confidence import sides
from liaison.extract.latin.context import _Doc
from liaison.extract.latin.places import city_country
from liaison.extract.latin.tokens import CAPITAL
from liaison.kb.countries import code_of
from liaison.model.types import EventFrame, Participant

_CAPITALISED = re.compile(rf"{CAPITAL}[\w'’-]+")  # a capitalised word

_HOSTED = frozenset({"meeting", "talks"})  # the kinds held with the hosts of a place


def hosts_of_the_place(ctx: _Doc, frame: EventFrame, earlier: list[EventFrame]) -> EventFrame:
    """A recall-tier act of principals of one known side with principals of none, told at a place of another
    country, is with hosts of that country: the act's own place ("Dinh Hue met in Havana with the leader of the
    Revolution, Army General Raul Castro, and President Miguel Diaz-Canel"; "In Equatorial Guinea, Mr. Finer met
    with President Teodoro Obiang Nguema Mbasogo, Vice President ..."), else, the act naming none, the city the
    story was filed from ("KATHMANDU: ... The Chinese envoy's meeting with Dahal follows closely on her meetings
    with other senior leaders of the NCP, Madhav Kumar Nepal and Jhalanath Khanal"), for a counterpart with a
    title; a counterpart after words naming one country takes that country (``_country_before``: "met with Myanmar's
    Aung San Suu Kyi"). Without it such an act, whose counterparts no title places, had one side and was dropped;
    counterparts the gazetteer does not know are the blind articles' usual case."""
    (side,) = sides(frame)
    if frame.kind not in _HOSTED or frame.remote:  # a visit, a seminar, a call or a letter is not held with hosts
        return frame
    unplaced = [p for p in frame.participants if p.lead and p.side is None]
    if not unplaced or not any(p.lead and p.side == side for p in frame.participants):
        return frame  # the side known is a principal's, not only an escort's ("He was joined by A [US]")
    met = {p.person.name for f in earlier for p in f.participants if p.lead}
    if any(p.person.name in met for p in unplaced):
        return frame  # a principal met before: the exchange told again ("Le Premier ministre camerounais, A a échangé
        # avec le vice-président ..." then "..., B, a été reçu par le Premier ministre A"), not a further one
    if frame.location is not None:
        host = _country_of_place(ctx, frame.location)
    elif ctx.dateline is not None:
        host = _country_of_place(ctx, ctx.dateline.place)
    else:
        host = None
    if (host is None or host == side) and not _told_here(frame):  # no place, or the side's own filing city
        host = _headline_country(ctx, side)
    seats: dict[int, str] = {}
    for p in unplaced:
        told = _country_before(ctx, p)  # "Philippine President Rodrigo Duterte", "Myanmar's Aung San Suu Kyi"
        titled = p.person.title or counterpart_word(ctx, p)  # "su homólogo Elías Jaua": the other side's post
        where = told if told is not None else host if titled else None  # not "la Zona Especial"
        if where is not None and where != side and told != side:
            seats[id(p)] = where
    seated = tuple(
        replace(p, side=c, person=replace(p.person, country=p.person.country or c))
        if (c := seats.get(id(p))) is not None else p
        for p in frame.participants
    )
    frame = replace(frame, participants=seated)
    if seats and frame.location is not None and host not in sides(frame) and not _told_here(frame):
        # "... les résultats du Forum sur la Coopération sino-africaine de Johannesburg" then "ses entretiens avec ...
        # les deux vice-présidents burundais": a place of a third country the act took from an event before is not its
        frame = replace(frame, location=None, location_span=None)
    return frame


def _headline_country(ctx: _Doc, side: str) -> str | None:
    """The one country other than ``side`` the headline names, by a country's or city's name or a demonym, when the
    act's sentence names no place and the story's place is none or the side's own (a report filed at home, its
    dateline's city taken for the act's): the country the story is told in
    ("Concluyó Morales Ojeda visita de trabajo a Venezuela" over "La Habana, 22 sep (ACN) ... En su estancia
    venezolana, el secretario de Organización del Comité Central del PCC se reunió con el presidente Nicolás Maduro").
    Issue 13 (recall18)."""
    title = ctx.doc.article.title or ""
    words = [w for w in (re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(title)) if len(w) > 3]
    found = set()
    for i, w in enumerate(words):
        for name in (w, f"{w} {words[i + 1]}" if i + 1 < len(words) else None):
            if name and (country := _country_of_place(ctx, name)) is not None:
                found.add(country)
    found |= {c for w in re.findall(r"[^\W\d_]+", title) if (c := ctx.lex.demonyms.get(w.lower())) is not None}
    found.discard(side)
    return next(iter(found)) if len(found) == 1 else None


def _told_here(frame: EventFrame) -> bool:
    """Whether the frame's place is read in its own sentence."""
    span = frame.location_span
    return span is not None and any(a <= span[0] < b for a, b in frame.evidence[:1])


def _country_before(ctx: _Doc, p: Participant) -> str | None:
    """The one country named by the words of a principal's clause before their name, whatever titles the reader
    knows: "met with Philippine President Rodrigo Duterte", "met with Myanmar's Aung San Suu Kyi", "con el sultán de
    Brunei, Darussalam Haji Hassanal Bolkiah", "con sus homólogos de Camboya, Hun Sen" (the clause opens after the
    last comma, semicolon or bracket before the comma that sets the name off)."""
    start = p.person.span[0]
    sentence = next(((a, b) for a, b in ctx.doc.sentences if a <= start < b), None)
    if sentence is None:
        return None
    before = ctx.text[max(sentence[0], start - 80) : start].rstrip(" ,:")
    clause = re.split(r"[,;:()]", before)[-1]
    words = [w for w in (re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(clause)) if len(w) > 3]  # not "No"
    found = set()
    for i, w in enumerate(words):
        for name in (w, f"{w} {words[i + 1]}" if i + 1 < len(words) else None):
            if name and (country := _country_of_place(ctx, name)) is not None:
                found.add(country)
    found |= {c for w in clause.split() if (c := ctx.lex.demonyms.get(w.lower().strip(".,"))) is not None}
    return next(iter(found)) if len(found) == 1 else None


def counterpart_word(ctx: _Doc, p: Participant) -> bool:
    """Whether a counterpart word stands right before a principal's name, their title in the post's stead ("un
    encuentro con su homólogo Elías Jaua": the same post on the other side; onesided21), also after an elided article
    ("l'omologo Boris Pistorius")."""
    before = ctx.text[max(0, p.person.span[0] - 30) : p.person.span[0]].split()
    return bool(before) and re.split(r"['’]", before[-1].lower().strip(","))[-1] in ctx.lex.counterpart_words


def _country_of_place(ctx: _Doc, place: str) -> str | None:
    """The country of a city or country named as written ("Havana", "Equatorial Guinea", "KATHMANDU")."""
    return city_country(place, ctx.lex) or ctx.lex.country_of(place) or code_of(place)
