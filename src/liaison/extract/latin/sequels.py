"""Later cue sentences that tell another event than the one before: "also met", another date, "the next day",
an additive word, a reply, the same people on another occasion; and those that tell it again."""

from __future__ import annotations

import re
from datetime import date

from liaison.extract.assembly.trace import ablated
from liaison.extract.latin.context import Group, Seat, _Doc, _principals, _referenced, _short_form_at, country_guess
from liaison.extract.latin.dates import find_event_date
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.trigger_groups import _trigger_groups
from liaison.model.types import FuzzyDate


def _retold(ctx: _Doc, i: int, groups: list[Group]) -> None:
    """A cue sentence naming only people already met, all the principals of a later meeting told undated in a
    list ("the delegation met with A and B" ... "Sun meets with B in Colombo, Nov. 24", a caption): the
    sentence tells that meeting again, and dates it."""
    span = ctx.doc.sentences[i]
    for g in groups[1:]:
        principals = _principals(g)
        if g.retold is None and g.trigger < i and len(principals) >= 2 \
                and all(_referenced(p, span) for p in principals) \
                and find_event_date(ctx.text, ctx.doc.sentences[g.trigger], ctx.ref, ctx.lex, []) is None:
            g.retold = i
            return


def _met_again(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> list[Group]:
    """A cue sentence with a date of its own naming only people already met, two sides of whom no event
    holds yet on that date: another exchange of a chronicle ("Du 2 au 16 juillet, He Guoqiang ... a rencontré
    le président français Nicolas Sarkozy" ... "Le 25 août, le président chinois Hu Jintao a rencontré son
    homologue français Nicolas Sarkozy"); an undated event of the same people may be the one told again, and
    a dateline's date is no event's ("Pyongyang, November 2 (KCNA) -- A press statement on strategic dialogue
    between A and B was issued on November 1 ... a strategic dialogue between A and B took place ... on
    November 1": one dialogue)."""
    blocked = [ctx.dateline.span] if ctx.dateline is not None else []
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, blocked)
    if hit is None or ctx.lex.compiled(ctx.lex.date_today).search(ctx.text[hit.span[0] : hit.span[1]]) \
            or _reported_speech(ctx, ctx.sentence(i), cue):
        return []
    out = []
    for g in _trigger_groups(ctx, i, cue, present):
        principals = _principals(g)
        if len({country_guess(ctx, p) for p in principals} - {None}) < 2:
            continue
        same = [h for h in groups if all(h.has(p) for p in principals)]
        dates = [find_event_date(ctx.text, ctx.doc.sentences[h.trigger], ctx.ref, ctx.lex, blocked) for h in same]
        if all(d is not None and d.date != hit.date for d in dates):
            out.append(g)
    return out


def _met(groups: list[Group]) -> tuple[Person, ...]:
    return tuple(p for g in groups for p in _principals(g))


