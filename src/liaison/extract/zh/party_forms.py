"""A party's Chinese forms under every Chinese name of its country (issue 14: one party across forms and scripts).

Chinese party names open with their country's name, and the country has several: the mainland's 老挝, the
Taiwan and Hong Kong 寮國 (read as 寮国), 孟加拉国 beside 孟加拉. The knowledge base writes each party under
the mainland form (老挝人民革命党, 老挝党中央); an item from Taipei writing 寮國黨 names the same party. Each
Chinese alias of a party, or of one of its organs, that opens with a form of the party's country is also
known under the country's other forms (``zh.countries``), unless that form names another entry already.
"""

from __future__ import annotations

from collections import defaultdict

from liaison.extract.zh.countries import COUNTRIES
from liaison.kb.gazetteer import Gazetteer

_VIEWS: dict[int, tuple[Gazetteer, Gazetteer]] = {}  # id(gazetteer) -> (gazetteer kept alive, its view)


def with_country_forms(gaz: Gazetteer) -> Gazetteer:
    """``gaz`` with each party's Chinese aliases under its country's other Chinese names (cached per gazetteer)."""
    kept = _VIEWS.get(id(gaz))
    if kept is not None and kept[0] is gaz:
        return kept[1]
    view = gaz.with_forms(country_variants(gaz))
    _VIEWS[id(gaz)] = (gaz, view)
    return view


def country_variants(gaz: Gazetteer) -> dict[str, str]:
    """Form -> entry id: the Chinese aliases of parties and party organs with the country name swapped."""
    forms_of: dict[str, list[str]] = defaultdict(list)
    for form, (iso, _en) in COUNTRIES.items():
        forms_of[iso].append(form)
    for forms in forms_of.values():
        forms.sort(key=len, reverse=True)  # 孟加拉国 before 孟加拉
    out: dict[str, str] = {}
    for entry in gaz.orgs.values():
        party = gaz.party_of(entry)
        if party is None or entry.country is None or entry.country != party.country:
            continue
        own = forms_of.get(entry.country, [])
        for alias in (entry.name, *entry.aliases):
            prefix = next((f for f in own if alias.startswith(f)), None)
            if prefix is None or len(alias) == len(prefix):
                continue
            rest = alias[len(prefix):]
            for other in own:
                variant = other + rest
                if variant not in out and gaz.lookup_org(variant) is None:
                    out[variant] = entry.id
    return out


__all__ = ["country_variants", "with_country_forms"]
