"""The article's last resort: when no sentence and no article-level reading framed an exchange, a lead
that names a kind or a word of one and a person of a known side, with the other side named only as a
country, party or organisation ("Une importante délégation du Parti communiste chinois (PCC) a séjourné
cette semaine à Bujumbura ... La délégation était conduite par He Yong"), gives one event of that person,
at the lowest confidence (``assembly.confidence.ARTICLE_CONFIDENCE``).

What keeps it from the naive reading of "two names, one meeting": the cue must be in the head (headline
and the first ``LEAD`` body sentences) and not told as still to come, no trip only begun ("flew to China",
"viaja a Pekín": ``cues.departure``), the person must take part where named, and the other side must be
named as foreign to the person's (checked by the caller, ``frames._last_resort``).
"""

from __future__ import annotations

import re

from liaison.extract.latin.context import Group, Seat, _Doc, _present, country_guess
from liaison.extract.latin.kinds import KindCue, find_kind, is_future
from liaison.extract.latin.lexicon import Lexicon
from liaison.model.types import Document, EventKind

_WORD = re.compile(r"\b\w")
LEAD = 2  # body sentences read as the article's lead
_LEAD_WORDS = 6  # a line of fewer words is page furniture ("Autor:", the outlet's name), not part of the lead


def head_texts(doc: Document, body: int) -> list[str]:
    """The headline and the lines before the body (index ``body``), then the lead's sentences."""
    last = min(len(doc.sentences), body + LEAD)
    return [doc.article.title or ""] + [doc.text[a:b] for a, b in doc.sentences[:last]]


def exchange_told(texts: list[str], lex: Lexicon) -> EventKind | None:
    """The kind of the first exchange the texts tell (a kind cue; "visit" for a word of one, ``_exchange_word``),
    or None: none is told, the headline tells it as still to come, or a departure is told ("left for
    Beijing"; the trip's events are not reported yet)."""
    if _departure(texts, lex):
        return None
    for n, text in enumerate(texts):
        cue = find_kind(text, lex)
        if cue is not None:
            return cue.kind
        if _exchange_word(text, lex):  # a roundup of messages ("Among the senders of congratulatory messages")
            roundup = bool(lex.roundup_cue) and any(lex.compiled(lex.roundup_cue).search(t) for t in texts)
            return "message" if roundup else "visit"
        if n == 0 and _told_ahead(text, lex):
            return None  # "Lao Party General Secretary and President to pay official visit to Viet Nam"
    return None


def _exchange_word(text: str, lex: Lexicon) -> bool:
    """A word of an exchange (``cues.exchange``, ``cues.last_resort``) in a sentence telling nothing as still to
    come: the word is often a noun before the verb that does ("A top-level delegation ... is to tour Sri Lanka")."""
    words = [p for p in (lex.exchange_cue, lex.last_resort_cue) if p]
    if not any(lex.compiled(p).search(text) for p in words):
        return False
    return not _told_ahead(text, lex)


def _told_ahead(text: str, lex: Lexicon) -> bool:
    """Whether some word of the sentence follows a cue of the future ("will", "is to", "sostendrá")."""
    if not lex.future_cue:
        return False
    return any(is_future(text, m.start(), lex) for m in _WORD.finditer(text))


def _departure(texts: list[str], lex: Lexicon) -> bool:
    return bool(lex.departure_cue) and any(lex.compiled(lex.departure_cue).search(t) for t in texts)


def last_resort(ctx: _Doc) -> tuple[Group, str] | None:
    """One event of the first person of a known side named in the lead, when the head tells an exchange: the
    group and that side."""
    kind = exchange_told(head_texts(ctx.doc, ctx.body), ctx.lex)
    if kind is None:
        return None
    for i in _lead_sentences(ctx):
        present = _present(ctx, i, None)
        sided = [(p, side) for p in present if (side := country_guess(ctx, p)) is not None]
        if not sided:
            continue
        first, side = sided[0]
        if _own_delegation_met(head_texts(ctx.doc, ctx.body), side, ctx.lex):
            return None
        group = Group(i, KindCue(kind, 0, 0), sentences=[i], recall=True)
        group.seats.append(Seat(first, "principal", i, lead=True))
        return group, side
    return None


def _own_delegation_met(texts: list[str], side: str, lex: Lexicon) -> bool:
    """Whether the head tells the person's own side's delegation met and not led by them ("Raul Castro accueille
    à La Havane la délégation cubaine au Sommet de Lima"): a welcome home, no exchange (unless the language's
    ``visit_head_cue``, "led by", follows: the person leads it abroad)."""
    words = [p for p in (lex.exchange_cue, lex.last_resort_cue) if p]
    led = lex.compiled(lex.visit_head_cue) if lex.visit_head_cue else None
    for text in texts:
        for m in (m for p in words for m in lex.compiled(p).finditer(text)):
            before = text[max(0, m.start() - 30) : m.start()].split()
            after = text[m.end() : m.end() + 30].split()
            near = [w.strip(",.;:").lower() for w in before[-1:] + after[:1]]
            if not any(lex.demonyms.get(w) == side for w in near):
                continue
            if led is None or not led.search(text[m.end() : m.end() + 60]):
                return True
    return False


def _lead_sentences(ctx: _Doc) -> list[int]:
    """The first ``LEAD + 1`` body sentences of ``_LEAD_WORDS`` words or more: where the lead names who took part
    (the furniture between a standfirst and the lead, "Autor:", "Juventud Rebelde", is passed over)."""
    found = []
    for i in range(ctx.body, len(ctx.doc.sentences)):
        if len(ctx.sentence(i).split()) >= _LEAD_WORDS:
            found.append(i)
            if len(found) > LEAD:
                break
    return found
