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
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from liaison.extract.latin.affiliation import Affiliation, affiliation
from liaison.extract.latin.attendance import ListContext, is_attendance, list_context
from liaison.extract.latin.dates import find_event_date
from liaison.extract.latin.kinds import KindCue, find_kind, is_remote, topics
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Person, SentencePeople, group_people, link_surnames, sentence_mentions
from liaison.extract.latin.names import name_country, org_vocabulary
from liaison.extract.latin.places import Dateline, city_country, find_dateline, find_location, place_name
from liaison.extract.latin.titles import TitleHit
from liaison.extract.latin.tokens import tokenize
from liaison.extract.party_names import latin_party_names, party_ref
from liaison.extract.scoring import RECALL_CONFIDENCE, sides
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.kinds import remote_by_default
from liaison.model.types import (
    CHANNELS,
    Channel,
    Document,
    EventFrame,
    EventKind,
    FuzzyDate,
    OrgRef,
    Participant,
    PersonMention,
    Span,
)
from liaison.normalise.dates import to_date

Role = Literal["principal", "co", "list", "attendee"]


@dataclass
class Seat:
    """One person's place in one event."""

    person: Person
    role: Role
    sentence: int
    lead: bool = False
    side: str | None = None
    title: TitleHit | None = None
    affiliation: Affiliation | None = None


@dataclass
class Group:
    """The people and sentences of one event being built."""

    trigger: int
    cue: KindCue
    lead_in: int | None = None  # an earlier cue sentence naming nobody ("A seminar was held in X.")
    seats: list[Seat] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    recall: bool = False  # built by the recall tier: a later cue sentence no rule claimed

    def has(self, person: Person) -> bool:
        return any(s.person is person for s in self.seats)


@dataclass
class _Doc:
    doc: Document
    lex: Lexicon
    gazetteer: Gazetteer
    stop: frozenset[str]
    people: list[Person]
    body: int
    ref: date | None
    dateline: Dateline | None
    named: SentencePeople = field(init=False)

    def __post_init__(self) -> None:
        self.named = SentencePeople(self.people)  # the people are complete: surnames are linked

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence(self, i: int) -> str:
        a, b = self.doc.sentences[i]
        return self.doc.text[a:b]


def extract_with(doc: Document, gazetteer: Gazetteer, lex: Lexicon) -> tuple[EventFrame, ...]:
    """All event frames of ``doc`` read with the grammar of ``lex``."""
    text = doc.text
    spans = list(doc.sentences)
    body = body_start(text, spans)
    stop = lex.stopwords | org_vocabulary(gazetteer)
    published = to_date(doc.published) or head_date(text, spans[:body], lex)
    dateline = find_dateline(text, lex, published)
    org_words = stop | org_vocabulary(gazetteer, short=True)
    mentions = [
        m for i in range(body, len(spans)) for m in sentence_mentions(text, i, spans[i], lex, stop, org_words)
    ]
    if dateline is not None:  # "La Paz, Aug 5 (Prensa Latina) The president ..." names nobody
        a, b = dateline.span
        mentions = [m for m in mentions if not a <= m.hit.start < b]
    people = group_people(mentions, gazetteer)
    link_surnames(text, spans[body:], people, lex, stop)
    ref = dateline.date if dateline is not None and dateline.date is not None else published
    ctx = _Doc(doc, lex, gazetteer, stop, people, body, ref, dateline)
    frames: list[EventFrame] = []
    for g in _groups(ctx):
        frame = _frame(ctx, g, frames[-1] if frames else None)
        if not g.recall or len(sides(frame)) >= 2:  # the recall tier needs two sides named
            frames.append(frame)
    return tuple(f for f in frames if not _domestic(ctx, f))


