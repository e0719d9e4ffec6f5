"""The visitor a cue sentence speaks of without naming them: "While there, the delegation paid courtesy
visits to A and B", "The visitor was received this Monday by B", "On the sidelines, the Vietnamese official
met C": the subject is the head of the delegation (or the guest) an earlier sentence named ("A delegation
of the CPV, headed by X, is attending ...")."""

from __future__ import annotations

import re

from liaison.extract.latin.context import _Doc, country_guess
from liaison.extract.latin.kinds import KindCue
from liaison.extract.latin.mentions import Person


def unnamed_visitor(ctx: _Doc, i: int, cue: KindCue, after: list[Person], met: bool = False) -> Person | None:
    """The person sentence ``i``'s subject stands for, when that subject is "the delegation", "the visitor",
    "the official" (or a pronoun) and nobody is named before the cue (``met``: its object, "B met with the
    delegation over lunch", and nobody is named after the cue; ``after`` are then the hosts): the earliest
    head of a delegation ("led by X", "headed by X", "X, à la tête d'une délégation") named before, else the
    earliest person with a title named before, else anyone named before, who is not of the other side's country."""
    lex = ctx.lex
    a, _ = ctx.doc.sentences[i]
    if met:
        if not object_is_visitor(ctx, i, cue):
            return None
    elif not (lex.visitor_cue and lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start])) \
            and not visitor_post(ctx, ctx.text[a : a + cue.start]):
        return None
    earlier = sorted(
        ((m.hit.start, p) for p in ctx.people if p not in after
         for m in p.mentions if ctx.body <= m.sentence < i and not m.mention_only),
        key=lambda x: x[0],
    )
    candidates: list[Person] = []
    for _, p in earlier:
        if not any(c is p for c in candidates):
            candidates.append(p)
    head = lex.compiled(lex.visit_head_cue) if lex.visit_head_cue else None
    after_head = lex.compiled(lex.visit_head_after_cue) if lex.visit_head_after_cue else None
    headed = [p for p in candidates if any(
        (head is not None and head.search(ctx.text[ctx.doc.sentences[m.sentence][0] : m.head_start]))
        or (after_head is not None and after_head.match(ctx.text, m.hit.end, ctx.doc.sentences[m.sentence][1]))
        for m in p.mentions if ctx.body <= m.sentence < i) or (after_head is not None and any(
        after_head.match(ctx.text, end) for start, end in p.extra_spans if start < ctx.doc.sentences[i][0]
    ))]  # "Morales, à la tête d'une délégation, a entamé": a short form too
    titled = [p for p in candidates if p.title is not None]  # not a caption's photographer
    counterparts = {country_guess(ctx, p) for p in after} - {None}
    side = side_named(ctx, ctx.text[a : a + cue.start]) if not met else None
    own = [p for p in [*headed, *titled, *candidates] if side is not None and country_guess(ctx, p) == side]
    for p in [*own, *headed, *titled, *candidates]:
        if country_guess(ctx, p) not in counterparts:
            return p
    return None


def visitor_post(ctx: _Doc, stretch: str) -> bool:
    """Whether the subject before a cue is a post of a side the words name (``cues.visitor_post``: "During her stay,
    the Lao NA Chairwoman held talks with ..."): the visitor told again by their post, not a host's office ("The
    Vice President met with ..." names no side)."""
    lex = ctx.lex
    return bool(lex.visitor_post_cue) and lex.compiled(lex.visitor_post_cue).search(stretch) is not None \
        and side_named(ctx, stretch) is not None


def object_is_visitor(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """Whether the object of sentence ``i``'s cue is the visiting delegation, unnamed (``cues.visitor_object``):
    right after the cue ("B met with the delegation over lunch"), or within a cue that names it after its verb
    ("A and B welcomed the delegation at Hazrat Shahjalal International Airport": the cue's own words)."""
    lex = ctx.lex
    if not lex.visitor_object_cue:
        return False
    a, b = ctx.doc.sentences[i]
    obj = lex.compiled(lex.visitor_object_cue)
    if obj.search(ctx.text[a + cue.end : b]):
        return True
    inside = re.sub(r"^\S+", "", ctx.text[a + cue.start : a + cue.end])  # the cue's verb left out
    return bool(inside.strip()) and obj.search(inside + ctx.text[a + cue.end : b]) is not None


def side_named(ctx: _Doc, stretch: str) -> str | None:
    """The country the subject stretch names for the unnamed visitor ("A mesma delegação do partido comunista
    do Vietname, foi recebida": VN), by a body of the gazetteer or a country word not read as the place of the
    act; None when it names none."""
    orgs = [e.country for _, e in ctx.gazetteer.find_orgs(stretch) if e.country]
    if orgs:
        return orgs[-1]
    places = [m.span(1) for m in ctx.lex.compiled(ctx.lex.location_cue).finditer(stretch)]
    named = [
        c for w in re.finditer(r"[^\W\d_][\w’'-]*", stretch)
        if (c := ctx.lex.country_of(w.group())) and not any(a <= w.start() < b for a, b in places)
    ]  # not where it happened: "Lors de sa visite en France, il a rencontré"
    return named[-1] if named else None


def head_side(ctx: _Doc, person: Person) -> str | None:
    """The country of the delegation a person heads, when written just before "led by" / "headed by" in
    the sentence naming them: "A delegation of the Communist Party of Vietnam (CPV) led by X" (VN), "A
    Communist Party USA delegation headed by national chair Y" (US), "A Vietnamese delegation led by Z"."""
    lex = ctx.lex
    if not lex.visit_head_cue:
        return None
    head = lex.compiled(lex.visit_head_cue)
    for m in person.mentions:
        if m.sentence < ctx.body:
            continue
        a, _ = ctx.doc.sentences[m.sentence]
        found = head.search(ctx.text[a : m.head_start])
        if found is None:
            continue
        phrase = found.groupdict().get("phrase") or ""
        orgs = [e.country for _, e in ctx.gazetteer.find_orgs(phrase)]
        if orgs:  # the body nearest the head is the delegation's ("the study group of ... the EL headed by")
            return orgs[-1]
        words = [lex.country_of(w) for w in re.findall(r"[^\W\d_][\w’'-]*", phrase)]
        named = [c for c in words if c]
        return named[-1] if named else None
    return None
