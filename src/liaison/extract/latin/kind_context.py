"""The kind of a meeting read again from the sentences around its trigger: the reception of a visitor on
arrival is a visit; a reception followed by the talks the same people held is talks (GOLD_FORMAT:
meeting = met / received, talks = held talks, visit = a delegation visit where no meeting is the focus)."""

from __future__ import annotations

from liaison.extract.latin.context import Group, _Doc, _present
from liaison.extract.latin.kinds import find_kind
from liaison.model.types import EventKind

_LOOKAHEAD = 3  # sentences after the trigger that may tell the talks of the same people


def refined_kind(ctx: _Doc, group: Group, kind: EventKind, trigger_text: str) -> EventKind:
    """``kind`` unless it is a meeting the context tells as talks, as a reception on arrival, or as
    held for a seminar (``cues.seminar_purpose``: "se reunieron ... para celebrar el 2do. Seminario Teórico"):
    "Xi recibió a Morales ... y sostuvieron conversaciones oficiales" (talks); "A su llegada ...
    fue recibido por X", "X recibió con honores al mandatario al pie de la escalerilla" (a visit)."""
    if kind != "meeting":
        return kind
    lex = ctx.lex
    after = max(group.cue.end, 0)  # the purpose after the meeting's verb, not an occasion before it ("Para
    # celebrar a realização do VII Seminário ..., o embaixador ... recebeu")
    if lex.seminar_purpose_cue and lex.compiled(lex.seminar_purpose_cue).search(trigger_text, after):
        return "seminar"  # "se reunieron ... para celebrar el 2do. Seminario Teórico": met to hold a seminar
    if lex.talks_sequel_cue and (_talks_told(ctx, group) or _talks_headline(ctx, group)):
        return "talks"
    told = [trigger_text] + [ctx.sentence(j) for j in group.sentences if j != group.trigger]
    if lex.arrival_cue and any(lex.compiled(lex.arrival_cue).search(t) for t in told):
        return "visit"
    return kind


def _talks_told(ctx: _Doc, group: Group) -> bool:
    """A cue of talks held (``talks_sequel_cue``, from the language's file: taken from every language's kind
    cues, the rule lowered kind accuracy on KCNA and Russian pages) in the group's sentences or the next few,
    in a sentence naming nobody outside the group ("Ambos dirigentes sostuvieron conversaciones oficiales");
    a sentence naming someone else ends the search ("Más tarde, sostuvo conversaciones con Y")."""
    talks = ctx.lex.compiled(ctx.lex.talks_sequel_cue)
    last = min(len(ctx.doc.sentences), group.trigger + 1 + _LOOKAHEAD)
    for j in sorted(set(group.sentences) | set(range(group.trigger, last))):
        if j < ctx.body:
            continue
        cue = find_kind(ctx.sentence(j), ctx.lex)
        present = _present(ctx, j, cue)
        if any(not group.has(p) for p in present):
            if j > group.trigger and j not in group.sentences:
                return False
            continue
        if talks.search(ctx.sentence(j)):
            return True
    return False


def _talks_headline(ctx: _Doc, group: Group) -> bool:
    """The headline tells talks ("Raúl y Xi Jinping sostuvieron conversaciones oficiales") and the group is
    the article's lead event: its trigger is the first body sentence with a kind cue."""
    if not ctx.lex.compiled(ctx.lex.talks_sequel_cue).search(ctx.doc.article.title or ""):
        return False
    first = next((j for j in range(ctx.body, len(ctx.doc.sentences)) if find_kind(ctx.sentence(j), ctx.lex)), None)
    return first == group.trigger


def fallback_kind(texts: list[str], ctx: _Doc) -> EventKind:
    """The kind of an article-level recall event whose text names no kind of exchange: a visit when it
    tells a tour or an arrival ("realizó un recorrido por lugares históricos de Managua"), else a meeting."""
    lex = ctx.lex
    if lex.tour_cue and any(lex.compiled(lex.tour_cue).search(t) for t in texts):
        return "visit"
    return "meeting"