def _domestic(ctx: _Doc, frame: EventFrame) -> bool:
    """Everyone on one side, and nothing foreign named where the event is told ("Liu attended a symposium
    with officials from provincial Party committees"; "The Komdok Mining Complex sent a letter to Kim Jong
    Un"): a domestic event, not an exchange."""
    sides = {p.side for p in frame.participants}
    if not frame.participants or len(sides) != 1 or None in sides:
        return False
    (side,) = sides
    lex = ctx.lex
    told = " ".join(ctx.text[a:b] for a, b in frame.evidence)
    if lex.foreign_cue and lex.compiled(lex.foreign_cue).search(told):
        return False
    if any(e.country not in (None, side) for _, e in ctx.gazetteer.find_orgs(told)):
        return False
    table = {**lex.countries, **lex.demonyms}
    for word in re.findall(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?", told):
        for w in (word.lower(), word.split()[0].lower()):
            if table.get(w, side) != side:
                return False
    return not any(city_country(w, lex) not in (None, side) for w in re.findall(r"[A-Z][\w'’-]+", told))


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
    """Index of the first body sentence: headline, outlet and date lines come before it."""
    for i, (a, b) in enumerate(spans):
        if text[a:b].rstrip().endswith((".", "!", "?", "”", '"')) and len(tokenize(text, a, b)) >= 8:
            return i
    return 0


def _participating(person: Person, i: int) -> bool:
    m = person.mention_in(i)
    return m is not None and not m.mention_only


def _short_form_at(person: Person, span: Span) -> int | None:
    """Where a later short form ("Trung held talks with ...") names a participating person in a sentence."""
    if person.mention_only:
        return None
    return person.short_form_in(*span)


def _present(ctx: _Doc, i: int, cue: KindCue | None) -> list[Person]:
    """People taking part in sentence ``i``: named in full, or by a short form where a cue is."""
    span = ctx.doc.sentences[i]
    out = []
    for p in ctx.named.candidates(i, span):
        short = cue is not None and p.mention_in(i) is None and _short_form_at(p, span) is not None
        if _participating(p, i) or short:
            out.append(p)
    return out


def _groups(ctx: _Doc) -> list[Group]:
    lex = ctx.lex
    groups: list[Group] = []
    pending: tuple[int, KindCue] | None = None  # a cue whose sentence names nobody ("A seminar was held.")
    apart: Group | None = None  # "met separately with leaders of A and B": counterparts named later
    members: list[Seat] = []  # "The delegation included ...": at each later event of the visit too
    for i in range(ctx.body, len(ctx.doc.sentences)):
        sentence = ctx.sentence(i)
        cue = find_kind(sentence, lex)
        present = _present(ctx, i, cue)
        if not groups:
            if cue is not None and present:
                groups.extend(_trigger_groups(ctx, i, cue, present))
                if pending is not None and pending[1].kind == cue.kind and i - pending[0] <= 2:
                    for g in groups:
                        g.lead_in = pending[0]
                if len(groups) == 1 and _awaits_counterparts(ctx, groups[0], sentence):
                    apart = groups[0]
            elif pending is not None and present and i == pending[0] + 1:
                # "A seminar was held ... The opening was given by A and B": the cue carries over.
                listed = is_attendance(sentence, lex)  # "Por parte del PCE participaron A y B"
                carried = KindCue(pending[1].kind, -1, -1)
                for g in _trigger_groups(ctx, i, carried, present[:1] if listed else present, listed=listed):
                    g.trigger, g.sentences = pending[0], [pending[0], i]
                    if listed:
                        _seat_all(g, present[1:], "list", i)
                    groups.append(g)
            elif cue is not None and pending is None:
                pending = (i, cue)
            continue
        new = [p for p in present if not any(g.has(p) for g in groups)]
        if not new:
            continue
        if apart is not None and lex.with_cue and lex.compiled(lex.with_cue).search(sentence) \
                and not is_attendance(sentence, lex):
            _add_counterparts(ctx, groups, apart, new, i)
        elif cue is not None and _sequel(ctx, i, sentence, groups[0]):
            for g in _trigger_groups(ctx, i, cue, present, inherit=groups[0]):
                _seat_members(g, members)
                groups.append(g)
        elif lex.compiled(lex.speaker_cue).search(sentence):
            _seat_all(groups[0], new, "co", i)
        elif is_attendance(sentence, lex):
            new = _attending(ctx, i, new)
            every = lex.compiled(lex.every_event_cue).search(sentence) if lex.every_event_cue else None
            delegates = lex.compiled(lex.delegation_cue).search(sentence) if lex.delegation_cue else None
            if delegates:
                members.extend(Seat(p, "list", i) for p in new)
            for g in groups if every or delegates else groups[:1]:
                _seat_all(g, new, "list", i)
        elif cue is not None and not _reported_speech(ctx, sentence, cue):
            # Recall tier: a later cue sentence naming new people ("Qu explained ... during meetings with A,
            # B and C"): the first event's principal on the other side is the counterpart when unnamed.
            for g in _trigger_groups(ctx, i, cue, present, inherit=groups[0]):
                g.recall = True
                groups.append(g)
    return groups


def _reported_speech(ctx: _Doc, sentence: str, cue: KindCue) -> bool:
    """"Lourenco said that ... his talks there with President Xi": the cue is inside what someone said."""
    lex = ctx.lex
    return bool(lex.speech_cue) and bool(lex.compiled(lex.speech_cue).search(sentence[: cue.start]))


def _seat_members(group: Group, members: list[Seat]) -> None:
    """Members of the visiting delegation listed before a later event take part in it too."""
    for seat in members:
        if not group.has(seat.person):
            group.seats.append(Seat(seat.person, "list", seat.sentence))
            if seat.sentence not in group.sentences:
                group.sentences.append(seat.sentence)


def _sequel(ctx: _Doc, i: int, sentence: str, first: Group) -> bool:
    """Whether a later cue sentence tells another event: "also met", another date, "the next day"."""
    lex = ctx.lex
    if lex.compiled(lex.also_cue).search(sentence) or _new_date(ctx, i, first):
        return True
    return bool(lex.sequel_cue) and bool(lex.compiled(lex.sequel_cue).search(sentence))


def _awaits_counterparts(ctx: _Doc, group: Group, sentence: str) -> bool:
    """"X held separate meetings with leaders of A and B": a separate cue and nobody met named yet."""
    if not ctx.lex.compiled(ctx.lex.separate_cue).search(sentence):
        return False
    cue_at = ctx.doc.sentences[group.trigger][0] + group.cue.start
    for seat in group.seats:
        m = seat.person.mention_in(group.trigger)
        if seat.lead and m is not None and m.hit.start >= cue_at:
            return False
    return True


def _add_counterparts(ctx: _Doc, groups: list[Group], apart: Group, new: list[Person], i: int) -> None:
    """"With A, he reviewed ... Later, he talked with B": each later sentence names one more counterpart."""
    hosts = [s for s in apart.seats if s.lead and s.sentence == apart.trigger]
    if any(s.sentence != apart.trigger for s in apart.seats if s.lead):
        target = Group(apart.trigger, apart.cue, sentences=[apart.trigger])
        for s in hosts:
            target.seats.append(Seat(s.person, "principal", s.sentence, lead=True))
        groups.append(target)
    else:
        target = apart
    for p in new:
        target.seats.append(Seat(p, "principal", i, lead=True))
    if i not in target.sentences:
        target.sentences.append(i)


def _attending(ctx: _Doc, i: int, people: list[Person]) -> list[Person]:
    """People of an attendance sentence, without those named in a relative clause after the list
    ("Attending was A, who recalled that B ...")."""
    lex = ctx.lex
    if not lex.relative_cue:
        return people
    a, b = ctx.doc.sentences[i]
    att = lex.compiled(lex.attendance_cue).search(ctx.text, a, b)
    rel = lex.compiled(lex.relative_cue).search(ctx.text, att.end() if att else a, b)
    if rel is None:
        return people
    kept = []
    for p in people:
        m = p.mention_in(i)
        if m is None or m.head_start < rel.start():
            kept.append(p)
    return kept


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


def _referenced(person: Person, span: Span) -> bool:
    """Whether a person is named in a sentence, in full or by a later short form."""
    a, b = span
    return any(a <= m.hit.start < b for m in person.mentions) or any(a <= x < b for x, _ in person.extra_spans)


def _seat_all(group: Group, people: list[Person], role: Role, i: int) -> None:
    for p in people:
        group.seats.append(Seat(p, role, i))
    if i not in group.sentences:
        group.sentences.append(i)


def _trigger_groups(
    ctx: _Doc, i: int, cue: KindCue, present: list[Person], inherit: Group | None = None, listed: bool = False
) -> list[Group]:
    """The events a cue sentence tells; ``listed``: the sentence is the list of one side ("Por parte del
    PCE participaron A y B"), so its attendance verb introduces the lead rather than an escort."""
    lex = ctx.lex
    a, _ = ctx.doc.sentences[i]
    sentence = ctx.sentence(i)
    cue_at = a + cue.start
    escort = lex.compiled(lex.attendance_cue)
    before: list[Person] = []
    after: list[Person] = []
    escorts: list[Person] = []
    for p in present:
        m = p.mention_in(i)
        short = _short_form_at(p, ctx.doc.sentences[i]) if m is None else None
        start = m.hit.start if m is not None else (short if short is not None else a)
        at = (m.head_start if m is not None else start) - a
        escorted = [e for e in escort.finditer(sentence[:at])]
        if escorted and not listed and not (escorted[-1].end() <= cue.start < at):
            escorts.append(p)
        elif start < cue_at:
            before.append(p)
        else:
            after.append(p)
    if inherit is not None and not any(p in before for p in _principals(inherit)):
        principals = [p for p in _principals(inherit) if p not in after and p not in before]
        named = [p for p in principals if _referenced(p, ctx.doc.sentences[i])]
        host = city_country(ctx.dateline.place, lex) if ctx.dateline is not None else None
        others = [
            p for p in principals if not _same_country(ctx, p, before + after) and _country_guess(ctx, p) != host
        ] or [p for p in principals if not _same_country(ctx, p, before + after)]
        chosen = (named or others or principals)[:1]
        if not before or (chosen and chosen[0] in named):
            before = [*chosen, *before] if before else chosen
    leads = before + after
    if lex.compiled(lex.separate_cue).search(sentence) and len(after) >= 2:
        splits = [[*before, o] for o in after]
    else:
        splits = [leads]
    out = []
    for people in splits:
        g = Group(i, cue, sentences=[i])
        for p in people:
            g.seats.append(Seat(p, "principal", i, lead=True))
        for p in escorts:
            g.seats.append(Seat(p, "attendee", i))
        out.append(g)
    return out


def _principals(group: Group) -> list[Person]:
    return [s.person for s in group.seats if s.lead and s.role == "principal"]


def _country_guess(ctx: _Doc, person: Person) -> str | None:
    title = person.title
    by_name = person.known_country or name_country(person.first.hit.tokens)
    return affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, by_name).country or by_name


