"""Chinese drafts to frames: each person romanised into a mention, the capacities each side
acts in, the parties, then the shared layer (``liaison.extract.assembly``) builds the frame.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.assembly import EventDraft, Found, PersonDraft, assemble
from liaison.extract.assembly.channel import ordered_channel, party_channel
from liaison.extract.prefilter import may_occur
from liaison.extract.zh.capacity import CHINESE_SIDES, capacities, known_party, organisation, parties_in
from liaison.extract.zh.cues import cue
from liaison.extract.zh.draft import Attendee, Audience, Draft
from liaison.extract.zh.kinds import is_remote
from liaison.extract.zh.names import full_form, looks_chinese, romanise
from liaison.extract.zh.people import trimmed
from liaison.extract.zh.titles import ChainPerson
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Channel, Document, EventFrame, OrgRef, PersonMention, Span

_PARTY_DELEGATION = cue("party_delegation")
_CHINESE_POST = re.compile(r"中国驻|中方驻|中华人民共和国驻")
_LEGISLATORS = cue("legislators")


def mention(
    doc: Document, p: ChainPerson, country: str | None, gaz: Gazetteer, fallback: OrgEntry | None = None
) -> PersonMention:
    """One person as the record names them: romanised (``names.romanise``), with the organisation
    their post belongs to (``capacity.organisation``) and every other place the text names them."""
    p = trimmed(p, gaz)
    chinese = country in CHINESE_SIDES if country else looks_chinese(p.native)
    if not chinese and p.title and _CHINESE_POST.search(p.title) and looks_chinese(p.native):
        chinese = True  # 中国驻巴基斯坦大使刘健: a Chinese diplomat, whatever side the chain gave them
    org = organisation(p.title, country, gaz, fallback)
    named = romanise(p.native, chinese, gaz, country or (org.key if org else None), org, p.title)
    if org is None and named.entry is not None and named.entry.org and (body := gaz.org(named.entry.org)):
        org = body.ref()  # an international official named without a post
    aliases = named.aliases
    if not chinese and named.source != "table" and doc.text and (full := full_form(doc.text, p.native, gaz)):
        aliases = (*aliases, full)  # 沙伦赛 of 沙伦赛·贡玛希 named in full elsewhere in the article
    extra: list[Span] = []
    if doc.text:
        at = doc.text.find(p.native)
        while at >= 0 and len(extra) < 20:
            if at != p.span[0]:
                extra.append((at, at + len(p.native)))
            at = doc.text.find(p.native, at + len(p.native))
    return PersonMention(
        name=named.name,
        native=p.native,
        span=p.span,
        aliases=aliases,
        title=p.title,
        title_span=p.title_span,
        organization=org,
        country=country,
        extra_spans=tuple(extra),
        name_source=named.source,
    )


_PARTY_RELATIONS = cue("party_relations")


def _known_parties(
    people: list[tuple[ChainPerson, str | None]], side: str | None, gaz: Gazetteer, home: bool = False
) -> list[OrgEntry]:
    """The parties the principals of one side are known leaders of (``known_party``)."""
    out: list[OrgEntry] = []
    for p, c in people:
        party = known_party(p.native, p.title, c or side, gaz, home)
        if party is not None and party not in out:
            out.append(party)
    return out


# A briefing's channel by its audience: foreign parties, diplomats, or an audience left unsaid.
_AUDIENCE_CHANNEL: dict[Audience, Channel] = {"parties": "party", "diplomats": "state", "unnamed": "other"}


def _capacities(d: Draft, gaz: Gazetteer, text: str) -> set[Channel]:
    """What the two sides act as, by their titles, delegation and phrases; "party" when both sides act
    as parties (``channel.party_channel``)."""
    if d.audience is not None:
        return {_AUDIENCE_CHANNEL[d.audience]}
    host_caps: set[Channel] = set()
    for p, _c in d.host.people:
        host_caps |= capacities(p.title)
    if not d.host.people:
        host_caps |= capacities(d.host.phrase)
    guest_caps: set[Channel] = set()
    for p, _c in d.guest.people:
        guest_caps |= capacities(p.title)
    deleg = d.guest.delegation
    deleg_party = bool(d.guest.party) or bool(_PARTY_DELEGATION.search(deleg))
    if _LEGISLATORS.search(deleg + d.guest.phrase[:40]):
        guest_caps.add("legislature")
    if not d.guest.people and not d.guest.delegation:
        guest_caps |= capacities(d.guest.phrase)
    chans = (host_caps | guest_caps) - {"party"}
    # the other side of one acting as a party may be a known leader of a party (越南国家主席, 洪森:
    # ``known_party``); a guest in a party post met by a known party leader styled by a state or
    # legislative post acts as a party only when the text speaks of party relations (两党两国关系)
    guest_known = bool(_known_parties(d.guest.people, d.guest.country, gaz))
    host_known = bool(
        _PARTY_RELATIONS.search(text) and _known_parties(d.host.people, d.host.country or "CN", gaz, home=True)
    )
    guest_acts = "party" in guest_caps or deleg_party
    if party_channel(guest_acts, "party" in host_caps, deleg_party, host_known, guest_known) or _party_liaison(d, gaz):
        chans.add("party")
    return chans


def _party_liaison(d: Draft, gaz: Gazetteer) -> bool:
    """A principal of the CPC's International Department (中联部部长刘海星会见朝鲜驻华大使): the department
    deals with foreigners for the CPC as a party, whatever posts its counterparts hold."""
    for people, side in ((d.host.people, d.host.country or "CN"), (d.guest.people, d.guest.country)):
        for p, c in people:
            if (c or side) == "CN" and p.title and not _FORMER_POST.match(p.title):
                org = organisation(p.title, "CN", gaz)
                if org is not None and org.key == _LIAISON_DEPARTMENT:
                    return True
    return False


_LIAISON_DEPARTMENT = "idcpc"
_FORMER_POST = re.compile(r"前")


def _headline_capacities(d: Draft, headline: str) -> set[Channel]:
    """欢迎仪式后，李强同X举行会谈: with no title in the clause, the headline has the posts."""
    if any(p.title for p, _c in d.host.people + d.guest.people):
        return set()
    return capacities(headline) - {"party"}


def _parties(d: Draft, gaz: Gazetteer) -> list[OrgRef]:
    """The parties of a party exchange: the CPC for a Chinese host, the parties the titles and the
    delegation name, and the party a principal is known to lead when the chain leaves it unsaid."""
    host_c = d.host.country or "CN"
    out: list[OrgRef] = []
    mainland_party_post = any(  # 宁夏回族自治区党委书记李建华 meeting the KMT's chair in Taipei
        (c or d.guest.country) == "CN" and "party" in capacities(p.title) for p, c in d.guest.people
    )
    if (host_c == "CN" or mainland_party_post) and (cpc := gaz.org("cpc")):
        out.append(cpc.ref())
    guest_country = d.guest.country
    found = [e for p, _c in d.guest.people for e in parties_in(p.title or "", gaz, guest_country)]
    found += parties_in(d.guest.delegation, gaz, guest_country)
    if host_c != "CN":
        found += [e for p, _c in d.host.people for e in parties_in(p.title or "", gaz)]
    for people, side in ((d.guest.people, guest_country), (d.host.people, host_c)):
        for p, c in people:
            own = parties_in(p.title or "", gaz, c or side)
            if not own and (known := known_party(p.native, p.title, c or side, gaz)) is not None:
                found.append(known)
    return out + [entry.ref() for entry in found]


_SPOUSE_BEFORE = re.compile(r"[和及与同偕携]?夫人$")


def _people(doc: Document, d: Draft, gaz: Gazetteer) -> list[PersonDraft]:
    """Host and guest principals (a person without a side of their own takes their side's country,
    international officials excepted), then a delegation's deputies, then attendees (a delegation's member
    of their leader's body when their post names none)."""
    out: list[PersonDraft] = []
    for side, fallback in ((d.host, None), (d.guest, d.guest.party)):
        for i, (p, c) in enumerate(side.people):
            if p.native not in side.international:
                c = c or side.country  # no title, no table entry: the side stays unknown
            # "习近平和夫人彭丽媛会见…": a spouse named beside a principal of the side attends without leading
            lead = not (i and _SPOUSE_BEFORE.search(doc.text, max(0, p.span[0] - 3), p.span[0]))
            out.append(PersonDraft(mention(doc, p, c, gaz, fallback), lead=lead, side=c))
    principals = list(out)
    for side in (d.host, d.guest):
        for p, c in side.deputies:
            out.append(PersonDraft(mention(doc, p, c or side.country, gaz), lead=False, side=c or side.country))
    for a in d.attendees:
        person = mention(doc, a.person, a.country, gaz)
        if person.organization is None and (body := _body_of(a, principals)) is not None:
            person = replace(person, organization=body)
        out.append(PersonDraft(person, lead=a.lead, side=a.country))
    return out


