"""How people and countries are named for readers: one display name per person, country names for codes.

Country names come from ``liaison.kb.countries`` (rigour); codes it does not know are shown as given.
"""

from __future__ import annotations

import re
from functools import lru_cache

from liaison.kb.countries import code_of, short_name

_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=1024)
def country_name(code: str | None) -> str:
    """``"CN"`` -> ``"China"``; an unknown code is returned as given, a missing one as ``"?"``."""
    if not code:
        return "?"
    return short_name(code) or code


def country_label(code: str | None) -> str:
    """``"China (CN)"``: the name with the code, for headers; ``"unknown side"`` without a code."""
    if not code:
        return "unknown side"
    name = country_name(code)
    return name if name == code else f"{name} ({code.upper()})"


@lru_cache(maxsize=1024)
def country_code(text: str) -> str | None:
    """The ISO alpha-2 code (upper case) for a code or a country name ("cn", "China", "Venezuela")."""
    return code_of(text)


def native_form(name: str, native: str | None) -> str | None:
    """The native form worth showing beside ``name``: one in another script (蔡奇 for Cai Qi), else None.

    A Latin-script native form is only a spelling variant ("Diosdado Cabello Rondón") and is not shown, nor
    is any form beside a name that is not romanised itself (阿拉格希 written 阿拉格齐).
    """
    if not native or native == name or not _NON_LATIN.search(native) or _NON_LATIN.search(name):
        return None
    return native


def display_name(name: str, native: str | None) -> str:
    """One name per person: ``"Cai Qi (蔡奇)"``, ``"Diosdado Cabello"``, or the native form when not romanised."""
    other = native_form(name, native)
    return f"{name} ({other})" if other else name
