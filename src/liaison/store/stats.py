"""Aggregates over the events matching a filter: events per year, month, party, country, channel, kind or person.

With a home side (the filter's party, else its country, else its person) the party, country and person
breakdowns count the *other* sides only: ``breakdown(store, "person", EventFilter(party="CPC"))`` answers
"who met the CPC most". A participant's side is the country they represented at that event (a home person's
side is theirs at each event); people of unknown side are not counterparts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from liaison.kb.labels import country_code, country_name
from liaison.store.duckdb_store import Store, placeholders
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
            f"SELECT DISTINCT upper(country) FROM orgs WHERE country IS NOT NULL AND org_id IN ({placeholders(orgs)})",
            orgs,
        ).fetchall() if orgs else []
        return Home(flt.party, tuple(sorted(r[0] for r in rows)), tuple(orgs))
    if flt.country:
        return Home(flt.country.upper(), (flt.country.upper(),))
    if flt.person:
        ids = find_people(store, flt.person)
        rows = store.con.execute(f"SELECT name FROM persons WHERE person_id IN ({placeholders(ids)})", ids).fetchall() \
            if ids else []
        label = rows[0][0] if len(rows) == 1 else flt.person
        return Home(label, (), (), tuple(ids))
    return None


def _not_in(column: str, values: tuple[str, ...]) -> tuple[str, list[Any]]:
    if not values:
        return "true", []
    return f"{column} NOT IN ({placeholders(values)})", list(values)


def _home_sql(home: Home | None) -> tuple[str, list[Any]]:
    """SQL of (event_id, c): the home side's country at each matching event."""
    if home is None:
        return "SELECT NULL AS event_id, NULL AS c WHERE false", []
    if home.people:
        return (f"SELECT DISTINCT event_id, upper(country) AS c FROM participants JOIN m USING (event_id) "
                f"WHERE country IS NOT NULL AND person_id IN ({placeholders(home.people)})", list(home.people))
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
            f"SELECT org_id, name, abbr, upper(country) FROM orgs WHERE org_id IN ({placeholders(keys)})", keys
        ).fetchall()
        return {r[0]: {"name": r[1], "abbr": r[2], "country": r[3]} for r in rows}
    if by == "person":
        rows = store.con.execute(
            f"SELECT person_id, name, native, upper(country) FROM persons WHERE person_id IN ({placeholders(keys)})",
            keys,
        ).fetchall()
        return {r[0]: {"name": r[1], "native": r[2], "country": r[3]} for r in rows}
    return {}


