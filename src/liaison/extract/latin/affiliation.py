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

from liaison.extract.latin.lexicon import Lexicon
from liaison.extract.latin.tokens import Token, tokenize
from liaison.kb.gazetteer import Gazetteer, OrgEntry
from liaison.model.types import Channel, OrgRef

# Canonical English country names for bodies the gazetteer does not hold.
COUNTRY_NAMES = {
    "CN": "China", "VE": "Venezuela", "CU": "Cuba", "NI": "Nicaragua", "BO": "Bolivia", "BR": "Brazil",
    "VN": "Vietnam", "LA": "Laos", "KP": "North Korea", "RU": "Russia", "MX": "Mexico", "AR": "Argentina",
    "CL": "Chile", "CO": "Colombia", "PE": "Peru", "EC": "Ecuador", "UY": "Uruguay", "PY": "Paraguay",
    "SV": "El Salvador", "HN": "Honduras", "GT": "Guatemala", "PA": "Panama", "DO": "Dominican Republic",
    "ES": "Spain", "PT": "Portugal", "ZA": "South Africa", "TZ": "Tanzania", "AO": "Angola",
    "MZ": "Mozambique", "KH": "Cambodia", "MN": "Mongolia", "DE": "Germany", "US": "United States",
}
_ORG_WORDS = re.compile(
    r"\b(?:Commission|Committee|Ministry|Department|Office|Council|Bureau|Agency|Assembly|Party|Front|"
    r"Movement|Federation|Union|Congress|Parliament|Senate|Institute|Academy|School|University|"
    r"Comisión|Comité|Ministerio|Departamento|Oficina|Consejo|Agencia|Asamblea|Partido|Frente|"
    r"Movimiento|Federación|Unión|Congreso|Parlamento|Senado|Instituto|Escuela|Universidad)\b"
)
_ORG_PHRASE = re.compile(
    r"\b(?:of|de|do|da)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?"
    r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]*|of|the|de|del|la|y|and|for|para)(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|of|the|de|del|la|y|and|for|para))*)"
)
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


def split_components(title: str, lex: Lexicon) -> list[str]:
    """Parts of a compound title: "member of X and minister of Y" -> two parts."""
    tokens = tokenize(title)
    cuts = [0]
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower in lex.conjunctions or tok.text == "&":
            j = i + 1
            if tokens[j].lower in lex.articles:
                j += 1
            if _opens_title(tokens[j : j + 4], lex):
                cuts.append(tok.start)
    cuts.append(len(title))
    parts = [title[a:b] for a, b in itertools.pairwise(cuts)]
    return [re.sub(rf"^\s*(?:{'|'.join(lex.conjunctions)})\s+", "", p, flags=re.I).strip() for p in parts]


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


