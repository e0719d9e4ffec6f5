"""Messages between party organs that name nobody as a side.

"The Central Committee of the Workers' Party of Korea sent a reply message to the General Council of
the United Russia Party on August 17": two parties exchange a message through their organs. The event
has the two parties as its sides and no participants (people named later, like the leader the message
thanks, are only talked about). Only the lede is read: such a report opens with the exchange. The cue's match ends
where the recipients begin: several senders of one recipient, or one sender of several recipients listed, write one
message each ("El Partido Comunista de China ... y el Partido Popular Revolucionario de Laos hicieron llegar mensajes
de felicitación ... al Partido Comunista de Cuba"; "... do PCP em missivas dirigidas ao PCU e ..."; issue 13, oneside).
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
_JOINER = 6  # letters between two recipients listed ("e à", "y al", ", al")


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
        m = pattern.search(doc.text[start:end])
        if m is None:
            continue
        sentence = doc.text[start:end]
        pairs = _pairs(_parties(sentence[m.start() : m.end()], gazetteer), _recipients(sentence[m.end() :], gazetteer))
        parties = _parties(sentence, gazetteer)
        if not pairs and len(parties) < 2:
            return ()
        sides = [list(two) for two in pairs] or [parties]
        return tuple(_frame(doc, lex, spans, i, (start, end), two, ref, dateline) for two in sides)
    return ()


def _pairs(senders: list[OrgEntry], recipients: list[OrgEntry]) -> list[tuple[OrgEntry, OrgEntry]]:
    """One message per sender and recipient when one side of them is one party (none when either is unknown)."""
    if not senders or not recipients or (len(senders) > 1 and len(recipients) > 1):
        return []
    return [(s, r) for s in senders for r in recipients if s != r]


def _recipients(after: str, gazetteer: Gazetteer) -> list[OrgEntry]:
    """The parties listed right after the cue: the first, and those joined to it by a few letters only ("ao PCU
    e à FA"), not parties named further on."""
    out: list[OrgEntry] = []
    last = 0
    for (a, b), entry in gazetteer.find_orgs(after):
        if out and len(after[last:a].strip()) > _JOINER:
            break
        if not out and after[:a].strip():
            break  # the recipient opens the words after the cue
        party = gazetteer.party_of(entry)
        if party is None:
            break
        if party not in out:
            out.append(party)
        last = b
    return out


def unnamed(organs: tuple[EventFrame, ...], frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The organs' messages whose sentence no frame with people was read from (a sender named, "El Partido ...,
    a través de su Primer Secretario A, envió": the grammar's message)."""
    return tuple(
        o for o in organs
        if not any(f.participants and f.evidence and o.evidence[0][0] <= f.evidence[0][0] < o.evidence[0][1]
                   for f in frames)
    )


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
