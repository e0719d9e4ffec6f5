"""One-sided events whose other side is unnamed (issue 13): a seminar the trip's visitor opens or attends, told
after the trip's meetings by a sentence naming nobody new ("Morales ... se reunió con Li Qiang ... El lunes el
dirigente inauguró el quinto Seminario Teórico entre el PCCh y el PCC"; "Na segunda-feira, o líder abriu o
quinto Seminário Teórico PCCh-PCC"; "Il a, de plus, inauguré le cinquième séminaire théorique"): an event of the
visitor alone, dated by its own sentence, not a part of the meeting told before it. A seminar still to come is
no cue (``kinds.find_kind``)."""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _principals, _referenced, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person
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
