"""Sides and affiliations of the people seated in an event: the country each one represents, the
body a bare title belongs to, escorts and hosts."""

from __future__ import annotations

import re
from collections.abc import Callable

from liaison.extract.latin.affiliation import Affiliation, affiliation, countries_named
from liaison.extract.latin.attendance import ListContext
from liaison.extract.latin.context import Group, Seat, _Doc, _referenced, name_side
from liaison.extract.latin.hosts import _country_of_place, _headline_country
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.mentions import Mention
from liaison.extract.latin.outlets import home_country
from liaison.extract.latin.places import city_country
from liaison.extract.latin.titles import TitleHit
from liaison.extract.latin.tokens import tokenize
from liaison.kb.gazetteer import OrgEntry
from liaison.model.types import (
    Channel,
)


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
    by_name = name_side(ctx, person, title)
    first = affiliation(title.text if title else None, ctx.lex, ctx.gazetteer, by_name or listed)
    owner = _possessor(ctx, title) if title is not None else None
    if owner is None and title is not None:
        owner = _members_body(ctx, title.start)
    if owner is not None and first.organization is None:
        first = Affiliation(owner.ref(), owner.country, (_capacity(owner.kind),))
    side = first.country or listed or by_name
    if side is None and title is not None and first.organization is None:
        side = ctx.readout_side(person)  # a readout's own official, named by a post alone
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
    that opens with a possessive, or that a delegation's head cue and its article open ("una delegación
    de la FRELIMO, encabezada por el secretario general, A": ``cues.possessor_head``)."""
    if not ctx.lex.possessives:
        return None
    start = next((a for a, b in ctx.doc.sentences if a <= title.start < b), 0)
    before = ctx.text[start : title.start]
    words = "|".join(re.escape(w) for w in ctx.lex.possessives)
    headed = bool(ctx.lex.possessor_head_cue) and bool(ctx.lex.compiled(ctx.lex.possessor_head_cue).search(before))
    if not headed and not re.search(rf"\b(?:{words})\s+$", before, re.IGNORECASE):
        return None
    found = list(ctx.gazetteer.find_orgs(before))
    if not found:
        return None
    entry = found[-1][1]
    at = next(span[0] for span, e in found if e.id == entry.id)  # "del Movimiento al Socialismo (MAS)"
    led = ctx.lex.compiled(ctx.lex.possessor_delegation_cue).search(before[:at])
    side = ctx.lex.compiled(ctx.lex.possessor_side_cue).search(before[:at])
    return entry if led or side else None  # "a delegation of the MAS, led by its president"; "por parte del PCE"


def _members_body(ctx: _Doc, at: int) -> OrgEntry | None:
    """"The PTI's leaders, including Vice Chairman A and Secretary General B"
    (``cues.members_of``): the body named with the group a post at ``at`` is listed in, its people named by posts and
    conjunctions after the cue."""
    lex = ctx.lex
    if not lex.members_of_cue:
        return None
    start = next((a for a, b in ctx.doc.sentences if a <= at < b), 0)
    before = ctx.text[start:at]
    found = list(lex.compiled(lex.members_of_cue).finditer(before))
    if not found:
        return None
    cue = found[-1]
    rest = before[cue.end() :]  # the posts and names listed before this one: capitalised words, commas, "and"
    if any(w[:1].islower() and w.lower() not in lex.conjunctions for w in re.findall(r"[^\W\d_][\w.'-]*", rest)):
        return None
    orgs = list(ctx.gazetteer.find_orgs(before[max(0, cue.start() - 80) : cue.end()]))
    return orgs[-1][1] if orgs else None


def _capacity(kind: str) -> Channel:
    return {"party": "party", "party_body": "party", "state": "state", "legislature": "legislature"}.get(
        kind, "other"
    )  # type: ignore[return-value]


def _colleague_bodies(group: Group, lex: Lexicon) -> None:
    """"Vice-minister Sun Haiyan" beside "Liu Jianchao, Minister of the International Department":
    a bare title takes the body of a same-side colleague whose title has the same head."""
    for seat in group.seats:
        aff = seat.affiliation
        if seat.title is None or aff is None:
            continue
        if aff.organization is not None and aff.organization.kind != "state":
            continue  # a bare title's state body is only the side's government, inferred
        head = _bare_head(seat.title.text, lex)
        if head is None:
            continue
        for other in group.seats:
            o = other.affiliation
            if other is seat or other.side != seat.side or o is None or o.organization is None:
                continue
            if other.title is None or o.organization.kind not in ("party", "party_body"):
                continue
            if head in _title_words(other.title.text, lex):
                seat.affiliation = Affiliation(o.organization, o.country, o.capacities)
                break


