"""Messages between party organs that name nobody as a side.

"The Central Committee of the Workers' Party of Korea sent a reply message to the General Council of
the United Russia Party on August 17": two parties exchange a message through their organs. The event
has the two parties as its sides and no participants (people named later, like the leader the message
thanks, are only talked about). Only the lede is read: such a report opens with the exchange.
"""

from __future__ import annotations

import re
from datetime import date

from liaison.extract.assembly import EventDraft, Found, assemble
from liaison.extract.latin.dates import find_event_date
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.places import Dateline
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Document, EventFrame, Span

_LEDE_SENTENCES = 2  # the dateline may take a sentence of its own
_OPENING = re.compile(r"[\s\-–—:]*")  # what separates a dateline from the sentence


def organ_messages(
    doc: Document, gazetteer: Gazetteer, lex: Lexicon, body: int, dateline: Dateline | None, ref: date | None
) -> tuple[EventFrame, ...]:
    """The party-to-party message the lede reports between two party organs, if it does."""
    if not lex.organ_message:
        return ()
    pattern = lex.cased(lex.organ_message)
    spans = list(doc.sentences)
    for i in range(body, min(body + _LEDE_SENTENCES, len(spans))):
        start, end = spans[i]
        if dateline is not None and start <= dateline.span[1] <= end:
            start = dateline.span[1]
        start = _OPENING.match(doc.text, start, end).end()  # type: ignore[union-attr]
        if not pattern.search(doc.text[start:end]):
            continue
        parties = _parties(doc.text[start:end], gazetteer)
        if len(parties) < 2:
            return ()
        return (_frame(doc, lex, spans, i, (start, end), parties, ref, dateline),)
    return ()


def answered(organs: tuple[EventFrame, ...], frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The frames that are not the earlier message an organ's message answers or thanks for ("extended
    gratitude to Medvedev for sending the message of greeting to Kim Jong Un"): another message
    between the same two parties, whose people the report only talks about."""
    sides = [{p.key or p.name for p in o.parties} for o in organs]
    return tuple(
        f for f in frames if not (f.kind == "message" and any(s <= {p.key or p.name for p in f.parties} for s in sides))
    )


def _parties(sentence: str, gazetteer: Gazetteer) -> list[OrgEntry]:
    out: list[OrgEntry] = []
    for _span, entry in gazetteer.find_orgs(sentence):
        party = gazetteer.party_of(entry)
        if party is not None and party not in out:
            out.append(party)
    return out


def _frame(
    doc: Document,
    lex: Lexicon,
    spans: list[Span],
    i: int,
    sentence: Span,
    parties: list[OrgEntry],
    ref: date | None,
    dateline: Dateline | None,
) -> EventFrame:
    """A message, dated by the lede or the sentence after it."""
    told = [sentence, *spans[i + 1 : i + 2]]
    hit = next((h for s in told if (h := find_event_date(doc.text, s, ref, lex, [])) is not None), None)
    # "The floral basket was conveyed by the councilor of the Chinese embassy here": handed over in
    # person at the dateline's place
    here = dateline is not None and bool(lex.here) and any(lex.compiled(lex.here).search(doc.text, *s) for s in told)
    draft = EventDraft(
        kind="message",
        remote=not here,
        evidence=(sentence,),
        capacities={"party"},
        parties=[p.ref() for p in parties],
        date=Found(hit.date, hit.span) if hit is not None else None,
        location=Found(dateline.place, dateline.span) if here and dateline is not None else None,
    )
    return assemble(draft, doc.published)