def periods_between(by: str, first: str, last: str) -> list[str]:
    """Every year or month from ``first`` to ``last``."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out, (year, month) = [], (int(first[:4]), int(first[5:7]))
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def side_filter(
    store: Store, text: str, parties: Callable[[str], list[str]] | None = None
) -> EventFilter | None:
    """The events of the side ``text`` names: a party (id, name, abbreviation, alias), else a country (code or
    name), else a person; None when it names none of them. ``parties`` looks a party up (default: in ``store``)."""
    text = text.strip()
    if not text:
        return None
    if (parties or (lambda t: party_ids(store, t)))(text):
        return EventFilter(party=text)
    code = country_code(text)
    if code is not None:
        return EventFilter(country=code)
    if find_people(store, text):
        return EventFilter(person=text)
    return None


@dataclass(frozen=True)
class _Scope:
    """The SQL head over the matching events ``m``, home sides ``h`` and (event, group) ``pairs``."""

    head: str
    params: list[Any]
    home: Home | None


def _scope(store: Store, by: str, flt: EventFilter, side: EventFilter | None) -> _Scope:
    home = home_side(store, side or flt) if by in ("party", "country", "person") else None
    where, params = event_where(store, flt)
    if side is not None:
        side_where, side_params = event_where(store, side)
        where, params = f"({where}) AND ({side_where})", params + side_params
    home_sql, home_params = _home_sql(home)
    pairs, pair_params = _pairs(by, home)
    head = (f"WITH m AS (SELECT event_id, date, kind, channel FROM events WHERE {where}), h AS ({home_sql}), "
            f"pairs AS ({pairs}) ")
    return _Scope(head, params + home_params + pair_params, home)


def _query(store: Store, scope: _Scope, sql: str, extra: list[Any] | None = None) -> list[tuple[Any, ...]]:
    return store.con.execute(scope.head + sql, scope.params + (extra or [])).fetchall()


def breakdown(
    store: Store, by: str, flt: EventFilter | None = None, top: int | None = None, *, side: EventFilter | None = None
) -> Breakdown:
    """Events matching ``flt`` (limit ignored) grouped ``by`` one of :data:`DIMENSIONS`.

    Groups are counted in distinct events; an event with several parties, countries, channels or people
    counts once in each, so groups may add up to more than ``events``. With ``side`` (see :func:`side_filter`)
    only events that also match it count, and its side is the home side: ``breakdown(store, "person", flt,
    side=EventFilter(party="CPC"))`` answers "who met the CPC most" among the events ``flt`` selects.
    """
    flt = replace(flt or EventFilter(), limit=None, offset=0)
    scope = _scope(store, by, flt, side)
    total = _query(store, scope, "SELECT count(*), min(date), max(date) FROM m")
    n_events, first, last = total[0] if total else (0, None, None)
    unplaced = _query(store, scope, "SELECT count(*) FROM m WHERE event_id NOT IN (SELECT event_id FROM pairs)")
    rows = _query(store, scope, "SELECT key, count(DISTINCT event_id) AS n, min(date), max(date) FROM pairs "
                  "JOIN m USING (event_id) GROUP BY key ORDER BY n DESC, key")
    labels = _labels(store, by, [r[0] for r in rows])
    buckets = [Bucket(key=str(k), name=str(k), events=int(n), first=lo, last=hi) for k, n, lo, hi in rows]
    buckets = [replace(b, **labels.get(b.key, {})) for b in buckets]
    if by in PERIODS:
        counts = {b.key: b.events for b in buckets}
        periods = periods_between(by, min(counts), max(counts)) if counts else []
        buckets = [Bucket(key=p, name=p, events=counts.get(p, 0)) for p in periods]
    else:
        buckets.sort(key=lambda b: (-b.events, b.name.casefold(), b.key))
    groups = len(buckets)
    if top and by not in PERIODS:
        buckets = buckets[:top]
    return Breakdown(by=by, buckets=tuple(buckets), groups=groups, events=int(n_events),
                     unassigned=int(unplaced[0][0]) if unplaced else 0, first=first, last=last, home=scope.home)


@dataclass(frozen=True)
class Series:
    """One group over time: its events in each period of a :class:`CrossTab`."""

    key: str  # as in :class:`Bucket`; "other" for the groups beyond the top ones
    name: str
    events: int  # distinct events over all periods
    counts: tuple[int, ...]  # per period, aligned with ``CrossTab.periods``
    country: str | None = None
    abbr: str | None = None
    native: str | None = None


@dataclass(frozen=True)
class CrossTab:
    """Events per year or month, split by one dimension: the data of a stacked bar chart."""

    period: str  # "year" or "month"
    by: str
    periods: tuple[str, ...]  # oldest first, gaps filled
    totals: tuple[int, ...]  # matching events per period, each counted once
    series: tuple[Series, ...]  # the largest groups, largest first
    other: Series | None  # the remaining groups together (an event counts once), None when there are none
    groups: int  # groups in all
    events: int  # matching events
    undated: int  # matching events not dated to the period's precision
    unassigned: int  # dated matching events in no group
    first: str | None
    last: str | None
    home: Home | None = None


def crosstab(
    store: Store, period: str, by: str, flt: EventFilter | None = None, top: int = 8, *,
    side: EventFilter | None = None,
) -> CrossTab:
    """Events matching ``flt`` per ``period`` ("year" or "month") split ``by`` a dimension (not a period); the
    ``top`` largest groups get their own series, the rest are summed in ``other``. ``side`` as in :func:`breakdown`.
    """
    if period not in PERIODS or by in PERIODS or by not in DIMENSIONS:
        raise ValueError(f"cannot split {period}s by {by!r}")
    flt = replace(flt or EventFilter(), limit=None, offset=0)
    overall = breakdown(store, by, flt, side=side)
    width = 4 if period == "year" else 7
    scope = _scope(store, by, flt, side)
    dated = f"length(m.date) >= {width}"
    totals = dict(_query(store, scope, f"SELECT left(m.date, {width}), count(*) FROM m WHERE {dated} GROUP BY 1"))
    periods = periods_between(period, min(totals), max(totals)) if totals else []
    index = {p: i for i, p in enumerate(periods)}
    chosen = overall.buckets[:top]
    keys = [b.key for b in chosen]
    cells: dict[str, list[int]] = {k: [0] * len(periods) for k in keys}
    rest = [0] * len(periods)
    for p, key, n in _query(store, scope, f"SELECT left(m.date, {width}) AS p, key, count(DISTINCT event_id) "
                            f"FROM pairs JOIN m USING (event_id) WHERE {dated} GROUP BY ALL"):
        if key in cells:
            cells[key][index[p]] = int(n)
    not_chosen = f"key NOT IN ({placeholders(keys)})" if keys else "true"
    other_events = 0
    if overall.groups > len(chosen):
        for p, n in _query(store, scope, f"SELECT left(m.date, {width}), count(DISTINCT event_id) FROM pairs "
                           f"JOIN m USING (event_id) WHERE {dated} AND {not_chosen} GROUP BY 1", keys):
            rest[index[p]] = int(n)
        row = _query(store, scope, f"SELECT count(DISTINCT event_id) FROM pairs WHERE {not_chosen}", keys)
        other_events = int(row[0][0]) if row else 0
    undated = overall.events - sum(totals.values())
    series = tuple(Series(b.key, b.name, b.events, tuple(cells[b.key]), b.country, b.abbr, b.native) for b in chosen)
    other = Series("other", f"{overall.groups - len(chosen)} more", other_events, tuple(rest)) \
        if overall.groups > len(chosen) else None
    placed = _query(store, scope, f"SELECT count(DISTINCT event_id) FROM pairs JOIN m USING (event_id) WHERE {dated}")
    return CrossTab(
        period=period, by=by, periods=tuple(periods), totals=tuple(int(totals.get(p, 0)) for p in periods),
        series=series, other=other, groups=overall.groups, events=overall.events, undated=undated,
        unassigned=sum(totals.values()) - (int(placed[0][0]) if placed else 0), first=overall.first,
        last=overall.last, home=overall.home,
    )