def _reply(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> Group | None:
    """A later message answering the first one ("A le envió una carta a B ... B contestó en marzo con otra
    misiva"): another message between the same principals, its sender the one named first now."""
    lex = ctx.lex
    first = groups[0]
    if cue.kind != "message" or first.cue.kind != "message" or not lex.reply_cue \
            or not lex.compiled(lex.reply_cue).search(ctx.sentence(i)):
        return None
    principals = _principals(first)
    senders = [p for p in present if p in principals]
    if not senders or len(principals) < 2 or any(g.trigger == i for g in groups):
        return None
    group = Group(i, cue, sentences=[i, first.trigger])  # the first message's sentence tells the sides
    for p in [*senders[:1], *(p for p in principals if p is not senders[0])]:
        group.seats.append(Seat(p, "principal", i, lead=True))
    return group


def _restated(ctx: _Doc, group: Group, i: int) -> bool:
    """Whether a later cue sentence names again every principal of a two-sided first event ("Xi recibió
    hoy a Díaz-Canel ... Xi dio la bienvenida a Díaz-Canel y a la comitiva, entre ellos A"): the same
    event, whose other people attend it (a sequel, "the next day", is told apart before this)."""
    principals = _principals(group)
    sides = {country_guess(ctx, p) for p in principals}
    span = ctx.doc.sentences[i]
    return len(principals) >= 2 and len(sides - {None}) >= 2 \
        and all(_named_in(p, _others_blanked(ctx, p, i), span) for p in principals)


def _others_blanked(ctx: _Doc, person: Person, i: int) -> str:
    """Sentence ``i`` with the names of the other people named in it blanked out: a word of one's name inside
    another's (the family name "Nguyen" of Nguyen Thi Kim Ngan, met later) does not name them again. A name made
    only of words of theirs is theirs, not another's."""
    a, b = ctx.doc.sentences[i]
    chars = list(ctx.text[a:b])
    own = set(person.native.lower().split())
    for other in ctx.people:
        if other is person or set(other.native.lower().split()) <= own:
            continue  # (a short form read as someone else, "Von der Leyen" of Ursula von der Leyen, still names her)
        for m in other.mentions:
            if a <= m.hit.start < b:
                chars[m.hit.start - a : min(m.hit.end, b) - a] = " " * (min(m.hit.end, b) - m.hit.start)
    return "".join(chars)


def _named_in(person: Person, sentence: str, span: tuple[int, int]) -> bool:
    """Whether a sentence names a person in full, by a linked short form, or by the first or last word of
    their name ("Xi" for Xi Jinping, "Thuong" for Vo Van Thuong; a middle word is not enough: the "Van" of
    "Do Van Chien" does not name Vo Van Thuong)."""
    if _referenced(person, span) or _short_form_at(person, span) is not None:
        return True
    words = set(re.findall(r"[^\W\d_][\w-]*", sentence))
    parts = person.native.split()
    return any(w in words for w in {parts[0], parts[-1]} if len(w) >= 2) if parts else False


def _reported_speech(ctx: _Doc, sentence: str, cue: KindCue) -> bool:
    """"Lourenco said that ... his talks there with President Xi": the cue is inside what someone said. Not
    so of the outcome of talks a guest briefs the host on ("briefed the host on the outcomes of talks between
    him and his counterpart A", ``cues.outcome``): that reports talks held; nor of a meeting told as the
    occasion of the words, right after the speech verb ("The CCP said so when the delegation led by A met
    with B", ``cues.speech_occasion``)."""
    lex = ctx.lex
    if ablated("reported_speech") or (lex.outcome_cue and lex.compiled(lex.outcome_cue).match(sentence[cue.start :])):
        return False
    said = list(lex.compiled(lex.speech_cue).finditer(sentence[: cue.start])) if lex.speech_cue else []
    if not said:
        return False
    # "The CCP said so when the delegation led by A met with B" (``cues.speech_occasion``): when, not what
    after = sentence[said[-1].end() : cue.start]
    return not (lex.speech_occasion_cue and lex.compiled(lex.speech_occasion_cue).match(after))


def _sequel(ctx: _Doc, i: int, sentence: str, first: Group) -> bool:
    """Whether a later cue sentence tells another event: "also met", another date, "the next day"."""
    lex = ctx.lex
    if lex.compiled(lex.also_cue).search(sentence) or _new_date(ctx, i, first):
        return True
    return bool(lex.sequel_cue) and bool(lex.compiled(lex.sequel_cue).search(sentence))


def _further(ctx: _Doc, i: int, cue: KindCue, present: list[Person], groups: list[Group]) -> bool:
    """Whether an additive word beside the kind cue tells a further act (``cues.further``): opening the sentence a few
    words before the cue ("Asimismo, sostuvo encuentros con A"; "También, sostuvo conversaciones con B"), right
    before it ("Sendic también sostuvo reuniones de trabajo con C") or right after its verb ("La delegación se
    reunió además con D"): another event, not more counterparts of the one told before. The act needs its
    subject named before the cue or its counterpart after "with" ("con", ``cues.with``): "Foi também recebido em
    audiência o pastor A" names a guest received by nobody the sentence tells, not a further act of the visitor.
    When every event it would tell takes a principal of the side it met (``_one_country``), the sentence is read
    as before (the counterparts of a one-sided trigger, ``_one_sided``)."""
    lex = ctx.lex
    if not lex.further_cue:
        return False
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    subject = any(n.hit.start < a + cue.start for p in present if (n := p.mention_in(i)) is not None) or bool(
        lex.visitor_cue and lex.compiled(lex.visitor_cue).search(ctx.text[a : a + cue.start]))
    with_ = lex.compiled(lex.with_cue) if lex.with_cue else None
    if not subject and (with_ is None or not (
        with_.match(sentence[cue.end :].lstrip()) or with_.search(sentence[cue.start : cue.end])
    )):
        return False
    for m in lex.compiled(lex.further_cue).finditer(sentence):
        if m.end() <= cue.start:
            gap = len(_WORD.findall(sentence[m.end() : cue.start]))
            opening = not _WORD.search(sentence[: m.start()])
            if gap <= 2 or (opening and gap <= 5):
                break  # "Asimismo, sostuvo encuentros con", "Sendic también sostuvo"
        elif m.start() < cue.end or not _WORD.search(sentence[cue.end : m.start()]):
            break  # "sostuvo además encuentros con", "se reunió además con"
    else:
        return False
    told = _trigger_groups(ctx, i, cue, present, inherit=groups[0], met_before=_met(groups))
    return not all(_one_country(ctx, g) for g in told)


_WORD = re.compile(r"[^\W\d_]+")


def _one_country(ctx: _Doc, group: Group) -> bool:
    """Whether every principal of a group is of one known country: a further act whose subject the sentence leaves
    unnamed took a principal of the event before of the side it met ("[La misión abrió su agenda con el
    vicecanciller de Rusia, A.] Asimismo, se reunieron con la representante rusa B"), so it stands only as the
    recall tier does, with two sides named."""
    countries = {country_guess(ctx, p) for p in _principals(group)}
    return len(countries) == 1 and None not in countries


def _another_occasion(ctx: _Doc, i: int, sentence: str, first: Group) -> bool:
    """A later cue sentence told as a sequel ("Earlier on 21 August last year, ...") whose own date lies over a
    week from the first event's (its trigger's date, else the dateline's or the issue's): another occasion."""
    lex = ctx.lex
    if not lex.sequel_cue or not lex.compiled(lex.sequel_cue).search(sentence):
        return False
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, lex, [])
    if hit is None or hit.date.precision != "day":
        return False
    before = find_event_date(ctx.text, ctx.doc.sentences[first.trigger], ctx.ref, lex, [])
    if before is not None and before.date.precision == "day":
        then = date.fromisoformat(before.date.iso)
    elif ctx.dateline is not None and ctx.dateline.date is not None:
        then = ctx.dateline.date
    elif ctx.ref is not None:
        then = ctx.ref
    else:
        return False
    return abs((date.fromisoformat(hit.date.iso) - then).days) > 7


