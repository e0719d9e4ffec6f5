"""The parties that are sides of a party exchange, in Latin-script text.

A party is a side when a lead holds a post of it ("General Secretary of the SACP"), also among other
posts ("member of the Political Bureau of the CPC Central Committee and Prime Minister"); when a lead's
title names a party the gazetteer does not know ("Secretary General of the Progressive Party"); and
when the trigger sentence names the party of a side that has none yet: a side whose country is known,
or a lead the text gives no country ("a delegation from the South African Communist Party led by its
General Secretary Blade Nzimande": Nzimande's side is the SACP's); a party the article names as a
delegation's, for its country's side or as the unnamed other side of a one-country report (also in a
state exchange: ``delegations_of_sides``); the party whose top post a lead held on the event's day
(``[[party_leader]]`` terms of the knowledge base) when the article names it; last, the one party of a
lead's country the article names. The party a lead is only known to belong to (the people table's
``party``) is not added: "Co-President Rosario Murillo" meeting the IDCPC is a state principal, and the
gold sets list the FSLN there as often as not.
"""

from __future__ import annotations

import re
import unicodedata

from liaison.extract.latin.affiliation import affiliation
from liaison.extract.latin.context import Seat
from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.tables import table
from liaison.extract.latin.tokens import CAPITAL
from liaison.extract.party_names import latin_party_names, party_ref
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import OrgRef, Span


def event_parties(
    seats: list[Seat], text: str, trigger_span: Span, gazetteer: Gazetteer, stated: tuple[OrgRef, ...] = (),
    lex: Lexicon | None = None, kind: str | None = None, on: str | None = None,
) -> list[OrgRef]:
    """The parties of the leads and of the people of a side no lead is named for ("CPI General Secretary
    D Raja took part in the meeting"; Xi Jinping received by "Nguyen Phu Trong, secrétaire général du
    Comité central du Parti communiste du Vietnam", a lead the text did not make one); ``stated``: the
    parties of posts outside the leads' titles (``stated_party_post``); then those the trigger sentence
    names for sides still without one; ``on``: the event's date (an ISO prefix), for the party a lead
    led that day (``_led_parties``)."""
    found: dict[str, OrgRef] = {p.key or p.name: p for p in stated}
    lead_sides = {s.side for s in seats if s.lead}
    for seat in seats:
        if seat.affiliation is None or not (seat.lead or (seat.side and seat.side not in lead_sides)):
            continue
        aff = seat.affiliation
        party = gazetteer.party_of(aff.organization) or gazetteer.party_of(aff.party)
        if party is not None and (seat.lead or party.country == seat.side):
            found.setdefault(party.id, party.ref())
        elif seat.lead and seat.title is not None:  # a party the gazetteer does not know, by its name's form
            ref = _unknown_party(seat, text, gazetteer, found)
            if ref is not None:
                found.setdefault(ref.key or ref.name, ref)
    _trigger_parties(seats, text, trigger_span, gazetteer, found)
    if lex is not None:
        _delegation_parties(seats, delegation_parties(text, lex, gazetteer), found)
        if kind == "message":
            _addressed_party_state(seats, text[trigger_span[0]:trigger_span[1]], lex, gazetteer, found)
    _led_parties(seats, text, gazetteer, on, found)
    _article_parties(seats, text, gazetteer, found)
    return list(found.values())


def _led_parties(seats: list[Seat], text: str, gazetteer: Gazetteer, on: str | None, found: dict[str, OrgRef]) -> None:
    """A lead of a side still without a party who held the top post of a party of that side on the event's
    day (the knowledge base's ``[[party_leader]]`` terms) stands for it in a party exchange: "Nicolás Maduro,
    president of Venezuela" receiving Chen Zhou, vice minister of the IDCPC, in 2024 is the PSUV's leader
    (the gold codes the PSUV; a state principal of a party-state takes its ruling party the same way)."""
    have = {p.country for p in found.values()}
    named = {p.key for p in _named_parties(text, gazetteer)}
    for seat in seats:
        if not seat.lead or seat.side is None or seat.side in have:
            continue
        person = seat.person
        party = gazetteer.party_led((person.name, *person.aliases, person.native), on)
        if party is not None and party.country == seat.side and party.id in named:
            found.setdefault(party.id, party.ref())
            have.add(seat.side)