def _bare_head(title: str, lex: Lexicon) -> str | None:
    """The head of a one-word title ("Vice-minister" -> "minister"), else None."""
    words = _title_words(title, lex)
    core = words[1:] if len(words) > 1 and words[0] in lex.deputy_words else words
    compound = len(core) == 2 and "-" in title  # "Deputy Secretary-General"
    return core[-1] if len(core) == 1 or compound else None


def _title_words(title: str, lex: Lexicon) -> list[str]:
    out: list[str] = []
    for tok in tokenize(title):
        for part in tok.lower.split("-"):
            out.append(lex.compiled(lex.fused_deputy).sub("", part))
    return out


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


def _companion_sides(ctx: _Doc, group: Group) -> None:
    """"Principal Deputy National Security Advisor Jon Finer traveled to ... He was joined by ... Deputy
    Assistant Secretary for African Affairs Michael Gonzales": a traveller's companions (``cues.companions``)
    with no side of their own are of the side of the lead named in the sentence before."""
    lex = ctx.lex
    if not lex.companion_cue:
        return
    for seat in group.seats:
        if seat.side is not None or seat.lead or seat.sentence <= 0:
            continue
        a, b = ctx.doc.sentences[seat.sentence]
        if lex.compiled(lex.companion_cue).search(ctx.text[a:b]) is None:  # (the cue opens the sentence)
            continue
        before = ctx.doc.sentences[seat.sentence - 1]
        sides = {s.side for s in group.seats if s.lead and s.side and _referenced(s.person, before)}
        if len(sides) == 1:
            seat.side = sides.pop()
            seat.affiliation = affiliation(seat.title.text if seat.title else None, lex, ctx.gazetteer, seat.side)


def _makeup_sides(ctx: _Doc, group: Group) -> None:
    """"A delegação do PCP, dirigida por A e integrada por B e C, foi recebida por D": members named after a
    delegation's make-up cue (``cues.makeup``) that follows its head A, a lead of a known side named before it
    in the sentence, are of A's side, not of the country the event took place in."""
    _members_sides(ctx, group, ctx.lex.makeup_cue, lambda cue, lead, member: lead.hit.end <= cue.start())


def _made_of_sides(ctx: _Doc, group: Group) -> None:
    """"met with a delegation made up of A, B and C" (``cues.made_of``): the members B and C, of no side by their own
    words, are of the side of their head A, the lead named between the cue and them; else of the lead named last
    before the cue ("his meeting with Deputy Chairman Senate A who was on a visit along with a delegation comprising
    Senators B, C and D": A's side)."""
    _members_sides(ctx, group, ctx.lex.made_of_cue,
                   lambda cue, lead, member: cue.end() <= lead.head_start < member.head_start)
    _members_sides(ctx, group, ctx.lex.made_of_cue, lambda cue, lead, member: _last_lead_before(group, lead, cue))


def _delegation_sides(ctx: _Doc, group: Group) -> None:
    """"Do Brasil estiveram o PT e o PCdoB, este representado por A e B" (``cues.delegation``): members of no side by
    their own words named after a lead of a known side, both after the delegation's cue, are of that lead's side."""
    _members_sides(ctx, group, ctx.lex.delegation_cue,
                   lambda cue, lead, member: cue.end() <= lead.head_start < member.head_start)


def _last_lead_before(group: Group, lead: Mention, cue: re.Match[str]) -> bool:
    """Whether ``lead`` is the mention, of all the group's leads named in its sentence, ending last before ``cue``."""
    ends = [m.hit.end for s in group.seats if s.lead and (m := s.person.mention_in(lead.sentence)) is not None
            and m.hit.end <= cue.start()]
    return bool(ends) and lead.hit.end == max(ends)