def _same_country(ctx: _Doc, person: Person, others: list[Person]) -> bool:
    """Whether ``person`` looks to be of the country of one of ``others`` (unknown: no)."""
    mine = _country_guess(ctx, person)
    return mine is not None and any(_country_guess(ctx, o) == mine for o in others)


def _side(ctx: _Doc, seat: Seat, lists: dict[int, ListContext]) -> None:
    person = seat.person
    mention = person.mention_in(seat.sentence) or person.first
    title = mention.title or person.title
    listing = lists.get(seat.sentence)
    if title is None and listing is not None and listing.header is not None and listing.header_scope:
        lo, hi = listing.header_scope
        if lo <= mention.hit.start < hi:
            title = listing.header
    listed = listing.side_at(mention.hit.start) if listing is not None else None
    by_name = person.known_country or name_country(person.first.hit.tokens)
    first = affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, by_name or listed)
    owner = _possessor(ctx, title) if title is not None else None
    if owner is not None and first.organization is None:
        first = Affiliation(owner.ref(), owner.country, (_capacity(owner.kind),))
    side = first.country or listed or by_name
    seat.side = side
    seat.title = title
    seat.affiliation = affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, side)
    if owner is not None and seat.affiliation.organization is None:
        seat.affiliation = first


def _other_side(ctx: _Doc, group: Group, lists: dict[int, ListContext]) -> None:
    """"Also taking part were A and, on the Russian side, B": a name listed before the sentence's
    side cues is of the one other side of the event."""
    known = {s.side for s in group.seats if s.side}
    for seat in group.seats:
        listing = lists.get(seat.sentence)
        mention = seat.person.mention_in(seat.sentence)
        if seat.side is not None or listing is None or not listing.sides or mention is None:
            continue
        if mention.hit.start >= listing.sides[0][0]:
            continue
        others = known - {code for _, code in listing.sides}
        if len(others) == 1:
            seat.side = next(iter(others))
            title = seat.title.text if seat.title else None
            seat.affiliation = affiliation(title, ctx.lex, ctx.gazetteer, seat.side)