_DELEGATIONS: list[tuple[int, str, tuple[OrgEntry, ...]]] = []  # the last article's: one read per article


def delegation_parties(text: str, lex: Lexicon, gazetteer: Gazetteer) -> tuple[OrgEntry, ...]:
    """The parties an article names as a delegation's ("a delegation of the Communist Party of China",
    "Una delegación del PSUV", "a CPC delegation"; a body of the party counts as its party), in order."""
    if _DELEGATIONS and _DELEGATIONS[0][0] == id(lex) and _DELEGATIONS[0][1] is text:
        return _DELEGATIONS[0][2]
    before = lex.compiled(lex.party_delegation_cue) if lex.party_delegation_cue else None
    after = lex.compiled(lex.party_delegation_after_cue) if lex.party_delegation_after_cue else None
    found: dict[str, OrgEntry] = {}
    if before is not None or after is not None:
        for (a, b), entry in gazetteer.find_orgs(text):
            party = gazetteer.party_of(entry)
            if party is None:
                continue
            if (before is not None and before.search(text, max(0, a - 60), a)) or (
                after is not None and after.match(text, b, b + 20)
            ):
                found.setdefault(party.id, party)
    _DELEGATIONS[:] = [(id(lex), text, tuple(found.values()))]
    return _DELEGATIONS[0][2]


def delegations_of_sides(seats: list[Seat], text: str, lex: Lexicon, gazetteer: Gazetteer) -> list[OrgRef]:
    """The parties of an exchange no lead acts in as a party: those the article names as a delegation's, of
    a side's country ("A delegation from the Communist Party of the US (CPUSA) led by Arturo Cambron, a member
    of the National Committee, has paid a working visit to Vietnam": the CPUSA is a side of the visit; the
    channel stays what the posts say); then, as in a party exchange, a lead of a party-state without a party
    stands for its ruling party ("Cuba's Party delegation led by Vice Chairman of Cuba's State Council Salvador
    Valdes Mesa" meeting the CPV's leaders: the PCC)."""
    sides = {s.side for s in seats if s.side}
    named = delegation_parties(text, lex, gazetteer)
    found = {p.id: p.ref() for p in named if p.country in sides and sum(q.country == p.country for q in named) == 1}
    if found:  # the other side's leads of a party-state stand for its ruling party
        _ruling_parties(seats, gazetteer, found)
    return list(found.values())


def _addressed_party_state(seats: list[Seat], trigger: str, lex: Lexicon, gazetteer: Gazetteer,
                           found: dict[str, OrgRef]) -> None:
    """A party's message whose addressee is not named as a person, whose trigger sentence names one other
    country, a party-state (``record.toml`` ``party_states``), goes to that state's ruling party: Díaz-Canel,
    First Secretary of the PCC, "felicitó al Partido Comunista de China en el centenario de su fundación";
    Kim Jong Un's message of condolence on the death of Nguyen Phu Trong (the CPV). Not one to the senders'
    own counterparts or to a people (``cues.own_counterparts``: "hicieron llegar sus mensajes ... a sus contrapartes
    vietnamitas", "expresaron al pueblo vietnamita sus mejores votos"): no party is addressed."""
    if lex.own_counterparts_cue and lex.compiled(lex.own_counterparts_cue).search(trigger):
        return
    sides = {s.side for s in seats if s.side}
    own = {p.country for p in found.values()}
    if len(sides | own) != 1 or not own or any(s.lead and s.side is None for s in seats):
        return  # a lead of no known country may be the other side ("приняла делегацию Института культуры
        # Китайской Народной республики во главе с ... Лю Ваном": China names the guests' country)
    named = {code for _at, code in _countries(trigger, lex)} - sides - own
    ruling = table("record")["party_states"].get(next(iter(named))) if len(named) == 1 else None
    party = gazetteer.org(ruling) if ruling else None
    if party is not None:
        found.setdefault(party.id, party.ref())