def _dated_apart(ctx: _Doc, i: int, first: Group) -> bool:
    """Sentence ``i`` dates its act to a day none of the first event's sentences (or the one telling it again)
    gives, one of them giving one ("On December 5, the delegation had talks" after "at a reception on December
    6")."""
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, [])
    if hit is None or hit.date.precision != "day":
        return False
    principals = _principals(first)
    retold = [  # a caption's meeting told again in the body
        j for j in range(ctx.body, i) if j not in first.sentences and find_kind(ctx.sentence(j), ctx.lex) is not None
        and any(_referenced(p, ctx.doc.sentences[j]) for p in principals)
    ]
    told = [find_event_date(ctx.text, ctx.doc.sentences[j], ctx.ref, ctx.lex, []) for j in first.sentences + retold]
    days = {t.date for t in told if t is not None and t.date.precision == "day"}
    return bool(days) and hit.date not in days


def _new_date(ctx: _Doc, i: int, first: Group) -> bool:
    """A later cue sentence dated otherwise than the trigger ("On November 7th, A was received by B")."""
    hit = find_event_date(ctx.text, ctx.doc.sentences[i], ctx.ref, ctx.lex, [])
    if hit is None or ctx.lex.compiled(ctx.lex.date_today).search(ctx.text[hit.span[0] : hit.span[1]]):
        return False
    before = find_event_date(ctx.text, ctx.doc.sentences[first.trigger], ctx.ref, ctx.lex, [])
    if before is None and ctx.dateline is not None and ctx.dateline.date is not None:
        d = ctx.dateline.date
        return hit.date != FuzzyDate.of(d.year, d.month, d.day)
    return before is not None and hit.date != before.date