def _countries(component: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset, code) of every country name or demonym in a title part, longest names first."""
    found: list[tuple[int, int, str]] = []
    table = {**lex.countries, **lex.demonyms}
    for word in sorted(table, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", component, re.IGNORECASE):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), table[word]))
    return sorted((a, code) for a, _, code in found)


def government_of(gazetteer: Gazetteer, country: str) -> OrgEntry | None:
    return _top_body(gazetteer, country, "state", "government")


def legislature_of(gazetteer: Gazetteer, country: str) -> OrgEntry | None:
    return _top_body(gazetteer, country, "legislature", "")


def _top_body(gazetteer: Gazetteer, country: str, kind: str, word: str) -> OrgEntry | None:
    cands = [
        o
        for o in gazetteer.orgs.values()
        if o.kind == kind and o.country == country and word in o.name.lower() and "embassy" not in o.id
    ]
    return min(cands, key=lambda o: (o.parent is not None, len(o.name))) if cands else None


def embassy(gazetteer: Gazetteer, sender: str, host: str) -> OrgRef:
    entry = gazetteer.org(f"{sender.lower()}_embassy_{host.lower()}")
    if entry is not None:
        return entry.ref()
    name = f"Embassy of {COUNTRY_NAMES.get(sender, sender)} in {COUNTRY_NAMES.get(host, host)}"
    return OrgRef(key=None, name=name, kind="state", country=sender)


def _guess_kind(name: str) -> str:
    if re.search(r"Party|Partido|Front|Frente|Movement|Movimiento", name):
        return "party"
    if re.search(r"Assembly|Asamblea|Parliament|Parlamento|Congress|Congreso|Senate|Senado", name):
        return "legislature"
    if re.search(r"CPC|PCCh|Communist|Comunista", name):
        return "party_body"
    return "state"


def _component(component: str, lex: Lexicon, gazetteer: Gazetteer, side: str | None) -> Affiliation:
    head = _head(component, lex)
    places = _countries(component, lex)
    caps: list[Channel] = []
    if head in lex.ambassador_heads:
        to = re.search(r"\b(?:to|in|en|ante|a|no|na|junto)\b", component[component.lower().find(head) :])
        cut = component.lower().find(head) + (to.start() if to else len(component))
        sender = next((c for pos, c in places if pos < cut), side)
        host = next((c for pos, c in places if pos >= cut and c != sender), None)
        if sender and host:
            return Affiliation(embassy(gazetteer, sender, host), sender, ("state",))
    orgs = [entry for _, entry in gazetteer.find_orgs(component)]
    orgs = [o for o in orgs if not (o.kind == "state" and o.parent is None and head in lex.ambassador_heads)]
    if orgs:
        org = orgs[0]
        return Affiliation(org.ref(), org.country, (_KIND_CAPACITY.get(org.kind, "other"),))
    country = places[0][1] if places else side
    if m := _ORG_PHRASE.search(component):
        phrase = re.sub(r"\s+(?:of|the|de|del|la|y|and|for|para)$", "", m.group(1))
        if _ORG_WORDS.search(phrase):
            kind = _guess_kind(phrase)
            ref = OrgRef(key=None, name=phrase, kind=kind, country=country)  # type: ignore[arg-type]
            return Affiliation(ref, country, (_KIND_CAPACITY[kind],))
    if head in lex.government_heads or (head in lex.title_heads and places and head in _STATE_HEADS):
        caps.append("state")
        gov = government_of(gazetteer, country) if country else None
        return Affiliation(gov.ref() if gov else None, country, tuple(caps))
    if head in lex.legislature_heads and _only_head(component, lex):
        leg = legislature_of(gazetteer, country) if country else None
        return Affiliation(leg.ref() if leg else None, country, ("legislature",))
    return Affiliation(None, places[0][1] if places else None, ())


_STATE_HEADS = frozenset(
    {"president", "premier", "presidente", "presidenta", "vice-president", "vicepresidente", "vicepresidenta"}
)


def _only_head(component: str, lex: Lexicon) -> bool:
    words = [t.lower for t in tokenize(component) if t.lower not in lex.articles]
    return len(words) <= 3 and all(
        w in lex.legislature_heads or w in lex.title_modifiers or w in lex.demonyms or w in lex.countries
        or w in ("of", "to", "de", "la", "del", "the", "national", "nacional", "assembly", "asamblea")
        for w in words
    )


def affiliation(title: str | None, lex: Lexicon, gazetteer: Gazetteer, side: str | None = None) -> Affiliation:
    """Organisation, country and capacities of a title (``side``: the person's side if known)."""
    if not title:
        return Affiliation(None, None, ())
    parts = [_component(c, lex, gazetteer, side) for c in split_components(title, lex)]
    heads = [_head(c, lex) for c in split_components(title, lex)]
    strong = [p for p, h in zip(parts, heads, strict=False) if p.organization and h not in lex.weak_heads]
    any_org = [p for p in parts if p.organization]
    best = (strong or any_org or parts)[0]
    country = best.country or next((p.country for p in parts if p.country), None)
    org = best.organization
    party = next((p.organization for p in parts if p.organization and p.organization.kind in _PARTY_KINDS), None)
    if org is not None and org.key is None and party is not None and party.country == country:
        # "member of the CPV Central Committee and Deputy Head of the Commission for External Relations"
        org = replace(org, kind="party_body", parent=party.key)
        parts = [Affiliation(org, country, ("party",)) if p is best else p for p in parts]
    caps = tuple(dict.fromkeys(c for p in parts for c in p.capacities))
    return Affiliation(org, country, caps)


_PARTY_KINDS = ("party", "party_body")