def _possessor(ctx: _Doc, title: TitleHit) -> OrgEntry | None:
    """"... a delegation of the MAS-IPSP, led by its president, A" (or "Por parte del PCE participaron su
    secretario general, A"): the organisation whose delegation (or side) is named last before a title
    that opens with a possessive."""
    if not ctx.lex.possessives:
        return None
    start = next((a for a, b in ctx.doc.sentences if a <= title.start < b), 0)
    before = ctx.text[start : title.start]
    words = "|".join(re.escape(w) for w in ctx.lex.possessives)
    if not re.search(rf"\b(?:{words})\s+$", before, re.IGNORECASE):
        return None
    found = list(ctx.gazetteer.find_orgs(before))
    if not found:
        return None
    entry = found[-1][1]
    at = next(span[0] for span, e in found if e.id == entry.id)  # "del Movimiento al Socialismo (MAS)"
    led = re.search(r"\b(?:delegaci[óo]n|delegação|delegation)\s+(?:del?|da|do|of)?\s*(?:the\s+|la\s+|el\s+)?$",
                    before[:at], re.IGNORECASE)
    side = re.search(r"\b(?:por|pela|de)\s+parte\s+(?:del?|da|do)\s*(?:la\s+)?$", before[:at], re.IGNORECASE)
    return entry if led or side else None  # "a delegation of the MAS, led by its president"; "por parte del PCE"


