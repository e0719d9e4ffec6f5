"""The organisation, side and capacity a stated title belongs to.

"Director General of the SWDCPC Office" -> the SWDCPC (gazetteer); "Chinese Ambassador to
Venezuela" -> the Chinese embassy in Venezuela; "Minister of Labor" of the Venezuelan side -> the
Government of Venezuela; "deputy" -> the side's legislature; "Director of the Hubei Provincial Health
Commission" -> that body, named as written. A title of several parts ("member of X and minister
of Y") takes the organisation of its first non-"member" part.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from liaison.extract.latin.lexicon import Lexicon, alternation
from liaison.extract.latin.places import country_word
from liaison.extract.latin.tables import table
from liaison.extract.latin.tokens import CAPITAL, Token, tokenize
from liaison.kb.countries import alpha3, code_of, record_name
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Channel, OrgRef

# How the record names bodies the gazetteer does not hold (``data/record.toml``); country names are
# the records' names of ``liaison.kb.countries`` (countries declared once).
_RECORD = table("record")
_KIND_CAPACITY: dict[str, Channel] = {
    "party": "party",
    "party_body": "party",
    "state": "state",
    "legislature": "legislature",
    "other": "other",
}


@dataclass(frozen=True)
class Affiliation:
    organization: OrgRef | None
    country: str | None
    capacities: tuple[Channel, ...]
    body: OrgRef | None = None  # the body as named, before a central committee stands for its party
    party: OrgRef | None = None  # a party post among other posts ("member of the Political Bureau of the
    # CPC Central Committee and Prime Minister"): the party, or the party body, that part names


def split_components(title: str, lex: Lexicon) -> list[str]:
    """Parts of a compound title: "member of X and minister of Y" -> two parts."""
    tokens = tokenize(title)
    cuts = [0]
    for i, tok in enumerate(tokens[:-1]):
        comma = title[tok.end : tokens[i + 1].start].strip() == ","
        if comma and _opens_title(_after_also(tokens[i + 1 :], lex)[:4], lex):
            cuts.append(tokens[i + 1].start)  # "diputada, jefa de ...", "minister, also a vice president ..."
        elif tok.lower in lex.conjunctions or tok.text == "&":
            j = i + 1
            if tokens[j].lower in lex.articles:
                j += 1
            if _opens_title(tokens[j : j + 4], lex):
                cuts.append(tok.start)
    cuts.append(len(title))
    parts = [title[a:b] for a, b in itertools.pairwise(cuts)]
    return [re.sub(rf"^\s*(?:{'|'.join(lex.conjunctions)})\s+", "", p, flags=re.I).strip() for p in parts]


def _after_also(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The tokens after a leading "also a" / "también" of an added post."""
    if tokens and tokens[0].lower in lex.additives:
        tokens = tokens[1:]
        while tokens and tokens[0].lower in lex.articles:
            tokens = tokens[1:]
    return tokens


def _opens_title(tokens: list[Token], lex: Lexicon) -> bool:
    """Title modifiers ("first", "vice") followed by a title head ("president")."""
    for tok in tokens:
        parts = tok.lower.split("-")
        if any(p in lex.title_heads or p in lex.weak_heads for p in parts):
            return True
        if not any(p in lex.title_modifiers for p in parts):
            return False
    return False


def _head(component: str, lex: Lexicon) -> str | None:
    for tok in tokenize(component):
        for part in tok.lower.split("-"):
            if part in lex.title_heads or part in lex.weak_heads:
                return part
    return None


def _countries(component: str, lex: Lexicon, side: str | None = None) -> list[tuple[int, str]]:
    """(offset, code) of every country name or demonym in a title part, longest names first (``side``: the
    person's country the people table gives, read for a demonym it shares: "président congolais" of the DRC)."""
    found: list[tuple[int, int, str]] = []
    low = component.lower()
    for word, code in lex.country_words:
        if word not in low:  # a cheap test first: most titles name no country
            continue
        if side is not None and side in lex.shared_demonyms.get(word, "").split():
            code = side
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", component, re.IGNORECASE):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), code))
    if not found:  # "Philippine National Security Advisor", "Crown Prince of Abu Dhabi": a country the file lacks
        found = _source_countries(component)
    return sorted((a, code) for a, _, code in found)


