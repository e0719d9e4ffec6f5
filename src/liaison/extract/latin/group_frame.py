"""One group of seats to an event frame through the shared assembly layer: kind and remoteness, place, the
seat passes, capacities, date and parties."""

from __future__ import annotations

from dataclasses import replace

from liaison.extract.assembly import EventDraft, PersonDraft, assemble
from liaison.extract.assembly.assemble import seminar_leads
from liaison.extract.assembly.channel import ordered_channel
from liaison.extract.assembly.confidence import RECALL_CONFIDENCE
from liaison.extract.latin.affiliation import counterpart_organisation, post_organisation
from liaison.extract.latin.attendance import list_context
from liaison.extract.latin.context import Group, Seat, _blocked, _Doc
from liaison.extract.latin.kind_context import refined_kind
from liaison.extract.latin.kinds import find_kind, is_remote, topics
from liaison.extract.latin.party_sides import delegations_of_sides, event_parties, stated_party_post
from liaison.extract.latin.passes import SEAT_PASSES, GroupReading
from liaison.extract.latin.visits import party_delegation
from liaison.extract.latin.when_where import event_date, event_location, fallback_date
from liaison.model.kinds import remote_by_default
from liaison.model.types import Channel, EventFrame, EventKind, OrgRef, Participant


def _kind(ctx: _Doc, group: Group, trigger_text: str, head_text: str) -> tuple[EventKind, bool]:
    """The kind and remoteness: a cue read remote, or a headline or lead naming a call or video link."""
    lex = ctx.lex
    remote = is_remote(trigger_text, lex) or remote_by_default(group.cue.kind)
    kind: EventKind = group.cue.kind
    if remote and kind in ("meeting", "talks", "visit", "other"):
        kind = "video_conference"
    if not remote and kind in ("meeting", "talks") and is_remote(head_text, lex):
        remote, kind = True, "video_conference"
    headline = find_kind(ctx.doc.article.title or "", lex)
    if not remote and kind in ("meeting", "talks") and headline and headline.kind in ("phone_call", "video_conference"):
        remote, kind = True, headline.kind  # "Readout of X's Call with Y": "X spoke today with Y"
    return refined_kind(ctx, group, kind, trigger_text), remote


def _frame(ctx: _Doc, group: Group, previous: EventFrame | None = None) -> EventFrame:
    """One group of seats to a draft, then to a frame through the shared layer: kind and remoteness,
    place, the seat passes in their declared order (``passes.SEAT_PASSES``: sides and leads), then
    capacities, date and parties."""
    lex, text = ctx.lex, ctx.text
    trigger_span = ctx.doc.sentences[group.trigger]
    trigger_text = ctx.sentence(group.trigger)
    head_text = " ".join(ctx.sentence(j) for j in range(0, ctx.body))
    kind, remote = _kind(ctx, group, trigger_text, head_text)
    blocked = _blocked(group)
    dateline_span = [ctx.dateline.span] if ctx.dateline is not None else []
    location = None if remote else event_location(ctx, group, previous, blocked)
    lists = {
        s.sentence: list_context(text, ctx.doc.sentences[s.sentence], lex)
        for s in group.seats
        if s.role in ("list", "co", "attendee")
    }
    reading = GroupReading(lists, location.value if location else None)
    for _name, run in SEAT_PASSES:
        run(ctx, group, reading)
    capacities = _capacities(group)
    delegation = bool(capacities) and "party" not in capacities and _acts_as_party_delegation(group, trigger_text, ctx)
    if delegation:
        capacities.add("party")
    stated = _stated_parties(group, ctx)
    if stated:
        capacities.add("party")
    draft = EventDraft(
        kind=kind,
        remote=remote,
        evidence=tuple(sorted({ctx.doc.sentences[j] for j in group.sentences})),
        people=[_participant(s) for s in group.seats],
        capacities=capacities,
        fallback_capacities=set() if capacities else _named_party(trigger_text, ctx),
        date=event_date(ctx, group, previous, blocked + dateline_span),
        location=location,
        topics=topics(head_text + "\n" + text, lex),
        confidence=RECALL_CONFIDENCE if group.recall else 1.0,
    )
    if "party" in ordered_channel(draft.capacities, draft.fallback_capacities):
        when = draft.date.value if draft.date is not None else fallback_date(ctx)
        draft.parties = event_parties(group.seats, ctx.text, trigger_span, ctx.gazetteer, stated=stated,
                                      lex=ctx.lex, kind=kind, on=when.iso if when is not None else None)
    else:
        draft.parties = delegations_of_sides(group.seats, ctx.text, ctx.lex, ctx.gazetteer)
        if draft.parties:  # the delegation acts for its party (issue 14: also in state business)
            draft.capacities = (draft.capacities or set(draft.fallback_capacities)) | {"party"}
    if draft.kind == "seminar":
        draft.people = seminar_leads(draft.people)  # "The seminar was attended by A ... and B ...": each side's first
    return assemble(draft, fallback_date(ctx))