def _members_sides(ctx: _Doc, group: Group, pattern: str,
                   heads: Callable[[re.Match[str], Mention, Mention], bool]) -> None:
    """Seats of no side, not leads, named after a match of ``pattern`` in their sentence take the one side of the
    leads of that sentence that ``heads`` places against the last such match (given it, the lead's and the seat's
    mentions)."""
    lex = ctx.lex
    if not pattern:
        return
    cue = lex.compiled(pattern)
    for seat in group.seats:
        if seat.side is not None or seat.lead:
            continue
        mention = seat.person.mention_in(seat.sentence)
        if mention is None:
            continue
        a, _ = ctx.doc.sentences[seat.sentence]
        found = [m for m in cue.finditer(ctx.text, a, mention.head_start)]
        if not found:
            continue
        sides = {
            lead.side for lead in group.seats
            if lead.lead and lead.side and (m := lead.person.mention_in(seat.sentence)) is not None
            and heads(found[-1], m, mention)
        }
        if len(sides) == 1:
            seat.side = sides.pop()
            seat.affiliation = affiliation(seat.title.text if seat.title else None, lex, ctx.gazetteer, seat.side)


def _listed_after_head_sides(ctx: _Doc, group: Group) -> None:
    """"A Senate delegation led by Chairman Senate Sadiq Sanjrani, with Senators A, B and C, also attended the
    online meeting": people listed, of no side by their own words, after a lead of a known side named right after
    "led by" (``cues.lead``) in their sentence are of that lead's side."""
    lex = ctx.lex
    for seat in group.seats:
        if seat.side is not None or seat.lead or seat.role != "list":
            continue
        mention = seat.person.mention_in(seat.sentence)
        if mention is None:
            continue
        a, _ = ctx.doc.sentences[seat.sentence]
        sides = {
            lead.side for lead in group.seats
            if lead.lead and lead.side and (m := lead.person.mention_in(seat.sentence)) is not None
            and m.hit.end <= mention.head_start and lex.compiled(lex.lead_cue).search(ctx.text[a : m.head_start])
        }
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


def _member_sides(ctx: _Doc, group: Group, location: str | None) -> None:
    """Members listed in a sentence naming a delegation's members ("The Cuban delegation also included
    A"; "The four-person delegation includes B") are of the country named with it, else of the one lead
    side that is not the host's: the visitors."""
    if not ctx.lex.members_cue:
        return
    cue = ctx.lex.compiled(ctx.lex.members_cue)
    host = city_country(location, ctx.lex)
    visitors = {s.side for s in group.seats if s.lead and s.side and s.side != host}
    for seat in group.seats:
        if seat.lead or seat.side is not None or seat.role != "list":
            continue
        m = cue.search(ctx.sentence(seat.sentence))
        if m is None:
            continue
        word = m.group("country") or ""
        # "The Cuban delegation", "The ANC delegation": the country of the word, if known; "The four-person
        # delegation includes B" (a capital that names no country): the visitors'
        side = ctx.lex.country_of(word) or next((e.country for _, e in ctx.gazetteer.find_orgs(word)), None) \
            if word else None
        if side is None:
            leads = {s.side for s in group.seats if s.lead and s.side}
            side = _headed_side(ctx, group, leads) or (next(iter(visitors)) if len(visitors) == 1 else None)
        if side is not None:
            seat.side = side
            title = seat.title.text if seat.title else None
            seat.affiliation = affiliation(title, ctx.lex, ctx.gazetteer, side)


def _headed_side(ctx: _Doc, group: Group, sides: set[str]) -> str | None:
    """Of the lead sides, the side of the one lead named as a delegation's head ("A Cuban
    delegation, headed by ..., Roberto Morales Ojeda, arrived today in Hanoi" ... "Its members are A, B and C":
    the members are of the delegation Morales heads, not of the hosts met in Ho Chi Minh City, whatever the
    dateline's city)."""
    if not ctx.lex.visit_head_cue:
        return None
    head = ctx.lex.compiled(ctx.lex.visit_head_cue)
    words = ctx.lex.articles | ctx.lex.possessives  # "headed by the secretary ...", "led by its Secretary General"

    def before(stretch: str) -> str:
        *rest, last = stretch.rstrip().rsplit(None, 1) or [""]
        return rest[0] if rest and last.lower() in words else stretch

    def heads(seat: Seat) -> bool:
        return any(
            m.sentence >= ctx.body
            and head.search(before(ctx.text[ctx.doc.sentences[m.sentence][0] : m.head_start]))
            for m in seat.person.mentions
        )

    headed = {s.side for s in group.seats if s.lead and s.side in sides and heads(s)}
    return next(iter(headed)) if len(headed) == 1 else None


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


