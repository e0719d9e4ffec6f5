"""Event frames from one Latin-script document, driven by a language ``Lexicon``.

The first body sentence that names a kind of exchange and a participating person is the trigger:
people named before the cue ("X ... held a meeting with") and after it ("... with Y") are the
principals (leads). Later sentences add co-principals ("A and B attended and addressed the event")
and attendees (lists: "The meeting was attended by: ..."). A side (country) without a lead gets its
first co-principal as lead. "Separately met A and B" makes one event per counterpart, as does a
later "also met C".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from liaison.extract.assembly.confidence import ARTICLE_CONFIDENCE, RECALL_CONFIDENCE, sides
from liaison.extract.assembly.trace import ablated, step
from liaison.extract.latin.body_acts import body_acts
from liaison.extract.latin.context import Group, _Doc
from liaison.extract.latin.counterparts_told import completed_by_retelling
from liaison.extract.latin.dates import MonthOnly
from liaison.extract.latin.domestic import _domestic, _foreign_in, _foreign_named
from liaison.extract.latin.group_frame import _frame, _organisations_by_side
from liaison.extract.latin.grouping import _groups, article_fallback
from liaison.extract.latin.handed_messages import handed_messages
from liaison.extract.latin.heads import heads_joined
from liaison.extract.latin.hosts import hosts_of_the_place
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.last_resort import exchange_told, head_texts, last_resort
from liaison.extract.latin.lede_actors import lede_actors
from liaison.extract.latin.letters import letter_told_in, published_letter
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import (
    Mention,
    Person,
    given_names_after_posts,
    group_people,
    known_single_names,
    link_surnames,
    sentence_mentions,
)
from liaison.extract.latin.names import (
    lengthened,
    name_key,
    name_stopwords,
    org_vocabulary,
    surname_keys,
    unglued,
    untitled,
)
from liaison.extract.latin.one_lead import one_lead_per_side
from liaison.extract.latin.one_sided import parties_met_abroad
from liaison.extract.latin.organ_messages import answered, organ_messages, unnamed
from liaison.extract.latin.party_seminars import party_seminar, with_other_party
from liaison.extract.latin.places import city_country, find_dateline, names_a_place_at
from liaison.extract.latin.post_holders import held_post
from liaison.extract.latin.recalled import without_file_photos, without_recalled
from liaison.extract.latin.roundups import (
    REMOTE_ONE_EACH,
    foreign_sender,
    listed_senders,
    roundup_addressee,
    sender_lines,
    speaker_lines,
    without_lede,
)
from liaison.extract.latin.signings import sequel_signings
from liaison.extract.latin.spouses import spouses_joined, spouses_not_leads, without_the_dead
from liaison.extract.latin.story_sides import story_sides
from liaison.extract.latin.titled_actor import actor_by_title, inherited_leads
from liaison.extract.latin.titles import TitleHit
from liaison.extract.latin.tokens import CAPITAL, tokenize
from liaison.extract.latin.told_twice import merged_retellings
from liaison.extract.latin.tours import toured
from liaison.extract.latin.trips import trip_groups, trip_visits
from liaison.extract.latin.visits import without_lede_visits
from liaison.kb.countries import code_of, country_of_host
from liaison.kb.gazetteer import Gazetteer
from liaison.model.types import Document, EventFrame, EventKind, FuzzyDate, OrgRef, Span
from liaison.normalise.dates import to_date

_ONE_SIDE_KINDS = frozenset({"visit", "seminar"})  # acts of one side: no exchange kept for titles alone
_TIME_ZONES = 1  # days a story's day may run ahead of its page's date


def extract_with(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """All event frames of ``doc`` read with the grammar of ``lex`` (``_read``), a tour through several countries
    listed one visit each (``tours.toured``), each side led by one person (``one_lead.one_lead_per_side``)."""
    read = _read(doc, gazetteer, lex)
    held = step("not_yet_held", read, _not_yet_held(doc, read))
    toured_ = step("tours", held, toured(doc, lex, held))
    led = step("one_lead_per_side", toured_, one_lead_per_side(toured_))  # "A, B y C recibieron": A leads
    # a lead no text places: the story's other country
    sided = step("story_sides", led, story_sides(doc, gazetteer, lex, led))
    # "A conveyed a letter of B to C": B's message to C, A no lead (or A's meeting with C, and B's message)
    return step("handed_messages", sided, handed_messages(doc, lex, sided))


def _not_yet_held(doc: Document, frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """``frames`` without those the text dates after the page's own day: an exchange announced is still to come,
    whatever tense its cue was read in ("BDF en visite d'Etat en Chine les 3 et 4 septembre 2024" over "Le président
    ... se rendra en Chine ... à compter du 3 septembre 2024" on a page of 14 August 2024), or a month after the page's
    ("is visiting China from September 3 to 15", a stay dated to its month, on a page of 30 August). Only a day or month
    read from the text and a page dated to the day are compared, a day apart allowed: a page is dated the day of its
    story or later, but in its own time zone ("On Saturday, December 9, National Security Advisor Jake Sullivan met
    with ..." in Asia, posted in Washington on the 8th)."""
    published = doc.published
    if published is None or published.precision != "day":
        return frames
    last = (date.fromisoformat(published.iso) + timedelta(days=_TIME_ZONES)).isoformat()
    return tuple(f for f in frames if not (
        f.date is not None and f.date_source == "text" and f.date.precision in ("day", "month")
        and f.date.iso > last[: len(f.date.iso)]
    ))


def _read(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """All event frames of ``doc`` read with the grammar of ``lex``. When they are none, the recall tier
    reads lone family names after titles too ("President Biden met today with Prime Minister Kishida"):
    its events, with two principals and a side named, come with the recall confidence; failing that, the
    article-level fallback (``grouping.article_fallback``) gives one event of two sides."""
    organs = _organ_messages(doc, gazetteer, lex)
    frames = _extract(doc, gazetteer, lex, titled=False)
    if frames and any(_one_lead(f) for f in frames):
        titled = _extract(doc, gazetteer, lex, titled=True)
        completed = _completed(frames, titled)
        step("titled_reading_unused", titled, completed)
        frames = step("completed", frames, completed)
    if inherited_leads(frames):  # "M. Bensalah a par ailleurs eu un entretien avec A": the titled reading's actor
        frames = step("actor_by_title", frames, actor_by_title(frames, _extract(doc, gazetteer, lex, titled=True)))
    organs = unnamed(organs, frames)
    if frames or organs:
        out = step("organ_messages_answered", organs + frames, organs + answered(organs, frames))
        context = _titled_context(doc, gazetteer, lex)  # (made once, for both readings below)
        out = step("one_sided_trip_beside", out, out + _trips_beside(context, lex, out))
        return step("body_acts", out, out + _body_acts(context, out))
    titled = _extract(doc, gazetteer, lex, titled=True)
    recalled = step("recall_reading_two_leads", titled, tuple(
        replace(f, confidence=RECALL_CONFIDENCE)
        for f in titled
        if sides(f) and sum(p.lead for p in f.participants) >= 2
    ))
    fallen = recalled or _extract(doc, gazetteer, lex, titled=False, fallback=True)
    if fallen:
        return step("one_sided_trip_beside", fallen,
                    fallen + _trips_beside(_titled_context(doc, gazetteer, lex), lex, fallen))
    # the people are named only in the headline lines ("Recibe Miguel Díaz-Canel a presidente de Venezuela,
    # Nicolás Maduro" over "ambos mandatarios comenzaron las conversaciones oficiales"): read them too
    headed = tuple(replace(f, confidence=RECALL_CONFIDENCE)
                   for f in _extract(doc, gazetteer, lex, titled=False, fallback=True, head=True))
    return (headed or _last_resort(doc, gazetteer, lex) or _trip(doc, gazetteer, lex)
            or _rescued(doc, gazetteer, lex) or _letter(doc, gazetteer, lex))


def _trip(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """A visit of the visitor alone, when nothing else is found (``trips``: "President Mnangagwa is in China on a
    five-day State visit"), read with lone family names after titles too; a recalled one is left out."""
    ctx = _context(doc, gazetteer, lex, titled=True, head=False)
    if ctx is None:
        return ()
    found = [_sides_told(g, _stay_day(ctx, g, _frame(ctx, g))) for g in trip_groups(ctx)]
    return tuple(step("one_sided_trip", found, without_recalled(ctx, found)))


def _sides_told(group: Group, frame: EventFrame) -> EventFrame:
    """The frame's people of no side given the side their group's sentence told (``Group.side_told``), and those of no
    organisation the party it told them by (``Group.body_told``)."""
    side, body = group.side_told, group.body_told
    if side is None:
        return frame
    return replace(frame, participants=tuple(
        p if p.side is not None else replace(p, side=side, person=replace(
            p.person, country=p.person.country or side, organization=p.person.organization or body))
        for p in frame.participants
    ))


def _titled_context(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> Callable[[], _Doc | None]:
    """The document's titled context (``_context``), made on first use and then kept."""
    return cache(lambda: _context(doc, gazetteer, lex, titled=True, head=False))


def _trips_beside(
    context: Callable[[], _Doc | None], lex: Lexicon, frames: tuple[EventFrame, ...]
) -> tuple[EventFrame, ...]:
    """A one-sided visit (``trips``) told by the lede, to a country that none of the exchanges found has a side of or
    took place in, every side of theirs being known ("Vladimir Putin, ruler of Russia, has arrived in Vietnam on a
    state visit" beside his talks in North Korea told as background): no meeting of that visit is told, so the visit
    is an event of its own. Not a trip told later as an aside ("Prime Minister A, who is on his political trip to
    Italy")."""
    if not frames or any(p.person.country is None for f in frames for p in f.participants):
        return ()
    ctx = context()
    if ctx is None:
        return ()
    touched = {p.person.country for f in frames for p in f.participants} \
        | {city_country(f.location, lex) or code_of(f.location or "") for f in frames}
    found = [_stay_day(ctx, g, _frame(ctx, g)) for g, place in trip_visits(ctx)
             if place not in touched and g.trigger == ctx.body]
    return tuple(step("trip_beside_recalled", found, without_recalled(ctx, found)))


def _body_acts(context: Callable[[], _Doc | None], frames: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """The visitor's further acts with a body of the hosts (``body_acts``)."""
    if not any(len(sides(f)) == 2 for f in frames):
        return ()
    ctx = context()
    return body_acts(ctx, frames) if ctx is not None else ()


def _stay_day(ctx: _Doc, group: Group, frame: EventFrame) -> EventFrame:
    """A trip's day told after its cue is when the stay ends ("is in China on a five-day State visit which ends on
    Friday"): the visit is dated by the page's own day instead."""
    a, _ = ctx.doc.sentences[group.trigger]
    published = ctx.doc.published
    if frame.date_span is None or frame.date_span[0] < a + group.cue.end or published is None:
        return frame
    return replace(frame, date=published, date_source="published", date_span=None)


def _one_lead(frame: EventFrame) -> bool:
    return sum(p.lead for p in frame.participants) < 2


def _completed(frames: tuple[EventFrame, ...], titled: tuple[EventFrame, ...]) -> tuple[EventFrame, ...]:
    """Frames with a single principal taken from the reading that also knows lone family names after
    titles, where that reading frames the same trigger with more principals and no side fewer ("President
    Biden met today at the White House with President Ferdinand R. Marcos, Jr.": Biden is the host)."""
    by_trigger = {f.evidence[0]: f for f in titled if f.evidence and not _one_lead(f)}
    told = [{p.person.name for p in f.participants} for f in frames]
    out = []
    for f in frames:
        better = by_trigger.get(f.evidence[0]) if f.evidence and _one_lead(f) else None
        if better is not None and {p.person.name for p in better.participants} in told:
            better = None  # a roundup's lede "A a reçu de nombreux messages": not one of its messages told after it
        out.append(better if better is not None and sides(better) >= sides(f) and _holds_all(better, f) else f)
    later = _later_acts(frames, titled, out)
    if not later:
        return tuple(out)
    return tuple(sorted([*out, *later], key=lambda f: f.evidence[0] if f.evidence else (0, 0)))


def _holds_all(better: EventFrame, frame: EventFrame) -> bool:
    """Whether ``better`` holds every person of ``frame`` (frames split from one trigger, one per person met, are
    completed each by its own)."""
    return {p.person.name for p in frame.participants} <= {p.person.name for p in better.participants}


def _later_acts(
    frames: tuple[EventFrame, ...], titled: tuple[EventFrame, ...], kept: list[EventFrame]
) -> list[EventFrame]:
    """Two-sided frames only the titled reading finds, of a principal already met: a later act whose
    counterpart is named by a lone family name after a title ("Founding President Nujoma also met with
    Wang Gang in Windhoek on May 18th" after Wang's meeting with President Pohamba)."""
    told = {f.evidence[0] for f in frames if f.evidence}
    principals = {p.person.name for f in kept for p in f.participants if p.lead}
    return [
        f for f in titled
        if f.evidence and f.evidence[0] not in told and not _one_lead(f) and len(sides(f)) >= 2
        and any(p.lead and p.person.name in principals for p in f.participants)
    ]


def _organ_messages(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """A party organ's message to another party's organ, told by the lede (``organ_messages``)."""
    spans = list(doc.sentences)
    published = to_date(doc.published)
    dateline = find_dateline(doc, lex, published)
    ref = dateline.date if dateline is not None and dateline.date is not None else published
    return organ_messages(doc, gazetteer, lex, body_start(doc.text, spans), dateline, ref)


def _extract(
    doc: Document, gazetteer: Gazetteer, lex: Lexicon, titled: bool, fallback: bool = False, head: bool = False,
    rescue: bool = False,
) -> tuple[EventFrame, ...]:
    """The frames of ``doc``; ``fallback``: the article-level recall tier when none is framed; ``head``: the
    lines before the body (headline, standfirst) are read as sentences too; ``rescue``: when the domestic filter
    leaves nothing, the first frame it dropped that holds a person of no known side (``_unsure_domestic``)."""
    ctx = _context(doc, gazetteer, lex, titled, head)
    if ctx is None:
        return ()
    frames: list[EventFrame] = []
    groups = _groups(ctx)
    if signings := sequel_signings(ctx, groups):  # "Aussitôt après, A et B ont signé": an act of its own
        groups = sorted(groups + signings, key=lambda g: g.trigger)
    roundup = sender_lines(ctx)  # "Name, title:" lines of a roundup of messages, one message each
    if not roundup:  # or its senders told speaking, one by one, and (after them) listed: "Among the senders ... were
        spoken = _completing(groups, speaker_lines(ctx))  # A, B"; "Those also sending congratulatory messages include:"
        listed = _completing(groups, listed_senders(ctx))
        roundup = spoken + [r for r in listed if not any(s.has(r.seats[0].person) for s in spoken)]
    # "A a reçu les félicitations de nombreux dirigeants": told one by one
    groups = groups if ablated("without_lede") else without_lede(ctx, groups, roundup)
    abroad: set[int] = set()  # frames of a visitor's acts on a trip abroad (``one_sided``)
    built: list[EventFrame] = []  # every group's frame, for ``trace``
    for g in groups + [r for r in roundup if not any(g.has(r.seats[0].person) for g in groups)]:
        frame = _frame(ctx, g, frames[-1] if frames else None)
        if g in roundup and frame.date is not None:
            frame = replace(frame, date=frame.date.month())  # sent on days not told
        frame = _sides_told_before(frame, frames)  # "Speaker Yapa Abeywardana": the side of his first event
        if len(sides(frame)) == 1:  # "A also met with B in Windhoek": B, titled and of no side, is a host
            frame = _met_on_the_same_visit(frame, frames, g.recall)
        if len(sides(frame)) == 1:  # "A, meanwhile, during the meeting with the First Cuban Vice President, spoke"
            frame = _visitor_by_title(ctx, frame, frames)
        if g.recall and len(sides(frame)) <= 1:  # "su reunión con el ministro del Trabajo Social del PCCh"
            frame = held_post(ctx, frame, frames)
        if g.recall and len(sides(frame)) == 1:  # "Dinh Hue met in Havana with ... President Miguel Diaz-Canel"
            frame = hosts_of_the_place(ctx, frame, frames)
        seminar = party_seminar(ctx, frame) if g.recall else None  # "seminário com o Partido Comunista da China"
        frame = seminar or frame
        built.append(frame)
        if not g.recall or len(sides(frame)) >= 2 or _met_again_by_hosts(frame, frames) or seminar is not None \
                or (_titled_unplaced(frame, frames) and not ablated("recall_titled_unplaced")) \
                or (g in roundup and (foreign_sender(frame) or len(g.seats) == 1)) \
                or (g.cue.kind in REMOTE_ONE_EACH and (addressee := roundup_addressee(ctx)) is not None
                    and g.has(addressee) and foreign_sender(frame)) \
                or _headline_exchange(ctx, frame, frames) or parties_met_abroad(ctx, g):
            frames.append(frame)  # the recall tier needs two sides named, or a visitor met by hosts again
            if g.abroad:
                frames[-1] = frame = _told_in_its_sentence(ctx, g, frame)
                abroad.add(id(frame))
    frames = step("recall_tier_one_side", built, frames)
    # "A a échangé avec le vice-président ..." then "..., B, a été reçu par A"
    told = step("counterparts_told", frames, completed_by_retelling(
        frames, [f for f in built if not any(f is k for k in frames)], ctx.doc.sentences))
    abroad |= {id(t) for t, f in zip(told, frames, strict=True) if id(f) in abroad}
    frames = told
    kept = step("domestic", frames, [f for f in frames if id(f) in abroad or not _domestic(ctx, f)])
    if rescue and not kept:
        kept = _unsure_domestic(ctx, frames)
    kept = step("without_file_photos", kept, without_file_photos(ctx, kept))  # "... 2015. EPA-EFE FILE/NARONG"
    kept = step("without_recalled", kept, without_recalled(ctx, kept))  # "had earlier visited China"
    kept = step("retellings_merged", kept, merged_retellings(ctx, kept))  # the arrival's greeters, a lede told again
    kept = step("heads_joined", kept, heads_joined(ctx, kept, built))  # "the delegation led by A" met B, C and D
    kept = step("lede_actors", kept, lede_actors(ctx, kept))  # "Le chef du PCV ... en recevant B": the lede's A
    if fallback and not kept:  # an exchange the grammar could not frame: one event, low confidence
        group = article_fallback(ctx)
        if group is not None:
            frame = _frame(ctx, group)
            kept = [frame] if len(sides(frame)) >= 2 or _delegation_abroad(ctx, group, frame) else []
    firm = [f for f in kept if f.confidence >= 1.0]  # a dated stay is covered by meetings the grammar built
    kept = step("covered_visit", kept, [
        f for f in kept
        if not (_covered_visit(f, kept) and not _stay_dated(ctx, f))
        and not (lex.dated_stay_covered and _covered_visit(f, firm))
    ])
    organised = tuple(with_other_party(ctx, _organisations_by_side(f, ctx)) for f in kept)
    out = step("lede_visits", organised, without_lede_visits(organised))
    # "and his wife Peng Liyuan": present, no lead; "com a esposa, Cilia Flores": at the principal's exchanges
    return without_the_dead(ctx, spouses_joined(ctx, spouses_not_leads(ctx, out)))


def _titled_unplaced(frame: EventFrame, earlier: list[EventFrame]) -> bool:
    """Whether a recall-tier exchange (not a visit nor a seminar, one side's acts) holds two principals or more, each
    of no known side titled: "M. Hariri a d'autre part reçu l'ambassadrice de Belgique, A" (the host's post read, not
    his country), as on pages whose people the tables do not know. Not when one of them is the one principal of an
    earlier act told with its own side alone: that act told again ("Le Premier ministre camerounais, A a échangé avec
    le vice-président ..." then "..., B, a été reçu par le Premier ministre A")."""
    leads = [p for p in frame.participants if p.lead]
    unplaced = {p.person.name for p in leads if p.side is None}
    lone = {p.person.name for f in earlier if _one_lead(f) for p in f.participants if p.lead}
    return frame.kind not in _ONE_SIDE_KINDS and len(leads) >= 2 and bool(unplaced) and not unplaced & lone \
        and all(p.person.title for p in leads if p.side is None)


def _headline_exchange(ctx: _Doc, frame: EventFrame, earlier: list[EventFrame]) -> bool:
    """A recall-tier exchange of two leads or more whose leads of no known side the headline names, the headline
    telling an exchange (a kind cue, not one still to come): the story's own exchange, its sides in titles the
    grammar did not read ("Boric se reunió con Xi Jinping: ..." over "El Presidente Gabriel Boric sostuvo este
    miércoles una reunión bilateral con su par de la República Popular China, Xi Jinping"; "CPC delegation meets
    President Bhandari" over "the delegation led by ... Guo Yezhou spoke with President Bhandari for an hour").
    Issue 13 (recall18): the people table knows no blind article's people, so their sides often go unread. Not
    when an earlier frame holds those leads: the exchange told again ("... spoke with President Bhandari for an
    hour" after "has met President Bidya Devi Bhandari")."""
    title = ctx.doc.article.title or ""
    leads = [p for p in frame.participants if p.lead]
    if len(leads) < 2 or not title or find_kind(title, ctx.lex) is None:
        return False
    unknown = {p.person.name for p in leads if p.side is None}
    if not unknown or any(unknown <= {p.person.name for p in before.participants} for before in earlier):
        return False
    return all(_named_in_headline(name, title) for name in unknown)


def _named_in_headline(name: str, title: str) -> bool:
    """Whether the headline writes the family name (the name's last word of three letters or more)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) >= 3]
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", title, re.I) is not None


def _last_resort(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """The article's last resort (``last_resort``): a lead sentence telling an exchange by a person of one
    side, the other side named near its cue only as a country, party or organisation. One event at
    ``ARTICLE_CONFIDENCE``."""
    head = head_texts(doc, body_start(doc.text, list(doc.sentences)))
    if exchange_told(head, lex) is None:  # cheap: no context is built for most articles
        return ()
    ctx = _context(doc, gazetteer, lex, titled=False, head=False)
    if ctx is None:
        return ()
    frames: dict[int, tuple[EventKind, EventFrame]] = {}

    def side_of(group: Group) -> str | None:  # the side the person takes in the frame built of them
        frame = _frame(ctx, group)
        frames[id(group)] = (group.cue.kind, frame)
        return next(iter(sides(frame))) if len(sides(frame)) == 1 else None

    group = last_resort(ctx, side_of)
    if group is None:
        return ()
    built, frame = frames[id(group)]
    if group.cue.kind != built:  # a delegation received by the side named before the cue: a meeting
        frame = replace(frame, kind=group.cue.kind)
    a, b = ctx.doc.sentences[group.trigger]
    if ctx.dateline is not None and a <= ctx.dateline.span[1] <= b:
        a = ctx.dateline.span[1]  # a dateline's day is the report's, not the exchange's
    clause = re.search(r"[,;]", ctx.sentence(group.trigger)[group.cue.end :])
    if clause is not None:  # "a séjourné cette semaine à Bujumbura ..., a-t-on appris dimanche": the report's day
        b = ctx.doc.sentences[group.trigger][0] + group.cue.end + clause.start()
    told = frame.date_span is not None and (a <= frame.date_span[0] < b or _closing_date(ctx, frame, b))
    if frame.date is not None and not told:  # the cue's clause dates nothing ("cette semaine"): the month at best
        frame = replace(frame, date=frame.date.month())
    if frame.location_span is not None and not a <= frame.location_span[0] < b:  # the dateline's city: the report's
        frame = replace(frame, location=None, location_span=None)
    return (replace(frame, confidence=ARTICLE_CONFIDENCE),)


def _rescued(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """Nothing else found, the head telling an exchange held (``exchange_told``): the first frame the domestic
    filter dropped for want of a second known side, one of its people of no known side (``_unsure_domestic``), at
    ``ARTICLE_CONFIDENCE``. Issue 13: on a page whose people the people table lacks ("Xi Jinping holds talks with
    To Lam" read with neither known), the filter cannot tell a domestic meeting from an exchange, and the article
    would be lost whole."""
    if ablated("domestic_rescue"):
        return ()
    if exchange_told(head_texts(doc, body_start(doc.text, list(doc.sentences))), lex) is None:
        return ()
    found = _extract(doc, gazetteer, lex, titled=False, rescue=True)
    return tuple(replace(f, confidence=min(f.confidence, ARTICLE_CONFIDENCE)) for f in found[:1])


def _letter(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """Nothing else found: a letter published whole, addressed to someone by its salutation (``letters``), is one
    message at ``ARTICLE_CONFIDENCE``."""
    if ablated("published_letter") or not lex.salutation_cue or not letter_told_in(doc, lex):
        return ()
    ctx = _context(doc, gazetteer, lex, titled=False, head=True) or _context(doc, gazetteer, lex, titled=False,
                                                                              head=False)
    group = published_letter(ctx) if ctx is not None else None
    if ctx is None or group is None:
        return ()
    frame = replace(_frame(ctx, group), kind="message", remote=False, confidence=ARTICLE_CONFIDENCE)
    for j in range(group.trigger - 1, ctx.body - 1, -1):  # the letter's own place and date line, above its salutation
        found = head_date(doc.text, [doc.sentences[j]], lex)
        if found is not None:
            frame = replace(frame, date=FuzzyDate.of(found.year, found.month, found.day), date_source="text")
            break
    return tuple(step("published_letter", (), (frame,)))


def _unsure_domestic(ctx: _Doc, frames: list[EventFrame]) -> list[EventFrame]:
    """The first frame of two leads or more, one of no known side and none of them of two known sides, whose
    sentences or the headline name something of a country other than its known side (else the outlet's own, by its
    address): a domestic frame only for want of knowing that person's side ("Readout of President Biden's call with
    Texas Governor Greg Abbott" names no other country: domestic still)."""
    for f in frames:
        leads = [p for p in f.participants if p.lead]
        if len(leads) < 2 or all(p.side is not None for p in leads) or len(sides(f)) > 1:
            continue
        side = next(iter(sides(f)), None) or country_of_host(ctx.doc.article.url) or ""
        told = " ".join([ctx.doc.article.title or ""] + [ctx.text[a:b] for a, b in f.evidence])
        if _foreign_in(ctx, told, side, by_cue=False):
            return [f]
    return []


def _closing_date(ctx: _Doc, frame: EventFrame, clause_end: int) -> bool:
    """Whether the frame's date closes the sentence right after the cue's clause, nothing else after its comma but
    a day's word ("a accueilli une délégation ... à son siège situé à Cocody, hier lundi 6 mars 2023."): the
    exchange's day, not the report's ("..., a-t-on appris dimanche")."""
    if frame.date_span is None or frame.date_span[0] < clause_end:
        return False
    text, lex = ctx.text, ctx.lex
    between = text[clause_end : frame.date_span[0]].strip(" ,")
    words = [w for w in between.split() if w.lower() not in lex.weekdays]
    if len(words) > 1 or (words and not re.fullmatch(f"(?:{lex.date_yesterday}|{lex.date_today})", words[0], re.I)):
        return False
    end = next((e for s, e in ctx.doc.sentences if s <= clause_end < e), len(text))
    return not text[frame.date_span[1] : end].strip(" .;")


def _context(doc: Document, gazetteer: Gazetteer, lex: Lexicon, titled: bool, head: bool) -> _Doc | None:
    """The document's people and context for the grammar (None: ``head`` asked of an article whose body opens
    its text)."""
    text = doc.text
    spans = list(doc.sentences)
    body = body_start(text, spans)
    if head and body == 0:
        return None
    stop = name_stopwords(lex, gazetteer)
    published = to_date(doc.published) or head_date(text, spans[:body], lex)
    if published is not None and doc.published is not None and doc.published.precision != "day":
        published = MonthOnly(published.year, published.month, published.day)  # "2025-06": no weekday resolves
    dateline = find_dateline(doc, lex, published)
    org_words = stop | org_vocabulary(gazetteer, short=True)
    first = 0 if head else body
    mentions = [
        m for i in range(first, len(spans))
        for m in sentence_mentions(text, i, spans[i], lex, stop, org_words, titled=titled)
    ]
    given_names = lex.given_names_after_posts  # (not Spanish's bare given names: ``link_surnames``)
    if not titled and given_names:  # "Prime Minister Abiy" of "Abiy Ahmed", named in full before
        mentions = given_names_after_posts(text, spans, first, mentions, lex, stop, org_words)
    if lex.known_single_names:  # "Lula conversou com ...": one-word names the people table holds
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        in_full = frozenset(t for m in mentions if len(m.hit.tokens) > 1 for t in m.hit.tokens)
        single = [k for i in range(first, len(spans)) for k in known_single_names(
            text, i, spans[i], lex, stop, org_words, by_sentence.get(i, []), gazetteer, in_full)
            if not names_a_place_at(text, k.hit.start, k.hit.end, lex)]  # a place ("Lula": no; "Nepal": yes)
        mentions = sorted(mentions + single, key=lambda m: m.hit.start)
    if titled:  # a lone family name of someone named in full is theirs ("Joseph R. Biden, Jr." ... "President Biden")
        full = {key for m in mentions if len(m.hit.tokens) > 1 for key in surname_keys(m.hit.tokens)}
        mentions = [m for m in mentions if len(m.hit.tokens) > 1 or name_key(m.hit.tokens[0]) not in full]
    if dateline is not None:  # "La Paz, Aug 5 (Prensa Latina) The president ..." names nobody
        a, b = dateline.span
        mentions = [m for m in mentions if not a <= m.hit.start < b]
    glued = set()
    for m in mentions:
        hit = unglued(m.hit, gazetteer)
        if hit.end != m.hit.end:  # glued to the next word (not to a tag before it)
            glued.add(hit.end - 1)
        hit = untitled(hit, gazetteer)
        whole = lengthened(hit, text, spans[m.sentence], gazetteer, lex)  # "Madhav Kumar Nepal"
        t = m.title
        if whole.start < hit.start and t is not None and t.start < whole.start < t.end <= hit.start:
            # "... State Council Salvador" + "Valdes Mesa": the title ends where the whole name begins
            m.title = TitleHit(t.start, whole.start, text[t.start : whole.start].rstrip(), t.position)
        m.hit = whole
    people = group_people(mentions, gazetteer, given_names)
    _remembered(people, gazetteer, published)
    link_surnames(text, spans[first:], people, lex, stop)
    ref = dateline.date if dateline is not None and dateline.date is not None else published
    return _Doc(doc, lex, gazetteer, stop, people, first, ref, dateline, frozenset(glued))


def _remembered(people: list[Person], gazetteer: Gazetteer, published: date | None) -> None:
    """People the record knows to have died before the article was published are only remembered: a
    tribute, a legacy, a name given to a place ("homenajes a Simón Bolívar y Hugo Chávez", "una herencia
    perdurable de los líderes Fidel Castro Ruz y Ho Chi Minh", "the 30th anniversary of demise of President
    Kim Il Sung"). Every mention is a mention only."""
    if published is None:
        return
    when = published.isoformat()
    for person in people:
        known = gazetteer.person(person.native) or gazetteer.person(person.name)
        if known is not None and known.dead_by(when):
            for m in person.mentions:
                m.mention_only = True


def _completing(groups: list[Group], speakers: list[Group]) -> list[Group]:
    """The speakers of a roundup (``speaker_lines``) that no event holds; a cue sentence's group holding a
    speaker alone ("En el mensaje de felicitación que envió a Xi, el presidente de Liberia, A, dijo", the
    recipient named by a short form) takes the recipient instead."""
    out = []
    for r in speakers:
        sender, recipients = r.seats[0], r.seats[1:2]  # none when no recipient is named (``listed_senders``)
        holders = [g for g in groups if g.has(sender.person)]
        alone = [g for g in holders if all(s.person is sender.person for s in g.seats if s.role == "principal")]
        if holders and len(alone) == len(holders):
            alone[0].seats.extend(recipients)
        elif not holders:
            out.append(r)
    return out


def _delegation_abroad(ctx: _Doc, group: Group, frame: EventFrame) -> bool:
    """One side named where another country is named too ("Los cancilleres de Cuba y Laos, A, y B"), in an
    article with a word of an exchange (``exchange_cue``: "Al recibir a su homólogo asiático", "La comitiva
    de Xi"): the exchange the grammar could not frame.
    Without such a word (a cabinet meeting that names an enemy country) the article stays without events."""
    own = sides(frame)
    if len(own) != 1 or not ctx.lex.exchange_cue:
        return False
    told = replace(frame, evidence=tuple(ctx.doc.sentences[i] for i in group.sentences))  # whole sentences
    if not _foreign_named(ctx, told, next(iter(own)), any_word=True, by_cue=False):
        return False
    return bool(ctx.lex.compiled(ctx.lex.exchange_cue).search(f"{ctx.doc.article.title or ''}\n{ctx.text}"))


def _sides_told_before(frame: EventFrame, earlier: list[EventFrame]) -> EventFrame:
    """A participant the frame gives no side, a lead of an earlier two-sided event of the article with one,
    keeps it:
    "Invited by ... Om Birla, a delegation led by the Speaker of the Sri Lanka Parliament Mahinda Yapa
    Abeywardana" ... "Speaker Yapa Abeywardana also had bilateral meetings with the Vice President of India A"
    (a bare title names no country; the person is the one of the first event)."""
    if all(p.side is not None for p in frame.participants):
        return frame
    known: dict[str, str] = {}
    for before in earlier:
        if len(sides(before)) < 2:  # of an exchange told with both sides, not a one-sided lede
            continue
        for p in before.participants:
            if p.lead and p.side is not None:
                known.setdefault(p.person.name, p.side)
    if not known:
        return frame
    seated = tuple(
        replace(p, side=side, person=replace(p.person, country=p.person.country or side))
        if p.side is None and (side := known.get(p.person.name)) is not None else p
        for p in frame.participants
    )
    return replace(frame, participants=seated)


def _met_on_the_same_visit(frame: EventFrame, earlier: list[EventFrame], recall: bool) -> EventFrame:
    """"Xi Jinping met Prime Minister António Costa ... On the second day, Xi Jinping was received at
    the Assembly by its Speaker, Ferro Rodrigues": a later act of a principal of an earlier two-sided
    event, whose new counterpart has no side of their own, is with that event's other side (the hosts)."""
    (side,) = sides(frame)
    if frame.kind == "visit":
        return frame
    # the counterpart is a titled person ("the Speaker, Ferro Rodrigues"), not a place read as a name; of a
    # grammar event, not an official of an international body ("Liu also met with United Nations
    # Secretary-General Antonio Guterres")
    unknown = [
        p for p in frame.participants
        if p.side is None and p.lead and p.person.title
        and (recall or not _international(p.person.organization))
    ]
    ours = {p.person.name for p in frame.participants if p.side == side and p.lead}
    if not unknown or not ours:
        return frame
    for before in reversed(earlier):
        leads = [p for p in before.participants if p.lead]
        if not ours & {p.person.name for p in leads if p.side == side}:
            continue
        hosts = {p.side for p in leads if p.side not in (None, side)}
        if not hosts:  # an act naming no host ("Liu arrived at the invitation of A"): the one before
            continue
        if len(hosts) > 1:
            return frame
        host = next(iter(hosts))
        seated = tuple(
            replace(p, side=host, person=replace(p.person, country=p.person.country or host)) if p in unknown else p
            for p in frame.participants
        )
        return replace(frame, participants=seated)
    return frame


def _visitor_by_title(ctx: _Doc, frame: EventFrame, earlier: list[EventFrame]) -> EventFrame:
    """A host's meeting whose counterpart is named by a demonym and a capitalised title only, right after the cue ("The
    Vietnamese Prime Minister, Nguyen Xuan Phuc, meanwhile, during the meeting with the First Cuban Vice
    President, spoke of ..." after "Valdés Mesa [CU] talked with ... Nguyen Phu Trong [VN]"): the counterpart is
    the one principal of that country the earlier two-sided events met."""
    (side,) = sides(frame)
    if frame.kind == "visit" or not frame.evidence:
        return frame
    a, b = frame.evidence[0]
    sentence = ctx.text[a:b]
    cue = find_kind(sentence, ctx.lex)
    if cue is None:
        return frame
    clause = sentence[cue.end :].split(",", 1)[0]
    titled = re.findall(rf"([^\W\d_]+)\s+(?={CAPITAL})", clause)  # "Cuban Vice President", not "Chinese counterparts"
    named = {ctx.lex.demonyms.get(w.lower()) for w in titled} - {None, side}
    if len(named) != 1:
        return frame
    (country,) = named
    visitors = {
        p.person.name: p for f in earlier if len(sides(f)) >= 2 and side in sides(f)
        for p in f.participants if p.lead and p.side == country
    }
    if len(visitors) != 1:
        return frame
    (visitor,) = visitors.values()
    return replace(frame, participants=(*frame.participants, visitor))


def _met_again_by_hosts(frame: EventFrame, earlier: list[EventFrame]) -> bool:
    """A later act whose one known side is the hosts of an earlier event, and whose other lead, of no side
    known, is that event's visitor ("Este sábado la comitiva sostuvo conversaciones oficiales, presididas por
    A ... y por B [LA]" ... "También durante esta jornada, C [LA] recibió a la delegación ..., encabezada por
    A"): the visitor met by another host, two sides though the visitor's country is not named."""
    known = sides(frame)
    if len(known) != 1 or frame.kind == "visit":
        return False
    (side,) = known
    hosts = {p.person.name for p in frame.participants if p.lead and p.side == side}
    guests = {p.person.name for p in frame.participants if p.lead and p.side is None}
    if not hosts or not guests:
        return False
    for before in earlier:
        leads = [p for p in before.participants if p.lead]
        if guests & {p.person.name for p in leads if p.side is None} \
                and any(p.side == side and p.person.name not in hosts for p in leads):
            return True
    return False


def _international(org: OrgRef | None) -> bool:
    """Whether an organisation is a body the record knows to belong to no country (the United Nations)."""
    return org is not None and org.key is not None and org.country is None


def _stay_dated(ctx: _Doc, frame: EventFrame) -> bool:
    """Whether a visit's own sentence names the days or month of the stay ("from Saturday to Tuesday",
    "from 7 to 14 April"): such a visit stays beside the meetings told during it."""
    skip = ctx.dateline.span if ctx.dateline is not None else (0, 0)
    for a, b in frame.evidence[:1]:
        told = ctx.text[a : max(a, skip[0])] + " " + ctx.text[max(a, skip[1]) : b]
        for word in re.findall(r"[^\W\d_]+", told):
            if ctx.lex.weekday_number(word) is not None or ctx.lex.month_number(word) is not None:
                return True
    return False


def _told_in_its_sentence(ctx: _Doc, group: Group, frame: EventFrame) -> EventFrame:
    """A visitor's own act on a trip (``one_sided``: "El lunes el dirigente inauguró el quinto Seminario") keeps
    the place and day its sentence tells; else no place (the trip's cities are not its venue) and the month of
    the day it takes from the event before (a day of the stay not told)."""
    a, b = ctx.doc.sentences[group.trigger]

    def inside(span: Span | None) -> bool:
        return span is not None and a <= span[0] and span[1] <= b

    if not inside(frame.location_span):
        frame = replace(frame, location=None, location_span=None)
    if frame.date is not None and not inside(frame.date_span):
        frame = replace(frame, date=frame.date.month())
    return frame


def _covered_visit(frame: EventFrame, frames: list[EventFrame]) -> bool:
    """A one-sided visit ("A arrived in Caracas") whose meetings are told too ("During his stay he met
    B; C"): the visit is covered by its meetings."""
    if frame.kind != "visit" or len(sides(frame)) != 1:
        return False
    leads = {p.person.name for p in frame.participants if p.lead}
    return any(
        f is not frame and len(sides(f)) >= 2 and leads & {p.person.name for p in f.participants if p.lead}
        for f in frames
    )


def head_date(text: str, head: list[Span], lex: Lexicon) -> date | None:
    """A full date with its year in the lines before the body ("05 August 2025 | 14:20")."""
    for a, b in head:
        for m in lex.compiled(lex.date_month_day).finditer(text, a, b):
            g = m.groupdict()
            month = lex.month_number(g.get("month") or g.get("month2") or "")
            day = int(g.get("day") or g.get("day2") or 0)
            if g.get("year") and month:
                try:
                    return date(int(g["year"]), month, day)
                except ValueError:
                    continue
    return None


def body_start(text: str, spans: list[Span]) -> int:
    """Index of the first body sentence: headline, outlet and date lines come before it. A lead whose
    full stop the page lost still reads as one: a long line with the commas of appositions ("The
    president, A, received on Thursday the vice-president of X, B, who ...")."""
    for i, (a, b) in enumerate(spans):
        line = text[a:b].rstrip()
        tokens = len(tokenize(text, a, b))
        if (line.endswith((".", "!", "?", "”", '"')) and tokens >= 8) or (tokens >= 14 and line.count(",") >= 3):
            return i
    return 0
