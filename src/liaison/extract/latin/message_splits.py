"""Messages of several senders or to several addressees: one exchanged, or one each (a list of heads writing
to their counterparts in order, senders of as many countries, "each sent", "to their counterparts")."""

from __future__ import annotations

from itertools import pairwise

from liaison.extract.latin.context import _Doc, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind
from liaison.extract.latin.mentions import Person
from liaison.extract.latin.roundups import roundup_told


def _respective_pairs(
    ctx: _Doc, cue: KindCue, before: list[Person], after: list[Person]
) -> list[list[Person]] | None:
    """Messages exchanged between two lists of the same length, each of one side ("le Premier ministre A et le
    président de l'Assemblée nationale B ont échangé des messages de félicitations avec le Premier ministre C, le
    président du Comité permanent D"): each head writes to their counterpart, paired in order, one message each
    (a list written to one person, "A et B ont échangé des messages avec C", stays one exchange). A head whose
    country no word tells ("le Premier ministre du Conseil d'État B" unknown to the people table) is of the side
    the others of their list are of, as long as each list has one known side."""
    if cue.kind != "message" or len(before) < 2 or len(before) != len(after):
        return None
    ours = {country_guess(ctx, p) for p in before} - {None}
    theirs = {country_guess(ctx, p) for p in after} - {None}
    if len(ours) != 1 or len(theirs) != 1 or ours == theirs:
        return None
    return [[b, a] for b, a in zip(before, after, strict=True)]


def _senders_apart(ctx: _Doc, cue: KindCue, before: list[Person]) -> bool:
    """Senders of messages of as many countries as there are senders ("Le président du PKR et Premier ministre
    malaisien, A, le chef de la PML-N et Premier ministre pakistanais, B, et la présidente du Pheu Thai et Première
    ministre thaïlandaise, C, ont adressé des lettres de félicitations"): each head of state or party writes their
    own, one message each (two senders of two countries exchange messages with each other: one exchange)."""
    if cue.kind != "message" or len(before) < 3:
        return False
    countries = [country_guess(ctx, p) for p in before]
    return None not in countries and len(set(countries)) == len(countries)


def _one_countrys_senders(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Two or three senders of one country congratulating one person of another in a roundup of messages
    (``cues.roundup`` in the headline or opening: "Sri Lanka's ruling pair, President A and Prime Minister B, were
    the first to congratulate Modi on his win"): each writes their own, one message each. Not a message told as
    joint ("sent a joint message")."""
    if cue.kind != "message" or not 2 <= len(before) <= 3 or len(after) != 1 or not roundup_told(ctx):
        return False
    ours = {country_guess(ctx, p) for p in before}
    if len(ours) != 1 or None in ours or country_guess(ctx, after[0]) in ours | {None}:
        return False
    return "joint" not in ctx.sentence(i).lower()


def clauses_apart(ctx: _Doc, i: int, cue: KindCue, people: list[Person]) -> list[list[Person]] | None:
    """A sentence of clauses set apart by semicolons, two or more of them each telling its own message ("Си
    Цзиньпин направил телеграмму То Ламу и Лыонг Кыонгу; Ли Цян направил телеграмму Фам Минь Тиню"; "A sent a
    message to B; C sent one to D"): one message per clause, with the people that clause names (a clause
    telling no act names no one of them). None when fewer than two clauses tell a message."""
    if cue.kind != "message" or len(people) < 3:
        return None
    a, b = ctx.doc.sentences[i]
    cuts = [a, *(a + k + 1 for k, c in enumerate(ctx.sentence(i)) if c == ";"), b + 1]
    if len(cuts) < 3:
        return None
    at = {id(p): m.head_start for p in people if (m := p.mention_in(i)) is not None}
    if len(at) < len(people):
        return None
    clauses = []
    for start, end in pairwise(cuts):
        told = find_kind(ctx.text[start : end - 1], ctx.lex)
        named = [p for p in people if start <= at[id(p)] < end]
        if told is not None and told.kind == "message" and named:
            clauses.append(named)
    if len(clauses) < 2 or any(len(named) < 2 for named in clauses):
        return None
    return clauses


def semicolon_series(ctx: _Doc, i: int, cue: KindCue, people: list[Person]) -> list[list[Person]] | None:
    """Three or more senders (or addressees) of a message listed with semicolons between them, each with their
    posts, before or after the one person on the other side ("... То Ламу направили Генеральный секретарь ЦК
    НРПЛ, Президент Лаоса A; Король Камбоджи B; Председатель Народной партии Камбоджи C"; "A; B; and C sent
    messages to D"): one message each, whatever their countries (a king and his country's party leader write
    their own). None when the list is no such series."""
    if cue.kind != "message" or len(people) < 3:
        return None
    marks = [(m.head_start, m.hit.end, p) for p in people if (m := p.mention_in(i)) is not None]
    if len(marks) < len(people):
        return None
    marks.sort(key=lambda m: m[0])
    apart = [";" in ctx.text[end:start] for (_, end, _), (start, _, _) in pairwise(marks)]
    if sum(apart) < 2:
        return None
    first, last = apart.index(True), len(apart) - 1 - apart[::-1].index(True)
    if not all(apart[first : last + 1]):
        return None
    series = [p for _, _, p in marks[first : last + 2]]
    others = [p for _, _, p in marks if p not in series]
    if len(others) > 1:
        return None
    return [[p, *others] for p in series]


def _to_own_counterparts(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Senders writing "to their counterparts", none of whom is named (``cues.own_counterparts``: "El
    secretario general ... Xi Jinping, el presidente del Congreso ... Zhang Dejiang, y el primer ministro, Li
    Keqiang, hicieron llegar sus mensajes de congratulación a sus contrapartes vietnamitas"; "A [KH] y B [CU]
    felicitaron a sus pares vietnamitas"): each head writes to their own counterpart, one message each (named
    counterparts are paired by ``_respective_pairs``)."""
    if cue.kind != "message" or len(before) < 2 or after or not ctx.lex.own_counterparts_cue:
        return False
    return ctx.lex.compiled(ctx.lex.own_counterparts_cue).search(ctx.sentence(i), cue.start) is not None


def _each_sender(ctx: _Doc, i: int, cue: KindCue, before: list[Person], after: list[Person]) -> bool:
    """Two or more senders, none of whose addressees is named, each writing their own (``cues.each_sender``
    right before the cue: "Chinese President Xi Jinping ... and Russian President Vladimir Putin, on Monday each
    sent a congratulatory letter to the 10th meeting of the dialogue mechanism"): one message each, not one
    exchanged between them."""
    if cue.kind != "message" or len(before) < 2 or after or not ctx.lex.each_sender_cue:
        return False
    stretch = ctx.sentence(i)[max(0, cue.start - 40) : cue.start]
    return ctx.lex.compiled(ctx.lex.each_sender_cue).search(stretch) is not None


def _own_counterparts_told(ctx: _Doc, i: int, cue: KindCue) -> bool:
    """A later sentence of a roundup whose senders write "to their counterparts", none named
    (``cues.own_counterparts``: "... hicieron llegar sus mensajes ... a sus contrapartes vietnamitas." then "El
    primer ministro de Camboya, A, y el presidente de Cuba, B, felicitaron a sus pares vietnamitas"): each
    sender's message is told, not guessed by the recall tier, though one side only is named."""
    if cue.kind != "message" or not ctx.lex.own_counterparts_cue:
        return False
    return ctx.lex.compiled(ctx.lex.own_counterparts_cue).search(ctx.sentence(i), cue.start) is not None