def _led_by(ctx: _Doc, seat: Seat) -> bool:
    """A listed person named right after "led by" ("The Chinese delegation was led by A")."""
    m = seat.person.mention_in(seat.sentence)
    if m is None:
        return False
    a, _ = ctx.doc.sentences[seat.sentence]
    if ctx.lex.compiled(ctx.lex.lead_cue).search(ctx.text[a : m.head_start]):
        return True
    head = ctx.lex.compiled(ctx.lex.delegation_head_cue) if ctx.lex.delegation_head_cue else None
    return head is not None and bool(head.search(ctx.text[a : m.head_start]) or head.search(ctx.text[a : m.hit.start]))


def _story_country_sides(ctx: _Doc, group: Group, location: str | None) -> None:
    """The hosts of a visit abroad: a titled person of no side by their own words, in an event the grammar
    read whose placed people are all of one side, is of the country the event took place in (its place, else
    the dateline's city) when that is not the placed side's ("The delegation led by Song Tao ... met Rajapaksa
    in Colombo" ... "Earlier today Song Tao also had talks with Prime Minister Ranil Wickremesinghe": LK). A
    readout's own subject ("Principal Deputy National Security Advisor Jon Finer traveled to Nigeria" on
    whitehouse.gov) is of the publishing office's country instead. Nothing is given in the recall tier, nor
    at home: a titled person met in the placed side's own country may be a colleague or a visitor of any
    country; nor from the countries the story names elsewhere (on the blind pages that made domestic frames
    exchanges and added parties).
    """
    known = {s.side for s in group.seats if s.side}
    if group.recall:
        return
    if len(known) != 1:
        _hosts_principal(ctx, group, location, known)
        return
    home = home_country(ctx.doc)
    subject = min(ctx.people, key=lambda p: p.first.hit.start) if home and ctx.people else None
    unplaced = [
        s for s in group.seats
        if s.side is None and s.title is not None
        and (s.affiliation is None or s.affiliation.organization is None)
    ]
    for seat in [s for s in unplaced if s.person is subject]:
        unplaced.remove(seat)
        if home is not None and home not in known:
            _place(ctx, seat, home)
            return  # two sides now: the rest may be of either
    side = _story_place(ctx, location)
    if side is None or side in known:
        unplaced = [s for s in unplaced if s.lead]  # the headline's pair names principals, not attendees
        side = _headline_pair(ctx, next(iter(known))) or _headline_abroad(ctx, next(iter(known)))
        side = side or _country_opening(ctx, unplaced, known)
    if side is None or side in known:
        return
    for seat in unplaced:
        _place(ctx, seat, side)


_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_PAIR_MARKS = frozenset({"-", "–", "/"})


def _headline_pair(ctx: _Doc, side: str) -> str | None:
    """The other country of a pair of countries the headline joins by a dash or a conjunction, one of them ``side``
    ("Angola e China passam em revista cooperação bilateral", "Coopération Chine-Cameroun : une nouvelle
    impulsion", "Cuba y China consolidan vínculos partidistas"): the story is the exchange of those two. Not
    countries told apart ("Tebboune quitte la Chine à destination de la Turquie")."""
    title = ctx.doc.article.title or ""
    words = list(_WORD.finditer(title))
    for i in range(len(words) - 1):
        gap, j = title[words[i].end() : words[i + 1].start()].strip(), i + 1
        if gap not in _PAIR_MARKS:
            if gap or words[j].group().lower() not in ctx.lex.conjunctions or j + 1 >= len(words):
                continue
            if title[words[j].end() : words[j + 1].start()].strip():
                continue
            j += 1
        left = _country_named(ctx, [w.group() for w in words[max(0, i - 1) : i + 1]], last=True)
        right = _country_named(ctx, [w.group() for w in words[j : j + 2]], last=False)
        if left and right and left != right and side in (left, right):
            return right if left == side else left
    return None


