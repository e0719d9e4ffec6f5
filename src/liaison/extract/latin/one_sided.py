"""One-sided events whose other side is unnamed (issue 13): a seminar the trip's visitor opens or attends, told
after the trip's meetings by a sentence naming nobody new ("Morales ... se reunió con Li Qiang ... El lunes el
dirigente inauguró el quinto Seminario Teórico entre el PCCh y el PCC"; "Na segunda-feira, o líder abriu o
quinto Seminário Teórico PCCh-PCC"; "Il a, de plus, inauguré le cinquième séminaire théorique"): an event of the
visitor alone, dated by its own sentence, not a part of the meeting told before it. A seminar still to come is
no cue (``kinds.find_kind``)."""

from __future__ import annotations

from liaison.extract.latin.affiliation import countries_named
from liaison.extract.latin.context import Group, Seat, _Doc, _principals, _referenced, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Mention, Person
from liaison.extract.latin.visitors import head_side, side_named, unnamed_visitor


def seminar_cue(ctx: _Doc, i: int, cue: KindCue | None) -> KindCue | None:
    """The seminar sentence ``i`` tells as its first act: its cue, or one told before another act's cue ("Il a
    inauguré le cinquième séminaire ... et, au terme de cette activité, deux accords ont été signés")."""
    if cue is None:
        return None
    if cue.kind == "seminar":
        return cue
    before = find_kind(ctx.sentence(i)[: cue.start], ctx.lex)
    return before if before is not None and before.kind == "seminar" else None


def _visitor(ctx: _Doc, i: int, cue: KindCue, groups: list[Group]) -> tuple[Person, str] | None:
    """The trip's visitor an act told in sentence ``i`` is of: the one lead principal of every event told before,
    some of which met people of another side (of several, the one the subject's words name, or who headed
    the delegation, or the one of no known side when the subject names a side no other has), with their side."""
    common = [p for p in _principals(groups[0]) if all(g.has(p) and p in _principals(g) for g in groups)]
    a, _ = ctx.doc.sentences[i]
    named_side = side_named(ctx, ctx.text[a : a + cue.start])
    if len(common) > 1 and named_side is not None:  # "the CPP delegation": not a host of another country
        common = [p for p in common if _side(ctx, p) in (None, named_side)]
    if len(common) > 1:  # one meeting told: "el dirigente cubano", the delegation's head named before
        named = unnamed_visitor(ctx, i, cue, [])
        chosen = [p for p in common if p is named or (named_side is not None and _side(ctx, p) == named_side)]
        common = chosen or [p for p in common if _heads_delegation(ctx, p, i)]
    if len(common) != 1:
        return None
    side = _side(ctx, common[0]) or named_side
    if side is None or not any(country_guess(ctx, p) not in (None, side) for g in groups for p in _principals(g)):
        return None
    return common[0], side


def visitor_seminar(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> Group | None:
    """The seminar of the trip's visitor told in sentence ``i`` by an act of theirs right before its noun
    (``cues.seminar_act``: "inauguró el quinto", "abriu o quinto"), its subject unnamed ("el dirigente", "Il"):
    the one lead principal of every event told before, some of which met people of another side (of several,
    the one the subject's words name, or who headed the delegation); none when a seminar is already told (the
    same one told again) or when someone is named before the cue."""
    if cue.kind != "seminar" or not groups or any(g.cue.kind == "seminar" for g in groups):
        return None
    lex = ctx.lex
    if not lex.seminar_act_cue or not lex.compiled(lex.seminar_act_cue).search(ctx.sentence(i)[: cue.start]):
        return None  # "The dialogue mechanism between the CPC and United Russia was set up": no act of the visitor
    found = _visitor(ctx, i, cue, groups)
    if found is None:
        return None
    visitor = found[0]
    a, _ = ctx.doc.sentences[i]
    if any(m.head_start < a + cue.start for p in present if (m := p.mention_in(i)) is not None) \
            or _referenced(visitor, (a, a + cue.start)):
        return None  # "Liu attended a symposium": a subject named, read by the grammar
    return Group(i, cue, seats=[Seat(visitor, "principal", i, lead=True)], sentences=[i], abroad=True)


def visitor_act(ctx: _Doc, i: int, cue: KindCue, groups: list[Group]) -> Group | None:
    """An act of the trip's visitor told in a sentence of its own, naming nobody, its subject "the delegation"
    (``cues.visitor``) and its counterpart unnamed, on a day of its own (the caller checks the day: "On December
    5, the VNA delegation had talks with the KPL representatives", after "Lao Prime Minister A ... at a reception
    on December 6 for a VNA delegation led by General Director B"): an event of the visitor alone (the one lead
    principal of every event told before, some of which met people of another side), not a part of the one told
    before it."""
    lex = ctx.lex
    if not groups or cue.kind not in ("meeting", "talks") or not lex.visitor_cue:
        return None
    a, _ = ctx.doc.sentences[i]
    if not lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start]):
        return None
    found = _visitor(ctx, i, cue, groups)
    if found is None:
        return None
    heads = [p for p in _principals(groups[0]) if _heads_delegation(ctx, p, i)]  # "for a delegation led by B"
    visitor = heads[0] if len(heads) == 1 else found[0]
    return Group(i, cue, seats=[Seat(visitor, "principal", i, lead=True)], sentences=[i], abroad=True)


def _side(ctx: _Doc, person: Person) -> str | None:
    """A person's country, else that of the delegation they head ("a visiting delegation from the External
    Relations Commission of the Cambodian People's Party (CPP) led by A")."""
    return country_guess(ctx, person) or head_side(ctx, person)


