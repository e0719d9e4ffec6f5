"""Party Facts (partyfacts.herokuapp.com) core parties: read the CSV, link parties to it (the gazetteer's
and every party the store holds, also those recognised only by the form of their names).

Linking is conservative: a gazetteer party links to a Party Facts party of the same country only
when exactly one non-technical Party Facts party carries one of its names (name, English name or a
"Language: name" part of ``name_other``), or, failing a name, exactly one carries its abbreviation.
An ambiguous or absent match leaves the party unlinked.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from liaison.kb.countries import record_name
from liaison.kb.gazetteer import Gazetteer, OrgEntry, fold
from liaison.kb.party_translation import MARK, unmarked

REQUIRED_COLUMNS = ("country", "partyfacts_id", "name_short", "name", "name_english")


class PartyFactsError(ValueError):
    """The file is not a Party Facts core-parties CSV (the message names the file and line)."""


@dataclass(frozen=True)
class PartyFactsParty:
    partyfacts_id: int
    country: str  # ISO 3166 alpha-3, as Party Facts writes it
    name_short: str | None
    name: str
    name_english: str | None
    name_other: str | None = None
    year_first: int | None = None
    year_last: int | None = None
    technical: str | None = None
    wikipedia: str | None = None

    def names(self) -> set[str]:
        """Folded full names, each " / "-separated variant and each "Language: name" part on its own."""
        out: set[str] = set()
        for field in (self.name, self.name_english, self.name_other):
            for part in re.split(r"\s+/\s+|;\s*", field or ""):
                part = re.sub(r"^[^:]{1,40}:\s*", "", part.strip())  # "simplified Chinese: 中国共产党"
                part = re.sub(r"\s*\[[^\]]*\]$", "", part).strip()  # "[no-party]"
                if part:
                    out.add(fold(part))
        return out


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    try:
        return int(float(value)) if value else None
    except ValueError:
        return None


def read_partyfacts(path: Path) -> Iterator[PartyFactsParty]:
    """Parties of a Party Facts core-parties CSV; raises ``PartyFactsError`` naming file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise PartyFactsError(f"{path}: cannot read: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise PartyFactsError(f"{path}: not a Party Facts core-parties file (missing columns {missing})")
    for row in reader:
        pf_id = _int(row.get("partyfacts_id"))
        if pf_id is None or not (row.get("country") or "").strip():
            raise PartyFactsError(f"{path}:{reader.line_num}: row without partyfacts_id or country")
        yield PartyFactsParty(
            partyfacts_id=pf_id,
            country=row["country"].strip().upper(),
            name_short=(row.get("name_short") or "").strip() or None,
            name=(row.get("name") or "").strip(),
            name_english=(row.get("name_english") or "").strip() or None,
            name_other=(row.get("name_other") or "").strip() or None,
            year_first=_int(row.get("year_first")),
            year_last=_int(row.get("year_last")),
            technical=(row.get("technical") or "").strip() or None,
            wikipedia=(row.get("wikipedia") or "").strip() or None,
        )


def alpha3(country: str | None) -> str | None:
    """ISO alpha-3 of an alpha-2 code (``VE`` -> ``VEN``)."""
    if not country:
        return None
    from rigour.territories import get_territory

    territory = get_territory(country.lower())
    code = getattr(territory, "alpha3", None) if territory is not None else None
    return code.upper() if code else None


_QUALIFIER = re.compile(r"\s*\(([^()]+)\)$")


def _country_name(country: str | None) -> set[str]:
    """The English names of an alpha-2 country (``NO`` -> Norway, Kingdom of Norway)."""
    if not country:
        return set()
    from rigour.territories import get_territory

    territory = get_territory(country.lower())
    return {n for n in (getattr(territory, "name", None), getattr(territory, "full_name", None)) if n}


def _without_country(entry: OrgEntry) -> set[str]:
    """A derived translation's name without the "of <country>" it ends with ("People's Liberation Front of
    Sri Lanka [derived translation]" -> "People's Liberation Front"): Chinese opens every foreign party's
    name with its country (斯里兰卡人民解放阵线), so that country says nothing of the party's own name.
    Names of the knowledge base keep theirs (the Communist Party of Nepal is no bare "Communist Party")."""
    names = {n.removeprefix("the ") for n in (*_country_name(entry.country), record_name(entry.country or "")) if n}
    out: set[str] = set()
    for form in (entry.name, *entry.aliases):
        if not form or not form.endswith(MARK):
            continue
        bare = unmarked(form)
        for name in names:
            for tail in (f" of {name}", f" of the {name}"):
                if bare.endswith(tail) and len(bare) > len(tail):
                    out.add(bare[: -len(tail)])
    return out


def match_party(entry: OrgEntry, candidates: Iterable[PartyFactsParty]) -> tuple[int, str] | None:
    """(Party Facts id, "name" | "abbr") for one gazetteer party, or None when absent or ambiguous."""
    # a derived translation (阿尔巴尼亚民主党 -> "Democratic Party of Albania") is matched without its mark
    forms = {fold(unmarked(f)) for f in (entry.name, *entry.aliases) if f}
    # "Labour Party (Norway)": a bracketed country name only tells same-named parties apart in our
    # knowledge base; the candidates are that country's parties already
    country = _country_name(entry.country)
    if country:
        forms |= {fold(f[: m.start()]) for f in (entry.name, *entry.aliases) if (m := _QUALIFIER.search(f or ""))
                  and m.group(1) in country}
    forms |= {fold(f) for f in _without_country(entry)}
    abbrs = {a.casefold() for a in (entry.abbr, *entry.aliases) if a and len(a) <= 8 and a.isupper()}
    by_name: set[int] = set()
    by_abbr: set[int] = set()
    for pf in candidates:
        if pf.technical:
            continue
        if forms & pf.names():
            by_name.add(pf.partyfacts_id)
        if pf.name_short and pf.name_short.casefold() in abbrs:
            by_abbr.add(pf.partyfacts_id)
    if len(by_name) == 1:
        return next(iter(by_name)), "name"
    if not by_name and len(by_abbr) == 1:
        return next(iter(by_abbr)), "abbr"
    return None


def link_parties(
    gazetteer: Gazetteer, parties: Iterable[PartyFactsParty], others: Iterable[OrgEntry] = ()
) -> dict[str, tuple[int, str]]:
    """Party id -> (Party Facts id, how matched), for the parties that link unambiguously: the
    gazetteer's, and ``others`` (parties known only by the form of their names, ``auto:…`` keys)."""
    by_country: dict[str, list[PartyFactsParty]] = {}
    for pf in parties:
        by_country.setdefault(pf.country, []).append(pf)
    links: dict[str, tuple[int, str]] = {}
    for entry in (*gazetteer.parties(), *(o for o in others if o.id not in gazetteer.orgs)):
        if entry.partyfacts_id is not None:
            links[entry.id] = (entry.partyfacts_id, "knowledge base")
            continue
        code = alpha3(entry.country)
        if code is None:
            continue
        found = match_party(entry, by_country.get(code, ()))
        if found is not None:
            links[entry.id] = found
    return links