def _body_of(a: Attendee, principals: list[PersonDraft]) -> OrgRef | None:
    """The body a delegation's member whose post names none (副主席, 青年部主任) belongs to: the party of
    the principal on their side (their delegation's leader)."""
    if not a.member or a.country is None:
        return None
    bodies = [p.person.organization for p in principals if p.side == a.country and p.person.organization]
    return next((b for b in bodies if b.kind == "party"), None)


def frame_of(doc: Document, d: Draft, gaz: Gazetteer) -> EventFrame:
    """The frame of one draft, built by the shared layer."""
    capacities = _capacities(d, gaz, doc.text)
    fallback = set() if capacities else _headline_capacities(d, doc.article.title or "")
    remote = d.remote if d.remote is not None else (is_remote(d.kind, d.clause[:200]) if d.kind != "message" else True)
    draft = EventDraft(
        kind=d.kind,
        remote=remote,
        evidence=(d.sentence, *d.extra_evidence),
        people=_people(doc, d, gaz),
        capacities=capacities,
        fallback_capacities=fallback,
        date=Found(d.date, d.date_span) if d.date is not None else None,
        location=Found(d.location, d.location_span) if d.location is not None else None,
        confidence=d.confidence,
    )
    if "party" in ordered_channel(capacities, fallback):
        draft.parties = _parties(d, gaz)
    else:
        draft.parties = _delegations_of_sides(doc.text, {p.side for p in draft.people if p.side}, gaz)
        if draft.parties:  # the delegation acts for its party (issue 14: also in state business)
            draft.capacities = (draft.capacities or set(draft.fallback_capacities)) | {"party"}
    return assemble(draft, doc.published)


_NAMED_PARTY_DELEGATION = cue("named_party_delegation")


def _delegations_of_sides(text: str, sides: set[str], gaz: Gazetteer) -> list[OrgRef]:
    """The parties of an exchange no side acts in as a party: a party the item names as a delegation's,
    of a side's country ("李希率中共代表团…对白俄罗斯进行了正式友好访问", met by Belarus's president: the CPC
    is a side; the channel stays what the posts say); none for a country with two such parties."""
    if not may_occur(_NAMED_PARTY_DELEGATION, text):
        return []  # no delegation named anywhere (most items): no organisation need be looked for
    named: dict[str, OrgEntry] = {}
    for (_a, b), entry in gaz.find_orgs(text):
        party = gaz.party_of(entry)
        if party is not None and party.country in sides and _NAMED_PARTY_DELEGATION.match(text, b):
            named.setdefault(party.id, party)
    countries = [p.country for p in named.values()]
    return [p.ref() for p in named.values() if countries.count(p.country) == 1]