def _capacity(kind: str) -> Channel:
    return {"party": "party", "party_body": "party", "state": "state", "legislature": "legislature"}.get(
        kind, "other"
    )  # type: ignore[return-value]


def _colleague_bodies(group: Group) -> None:
    """"Vice-minister Sun Haiyan" beside "Liu Jianchao, Minister of the International Department":
    a bare title takes the body of a same-side colleague whose title has the same head."""
    for seat in group.seats:
        aff = seat.affiliation
        if seat.title is None or aff is None:
            continue
        if aff.organization is not None and aff.organization.kind != "state":
            continue  # a bare title's state body is only the side's government, inferred
        head = _bare_head(seat.title.text)
        if head is None:
            continue
        for other in group.seats:
            o = other.affiliation
            if other is seat or other.side != seat.side or o is None or o.organization is None:
                continue
            if other.title is None or o.organization.kind not in ("party", "party_body"):
                continue
            if head in _title_words(other.title.text):
                seat.affiliation = Affiliation(o.organization, o.country, o.capacities)
                break


def _bare_head(title: str) -> str | None:
    """The head of a one-word title ("Vice-minister" -> "minister"), else None."""
    words = _title_words(title)
    core = words[1:] if len(words) > 1 and words[0] in ("vice", "deputy") else words
    compound = len(core) == 2 and "-" in title  # "Deputy Secretary-General"
    return core[-1] if len(core) == 1 or compound else None


def _title_words(title: str) -> list[str]:
    out: list[str] = []
    for tok in tokenize(title):
        for part in tok.lower.split("-"):
            out.append(re.sub(r"^vice(?=\w{4,})", "", part))
    return out


def _relative_date(ctx: _Doc, group: Group, previous: EventFrame | None) -> tuple[FuzzyDate, Span] | None:
    """"The next day, ..." / "Earlier in the day, ...": a later event dated from the one told before."""
    lex = ctx.lex
    if previous is None or previous.date is None or previous.date.precision != "day":
        return None
    a, b = ctx.doc.sentences[group.trigger]
    for pattern, shift in ((lex.date_next_day, 1), (lex.date_same_day, 0)):
        m = lex.compiled(pattern).search(ctx.text, a, b) if pattern else None
        if m is not None:
            d = date.fromisoformat(previous.date.iso) + timedelta(days=shift)
            return FuzzyDate.of(d.year, d.month, d.day), (m.start(), m.end())
    return None


