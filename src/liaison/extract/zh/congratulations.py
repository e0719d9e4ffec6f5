"""Roundups of the messages many leaders send a foreign leader on an election (the CPC not written to).

"老挝人民革命党…召开第12次全国代表大会，国家主席通伦再次当选党中央总书记。…多国领导人致电祝贺通伦连任。中国国家主席
习近平在贺电中说，…。柬埔寨人民党主席、前首相洪森说，…": the lead names the leaders' messages and the one they
congratulate (``[congratulated_roundup]``); each later sentence opening on a titled person of another side who
speaks ("在贺电中说", "说", ``[roundup_sender]``) is one message from that person to the one congratulated, dated
to the month (sent over days the item does not tell). The recipient keeps the title the item gives them.
"""

from __future__ import annotations

import re

from liaison.extract.assembly import EventDraft, Found, PersonDraft, assemble
from liaison.extract.zh.assemble import mention
from liaison.extract.zh.capacity import capacities, parties_in, side_of
from liaison.extract.zh.cues import cue
from liaison.extract.zh.names import plausible_name
from liaison.extract.zh.people import country_of
from liaison.extract.zh.titles import ChainPerson, parse_people
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, FuzzyDate, Span

_ROUNDUP = cue("congratulated_roundup")
_SENDER = cue("roundup_sender")
_LEAD_SENTENCES = 5  # the lead is among the item's first sentences


def congratulation_lead(doc: Document) -> bool:
    """Whether the item opens as a roundup of congratulations to one leader, posted or sent ("美国盟友纷纷祝贺拜登赢得
    大选"): read for its senders though no word of a meeting or message is in it."""
    return any(_ROUNDUP.search(doc.text, *span) for span in doc.sentences[:_LEAD_SENTENCES])


def congratulation_frames(doc: Document, gaz: Gazetteer, built: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """One message per titled sender of another side a roundup of congratulations to one leader reports."""
    lead = next(
        ((span, m) for span in doc.sentences[:_LEAD_SENTENCES] if (m := _ROUNDUP.search(doc.text, *span))),
        None,
    )
    if lead is None:
        return ()
    (_start, lead_end), m = lead
    recipient = _titled(doc, m.group("who")) or ChainPerson(m.group("who"), m.span("who"), None, None)
    to_side = country_of(recipient, gaz) or _side_won_in_lead(doc, m.group("who"), gaz)
    if to_side is None:
        return ()
    seen = {p.person.native for f in built for p in f.participants if f.kind == "message"}
    frames: list[EventFrame] = []
    for span in (s for s in doc.sentences if s[0] >= lead_end):
        sender = _sender(doc, span, gaz)
        if sender is None or sender.native in seen or sender.native == recipient.native:
            continue
        side = country_of(sender, gaz)
        if side is None or side == to_side:
            continue
        seen.add(sender.native)
        frames.append(message_frame(doc, span, sender, side, recipient, to_side, gaz, 0.9))
    return tuple(frames)


# the post won, after the lead's 当选 (当选美国总统): its country is the recipient's when nothing else says it
_POST_WON = re.compile(r"[^，。；、\s]{2,16}")


def _side_won(text: str, end: int, gaz: Gazetteer) -> str | None:
    """The side of the post the lead says the recipient won ("祝贺特朗普当选美国总统": US), for a recipient the item
    never titles and the people table does not know."""
    m = _POST_WON.match(text, end)
    return side_of(m.group(), gaz) if m is not None else None


def _side_won_in_lead(doc: Document, who: str, gaz: Gazetteer) -> str | None:
    """The side of the post the recipient won, for a recipient the people table does not know and the lead does not
    place ("美国盟友纷纷祝贺拜登赢得大选"): the post after the recipient's election anywhere in the item ("祝贺乔·拜登
    当选美国总统"), else the title of a fuller mention of the name ("祝贺美国新当选总统乔·拜登")."""
    for m in re.finditer(re.escape(who) + _ELECTED, doc.text):
        if (side := _side_won(doc.text, m.end(), gaz)) is not None:
            return side
    for start, end in doc.sentences:
        for p in parse_people(doc.text[start:end], start):
            if p.native.endswith(who) and p.title and (side := country_of(p, gaz)) is not None:
                return side
    return None


# the election after the recipient's name: "拜登当选", "通伦再次当选为"
_ELECTED = r"(?:再次|再度)?(?:当选|连任|就任)(?:为)?"


def _titled(doc: Document, native: str) -> ChainPerson | None:
    """The first mention of ``native`` with a title chain (国家主席通伦 for 通伦)."""
    for start, end in doc.sentences:
        for p in parse_people(doc.text[start:end], start):
            if p.native == native and p.title:
                return p
    return None


def _sender(doc: Document, span: Span, gaz: Gazetteer) -> ChainPerson | None:
    """The titled person a sentence opens on who speaks ("中国国家主席习近平在贺电中说")."""
    m = _SENDER.match(doc.text, *span)
    if m is None:
        return None
    people = parse_people(m.group("who"), m.start("who"))
    if len(people) != 1 or not people[0].title or not plausible_name(people[0].native, True, gaz):
        return None
    return people[0]


def message_frame(
    doc: Document,
    span: Span,
    sender: ChainPerson,
    side: str,
    recipient: ChainPerson,
    to_side: str,
    gaz: Gazetteer,
    confidence: float,
    found: tuple[FuzzyDate, Span] | None = None,
) -> EventFrame:
    """One message from a titled sender of one side to a recipient of another, told in ``span``: dated by ``found``
    (a date in its clause), else to the page's month."""
    pairs = ((sender, side), (recipient, to_side))
    parties = [e.ref() for p, c in pairs for e in parties_in(p.title or "", gaz, c)[:1]]
    draft = EventDraft(
        kind="message",
        remote=True,
        evidence=(span,),
        people=[
            PersonDraft(mention(doc, sender, side, gaz, None), lead=True, side=side),
            PersonDraft(mention(doc, recipient, to_side, gaz, None), lead=True, side=to_side),
        ],
        capacities=capacities(sender.title) | capacities(recipient.title),
        parties=parties,
        confidence=confidence,
    )
    if found is not None:
        draft.date = Found(found[0], found[1])
    elif doc.published is not None:
        draft.date = Found(doc.published.month(), None)
    return assemble(draft, doc.published)


__all__ = ["congratulation_frames", "congratulation_lead", "message_frame"]
