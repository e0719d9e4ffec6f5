"""The article's lead fallback (issue 13, floor28): when no sentence, no article-level reading, no last resort and
no trip framed anything, yet the head tells an exchange held (``last_resort.exchange_told``: a kind cue or a word of
one, nothing still to come, no departure), the people the first lead sentence naming someone of a known side names
are one event, at the lowest confidence (``assembly.confidence.ARTICLE_CONFIDENCE``): "Vice President of the
Prosperity Party, A, briefed the International Relations Minister of the CPC, B, on ..." under a headline telling
the two parties agreed.

The naive peer (two names, one meeting) catches such articles; this tier keeps what makes its event an exchange: the
lead sentence must name two known sides among its people, or one known side and something of another country
(a country, a demonym, a foreign body, ``domestic._foreign_in``) in the sentence or the headline; a sentence telling
its act as still to come (``kinds.act_to_come``) makes the article an announcement (none), and one dated to another
year than the article's is background (passed over).
"""

from __future__ import annotations

from liaison.extract.latin.context import Group, Seat, _Doc, _present, country_guess
from liaison.extract.latin.domestic import _foreign_in
from liaison.extract.latin.kinds import KindCue, act_to_come
from liaison.extract.latin.last_resort import _cue_at, _lead_sentences, _recalled, exchange_told, head_texts

_MOST = 4  # people seated at most: a lead naming more lists attendees, not the exchange's sides


def lead_people(ctx: _Doc) -> Group | None:
    """The group of the people of the first lead sentence naming someone of a known side, when the head tells an
    exchange held and two sides are named (see the module)."""
    lex = ctx.lex
    kind = exchange_told(head_texts(ctx.doc, ctx.body), lex)
    if kind is None:
        return None
    for i in _lead_sentences(ctx):
        sent = ctx.sentence(i)
        people = _present(ctx, i, None)
        if people and act_to_come(sent, lex):
            return None  # "A viajará este año a Vietnam": the article announces
        if _recalled(ctx, sent):
            continue
        sided = [(p, country_guess(ctx, p)) for p in people[:_MOST]]
        known = {s for _, s in sided if s is not None}
        if not known:
            continue
        if len(known) < 2 and not _other_side(ctx, sent, next(iter(known))):
            return None
        cue = _cue_at(sent, lex) or (0, 0)
        group = Group(i, KindCue(kind, *cue), sentences=[i], recall=True)
        leads: set[str | None] = set()
        for p, side in sided:
            group.seats.append(Seat(p, "principal", i, lead=side not in leads))
            leads.add(side)
        return group
    return None


def _other_side(ctx: _Doc, sent: str, side: str) -> bool:
    """Whether the sentence or the headline names something of another country than ``side``."""
    return any(_foreign_in(ctx, text, side, by_cue=False) for text in (sent, ctx.doc.article.title or ""))
