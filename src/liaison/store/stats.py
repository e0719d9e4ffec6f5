"""Aggregates over the events matching a filter: events per year, month, party, country, channel, kind or person.

With a home side (the filter's party, else its country, else its person) the party, country and person
breakdowns count the *other* sides only: ``breakdown(store, "person", EventFilter(party="CPC"))`` answers
"who met the CPC most". A participant's side is the country they represented at that event (a home person's
side is theirs at each event); people of unknown side are not counterparts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from liaison.kb.labels import country_name
from liaison.store.duckdb_store import Store
from liaison.store.queries import EventFilter, event_where, find_people, party_ids

Dimension = Literal["year", "month", "party", "country", "channel", "kind", "person"]
DIMENSIONS: tuple[str, ...] = get_args(Dimension)
PERIODS = ("year", "month")


@dataclass(frozen=True)
class Bucket:
    """One group: ``key`` is the year, month, org id, country code, channel, kind or person id."""

    key: str
    name: str  # what to call it: the key, a party's or person's name, a country's name
    events: int  # matching events in the group
    first: str | None = None
    last: str | None = None
    country: str | None = None  # the party's or person's country, the country's code
    abbr: str | None = None  # parties
    native: str | None = None  # people


@dataclass(frozen=True)
class Home:
    """The side whose own parties, countries and people are left out of a breakdown."""

    label: str  # "CPC", "CN", "Xi Jinping"
    countries: tuple[str, ...]  # empty for a person: their side is their country at each event
    parties: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    """Events matching a filter, grouped by one dimension."""

    by: str
    buckets: tuple[Bucket, ...]  # largest first (periods: oldest first, gaps filled with zero), cut to ``top``
    groups: int  # groups before the cut
    events: int  # matching events
    unassigned: int  # matching events in no group (undated, no party, no counterpart...)
    first: str | None  # date range of the matching events
    last: str | None
    home: Home | None = None


def home_side(store: Store, flt: EventFilter) -> Home | None:
    """The filter's own side: its party (and that party's country), else its country, else its person."""
    if flt.party:
        orgs = party_ids(store, flt.party)
        rows = store.con.execute(
            f"SELECT DISTINCT upper(country) FROM orgs WHERE country IS NOT NULL AND org_id IN ({_marks(orgs)})",
            orgs,
        ).fetchall() if orgs else []
        return Home(flt.party, tuple(sorted(r[0] for r in rows)), tuple(orgs))
    if flt.country:
        return Home(flt.country.upper(), (flt.country.upper(),))
    if flt.person:
        ids = find_people(store, flt.person)
        rows = store.con.execute(f"SELECT name FROM persons WHERE person_id IN ({_marks(ids)})", ids).fetchall() \
            if ids else []
        label = rows[0][0] if len(rows) == 1 else flt.person
        return Home(label, (), (), tuple(ids))
    return None


def _marks(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join("?" * len(values))


def _not_in(column: str, values: tuple[str, ...]) -> tuple[str, list[Any]]:
    if not values:
        return "true", []
    return f"{column} NOT IN ({_marks(values)})", list(values)


def _home_sql(home: Home | None) -> tuple[str, list[Any]]:
    """SQL of (event_id, c): the home side's country at each matching event."""
    if home is None:
        return "SELECT NULL AS event_id, NULL AS c WHERE false", []
    if home.people:
        return (f"SELECT DISTINCT event_id, upper(country) AS c FROM participants JOIN m USING (event_id) "
                f"WHERE country IS NOT NULL AND person_id IN ({_marks(home.people)})", list(home.people))
    return "SELECT event_id, unnest(?::VARCHAR[]) AS c FROM m", [list(home.countries)]


