"""The explorer's aggregates (``/api/stats``, ``/api/stats/series``) counted in memory over a snapshot.

``liaison.store.stats`` answers with three to eight SQL queries over the participants per request; the
app instead keeps each event's date, kind, channels, sides and participants per snapshot
(:class:`EventIndex`, built with three whole-table queries) and counts the matching events' groups
in Python. The events matching the filter come from the read model when only a side is given (a
party's, a country's or a person's events), else from one SQL query (``event_where``). Answers equal
``store.stats.breakdown`` and ``crosstab`` (``tests/serve/test_aggregates.py`` compares them on a
real-built database).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from liaison.kb.labels import country_name
from liaison.serve.read_model import ReadModel
from liaison.store import EventFilter, Store, stats
from liaison.store import web_reads as reads
from liaison.store.queries import event_ids, find_people
from liaison.store.stats import DIMENSIONS, PERIODS, Breakdown, Bucket, CrossTab, Home, Series, periods_between

Participant = tuple[str, str | None, str | None]  # person id, upper-case country, organisation id


@dataclass
class EventIndex:
    """Every event's fields the aggregates group by, keyed by event id."""

    date: dict[str, str | None]
    kind: dict[str, str | None]
    channels: dict[str, list[str]]  # distinct
    sides: dict[str, list[str]]  # distinct org ids
    people: dict[str, list[Participant]]
    everything: list[str]
    period: dict[int, dict[str, str | None]] = field(default_factory=dict)  # width 4 or 7 -> event -> period
    whole: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # by -> groups over the whole record
    spans: dict[str, dict[str, tuple[str | None, str | None]]] = field(default_factory=dict)  # of those groups
    overall: dict[str, Breakdown] = field(default_factory=dict)  # by -> the whole record's breakdown
    totals: dict[int, dict[str, int]] = field(default_factory=dict)  # width -> the whole record's events per period
    placed_events: dict[str, set[str]] = field(default_factory=dict)  # by -> the events in a group
    groups_of: dict[str, dict[str, int]] = field(default_factory=dict)  # by -> event -> how many groups it is in
    placed_periods: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)  # of placed_events
    cells: dict[tuple[str, int], dict[str, dict[str, int]]] = field(default_factory=dict)  # -> key -> period -> n


def index(store: Store) -> EventIndex:
    events = reads.event_fields(store)
    sides: dict[str, list[str]] = defaultdict(list)
    for org_id, event_id in reads.all_org_events(store):
        sides[event_id].append(org_id)
    people: dict[str, list[Participant]] = defaultdict(list)
    for event_id, person_id, country, member_of in reads.participant_sides(store):
        people[event_id].append((person_id, country, member_of))
    out = EventIndex(
        date={e: d for e, d, _, _ in events}, kind={e: k for e, _, k, _ in events},
        channels={e: list(dict.fromkeys(c or [])) for e, _, _, c in events},
        sides=dict(sides), people=dict(people), everything=[e for e, _, _, _ in events],
        period={w: {e: d[:w] if d is not None and len(d) >= w else None for e, d, _, _ in events} for w in (4, 7)},
    )
    return out


def with_whole_record(events: EventIndex, model: ReadModel) -> EventIndex:
    """``events`` with the groups of every dimension over the whole record (no side) and their date spans."""
    everything = events.everything
    for width in (4, 7):
        events.totals[width] = _totals(events.period[width], everything)
    for by in DIMENSIONS:
        groups = _pairs(by, model, events, everything, None)
        events.whole[by] = groups
        events.spans[by] = {key: _span(events.date[e] for e in group) for key, group in groups.items()}
        events.overall[by] = _breakdown(model, events, by, None, _Counted(None, everything, groups, events.spans[by]))
        placed = events.placed_events[by] = set().union(*groups.values())
        counts: dict[str, int] = defaultdict(int)
        for group in groups.values():
            for e in group:
                counts[e] += 1
        events.groups_of[by] = dict(counts)
        for width in (4, 7):
            events.placed_periods[by, width] = _totals(events.period[width], placed)
            if by not in PERIODS:
                events.cells[by, width] = {key: _totals(events.period[width], group) for key, group in groups.items()}
    return events


