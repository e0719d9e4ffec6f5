"""The parties of an exchange, each once: "the CPC and the Workers' Party of Korea", in the order they
were found, a party found twice (by a title and by the gazetteer) kept in its first form."""

from __future__ import annotations

from collections.abc import Iterable

from liaison.model.types import OrgRef


def unique_parties(found: Iterable[OrgRef]) -> tuple[OrgRef, ...]:
    """``found`` without repeats (by key, else by name), first form kept."""
    out: dict[str, OrgRef] = {}
    for ref in found:
        out.setdefault(ref.key or ref.name, ref)
    return tuple(out.values())