def _heads_delegation(ctx: _Doc, person: Person, i: int) -> bool:
    """Whether a sentence before ``i`` names ``person`` as a delegation's head ("A missão liderada por Roberto
    Morales", "Morales, à la tête d'une délégation")."""
    lex = ctx.lex
    heads = [lex.compiled(c) for c in (lex.visit_head_cue, lex.lead_cue) if c]
    after = lex.compiled(lex.visit_head_after_cue) if lex.visit_head_after_cue else None
    for m in person.mentions:
        if not ctx.body <= m.sentence < i:
            continue
        a, b = ctx.doc.sentences[m.sentence]
        if any(h.search(ctx.text[a : m.head_start]) or h.search(ctx.text[a : m.hit.start]) for h in heads):
            return True
        if after is not None and after.match(ctx.text, m.hit.end, b):
            return True
    return False


_LEDE_REACH = 3  # sentences back from a seminar's sentence to the lede naming its unnamed speaker


def lede_speaker(ctx: _Doc, i: int, cue: KindCue, present: list[Person]) -> Group | None:
    """The seminar at which the lede's speaker spoke, told by the sentence after their words with the speaker unnamed
    ("SWAPO's Secretary-General A said on Saturday that ... She spoke at a session for sharing information organised
    by the SWAPO's Party Youth League and CPC youth members"; "O Secretário-geral do MPLA, A, sublinhou ... O
    secretário-geral do MPLA falou à margem de um seminário ... entre os dois partidos ... do XX Congresso do PCC"):
    an event of that speaker, when nobody is named before the act (``cues.seminar_speech``) and the seminar's sentence
    names another country's side (a country or a party the gazetteer knows). No event told before it (the caller)."""
    lex = ctx.lex
    if cue.kind != "seminar" or not lex.seminar_speech_cue or not lex.speech_cue:
        return None
    a, _ = ctx.doc.sentences[i]
    before = ctx.sentence(i)[: cue.start]
    if not lex.compiled(lex.seminar_speech_cue).search(before):
        return None
    if any(m.head_start < a + cue.start for p in present if (m := p.mention_in(i)) is not None):
        return None  # "Liu attended a symposium": its subject named, read by the grammar
    found = _lede_speaker(ctx, i)
    if found is None:
        return None
    speaker, j = found
    side = country_guess(ctx, speaker) or _body_before(ctx, speaker.first)
    sentence = ctx.sentence(i)
    others = countries_named(sentence, lex) | _party_countries(ctx, sentence)
    if side is None or not others - {side}:
        return None  # "He made the remarks at a seminar in Beijing": a domestic seminar
    return Group(i, cue, lead_in=j, seats=[Seat(speaker, "principal", i, lead=True)], sentences=[i])


def _lede_speaker(ctx: _Doc, i: int) -> tuple[Person, int] | None:
    """The titled person opening one of the few sentences before ``i`` (the first such) and speaking there, with
    that sentence (which may date the seminar: "said on Saturday")."""
    lex = ctx.lex
    for j in range(max(ctx.body, i - _LEDE_REACH), i):
        _, b = ctx.doc.sentences[j]
        firsts = [(m, p) for p in ctx.people if (m := p.mention_in(j)) is not None]
        if not firsts:
            continue
        m, person = min(firsts, key=lambda mp: mp[0].head_start)
        if person.first.sentence != j or person.title is None or m.mention_only:
            continue
        if lex.compiled(lex.speech_cue).search(ctx.text, m.hit.end, b):
            return person, j
    return None


def _body_before(ctx: _Doc, mention: Mention) -> str | None:
    """The country of the one party named in the words before a mention ("The South West Africa People's
    Organization (SWAPO)'s Secretary-General A": NA), for a speaker whose bare post names no body."""
    a, _ = ctx.doc.sentences[mention.sentence]
    countries = _party_countries(ctx, ctx.text[a : mention.head_start])
    return next(iter(countries)) if len(countries) == 1 else None


def _party_countries(ctx: _Doc, text: str) -> set[str]:
    """The countries of the parties the gazetteer finds in ``text``."""
    return {e.country for _, e in ctx.gazetteer.find_orgs(text) if e.kind == "party" and e.country is not None}


def parties_met_abroad(ctx: _Doc, g: Group) -> bool:
    """Whether a recall-tier group of one principal is the subject of its trigger meeting the unnamed people of other
    countries its sentence names after the cue ("Urumqi, April 22nd—A, Vice-minister of ..., met here today with
    representatives of major political parties of B, C and D, who came to China for ..."): a one-sided meeting as
    GOLD_FORMAT codes it (multi25), not a recall-tier reading needing two sides named."""
    if len(g.seats) != 1 or g.cue.start < 0 or g.cue.kind not in ("meeting", "talks"):
        return False
    person = g.seats[0].person
    m = person.mention_in(g.trigger)
    a, _ = ctx.doc.sentences[g.trigger]
    if m is None or m.head_start - a >= g.cue.start:
        return False  # the person is the subject, named before the cue
    side = country_guess(ctx, person)
    after = ctx.sentence(g.trigger)[g.cue.end :]
    lex = ctx.lex
    if side is None or not lex.parties_met_cue or not countries_named(after, lex) - {side}:
        return False
    met = lex.compiled(lex.parties_met_cue).search(after)
    return met is not None and met.start() <= _PARTIES_REACH  # "met here today with representatives of ..."


_PARTIES_REACH = 40  # characters after the cue where the parties' people met begin
