"""Find people and parties by what a user types: exact forms first, then whole words, then parts of names;
close names to suggest when nothing matches.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process

from liaison.store.duckdb_store import Store

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class PersonMatch:
    """A person with their activity, to show as a candidate."""

    person_id: str
    name: str
    native: str | None
    country: str | None
    events: int
    first: str | None
    last: str | None
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.person_id

    def forms(self) -> tuple[str, ...]:
        """Every written form: name, native form, aliases."""
        return (self.name, *((self.native,) if self.native else ()), *self.aliases)


@dataclass(frozen=True)
class PartyMatch:
    """A party (or any organisation stored as a side) with its number of events."""

    org_id: str
    name: str
    abbr: str | None
    country: str | None
    events: int
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.org_id

    def forms(self) -> tuple[str, ...]:
        """Every written form: name, abbreviation, aliases."""
        return (self.name, *((self.abbr,) if self.abbr else ()), *self.aliases)


M = TypeVar("M", PersonMatch, PartyMatch)


def _fold(text: str) -> str:
    """Lower case without accents: "Terán" -> "teran"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def all_people(store: Store) -> list[PersonMatch]:
    """Every person with their number of events and date range, most active first."""
    rows = store.con.execute(
        "SELECT pe.person_id, pe.name, pe.native, pe.country, count(DISTINCT p.event_id), min(e.date), max(e.date), "
        "pe.aliases FROM persons pe LEFT JOIN participants p USING (person_id) LEFT JOIN events e USING (event_id) "
        "GROUP BY ALL ORDER BY 5 DESC, pe.name, pe.person_id"
    ).fetchall()
    return [PersonMatch(r[0], r[1], r[2], r[3], int(r[4]), r[5], r[6], tuple(r[7] or ())) for r in rows]


def all_parties(store: Store) -> list[PartyMatch]:
    """Every organisation that is a side of at least one event, most active first."""
    rows = store.con.execute(
        "SELECT o.org_id, o.name, o.abbr, o.country, count(DISTINCT ep.event_id), o.aliases "
        "FROM orgs o JOIN event_parties ep USING (org_id) GROUP BY ALL ORDER BY 5 DESC, o.name"
    ).fetchall()
    return [PartyMatch(r[0], r[1], r[2], r[3], int(r[4]), tuple(r[5] or ())) for r in rows]


def _matches(query: str, items: list[M]) -> list[M]:
    """Tiered: an exact id or form (any case or accents); else every word of the query a word of a form;
    else the query inside a form."""
    q = _fold(query.strip())
    if not q:
        return []
    exact = [it for it in items if query.strip() == it.key or any(_fold(f) == q for f in it.forms())]
    if exact:
        return exact
    words = set(_words(q))
    tiers = [
        lambda f: bool(words) and words <= set(_words(f)),
        lambda f: q in _fold(f),
    ]
    for tier in tiers:
        found = [it for it in items if any(tier(f) for f in it.forms())]
        if found:
            return found
    return []


def match_people(store: Store, query: str, everyone: list[PersonMatch] | None = None) -> list[PersonMatch]:
    """People matching ``query``: an id or exact form; else whole words ("Li" is Li Qiang, not Bai Machilin);
    else part of a name. Most active first. ``everyone``: :func:`all_people`, when the caller keeps it."""
    return _matches(query, all_people(store) if everyone is None else everyone)


def match_parties(store: Store, query: str) -> list[PartyMatch]:
    """Parties matching ``query`` (id, name, abbreviation or alias; then whole words, then part of a name)."""
    return _matches(query, all_parties(store))


def _closeness(query: str, form: str, **_: object) -> float:
    """Similarity 0-100 of a folded query to a folded form, whole or (for one word) word by word."""
    score = fuzz.token_sort_ratio(query, form)
    if " " not in query:
        score = max([score, *(fuzz.ratio(query, w) for w in form.split())])
    return score


def _suggest(query: str, items: list[M], limit: int) -> list[M]:
    """Items with a form close to ``query``: the best and those nearly as close, best first."""
    forms = [(_fold(form), item) for item in items for form in item.forms()]
    best: dict[str, tuple[float, M]] = {}
    for _, score, i in process.extract(_fold(query), [f for f, _ in forms], scorer=_closeness, score_cutoff=60,
                                       limit=None):
        item = forms[i][1]
        if score > best.get(item.key, (-1.0, item))[0]:
            best[item.key] = (score, item)
    ranked = sorted(best.values(), key=lambda pair: (-pair[0], -pair[1].events, pair[1].name))
    top = ranked[0][0] if ranked else 0.0
    return [item for score, item in ranked[:limit] if score >= top - 10]


def suggest_people(
    store: Store, query: str, limit: int = 5, everyone: list[PersonMatch] | None = None
) -> list[PersonMatch]:
    """People whose names are close to ``query`` (typos, missing accents), best first."""
    return _suggest(query, all_people(store) if everyone is None else everyone, limit)


def suggest_parties(store: Store, query: str, limit: int = 5) -> list[PartyMatch]:
    """Parties whose names or abbreviations are close to ``query``, best first."""
    return _suggest(query, all_parties(store), limit)