def _participant(seat: Seat) -> PersonDraft:
    aff = seat.affiliation
    mention = seat.person.seat(title=seat.title, country=seat.side, organization=aff.organization if aff else None)
    return PersonDraft(person=mention, lead=seat.lead, side=seat.side)


def _organisations_by_side(frame: EventFrame, ctx: _Doc) -> EventFrame:
    """A participant's organisation the grammar left unknown, read from the title with the side the frame
    gave its holder (``post_organisation``: "Minister for Foreign Affairs" of the Mauritanian side, a bare
    "President", "Chinese Ambassador"); the channel and sides stay as found."""
    people = []
    for p in frame.participants:
        if p.person.organization is None and p.person.title:
            org = post_organisation(p.person.title, ctx.lex, ctx.gazetteer, p.side)
            if org is not None:
                p = replace(p, person=replace(p.person, organization=org))
        people.append(p)
    return replace(frame, participants=tuple(_counterparts(people, ctx)))


def _counterparts(people: list[Participant], ctx: _Doc) -> list[Participant]:
    """"Sarkozy s'est entretenu avec son homologue chinois": a counterpart left without an organisation
    holds, on their side, the post of the first lead of the other side (``counterpart_organisation``)."""
    out = []
    for p in people:
        if p.person.organization is None and p.person.title:
            other = next(
                (q.person.organization for q in people
                 if q.lead and q.side != p.side and q.person.organization is not None),
                None,
            )
            org = other and counterpart_organisation(p.person.title, ctx.lex, ctx.gazetteer, p.side, other)
            if org is not None:
                p = replace(p, person=replace(p.person, organization=org))
        out.append(p)
    return out


def _capacities(group: Group) -> set[Channel]:
    """What the leads act as, by their affiliations."""
    caps: set[Channel] = set()
    for seat in group.seats:
        if seat.lead and seat.affiliation is not None:
            caps.update(seat.affiliation.capacities)
    return caps


def _acts_as_party_delegation(group: Group, trigger_text: str, ctx: _Doc) -> bool:
    """"A delegation of the Communist Party of China led by Vice Minister Sun Haiyan met ...": the leads
    act for their party, when the other side's people hold party posts too."""
    lead_sides = {s.side for s in group.seats if s.lead}
    return party_delegation(trigger_text, ctx.gazetteer, ctx.lex, lead_sides) and any(
        s.side not in lead_sides and s.affiliation is not None and "party" in s.affiliation.capacities
        for s in group.seats
    )


def _stated_parties(group: Group, ctx: _Doc) -> tuple[OrgRef, ...]:
    """The parties of the leads' party posts stated outside their titles (``stated_party_post``), when
    the leads of two sides act for parties: "Raúl Castro, Presidente de los Consejos de Estado y de
    Ministros, y Primer Secretario del Comité Central del Partido Comunista de Cuba, recibió a Xi Jinping,
    Presidente de la República Popular China, y Secretario General del Partido Comunista de China"."""
    stated: dict[str | None, OrgRef] = {}
    party_sides: set[str | None] = set()
    for seat in group.seats:
        if not seat.lead:
            continue
        if seat.affiliation is not None and "party" in seat.affiliation.capacities:
            party_sides.add(seat.side)
        elif (party := stated_party_post(seat, ctx.text, ctx.lex, ctx.gazetteer)) is not None:
            stated.setdefault(seat.side, party)
            party_sides.add(seat.side)
    return tuple(stated.values()) if len(party_sides) >= 2 else ()


def _named_party(trigger_text: str, ctx: _Doc) -> set[Channel]:
    """No lead's capacity known: a party named in the trigger sentence makes it a party exchange."""
    return {"party"} if any(e.kind == "party" for _, e in ctx.gazetteer.find_orgs(trigger_text)) else set()