def _frame(ctx: _Doc, group: Group, previous: EventFrame | None = None) -> EventFrame:
    lex, text = ctx.lex, ctx.text
    lists = {
        s.sentence: list_context(text, ctx.doc.sentences[s.sentence], lex)
        for s in group.seats
        if s.role in ("list", "co", "attendee")
    }
    for seat in group.seats:
        _side(ctx, seat, lists)
    _other_side(ctx, group, lists)
    _colleague_bodies(group)
    led = {s.side for s in group.seats if s.lead}
    for seat in group.seats:
        if (seat.role == "co" or (seat.role == "list" and _led_by(ctx, seat))) and seat.side and seat.side not in led:
            seat.lead = True
            led.add(seat.side)
    trigger_span = ctx.doc.sentences[group.trigger]
    trigger_text = ctx.sentence(group.trigger)
    head_text = " ".join(ctx.sentence(j) for j in range(0, ctx.body))
    remote = is_remote(trigger_text, lex) or remote_by_default(group.cue.kind)
    kind: EventKind = group.cue.kind
    if remote and kind in ("meeting", "talks", "visit", "other"):
        kind = "video_conference"
    if not remote and kind in ("meeting", "talks") and is_remote(head_text, lex):
        remote, kind = True, "video_conference"
    headline = find_kind(ctx.doc.article.title or "", lex)
    if not remote and kind in ("meeting", "talks") and headline and headline.kind in ("phone_call", "video_conference"):
        remote, kind = True, headline.kind  # "Readout of X's Call with Y": "X spoke today with Y"
    blocked = _blocked(group)
    dateline_span = [ctx.dateline.span] if ctx.dateline is not None else []
    date_hit = find_event_date(text, trigger_span, ctx.ref, lex, blocked + dateline_span)
    if date_hit is None and group.lead_in is not None:
        date_hit = find_event_date(text, ctx.doc.sentences[group.lead_in], ctx.ref, lex, blocked + dateline_span)
    fd: FuzzyDate | None
    relative = _relative_date(ctx, group, previous) if date_hit is None else None
    if relative is not None:
        fd, date_span, source = relative[0], relative[1], "text"
    elif date_hit is None and previous is not None and previous.date is not None and previous.date_span is not None:
        fd, date_span, source = previous.date, previous.date_span, "text"  # a later event told without a date
    elif date_hit is not None:
        fd, date_span, source = date_hit.date, date_hit.span, "text"
    elif ctx.dateline is not None and ctx.dateline.date is not None:
        d = ctx.dateline.date
        fd, date_span, source = FuzzyDate.of(d.year, d.month, d.day), ctx.dateline.span, "text"
    else:
        fd, date_span, source = ctx.doc.published, None, ("published" if ctx.doc.published else "none")
    location = location_span = None
    if not remote:
        found = find_location(text, trigger_span, lex, blocked + dateline_span, ctx.stop)
        if found is None and group.lead_in is not None:
            found = find_location(text, ctx.doc.sentences[group.lead_in], lex, blocked + dateline_span, ctx.stop)
        if found is None:
            found = _venue(ctx, group, blocked + dateline_span)
        if found is None and previous is not None and previous.location and previous.location_span and not ctx.dateline:
            found = previous.location, previous.location_span  # a later event of the same visit
        if found is None and ctx.dateline is None:
            found = _visited_city(ctx, group, blocked)
        if found is not None:
            location, location_span = found
        elif ctx.dateline is not None:
            # "here", "in this capital", or nowhere else named: the dateline's city
            location, location_span = ctx.dateline.place, ctx.dateline.span
    _escort_sides(ctx, group)
    _host_sides(ctx, group, location)
    participants = tuple(_participant(s) for s in sorted(group.seats, key=lambda s: not s.lead))
    channel = _channel(group, trigger_text, ctx)
    parties = _parties(group, trigger_span, ctx) if "party" in channel else ()
    evidence = tuple(sorted({ctx.doc.sentences[j] for j in group.sentences}))
    return EventFrame(
        kind=kind,
        date=fd,
        date_source=source,  # type: ignore[arg-type]
        location=location,
        remote=remote,
        channel=channel,
        participants=participants,
        parties=parties,
        evidence=evidence,
        topics=topics(head_text + "\n" + text, lex),
        date_span=date_span,
        location_span=location_span,
        confidence=RECALL_CONFIDENCE if group.recall else 1.0,
    )