def _totals(when: dict[str, str | None], m: Iterable[str]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for e in m:
        if (p := when[e]) is not None:
            totals[p] += 1
    return dict(totals)


# -- the side, its home and the matching events ---------------------------------------------------------
def party_ids(model: ReadModel, text: str) -> list[str]:
    """As ``store.queries.party_ids``: organisations whose id, name, abbreviation or alias is ``text``."""
    q = text.strip()
    return sorted(({q} & model.orgs.keys()) | model.org_names.get(q.lower(), set()))


def side_filter(store: Store, model: ReadModel, text: str) -> EventFilter | None:
    """As ``store.stats.side_filter``, parties looked up in the read model."""
    return stats.side_filter(store, text, lambda t: party_ids(model, t))


def home_side(store: Store, model: ReadModel, flt: EventFilter) -> Home | None:
    """As ``store.stats.home_side``."""
    if flt.party:
        orgs = party_ids(model, flt.party)
        countries = {c.upper() for o in orgs if (c := model.orgs[o]["country"]) is not None}
        return Home(flt.party, tuple(sorted(countries)), tuple(orgs))
    if flt.country:
        return Home(flt.country.upper(), (flt.country.upper(),))
    if flt.person:
        ids = find_people(store, flt.person)
        names = [model.persons[i]["name"] for i in ids if i in model.persons]
        return Home(names[0] if len(names) == 1 else flt.person, (), (), tuple(ids))
    return None


def _is_empty(flt: EventFilter) -> bool:
    return flt == EventFilter()


def matching(store: Store, model: ReadModel, events: EventIndex, flt: EventFilter,
             side: EventFilter | None) -> list[str]:
    """Ids of the events matching ``flt`` and ``side`` (any order)."""
    if _is_empty(flt) and side is None:
        return events.everything
    if _is_empty(flt) and side is not None and side.party and not (side.person or side.country):
        named = party_ids(model, side.party)
        return list(set().union(*(model.org_events.get(o, set()) for o in named)))
    found = event_ids(store, flt)
    if side is None:
        return found
    return sorted(set(found) & set(event_ids(store, side)))


# -- groups -------------------------------------------------------------------------------------------------
def _excluded(store_home: Home | None, events: EventIndex, m: list[str]) -> Callable[[str, str | None], bool]:
    """Whether a side of country ``c`` at event ``e`` is the home side's (``h`` of ``store.stats``)."""
    if store_home is None:
        return lambda e, c: False
    if store_home.people:
        mine = set(store_home.people)
        h = {(e, c) for e in m for p, c, _ in events.people.get(e, ()) if p in mine and c is not None}
        return lambda e, c: (e, c) in h
    countries = set(store_home.countries)
    return lambda e, c: c in countries


def _pairs(by: str, model: ReadModel, events: EventIndex, m: list[str], home: Home | None) -> dict[str, set[str]]:
    """Events of each group (``pairs`` of ``store.stats``)."""
    groups: dict[str, set[str]] = defaultdict(set)
    if by in ("year", "month", "kind", "channel"):
        for e in m:
            for key in _event_keys(by, events, e):
                groups[key].add(e)
        return groups
    home_out = _excluded(home, events, m)
    if by == "party":
        own = set(home.parties) if home else set()
        for e in m:
            for o in events.sides.get(e, ()):
                if o not in model.orgs:
                    continue  # a side no longer stored (the SQL joins orgs)
                country = model.orgs[o]["country"]
                if o not in own and not home_out(e, None if country is None else country.upper()):
                    groups[o].add(e)
        return groups
    if by == "country":
        for e in m:
            for _, country, _ in events.people.get(e, ()):
                if country is not None and not home_out(e, country):
                    groups[country].add(e)
        return groups
    if by == "person":
        for e in m:
            for person, country, member_of in events.people.get(e, ()):
                if home is None or (country is not None and not home_out(e, country) and person not in home.people
                                    and (member_of or "") not in home.parties):
                    groups[person].add(e)
        return groups
    raise ValueError(f"unknown dimension {by!r} (one of {', '.join(DIMENSIONS)})")


def _event_keys(by: str, events: EventIndex, e: str) -> Iterable[str]:
    date = events.date[e]
    if by == "year":
        return () if date is None else (date[:4],)
    if by == "month":
        return (date[:7],) if date is not None and len(date) >= 7 else ()
    if by == "kind":
        kind = events.kind[e]
        return () if kind is None else (kind,)
    return events.channels[e]


def _labels(model: ReadModel, by: str, key: str) -> dict[str, Any]:
    if by == "country":
        return {"name": country_name(key), "country": key}
    if by == "party" and (org := model.orgs.get(key)) is not None:
        return {"name": org["name"], "abbr": org["abbr"], "country": _upper(org["country"])}
    if by == "person" and (person := model.persons.get(key)) is not None:
        return {"name": person["name"], "native": person["native"], "country": _upper(person["country"])}
    return {}


def _upper(value: str | None) -> str | None:
    return None if value is None else value.upper()


def _span(dates: Iterable[str | None]) -> tuple[str | None, str | None]:
    known = [d for d in dates if d is not None]
    return (min(known), max(known)) if known else (None, None)


@dataclass(frozen=True)
class _Counted:
    home: Home | None
    m: list[str]
    groups: dict[str, set[str]]
    spans: dict[str, tuple[str | None, str | None]] | None = None  # each group's, when known
    overall: Breakdown | None = None  # the breakdown of every group, when known


def _count(store: Store, model: ReadModel, events: EventIndex, by: str, flt: EventFilter,
           side: EventFilter | None) -> _Counted:
    home = home_side(store, model, side or flt) if by in ("party", "country", "person") else None
    m = matching(store, model, events, flt, side)
    if m is events.everything and home is None and by in events.overall:
        return _Counted(home, m, events.whole[by], events.spans[by], events.overall[by])
    return _Counted(home, m, _pairs(by, model, events, m, home))


def breakdown(store: Store, model: ReadModel, events: EventIndex, by: str, flt: EventFilter, top: int | None,
              side: EventFilter | None) -> Breakdown:
    """As ``store.stats.breakdown(store, by, flt, top, side=side)``."""
    flt = replace(flt, limit=None, offset=0)
    counted = _count(store, model, events, by, flt, side)
    return _breakdown(model, events, by, top, counted)


def _breakdown(model: ReadModel, events: EventIndex, by: str, top: int | None, counted: _Counted) -> Breakdown:
    if counted.overall is not None:
        cut = top and by not in PERIODS
        return replace(counted.overall, buckets=counted.overall.buckets[:top]) if cut else counted.overall
    first, last = _span(events.date[e] for e in counted.m)
    placed: set[str] = set().union(*counted.groups.values())
    buckets = []
    for key, group in counted.groups.items():
        lo, hi = counted.spans[key] if counted.spans is not None else _span(events.date[e] for e in group)
        buckets.append(Bucket(**{"key": key, "name": key, "events": len(group), "first": lo, "last": hi,
                                 **_labels(model, by, key)}))
    if by in PERIODS:
        counts = {b.key: b.events for b in buckets}
        periods = periods_between(by, min(counts), max(counts)) if counts else []
        buckets = [Bucket(key=p, name=p, events=counts.get(p, 0)) for p in periods]
    else:
        buckets.sort(key=lambda b: (-b.events, b.name.casefold(), b.key))
    groups = len(buckets)
    if top and by not in PERIODS:
        buckets = buckets[:top]
    return Breakdown(by=by, buckets=tuple(buckets), groups=groups, events=len(counted.m),
                     unassigned=len(counted.m) - len(placed), first=first, last=last, home=counted.home)


def crosstab(store: Store, model: ReadModel, events: EventIndex, period: str, by: str, flt: EventFilter, top: int,
             side: EventFilter | None) -> CrossTab:
    """As ``store.stats.crosstab(store, period, by, flt, top, side=side)``."""
    if period not in PERIODS or by in PERIODS or by not in DIMENSIONS:
        raise ValueError(f"cannot split {period}s by {by!r}")
    flt = replace(flt, limit=None, offset=0)
    counted = _count(store, model, events, by, flt, side)
    overall = _breakdown(model, events, by, None, counted)
    width = 4 if period == "year" else 7
    when = events.period[width]
    whole = counted.overall is not None
    totals = events.totals[width] if whole else _totals(when, counted.m)
    periods = periods_between(period, min(totals), max(totals)) if totals else []
    index_of = {p: i for i, p in enumerate(periods)}
    chosen = overall.buckets[:top]
    keys = {b.key for b in chosen}
    cells = {k: [0] * len(periods) for k in keys}
    for key in keys:
        counts = events.cells[by, width][key] if whole else _totals(when, counted.groups[key])
        for p, n in counts.items():
            cells[key][index_of[p]] = n
    rest = [0] * len(periods)
    other_events = 0
    if overall.groups > len(chosen):
        if whole:  # the events with a group outside the chosen ones: every placed event but those only in chosen
            in_chosen: dict[str, int] = defaultdict(int)
            for key in keys:
                for e in counted.groups[key]:
                    in_chosen[e] += 1
            only_chosen = [e for e, n in in_chosen.items() if n == events.groups_of[by][e]]
            other_events = len(events.placed_events[by]) - len(only_chosen)
            rest_counts = dict(events.placed_periods[by, width])
            for e in only_chosen:
                if (period_of := when[e]) is not None:
                    rest_counts[period_of] -= 1
        else:
            others: set[str] = set().union(*(g for k, g in counted.groups.items() if k not in keys))
            other_events = len(others)
            rest_counts = _totals(when, others)
        for p, n in rest_counts.items():
            rest[index_of[p]] = n
    placed = sum(events.placed_periods[by, width].values()) if whole else sum(
        1 for e in set().union(*counted.groups.values()) if when[e] is not None)
    dated = sum(totals.values())
    series = tuple(Series(b.key, b.name, b.events, tuple(cells[b.key]), b.country, b.abbr, b.native) for b in chosen)
    other = Series("other", f"{overall.groups - len(chosen)} more", other_events, tuple(rest)) \
        if overall.groups > len(chosen) else None
    return CrossTab(
        period=period, by=by, periods=tuple(periods), totals=tuple(totals.get(p, 0) for p in periods),
        series=series, other=other, groups=overall.groups, events=overall.events, undated=overall.events - dated,
        unassigned=dated - placed, first=overall.first, last=overall.last, home=overall.home,
    )