def country_mentions(text: str, lex: Lexicon) -> list[str]:
    """Each country a text names by a name or demonym, once per mention, in order."""
    return [code for _at, code in _countries(text, lex)]


def countries_named(text: str, lex: Lexicon) -> set[str]:
    """The countries a stretch of text names by a name or demonym ("traveled to Brasilia, Brazil": BR)."""
    return {code for _at, code in _countries(text, lex)}


# A run of capitalised words or abbreviations ("Abu Dhabi", "U.S.", "Equatorial Guinea"; "eSwatini": capital second).
CAPITAL_RUN = re.compile(rf"(?<![\w.-])(?:{CAPITAL}|[^\W\d_](?={CAPITAL}))[\w'’.-]*(?:[ \t]+{CAPITAL}[\w'’.-]*)*")


def _source_countries(component: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of the countries the country source reads in a title part's capitalised words
    (``places.country_word``), the longest run of words first."""
    found: list[tuple[int, int, str]] = []
    for run in CAPITAL_RUN.finditer(component):
        if _BRIEF.search(component, 0, run.start()):  # "Special Envoy for Yemen": the post's brief, not its side
            continue
        words = [(m.start(), _bare_word(m.group(0))) for m in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(words):
            for k in range(len(words), i, -1):
                start = run.start() + words[i][0]
                phrase = " ".join(w for _, w in words[i:k])
                code = country_word(phrase)
                if code is not None:
                    found.append((start, start + len(phrase), code))
                    i = k - 1
                    break
            i += 1
    return found


_BRIEF = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, _RECORD['country_words']['brief_links']))})[ \t]+"
    rf"(?:(?:{'|'.join(map(re.escape, _RECORD['country_words']['brief_articles']))})[ \t]*)?$",
    re.IGNORECASE,
)
_DOTTED = re.compile(rf"(?:{CAPITAL}\.){{2,}}")  # "U.S.", "U.K.": the last dot is the abbreviation's


def _bare_word(word: str) -> str:
    """A word without the marks closing it ("América-", "Jamaica."), an abbreviation's dots kept ("U.S.")."""
    word = word.rstrip("-–—,;:)’'")
    return word if _DOTTED.fullmatch(word) else word.rstrip(".")


def embassy(gazetteer: Gazetteer, sender: str, host: str) -> OrgRef:
    entry = gazetteer.org(_RECORD["embassy_id"].format(sender=sender.lower(), host=host.lower()))
    if entry is not None:
        return entry.ref()
    sender_name = _RECORD["embassy_senders"].get(sender) or record_name(sender) or sender
    name = _RECORD["embassy"].format(sender=sender_name, host=record_name(host) or host)
    return OrgRef(key=None, name=name, kind="state", country=sender)


def foreign_ministry(gazetteer: Gazetteer, country: str) -> OrgRef:
    """The foreign ministry a foreign minister's post sits in ("Cuban Foreign Minister", "canciller de
    Venezuela", "ministre des Affaires étrangères"): the gold's ministry, not the government."""
    name = _RECORD["foreign_ministry"].format(country=record_name(country) or country)
    entry = gazetteer.lookup_org(name)
    return entry.ref() if entry is not None else OrgRef(key=None, name=name, kind="state", country=country)


def _international_body(component: str, entry: OrgEntry, gazetteer: Gazetteer, lex: Lexicon) -> OrgRef | None:
    """A party's department for foreign relations named by its function beside the party, in whatever
    form the page gives it ("Department of International Affairs of the Communist Party of China",
    "Departamento de Enlace Internacional del PCCh", "chef de la Commission des relations extérieures du
    CC du PCV", "Head of the Party Central Committee's Commission for External Relations"): the one such
    body the gazetteer holds under that party and the record names (``record.toml``: the IDCPC, the WPK's,
    the CPV's), for a post in it (a bureau of it too), not the party."""
    if not lex.international_bodies or not lex.compiled(lex.international_bodies).search(component):
        return None
    if entry.kind == "party":
        party: OrgEntry | None = entry
    elif entry.kind == "party_body" and _cased(lex.central_bodies).search(entry.name):
        party = gazetteer.party_of(entry.id)
    else:
        return None
    if party is None:
        return None
    named = re.compile(_RECORD["international_body"])
    bodies = [o for o in gazetteer.children(party.id) for o in (o, *gazetteer.children(o.id))]
    found = [o for o in bodies if o.kind == "party_body" and named.search(o.name)]
    return found[0].ref() if len(found) == 1 else None


def _namesake_party(form: str, entry: OrgEntry, country: str, gazetteer: Gazetteer, lex: Lexicon) -> OrgEntry | None:
    """A party's generic name (no country, demonym or acronym in it) qualified by another country in the title
    ("director of the international department at the North's ruling Workers' Party", "the Cuban Communist
    Party") names that country's party of that name, the one party of ``country`` one of whose forms begins
    with it ("Workers' Party of Korea"), not the party the record knows under the bare name (Brazil's)."""
    if entry.kind != "party" or entry.country in (None, country) or _countries(form, lex):
        return None
    if any(t.acronym for t in tokenize(form)):
        return None
    low = form.casefold()
    same = [p for p in gazetteer.parties() if p.country == country
            and any(f.casefold().startswith(low) for f in p.surface_forms())]
    return same[0] if len(same) == 1 else None


def _guess_kind(name: str, lex: Lexicon) -> str:
    return next((kind for pattern, kind in lex.org_kinds if _cased(pattern).search(name)), "state")


def _component(component: str, lex: Lexicon, gazetteer: Gazetteer, side: str | None) -> Affiliation:
    head = _head(component, lex)
    places = _countries(component, lex, side)
    if head in lex.ambassador_heads:
        to = lex.compiled(lex.ambassador_link).search(component[component.lower().find(head) :])
        cut = component.lower().find(head) + (to.start() if to else len(component))
        sender = next((c for pos, c in places if pos < cut), side)
        host = next((c for pos, c in places if pos >= cut and c != sender), None)
        if sender and host:
            return Affiliation(embassy(gazetteer, sender, host), sender, ("state",))
    foreign = bool(lex.foreign_minister_posts) and bool(lex.compiled(lex.foreign_minister_posts).search(component))
    found = [
        (span, o)
        for span, o in gazetteer.find_orgs(component)
        if not (o.kind == "state" and o.parent is None and (foreign or head in lex.ambassador_heads))
        and not _foreign_generic(component[span[0] : span[1]], o, side, lex)
    ]
    country = places[0][1] if places else side
    if foreign and not found and country and alpha3(country) is not None:
        return Affiliation(foreign_ministry(gazetteer, country), country, ("state",))
    phrase = _phrase(component, lex)
    if found:
        span, entry = max(found, key=lambda f: f[0][1] - f[0][0])
        if places and (namesake := _namesake_party(component[span[0] : span[1]], entry, places[0][1], gazetteer, lex)):
            entry = namesake  # "the North's ruling Workers' Party": Korea's, not Brazil's
        org = (
            _international_body(component, entry, gazetteer, lex)
            or _sub_body(phrase, component[span[0] : span[1]], entry, gazetteer, lex)
            or entry.ref()
        )
        return Affiliation(org, org.country, (_KIND_CAPACITY.get(org.kind, "other"),))
    state = bool(lex.state_titles) and bool(lex.compiled(lex.state_titles).search(component))
    if lex.own_party_posts and country and _cased(lex.own_party_posts).search(component):
        party = own_party(gazetteer, country)  # "Party General Secretary", "Lao Party General Secretary"
        if party is not None:  # "... and State President": the state post too
            return Affiliation(party.ref(), country, ("party", "state") if state else ("party",))
        if not state:  # a post of one of the side's several parties ("party general secretary" of an
            # Indian, "secretaria general del partido mexicano"): a party capacity whose party the article
            # may name (``party_sides._article_parties``)
            return Affiliation(None, country, ("party",))
    if state:
        gov = _government(gazetteer, country) if country else None
        return Affiliation(gov, country, ("state",))
    if phrase and country and (chamber := _generic_chamber(phrase, component, country, gazetteer, lex)) is not None:
        return Affiliation(chamber, country, ("legislature",))
    if phrase and _cased(lex.org_heads).search(phrase) and not _bare_head(phrase, component, lex):
        ref = _named_body(phrase, gazetteer, country, lex)
        if ref is not None:
            return Affiliation(ref, ref.country, (_KIND_CAPACITY.get(ref.kind, "other"),))
    if head in lex.government_heads or (head in lex.title_heads and places and head in lex.state_heads):
        return Affiliation(_government(gazetteer, country) if country else None, country, ("state",))
    if head in lex.legislature_heads and _only_head(component, lex):
        leg = gazetteer.legislature(country) if country else None
        return Affiliation(leg.ref() if leg else None, country, ("legislature",))
    if country and _cased(lex.own_party_bodies).search(component) and (party := own_party(gazetteer, country)):
        # "miembro del Buró Político" of a Cuban: a seat on the side's own party's central organs
        seat = (central_committee(gazetteer, party) or party).ref()
        org = _international_body(component, party, gazetteer, lex) or seat
        return Affiliation(org, country, ("party",))
    return Affiliation(None, places[0][1] if places else None, ())


def post_organisation(title: str, lex: Lexicon, gazetteer: Gazetteer, side: str | None) -> OrgRef | None:
    """The organisation of a title once its holder's side is known, for the record only (the capacities
    and sides the grammar read stay as they were): the affiliation's, else the body a post naming none
    sits in (``post_bodies``), the sender's government for an ambassador with no host named ("Chinese
    Ambassador"; not a union's), the side's one party for a bare "General Secretary"
    (``bare_leader_posts``: "General Secretary To Lam" of the Vietnamese side), and the government for a
    bare "President" or "Vice President" (a readout's "President Biden", "the Vice President";
    ``resolve.offices`` reads no office from a bare head, so a vice president who became president is
    not kept apart)."""
    org = affiliation(title, lex, gazetteer, side).organization
    if org is not None:
        return org
    for component in split_components(title, lex):
        places = _countries(component, lex)
        country = places[0][1] if places else side
        head = _head(component, lex)
        if (post := _post_body(component, lex, gazetteer, country)) is not None:
            return post
        ambassador = head in lex.ambassador_heads and _only_head(component, lex, lex.ambassador_heads)
        president = head in lex.state_heads and (
            _only_head(component, lex, lex.state_heads) or _of_side(component, lex, country)
        )
        if (ambassador or president) and country and alpha3(country) is not None:
            return _government(gazetteer, country)
        leader = bool(lex.bare_leader_posts) and bool(lex.compiled(lex.bare_leader_posts).fullmatch(component))
        if leader and country and (party := own_party(gazetteer, country)) is not None:
            return party.ref()  # "General Secretary To Lam" of a side with one party the record knows
    return None


def counterpart_organisation(
    title: str, lex: Lexicon, gazetteer: Gazetteer, side: str | None, other: OrgRef
) -> OrgRef | None:
    """A counterpart holds the same post on their side ("met with his French counterpart", "son homologue
    chinois"): the government of their side for the other side's government, their foreign ministry for
    the other side's foreign ministry; None for any other body (a party's counterpart may lead another
    kind of body)."""
    if not side or alpha3(side) is None or not other.country or other.country == side:
        return None
    if not any(t.lower in lex.counterpart_words for t in tokenize(title)):
        return None
    if other.name == _government(gazetteer, other.country).name:
        return _government(gazetteer, side)
    if other.name == foreign_ministry(gazetteer, other.country).name:
        return foreign_ministry(gazetteer, side)
    return None


def _of_side(component: str, lex: Lexicon, country: str | None) -> bool:
    """A state post and a name of its holder's own country, one the language file does not list ("presidente
    de Liberia", "US President"; the record's names of every country, ``kb.countries.code_of``)."""
    skip = lex.articles | lex.of_words | lex.deputy_words | lex.title_modifiers | lex.state_heads
    rest = " ".join(t.text for t in tokenize(component) if t.lower not in skip)
    return bool(country) and bool(rest) and code_of(rest) == country


def _post_body(component: str, lex: Lexicon, gazetteer: Gazetteer, country: str | None) -> OrgRef | None:
    """The body a post naming none sits in (``post_bodies``), for a holder of that body's country:
    "Principal Deputy National Security Advisor" of the US side -> the National Security Council."""
    if not country or not lex.post_bodies:
        return None
    low = " ".join(component.lower().split())
    for post, key in lex.post_bodies.items():
        entry = gazetteer.org(key)
        if entry is not None and entry.country == country and re.search(rf"(?<![\w-]){re.escape(post)}(?![\w-])", low):
            return entry.ref()
    return None


def _cased(pattern: str) -> re.Pattern[str]:
    """A case-sensitive lexicon pattern, compiled once."""
    rx = _CASED.get(pattern)
    if rx is None:
        rx = _CASED[pattern] = re.compile(pattern)
    return rx


_CASED: dict[str, re.Pattern[str]] = {}


def _phrase(component: str, lex: Lexicon) -> str | None:
    m = _cased(lex.org_phrase).search(component)
    return re.sub(lex.org_phrase_tail, "", m.group(1)) if m else None


def _foreign_generic(form: str, org: OrgEntry, side: str | None, lex: Lexicon) -> bool:
    """"Asamblea Nacional" names the Venezuelan one only for a Venezuelan: a generic form (no country,
    demonym or acronym in it) of another side's body is not that body."""
    if side is None or org.country is None or org.country == side:
        return False
    if _countries(form, lex) or any(t.acronym for t in tokenize(form)):
        return False
    return org.kind in ("legislature", "state")


def _sub_body(phrase: str | None, form: str, entry: OrgEntry, gazetteer: Gazetteer, lex: Lexicon) -> OrgRef | None:
    """"Organization Commission of the LPRP Central Committee": a body under a known party body (a
    party's own councils, "General Council of United Russia", stand for the party)."""
    if not phrase or not phrase.endswith(form) or entry.kind != "party_body":
        return None
    link = rf"(?:{alternation(lex.sub_body_links)})(?:\s+(?:{alternation(lex.link_articles)}))?\s*$"
    body = re.sub(rf"\s+{link}", "", phrase[: -len(form)].rstrip())
    linked = re.search(rf"\s{link}", " " + phrase[: -len(form)])
    if not body or body == phrase or not _cased(lex.org_heads).search(body) or not linked:
        return None
    known = _known_sub_body(body, entry, gazetteer, lex)
    if known is not None:
        return known.ref()
    the = _RECORD["definite_article"]
    parent = entry.name if entry.name.startswith(f"{the} ") else f"{the} {entry.name}"
    name = _RECORD["sub_body"].format(body=body, parent=parent)
    return OrgRef(key=None, name=name, kind="party_body", country=entry.country, parent=entry.id)


def _known_sub_body(body: str, entry: OrgEntry, gazetteer: Gazetteer, lex: Lexicon) -> OrgEntry | None:
    """"Departamento de Organización" under the CPC Central Committee: the known body so named
    ("Departamento de Organización del Comité Central del PCCh" -> the Organization Department)."""
    for form in entry.surface_forms():
        for link in lex.body_links:
            known = gazetteer.lookup_org(f"{body} {link} {form}")
            if known is not None and known.id != entry.id:
                return known
    return None


def _named_body(phrase: str, gazetteer: Gazetteer, country: str | None, lex: Lexicon) -> OrgRef | None:
    """An organisation named as written, or the known one a short form begins ("the International
    Department" -> the IDCPC), or the side's own party for "the Party Central Committee"."""
    local = lex.cased(lex.local_committee).match(phrase)
    if local and country in (None, "CN"):
        name = _RECORD["local_committee"].format(place=local.group("place"), level=local.group("level"))
        return OrgRef(key=None, name=name, kind="party_body", country="CN", parent=_RECORD["local_committee_party"])
    # a bare "Assembleia Nacional" of no known side is no one country's (the one alias it begins,
    # "Assembleia Nacional do Vietnã", would make Angola's speaker Vietnamese)
    known = _begun_by(phrase, gazetteer, country) if country or not _generic(phrase, lex) else None
    if known is not None:
        return known.ref()
    if country and _cased(lex.own_party_bodies).search(phrase):
        party = own_party(gazetteer, country)
        if party is not None:
            return (central_committee(gazetteer, party) or party).ref()
    kind = _guess_kind(phrase, lex)
    if kind == "legislature" and country and _only_head(phrase, lex):
        leg = gazetteer.legislature(country)
        if leg is not None:
            return leg.ref()
    return OrgRef(key=None, name=phrase, kind=kind, country=country)  # type: ignore[arg-type]


def _generic_chamber(
    phrase: str, component: str, country: str, gazetteer: Gazetteer, lex: Lexicon
) -> OrgRef | None:
    """A chamber by its generic name and its country ("Sénat jamaïcain", "Parlement du Ghana", "Sénat de la République
    du Chili"): the gazetteer's one of that name for the country, else the record's English name of it."""
    low = " ".join(phrase.lower().split())
    for generic, english in lex.legislature_names.items():
        if not low.startswith(generic):
            continue
        rest = " ".join(phrase.split())[len(generic) :].strip()
        if rest and not _only_country(rest, lex):
            continue  # "Assemblée nationale populaire de Chine": another chamber's name
        if _countries(component, lex) and not any(c == country for _, c in _countries(component, lex)):
            continue
        name = _RECORD["chamber"].format(chamber=english, country=record_name(country) or country)
        known = gazetteer.legislature(country)
        if known is not None and known.name.lower().startswith(english.lower()):
            return known.ref()
        return OrgRef(key=None, name=name, kind="legislature", country=country)
    return None


def _only_country(words: str, lex: Lexicon) -> bool:
    """"du Ghana", "de la République du Chili", "de la République": the rest of a chamber's name tells only its
    country (a generic word of names, "République", may stand before it)."""
    rest = _after_link(words, lex)
    if rest is None:
        return False
    first, _, tail = rest.partition(" ")
    if first.lower() in lex.extra_stopwords:
        rest = _after_link(tail, lex) or tail
    return not rest or lex.country_of(rest) is not None or code_of(rest) is not None


def _after_link(words: str, lex: Lexicon) -> str | None:
    """The words after a body link opening them ("de la République du Chili" -> "République du Chili")."""
    low = words.lower()
    for link in sorted(lex.body_links, key=len, reverse=True):
        if low.startswith(link) and (link[-1:] in "'’" or low[len(link) : len(link) + 1] in (" ", "")):
            return words[len(link) :].strip()
    return None


def _bare_head(phrase: str, component: str, lex: Lexicon) -> bool:
    """"président de la Commission d’organisation du CC du Parti": the phrase read is a body's head
    word alone, its name going on in lower-case words, which names no organisation (the post's other words and
    the side then tell it)."""
    if len(phrase.split()) != 1:
        return False
    at = component.find(phrase)
    rest = component[at + len(phrase) :].strip() if at >= 0 else ""
    low = rest.lower()
    for link in sorted(lex.membership_links, key=len, reverse=True):
        if low.startswith(link) and (link[-1:] in "'’" or low[len(link) : len(link) + 1] == " "):
            rest = rest[len(link) :].strip()
            break
    return bool(rest) and rest[0].isalpha() and rest[0].islower()


def _begun_by(phrase: str, gazetteer: Gazetteer, country: str | None) -> OrgEntry | None:
    """The one known organisation (of ``country`` if given) with a name that starts with ``phrase``."""
    if len(phrase.split()) < 2:
        return None
    key = _fold(phrase) + " "
    hits = {
        o.id: o
        for o in gazetteer.orgs.values()
        if (country is None or o.country == country)
        and any(f.startswith(key) for f in _folded_forms(o))
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def _folded_forms(entry: OrgEntry) -> tuple[str, ...]:
    """The entry's surface forms, folded (kept per entry: ``_begun_by`` reads every entry's)."""
    kept = _FOLDED.get(id(entry))
    if kept is None or kept[0] is not entry:
        if len(_FOLDED) >= 1 << 16:
            _FOLDED.clear()
        kept = _FOLDED[id(entry)] = (entry, tuple(_fold(f) for f in entry.surface_forms()))
    return kept[1]


_FOLDED: dict[int, tuple[OrgEntry, tuple[str, ...]]] = {}


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def own_party(gazetteer: Gazetteer, country: str) -> OrgEntry | None:
    """The party of a country when the gazetteer knows exactly one."""
    parties = [o for o in gazetteer.parties() if o.country == country]
    return parties[0] if len(parties) == 1 else None


def central_committee(gazetteer: Gazetteer, party: OrgEntry) -> OrgEntry | None:
    return next((o for o in gazetteer.children(party.id) if _RECORD["central_committee"] in o.name.lower()), None)


def _government(gazetteer: Gazetteer, country: str) -> OrgRef:
    gov = gazetteer.government(country)
    if gov is not None:
        return gov.ref()
    name = _RECORD["government"].format(country=record_name(country) or country)
    return OrgRef(key=None, name=name, kind="state", country=country)


def _only_head(component: str, lex: Lexicon, heads: frozenset[str] | None = None) -> bool:
    """The title is a head with modifiers and country words only: a legislature head ("Deputy to the
    National Assembly"), or one of ``heads`` with "vice"/"deputy" at most ("Chinese Ambassador",
    "Deputy Ambassador"; not "Ambassador-at-Large")."""
    words = [t.lower for t in tokenize(component) if t.lower not in lex.articles]
    modifiers = lex.title_modifiers
    if heads is None:
        heads = lex.legislature_heads | lex.legislature_words
    else:
        words = [p for w in words for p in w.split("-") if p]
        modifiers = lex.deputy_words
    return len(words) <= 3 and all(
        w in heads or w in modifiers or w in lex.demonyms or w in lex.countries for w in words
    )


def _generic(phrase: str, lex: Lexicon) -> bool:
    """A body named by its heads only, with no country or nationality ("Assembleia Nacional")."""
    words = [t.lower for t in tokenize(phrase) if t.lower not in lex.articles]
    return _only_head(phrase, lex) and not any(w in lex.demonyms or w in lex.countries for w in words)


def affiliation(title: str | None, lex: Lexicon, gazetteer: Gazetteer, side: str | None = None) -> Affiliation:
    """Organisation, country and capacities of a title (``side``: the person's side if known)."""
    if not title:
        return Affiliation(None, None, ())
    components = split_components(title, lex)
    parts: list[Affiliation] = []
    for component in components:
        if parts and parts[-1].body is not None:
            component = _own_body(component, parts[-1].body, lex)
        part = _component(component, lex, gazetteer, side)
        parts.append(_stand_for_party(part, gazetteer, lex))
    heads = [_head(c, lex) for c in components]
    strong = [
        p for p, h, c in zip(parts, heads, components, strict=False)
        if p.organization and h not in lex.weak_heads and not _plain_secretary(c, p, lex)
    ]
    any_org = [p for p in parts if p.organization]
    best = (strong or any_org or parts)[0]
    country = best.country or next((p.country for p in parts if p.country), None)
    org = best.organization
    party = next((p.organization for p in parts if p.organization and p.organization.kind in _PARTY_KINDS), None)
    if org is not None and org.key is None and party is not None and party.country == country and org.parent is None:
        # "member of the CPV Central Committee and Deputy Head of the Commission for External Relations"
        org = replace(org, kind="party_body", parent=party.key)
        parts = [Affiliation(org, country, ("party",)) if p is best else p for p in parts]
    caps = tuple(dict.fromkeys(c for p in parts for c in p.capacities))
    return Affiliation(org, country, caps, party=party)


def _own_body(component: str, previous: OrgRef, lex: Lexicon) -> str:
    """"Head of its Commission for External Relations" after "Secretary of the CPV Central Committee"
    -> "Head of the Commission for External Relations of the CPV Central Committee"."""
    if not lex.possessives:
        return component
    words = "|".join(re.escape(w) for w in lex.possessives)
    name_word = rf"{CAPITAL}[\w'’-]*"
    links = "|".join(sorted(lex.name_links))
    m = lex.cased(rf"\b(?:{words})\s+((?:{name_word})(?:\s+(?:{links}|{name_word}))*)").search(component)
    if m is None:
        return component
    body = f"{lex.own_body_article} {m.group(1)} {lex.own_body_link} {previous.name}"
    return f"{component[: m.start()]}{body}{component[m.end():]}"


def _stand_for_party(part: Affiliation, gazetteer: Gazetteer, lex: Lexicon) -> Affiliation:
    """A party's central committee, politburo or secretariat stands for the party itself."""
    org = part.organization
    if org is None or org.kind != "party_body" or not org.parent:
        return replace(part, body=org)
    if not _cased(lex.central_bodies).search(org.name):
        return replace(part, body=org)
    party = gazetteer.party_of(org.parent)
    if party is None:
        return replace(part, body=org)
    return Affiliation(party.ref(), part.country, part.capacities, body=org)


def _plain_secretary(component: str, part: Affiliation, lex: Lexicon) -> bool:
    """"Secretary of the CPV Central Committee" (a seat on the committee, like "member") is weaker
    than a post heading a body; "General Secretary of the Central Committee" is not."""
    body = part.body
    if body is None or part.organization is None or part.organization.kind != "party":
        return False
    words = [t.lower for t in tokenize(component) if t.lower not in lex.articles]
    return bool(words) and words[0] in lex.secretary_words and len(words) > 1 and words[1] in lex.of_words


_PARTY_KINDS = ("party", "party_body")