def _led_by(ctx: _Doc, seat: Seat) -> bool:
    """A listed person named right after "led by" ("The Chinese delegation was led by A")."""
    m = seat.person.mention_in(seat.sentence)
    if m is None:
        return False
    a, _ = ctx.doc.sentences[seat.sentence]
    return bool(ctx.lex.compiled(ctx.lex.lead_cue).search(ctx.text[a : m.head_start]))


def _visited_city(ctx: _Doc, group: Group, blocked: list[Span]) -> tuple[str, Span] | None:
    """"... during the visit to Havana of a delegation": without a dateline, a known city the lead
    sentences before the trigger place the story in."""
    for i in range(ctx.body, group.trigger):
        a, b = ctx.doc.sentences[i]
        for m in re.finditer(r"(?-i:[A-ZÁÉÍÓÚ][\w'’-]+)(?:\s+(?-i:[A-ZÁÉÍÓÚ][\w'’-]+)){0,2}", ctx.text[a:b]):
            words = m.group(0).split()
            for n in range(len(words), 0, -1):
                for k in range(len(words) - n + 1):
                    raw = " ".join(words[k : k + n])
                    place = place_name(raw, ctx.lex)
                    if city_country(place, ctx.lex) is not None and not ctx.lex.country_of(raw):
                        at = a + m.start() + m.group(0).find(raw)
                        if not any(x < at + len(raw) and at < y for x, y in blocked):
                            return place, (at, at + len(raw))
    return None


def _venue(ctx: _Doc, group: Group, blocked: list[Span]) -> tuple[str, Span] | None:
    """"The meeting was held at the PSUV headquarters, in Caracas": a place a sentence soon after the
    trigger gives the event."""
    if not ctx.lex.venue_cue:
        return None
    last = min(group.trigger + 4, len(ctx.doc.sentences))
    for i in range(group.trigger + 1, last):
        if ctx.lex.compiled(ctx.lex.venue_cue).search(ctx.sentence(i)):
            found = find_location(ctx.text, ctx.doc.sentences[i], ctx.lex, blocked, ctx.stop)
            if found is not None:
                return found
    return None


def _escort_sides(ctx: _Doc, group: Group) -> None:
    """"Acompañaron al secretario general el vicepresidente ..., A, y la diputada B": people named as
    going with a lead (by the lead's title or name) are of the lead's side."""
    lex = ctx.lex
    if not lex.escort_cue:
        return
    leads = [s for s in group.seats if s.lead and s.side]
    for seat in group.seats:
        if seat.side is not None or seat.lead:
            continue
        a, b = ctx.doc.sentences[seat.sentence]
        cue = lex.compiled(lex.escort_cue).search(ctx.text, a, b)
        mention = seat.person.mention_in(seat.sentence)
        if cue is None or mention is None or mention.head_start < cue.end():
            continue
        after = [t.lower for t in tokenize(ctx.text, cue.end(), b) if t.lower not in lex.articles][:4]
        sides = {lead.side for lead in leads if _named_by(lead, after, lex)}
        if len(sides) == 1:
            seat.side = sides.pop()
            seat.affiliation = affiliation(seat.title.text if seat.title else None, lex, ctx.gazetteer, seat.side)


