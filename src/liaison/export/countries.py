"""Country codes for exports: ISO 3166 alpha-2 -> alpha-3, and the country a place name lies in.

Backed by ``rigour`` (installed with followthemoney), which knows country names in many languages
and capital and major cities ("Beijing", "北京", "Caracas", "Hanoi").
"""

from __future__ import annotations

from functools import lru_cache

from rigour.territories import get_territory, lookup_territory


@lru_cache(maxsize=512)
def iso3(code: str | None) -> str | None:
    """``"CN"`` -> ``"CHN"``; None for unknown codes."""
    if not code:
        return None
    territory = get_territory(code.strip().lower())
    alpha3 = territory.alpha3 if territory is not None else None
    return alpha3.upper() if alpha3 else None


@lru_cache(maxsize=4096)
def country_of_place(place: str | None) -> str | None:
    """The ISO alpha-2 code (upper case) of the country a place is in, or None when unknown."""
    if not place or not place.strip():
        return None
    territory = lookup_territory(place.strip())
    if territory is None and "," in place:  # "Hanoi, Vietnam"
        territory = lookup_territory(place.rsplit(",", 1)[1].strip())
    seen = 0
    while territory is not None and not territory.is_country and territory.parent is not None and seen < 5:
        territory = territory.parent
        seen += 1
    if territory is None or not territory.is_country:
        return None
    return territory.code.split("-")[0].upper()