def _country_opening(ctx: _Doc, seats: list[Seat], known: set[str]) -> str | None:
    """The one country named in the sentence before the first of ``seats`` is named, other than the known side's:
    the place the act is told at ("In Equatorial Guinea, Mr. Finer met with President Teodoro Obiang Nguema
    Mbasogo", "While in Colombia, Sherwood-Randall met with Foreign Minister Álvaro Leyva"), in a government office's
    readout only, as ``_headline_abroad`` (elsewhere it made a one-country frame of the blind sets an exchange)."""
    if not seats or home_country(ctx.doc) is None:
        return None
    mention = seats[0].person.mention_in(seats[0].sentence)
    if mention is None:
        return None
    a, _ = ctx.doc.sentences[seats[0].sentence]
    named = countries_named(ctx.text[a : mention.head_start], ctx.lex) - known
    return next(iter(named)) if len(named) == 1 else None


def _headline_abroad(ctx: _Doc, side: str) -> str | None:
    """In a government office's readout (``outlets.home_country``), the one country other than ``side`` the headline
    names (``hosts._headline_country``): the country the trip is told to ("Readout of National Security Advisor Jake
    Sullivan's Travel to Brasilia, Brazil" over "Mr. Sullivan met with Secretary for Strategic Affairs Admiral Flávio
    Rocha"). Not in other pages: their headlines name countries of other roles ("Tebboune quitte la Chine à
    destination de la Turquie", the next stop of a president met in China; on the blind sets it made one-country
    frames exchanges and added parties)."""
    if home_country(ctx.doc) is None:
        return None
    return _headline_country(ctx, side)


def _country_named(ctx: _Doc, words: list[str], last: bool) -> str | None:
    """The country two capitalised words (or the one nearest the pair's mark) name ("Burkina Faso", "China")."""
    for k in (2, 1):
        part = words[-k:] if last else words[:k]
        if len(part) == k and all(w[:1].isupper() for w in part) and (code := _country_of_place(ctx, " ".join(part))):
            return code
    return None


def _story_place(ctx: _Doc, location: str | None) -> str | None:
    """The country of the event's place, else of the dateline's city."""
    dateline = ctx.dateline.place if ctx.dateline is not None else None
    return city_country(location, ctx.lex) or city_country(dateline, ctx.lex)


def _attendees_principal(ctx: _Doc, group: Group) -> None:
    """"Wang Yang ... at a meeting with Deputy Chairman Senate Saleem Mandviwala ... with Pakistan's envoy to China,
    Masood Khalid, also present": the one principal of no side, beside a principal of one side and attendees of
    one other side no principal holds, is of the attendees' side (an ambassador present goes with his country's
    principal)."""
    if group.recall:
        return
    unplaced = [s for s in group.seats if s.lead and s.side is None]
    led = {s.side for s in group.seats if s.lead and s.side}
    attending = {s.side for s in group.seats if not s.lead and s.side} - led
    if len(unplaced) == 1 and len(led) == 1 and len(attending) == 1:
        _place(ctx, unplaced[0], attending.pop())


def _hosts_principal(ctx: _Doc, group: Group, location: str | None, known: set[str]) -> None:
    """"LIBREVILLE, 23 Mai (AGP)-Le président de la République, Ali Bongo Ondimba, a reçu en audience, lundi, le
    vice-président du Comité permanent de l'Assemblée populaire nationale de Chine, Ji Bingxuan" with "le président
    de l'Assemblée nationale, Richard Auguste Onouviet" attending: a titled principal of no side by their own words
    is of the country the event took place in when one other side is placed and the hosts' country only by
    attendees (``_host_sides``), their principal still unplaced."""
    host = _story_place(ctx, location)
    if host is None or host not in known or len(known - {host}) != 1:
        return
    if any(s.lead and s.side == host for s in group.seats):
        return
    for seat in group.seats:
        if seat.lead and seat.side is None and seat.title is not None and (
            seat.affiliation is None or seat.affiliation.organization is None
        ):
            _place(ctx, seat, host)


def _place(ctx: _Doc, seat: Seat, side: str) -> None:
    seat.side = side
    seat.affiliation = affiliation(seat.title.text if seat.title else None, ctx.lex, ctx.gazetteer, side)