def _named_by(lead: Seat, words: list[str], lex: Lexicon) -> bool:
    """Whether the words after an escort cue name a lead: the start of the lead's title or a part of
    the lead's name."""
    if not words:
        return False
    names = {t.lower for t in tokenize(lead.person.native)}
    if words[0] in names:
        return True
    if lead.title is None:
        return False
    title = [t.lower for t in tokenize(lead.title.text) if t.lower not in lex.articles]
    n = 2 if len(title) >= 2 and len(words) >= 2 else 1
    return title[:n] == words[:n] and _is_title_head(words[:n], lex)


def _is_title_head(words: list[str], lex: Lexicon) -> bool:
    return any(w in lex.title_heads for w in words)


def _host_sides(ctx: _Doc, group: Group, location: str | None) -> None:
    """A present non-lead with no side of their own ("the deputy Pedro Infante participated", "Gustavo
    Porras, President of the National Assembly, attended") is of the country the event took place in."""
    host = city_country(location, ctx.lex)
    if host is None:
        return
    for seat in group.seats:
        if seat.side is not None or seat.lead:
            continue
        seat.side = host
        title = seat.title.text if seat.title else None
        aff = affiliation(title, ctx.lex, ctx.gazetteer, host)
        if seat.affiliation is None or seat.affiliation.organization is None or aff.organization is not None:
            seat.affiliation = aff


def _blocked(group: Group) -> list[Span]:
    spans: list[Span] = []
    for seat in group.seats:
        for m in seat.person.mentions:
            spans.append((m.hit.start, m.hit.end))
            if m.title is not None:
                spans.append((m.title.start, m.title.end))
        spans.extend(seat.person.extra_spans)
    return spans


def _participant(seat: Seat) -> Participant:
    person = seat.person
    aff = seat.affiliation
    mention = PersonMention(
        name=person.name,
        native=person.native,
        span=(person.first.hit.start, person.first.hit.end),
        aliases=tuple(person.aliases),
        title=seat.title.text if seat.title else None,
        title_span=(seat.title.start, seat.title.end) if seat.title else None,
        organization=aff.organization if aff else None,
        country=seat.side,
        extra_spans=tuple(sorted(set(person.extra_spans))),
        name_source="as-written" if person.name == person.native else "table",
    )
    return Participant(person=mention, lead=seat.lead, side=seat.side)


def _channel(group: Group, trigger_text: str, ctx: _Doc) -> tuple[Channel, ...]:
    caps: set[str] = set()
    for seat in group.seats:
        if seat.lead and seat.affiliation is not None:
            caps.update(seat.affiliation.capacities)
    if not caps:
        parties = {e.country for _, e in ctx.gazetteer.find_orgs(trigger_text) if e.kind == "party"}
        caps.add("party" if parties else "other")
    return tuple(c for c in CHANNELS if c in caps)  # type: ignore[misc]


def _parties(group: Group, trigger_span: Span, ctx: _Doc) -> tuple[OrgRef, ...]:
    found: dict[str, OrgRef] = {}
    sides = {s.side for s in group.seats if s.side}
    for seat in group.seats:
        if seat.lead and seat.affiliation is not None:
            party = ctx.gazetteer.party_of(seat.affiliation.organization)
            if party is not None:
                found.setdefault(party.id, party.ref())
            elif seat.title is not None:  # a party the gazetteer does not know, by its name's form
                tail = ctx.text[seat.title.start : seat.title.end + 80]  # the title may stop at an unknown name
                tail = tail[: len(seat.title.text) + len(re.split(r"[,;.()]", tail[len(seat.title.text):])[0])]
                known = any(e.kind == "party" for _s, e in ctx.gazetteer.find_orgs(tail)) or any(
                    p.country == seat.side for p in found.values())  # that side already has its party
                for _span, name in latin_party_names(tail)[:1]:
                    if not known and ctx.gazetteer.lookup_org(name) is None:
                        ref = party_ref(name, seat.side)
                        found.setdefault(ref.key or name, ref)
    a, b = trigger_span
    for span, entry in ctx.gazetteer.find_orgs(ctx.text[a:b]):
        if entry.kind == "party" and entry.country in sides and all(p.country != entry.country for p in found.values()):
            found.setdefault(entry.id, entry.ref((a + span[0], a + span[1])))
    return tuple(found.values())
