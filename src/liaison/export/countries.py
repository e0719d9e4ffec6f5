"""Country codes for exports: ISO 3166 alpha-2 -> alpha-3, and the country a place name lies in.

Read through ``liaison.kb.countries`` (rigour plus our additions), as every stage reads countries.
"""

from __future__ import annotations

from liaison.kb.countries import alpha3, country_of_place

__all__ = ["country_of_place", "iso3"]


def iso3(code: str | None) -> str | None:
    """``"CN"`` -> ``"CHN"``; None for unknown codes."""
    return alpha3(code)