def _countries(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset, code) of every country name or demonym in ``text``."""
    low = text.lower()
    out: list[tuple[int, int, str]] = []
    for word, code in lex.country_words:
        if word not in low:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
            if not any(a <= m.start() < b for a, b, _c in out):
                out.append((m.start(), m.end(), code))
    return sorted((a, code) for a, _b, code in out)


def _delegation_parties(seats: list[Seat], parties: tuple[OrgEntry, ...], found: dict[str, OrgRef]) -> None:
    """A party the article names as a delegation's is a side of its country's seats when they have no
    party yet ("Secretary General PTI Arshad Dad welcomed the delegation", after "a delegation of
    Communist Party of China visited the Central Secretariat of PTI"), or the unnamed other side of a
    report whose people are all of one other country and whose lead holds a party post ("Chairman of
    Pakistan Tehreek-e-Insaf (PTI), Imran Khan convened a meeting with a delegation of Chinese communist
    party"); none where the article names two delegations' parties of one country."""
    have = {p.country for p in found.values()}
    sides = {s.side for s in seats if s.side}
    by_country: dict[str | None, list[OrgEntry]] = {}
    for party in parties:
        by_country.setdefault(party.country, []).append(party)
    unnamed = [c for c in by_country if c not in sides and c not in have]
    # the named side must act as a party by a post ("Chairman of Pakistan Tehreek-e-Insaf (PTI), Imran Khan"),
    # not only be met by a delegation the sentence names ("el presidente Nicolás Maduro")
    acting = any(s.lead and s.affiliation is not None and "party" in s.affiliation.capacities for s in seats)
    for country, named in by_country.items():
        if len(named) != 1 or country in have or country is None:
            continue
        if country in sides or (len(sides) == 1 and unnamed == [country] and acting):
            found.setdefault(named[0].id, named[0].ref())


# a post added after "and" that a name follows is the next person's: "met with Chairman ... Wang Huning, and
# the Head of the Propaganda Department of the Central Committee of the Communist Party of China, Li Shulei"
_NEXT_NAME = re.compile(rf"\s*,\s*{CAPITAL}")
_APPOSITION = re.compile(r"\s*,\s*([^,;:.()\n\"“”]{4,160})")  # "Chen, a member of the Political Bureau of ..."


def stated_party_post(seat: Seat, text: str, lex: Lexicon, gazetteer: Gazetteer) -> OrgRef | None:
    """The party of a lead's party post the seat's title leaves out: a post added after the title
    ("Presidente de los Consejos de Estado y de Ministros, y Primer Secretario del Comité Central del
    Partido Comunista de Cuba") or stated at another mention of the person ("Chen, a member of the
    Political Bureau of the CPC Central Committee, spoke"). Only a party of the lead's own side (or of
    a lead of no known side) the gazetteer knows; None when the seat's title already holds a party post."""
    if not seat.lead or (seat.affiliation is not None and "party" in seat.affiliation.capacities):
        return None
    titles: list[str] = []
    if seat.title is not None:
        conj = "|".join(re.escape(c) for c in sorted(lex.conjunctions))
        after = text[seat.title.end : seat.title.end + 200]
        added = re.match(rf"\s*,?\s*(?:{conj})\s+([^,;.()\n]{{4,160}})", after, re.I)
        if added is not None and not _NEXT_NAME.match(after, added.end()):
            titles.append(added.group(1))
        words = seat.title.text.split()  # a title cut at a name it did not read: "chairman of" + "the Nur Otan Party"
        if words and words[-1].lower() in lex.of_words:
            rest = _APPOSITION.match(", " + text[seat.title.end : seat.title.end + 160])
            if rest is not None:
                titles.append(seat.title.text + " " + rest.group(1))
    own = (seat.title.start, seat.title.end) if seat.title is not None else None
    for mention in seat.person.mentions:
        if mention.title is not None and (mention.title.start, mention.title.end) != own:
            titles.append(mention.title.text)
    for end in [m.hit.end for m in seat.person.mentions] + [b for _a, b in seat.person.extra_spans]:
        apposition = _APPOSITION.match(text, end, end + 200)
        if apposition is not None and not _listed(apposition.group(1), text, apposition.end(), lex):
            titles.append(apposition.group(1))
    for title in titles:
        aff = affiliation(title, lex, gazetteer, seat.side)
        if "party" not in aff.capacities:
            continue
        party = gazetteer.party_of(aff.party) or gazetteer.party_of(aff.organization)
        if party is not None and seat.side in (None, party.country):
            return party.ref()
    return None


def _listed(post: str, text: str, end: int, lex: Lexicon) -> bool:
    """A post set off by commas that opens with "and" or that a name follows is the next person's in a list,
    not an apposition: "Wang Huning, and the Head of the Propaganda Department ..., Li Shulei"."""
    first = post.split(maxsplit=1)[0].lower() if post.split() else ""
    return first in lex.conjunctions or _NEXT_NAME.match(text, end) is not None


def _article_parties(seats: list[Seat], text: str, gazetteer: Gazetteer, found: dict[str, OrgRef]) -> None:
    """A lead's side still without a party takes the ruling party of a party-state (``record.toml``
    ``party_states``: "Chinese President Xi Jinping" in a party exchange stands for the CPC), else the
    one party of its country the article names ("the
    Communist Party of Vietnam ... Hoang Binh Quan, head of the Commission for External Relations of the
    Vietnamese organisation"); none when the article names several parties of that country, nor for a lead
    in a post of a government or legislature the knowledge base holds ("Co-President of the Republic of
    Nicaragua": a state principal, whatever party she leads)."""
    _ruling_parties(seats, gazetteer, found)  # a party-state's principal in a state post: its ruling party
    _unplaced_body_party(seats, text, gazetteer, found)
    missing = {s.side for s in seats if s.lead and s.side and not _known_state_post(s)} - {
        p.country for p in found.values()
    }
    if not missing:
        return
    named: dict[str, dict[str, OrgRef]] = {}
    for ref in _named_parties(text, gazetteer):
        if ref.country in missing:
            named.setdefault(ref.country or "", {})[ref.key or ref.name] = ref
    for country in sorted(missing):
        parties = named.get(country, {})
        if len(parties) == 1:
            only = next(iter(parties.values()))
            found.setdefault(only.key or only.name, only)


def _ruling_parties(seats: list[Seat], gazetteer: Gazetteer, found: dict[str, OrgRef]) -> None:
    """Each lead's side still without a party that is a party-state (``record.toml`` ``party_states``)
    takes its ruling party."""
    have = {p.country for p in found.values()}
    party_states = table("record")["party_states"]
    for seat in seats:
        ruling = party_states.get(seat.side or "") if seat.lead and seat.side not in have else None
        if ruling and (party := gazetteer.org(ruling)) is not None:
            found.setdefault(party.id, party.ref())
            have.add(seat.side)


def _unplaced_body_party(seats: list[Seat], text: str, gazetteer: Gazetteer, found: dict[str, OrgRef]) -> None:
    """A lead of no known country in a post of a party body the title leaves unowned ("Paulo Raimundo, do
    Secretariado do Comité Central", in a report of a "delegação de estudo do PCP"): the one party the
    article names of a country no seat is of, when no such party is a side yet."""
    sides = {s.side for s in seats if s.side}
    if any(p.country not in sides for p in found.values()):
        return
    if not any(
        s.lead and s.side is None and s.affiliation is not None and "party" in s.affiliation.capacities
        and gazetteer.party_of(s.affiliation.organization) is None and gazetteer.party_of(s.affiliation.party) is None
        for s in seats
    ):
        return
    foreign = {ref.country: ref for ref in _named_parties(text, gazetteer) if ref.country not in sides}
    if len(foreign) == 1:
        only = next(iter(foreign.values()))
        found.setdefault(only.key or only.name, only)


def _unknown_party(seat: Seat, text: str, gazetteer: Gazetteer, found: dict[str, OrgRef]) -> OrgRef | None:
    """The party a title names by its form ("Secretary General of the Progressive Party"), when the
    gazetteer knows no party there and the seat's side has none yet."""
    assert seat.title is not None
    end = seat.title.end + 80  # the title may stop at an unknown name; a word is never cut ("Party of I")
    end += len(re.match(r"\w*", text[end:]).group(0))  # type: ignore[union-attr]
    tail = text[seat.title.start : end]
    tail = tail[: len(seat.title.text) + len(re.split(r"[,;.()]", tail[len(seat.title.text):])[0])]
    if any(e.kind == "party" for _s, e in gazetteer.find_orgs(tail)) or any(
        p.country == seat.side for p in found.values()
    ):
        return None
    for _span, name in latin_party_names(tail)[:1]:
        if gazetteer.lookup_org(name) is not None:
            return None
        known = _party_without_accents(name, gazetteer)
        if known is not None and seat.side in (None, known.country):
            return known.ref()  # "Partido Comunista de la Federacion Rusa": the CPRF
        return party_ref(name, seat.side)
    return None


_UNACCENTED: list[tuple[int, dict[str, str]]] = []  # the parties' forms without diacritics, per gazetteer


def _bare(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _party_without_accents(name: str, gazetteer: Gazetteer) -> OrgEntry | None:
    """The party whose name or alias is ``name`` up to case, spacing and diacritics (pages that drop
    accents: "Federacion", "Partido Comunista de Espana")."""
    if not _UNACCENTED or _UNACCENTED[0][0] != id(gazetteer):
        forms: dict[str, str] = {}
        for entry in gazetteer.orgs.values():
            if entry.kind == "party":
                for form in entry.surface_forms():
                    forms.setdefault(_bare(form), entry.id)
        _UNACCENTED[:] = [(id(gazetteer), forms)]
    key = _UNACCENTED[0][1].get(_bare(name))
    return gazetteer.orgs.get(key) if key else None


def _trigger_parties(
    seats: list[Seat], text: str, trigger_span: Span, gazetteer: Gazetteer, found: dict[str, OrgRef]
) -> None:
    """The parties the trigger sentence names, for a side without a party: a side of known country, or
    (one party) the side of leads the text gives no country, when its country is no other side's."""
    a, b = trigger_span
    sides = {s.side for s in seats if s.side}
    unplaced = any(s.lead and s.side is None for s in seats)
    for span, entry in gazetteer.find_orgs(text[a:b]):
        if entry.kind != "party" or any(p.country == entry.country for p in found.values()):
            continue
        if entry.country not in sides and _in_another_title(seats, text, a + span[1]):
            continue
        if entry.country in sides or (unplaced and entry.country not in sides):
            found.setdefault(entry.id, entry.ref((a + span[0], a + span[1])))
            if entry.country not in sides:
                unplaced = False


_NAME_SET_OFF = re.compile(rf",\s+{CAPITAL}[\w'-]+(?:\s+{CAPITAL}[\w'-]+)+,")


def _in_another_title(seats: list[Seat], text: str, end: int) -> bool:
    """A party named before every unplaced lead's name with another name set off by commas between them:
    the title of that other person ("el secretario general del Partido Popular Revolucionario y presidente de
    Laos, Choummaly Sayasone, el premier Thoongsinh Thammavong": the party is Choummaly's, not the premier's)."""
    starts = [
        m.hit.start for s in seats if s.lead and s.side is None and (m := s.person.mention_in(s.sentence)) is not None
    ]
    return bool(starts) and all(start > end and _NAME_SET_OFF.search(text, end, start) for start in starts)


def _known_state_post(seat: Seat) -> bool:
    """The seat's post is in a government or legislature the knowledge base holds, or, read as a state or
    legislative post alone, in one it names for the side ("le président mauritanien": the Government of
    Mauritania; not the ruling PNDD the article names as the host of the visit)."""
    aff = seat.affiliation
    org = aff.organization if aff is not None else None
    if aff is not None and aff.capacities and "party" not in aff.capacities and org is not None:
        return org.kind in ("state", "legislature")  # "président mauritanien": the Government of Mauritania
    return org is not None and org.key is not None and org.kind in ("state", "legislature")


_NAMED: list[tuple[int, str, tuple[OrgRef, ...]]] = []  # the last article's parties: one read per article


def _named_parties(text: str, gazetteer: Gazetteer) -> tuple[OrgRef, ...]:
    """The parties an article names (directly or through one of their bodies), in order."""
    if _NAMED and _NAMED[0][0] == id(gazetteer) and _NAMED[0][1] is text:
        return _NAMED[0][2]
    found: dict[str, OrgRef] = {}
    for _span, entry in gazetteer.find_orgs(text):
        party = gazetteer.party_of(entry)
        if party is not None:
            found.setdefault(party.id, party.ref())
    _NAMED[:] = [(id(gazetteer), text, tuple(found.values()))]
    return _NAMED[0][2]