def _pairs(by: str, home: Home | None) -> tuple[str, list[Any]]:
    """SQL of distinct (event_id, key) pairs over the matching events ``m`` and home sides ``h``."""
    other = "NOT EXISTS (SELECT 1 FROM h WHERE h.event_id = {0}.event_id AND h.c = upper({0}.country))"
    if by == "year":
        return "SELECT event_id, left(date, 4) AS key FROM m WHERE date IS NOT NULL", []
    if by == "month":
        return "SELECT event_id, left(date, 7) AS key FROM m WHERE length(date) >= 7", []
    if by == "kind":
        return "SELECT event_id, kind AS key FROM m WHERE kind IS NOT NULL", []
    if by == "channel":
        return "SELECT DISTINCT event_id, unnest(channel) AS key FROM m", []
    if by == "country":
        return (f"SELECT DISTINCT p.event_id, upper(p.country) AS key FROM participants p JOIN m USING (event_id) "
                f"WHERE p.country IS NOT NULL AND {other.format('p')}", [])
    if by == "party":
        own, params = _not_in("ep.org_id", home.parties if home else ())
        return (f"SELECT DISTINCT ep.event_id, ep.org_id AS key FROM event_parties ep JOIN m USING (event_id) "
                f"JOIN orgs o USING (org_id) WHERE {own} AND {other.format('o').replace('o.event_id', 'ep.event_id')}",
                params)
    if by == "person":
        sql = "SELECT DISTINCT p.event_id, p.person_id AS key FROM participants p JOIN m USING (event_id)"
        if home is None:
            return sql, []
        me, params = _not_in("p.person_id", home.people)
        org, org_params = _not_in("coalesce(p.organization_id, '')", home.parties)
        return f"{sql} WHERE p.country IS NOT NULL AND {other.format('p')} AND {me} AND {org}", params + org_params
    raise ValueError(f"unknown dimension {by!r} (one of {', '.join(DIMENSIONS)})")


def _labels(store: Store, by: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Extra fields of each bucket: names, countries, abbreviations, native forms."""
    if not keys:
        return {}
    if by == "country":
        return {k: {"name": country_name(k), "country": k} for k in keys}
    if by == "party":
        rows = store.con.execute(
            f"SELECT org_id, name, abbr, upper(country) FROM orgs WHERE org_id IN ({_marks(keys)})", keys
        ).fetchall()
        return {r[0]: {"name": r[1], "abbr": r[2], "country": r[3]} for r in rows}
    if by == "person":
        rows = store.con.execute(
            f"SELECT person_id, name, native, upper(country) FROM persons WHERE person_id IN ({_marks(keys)})", keys
        ).fetchall()
        return {r[0]: {"name": r[1], "native": r[2], "country": r[3]} for r in rows}
    return {}


def _periods(by: str, first: str, last: str) -> list[str]:
    """Every year or month from ``first`` to ``last``."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out, (year, month) = [], (int(first[:4]), int(first[5:7]))
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def breakdown(store: Store, by: str, flt: EventFilter | None = None, top: int | None = None) -> Breakdown:
    """Events matching ``flt`` (limit ignored) grouped ``by`` one of :data:`DIMENSIONS`.

    Groups are counted in distinct events; an event with several parties, countries, channels or people
    counts once in each, so groups may add up to more than ``events``.
    """
    flt = replace(flt or EventFilter(), limit=None, offset=0)
    home = home_side(store, flt) if by in ("party", "country", "person") else None
    where, params = event_where(store, flt)
    home_sql, home_params = _home_sql(home)
    pairs, pair_params = _pairs(by, home)
    head = (f"WITH m AS (SELECT event_id, date, kind, channel FROM events WHERE {where}), h AS ({home_sql}), "
            f"pairs AS ({pairs}) ")
    con, all_params = store.con, params + home_params + pair_params
    total = con.execute(head + "SELECT count(*), min(date), max(date) FROM m", all_params).fetchone()
    n_events, first, last = (total or (0, None, None))
    unplaced = con.execute(head + "SELECT count(*) FROM m WHERE event_id NOT IN (SELECT event_id FROM pairs)",
                           all_params).fetchone()
    rows = con.execute(
        head + "SELECT key, count(DISTINCT event_id) AS n, min(date), max(date) FROM pairs JOIN m USING (event_id) "
        "GROUP BY key ORDER BY n DESC, key",
        all_params,
    ).fetchall()
    labels = _labels(store, by, [r[0] for r in rows])
    buckets = [Bucket(key=str(k), name=str(k), events=int(n), first=lo, last=hi) for k, n, lo, hi in rows]
    buckets = [replace(b, **labels.get(b.key, {})) for b in buckets]
    if by in PERIODS:
        counts = {b.key: b.events for b in buckets}
        periods = _periods(by, min(counts), max(counts)) if counts else []
        buckets = [Bucket(key=p, name=p, events=counts.get(p, 0)) for p in periods]
    else:
        buckets.sort(key=lambda b: (-b.events, b.name.casefold(), b.key))
    groups = len(buckets)
    if top and by not in PERIODS:
        buckets = buckets[:top]
    return Breakdown(by=by, buckets=tuple(buckets), groups=groups, events=int(n_events),
                     unassigned=int(unplaced[0]) if unplaced else 0, first=first, last=last, home=home)
