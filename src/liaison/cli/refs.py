"""Names the user typed for people and parties: unknown ones are errors that suggest close names."""

from __future__ import annotations

import click

from liaison.kb.labels import display_name
from liaison.store import EventFilter, Store
from liaison.store.lookup import PartyMatch, PersonMatch, match_parties, suggest_parties, suggest_people
from liaison.store.queries import find_people, party_ids


def person_label(p: PersonMatch) -> str:
    return display_name(p.name, p.native)


def party_label(p: PartyMatch) -> str:
    return f"{p.abbr} ({p.name})" if p.abbr and p.abbr != p.name else p.name


def unknown_person(store: Store, query: str) -> click.ClickException:
    """``no person matches 'Cai Ki'; did you mean Cai Qi (蔡奇)?``"""
    close = suggest_people(store, query)
    hint = f"; did you mean {_either([person_label(p) for p in close])}?" if close else " (see `liaison people`)"
    return click.ClickException(f"no person matches {query!r}{hint}")


def unknown_party(store: Store, query: str) -> click.ClickException:
    """``no party matches 'PSUVV'; did you mean PSUV (...)?`` (parties named with that word come first)."""
    close = match_parties(store, query) or suggest_parties(store, query)
    hint = f"; did you mean {_either([party_label(p) for p in close[:5]])}?" if close else " (see `liaison parties`)"
    return click.ClickException(f"no party matches {query!r}{hint}")


def _either(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def check_filter(store: Store, flt: EventFilter) -> None:
    """Refuse a person or party that matches nothing, instead of printing no events."""
    if flt.person and not find_people(store, flt.person):
        raise unknown_person(store, flt.person)
    if flt.party and not party_ids(store, flt.party):
        raise unknown_party(store, flt.party)
