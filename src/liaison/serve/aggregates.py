"""The explorer's aggregates (``/api/stats``, ``/api/stats/series``) counted in memory over a snapshot.

``liaison.store.stats`` answers with three to eight SQL queries over the participants per request; the
app instead keeps each event's date, kind, channels, sides and participants per snapshot
(:class:`EventIndex`, built with three whole-table queries) and counts the matching events' groups
in Python. The events matching the filter come from the read model when only a side is given (a
party's, a country's or a person's events), else from one SQL query (``event_where``); they are counted in
date order (undated first), so each group's events come out in date order and its first and last dates are
its first and last event's. Per snapshot, beside the whole record's groups, the index keeps each group's
labels and, for the whole record's stacked series, how many events of each period have all their groups
among the ``r`` largest (``EventIndex.only_top``), so ``other`` needs no pass over the events. Answers equal
``store.stats.breakdown`` and ``crosstab`` (``tests/serve/test_aggregates.py`` compares them on a
real-built database).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from liaison.kb.labels import country_name
from liaison.serve.read_model import ReadModel
from liaison.store import EventFilter, Store, stats
from liaison.store import web_reads as reads
from liaison.store.queries import event_ids, find_people
from liaison.store.stats import DIMENSIONS, PERIODS, Breakdown, Bucket, CrossTab, Home, Series, periods_between

Participant = tuple[str, str | None, str | None]  # person id, upper-case country, organisation id
Label = tuple[str, str | None, str | None, str | None]  # a group's name, country, abbreviation, native form
ONLY_TOP = 50  # the whole record's stacked series with up to this many groups of their own need no pass over events


@dataclass
class EventIndex:
    """Every event's fields the aggregates group by, keyed by event id."""

    date: dict[str, str | None]
    kind: dict[str, str | None]
    channels: dict[str, list[str]]  # distinct
    sides: dict[str, list[str]]  # distinct org ids
    people: dict[str, list[Participant]]
    everything: list[str]  # in date order, undated first
    period: dict[int, dict[str, str | None]] = field(default_factory=dict)  # width 4 or 7 -> event -> period
    whole: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # by -> groups over the whole record
    spans: dict[str, dict[str, tuple[str | None, str | None]]] = field(default_factory=dict)  # of those groups
    overall: dict[str, Breakdown] = field(default_factory=dict)  # by -> the whole record's breakdown
    totals: dict[int, dict[str, int]] = field(default_factory=dict)  # width -> the whole record's events per period
    placed_events: dict[str, set[str]] = field(default_factory=dict)  # by -> the events in a group
    rank: dict[str, int] = field(default_factory=dict)  # event -> its place in ``everything``
    org_country: dict[str, str | None] = field(default_factory=dict)  # stored organisation -> upper-case country
    labels: dict[str, dict[str, Label]] = field(default_factory=dict)  # by -> key -> its names
    only_top: dict[tuple[str, int], list[dict[str, int]]] = field(default_factory=dict)  # (by, width) -> r ->
    # events per period whose largest-ranked group (in the whole record's order) is the r-th (r < ONLY_TOP)
    only_top_events: dict[str, list[int]] = field(default_factory=dict)  # by -> r -> those events, dated or not
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
    events.sort(key=lambda r: (r[1] is not None, r[1] or "", r[0]))  # date order, undated first
    return EventIndex(
        date={e: d for e, d, _, _ in events}, kind={e: k for e, _, k, _ in events},
        channels={e: list(dict.fromkeys(c or [])) for e, _, _, c in events},
        sides=dict(sides), people=dict(people), everything=[e for e, _, _, _ in events],
        period={w: {e: d[:w] if d is not None and len(d) >= w else None for e, d, _, _ in events} for w in (4, 7)},
        rank={e: i for i, (e, _, _, _) in enumerate(events)},
    )


def _in_date_order(events: EventIndex, ids: Iterable[str]) -> list[str]:
    return sorted(ids, key=events.rank.__getitem__)


def with_whole_record(events: EventIndex, model: ReadModel) -> EventIndex:
    """``events`` with the groups of every dimension over the whole record (no side) and their date spans."""
    everything = events.everything
    for width in (4, 7):
        events.totals[width] = _totals(events.period[width], everything)
    events.labels = _all_labels(model, events)
    events.org_country = _org_countries(model)
    for by in DIMENSIONS:
        groups = _pairs(by, model, events, everything, None)
        events.whole[by] = groups
        events.spans[by] = {key: _span(events.date, group) for key, group in groups.items()}
        events.overall[by] = _breakdown(model, events, by, None, _Counted(None, everything, groups, events.spans[by]))
        placed = events.placed_events[by] = set().union(*groups.values())
        for width in (4, 7):
            events.placed_periods[by, width] = _totals(events.period[width], placed)
            if by not in PERIODS:
                events.cells[by, width] = {key: _totals(events.period[width], group) for key, group in groups.items()}
        if by not in PERIODS:
            _count_only_top(events, by)
    return events


def _count_only_top(events: EventIndex, by: str) -> None:
    """``events.only_top`` and ``only_top_events`` of ``by``: for r < ONLY_TOP, the events (per period) whose
    groups are all among the r + 1 largest of the whole record, one of them the (r + 1)-th."""
    place = {b.key: r for r, b in enumerate(events.overall[by].buckets)}
    highest: dict[str, int] = {}
    for key, group in events.whole[by].items():
        r = place[key]
        for e in group:
            if highest.get(e, -1) < r:
                highest[e] = r
    events.only_top_events[by] = [0] * ONLY_TOP
    for r in highest.values():
        if r < ONLY_TOP:
            events.only_top_events[by][r] += 1
    for width in (4, 7):
        when = events.period[width]
        counts: list[dict[str, int]] = [defaultdict(int) for _ in range(ONLY_TOP)]
        for e, r in highest.items():
            if r < ONLY_TOP and (p := when[e]) is not None:
                counts[r][p] += 1
        events.only_top[by, width] = [dict(c) for c in counts]


def _org_countries(model: ReadModel) -> dict[str, str | None]:
    return {o: None if (c := info["country"]) is None else c.upper() for o, info in model.orgs.items()}


def _all_labels(model: ReadModel, events: EventIndex) -> dict[str, dict[str, Label]]:
    """Each party's, country's and person's bucket fields beside its key and count."""
    countries = {c for people in events.people.values() for _, c, _ in people if c is not None}
    return {
        "country": {c: _labels(model, "country", c) for c in countries},
        "party": {o: _labels(model, "party", o) for o in model.orgs},
        "person": {p: _labels(model, "person", p) for p in model.persons},
    }


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
    """Ids of the events matching ``flt`` and ``side``, in date order (undated first)."""
    if _is_empty(flt) and side is None:
        return events.everything
    if _is_empty(flt) and side is not None and side.party and not (side.person or side.country):
        named = party_ids(model, side.party)
        return _in_date_order(events, set().union(*(model.org_events.get(o, set()) for o in named)))
    found = event_ids(store, flt)
    if side is not None:
        found = list(set(found) & set(event_ids(store, side)))
    return _in_date_order(events, (e for e in found if e in events.rank))


# -- groups -------------------------------------------------------------------------------------------------
Groups = dict[str, list[str]]  # key -> its distinct events, in the order of the matching events (date order)


def _home_pairs(home: Home | None, events: EventIndex, m: list[str]) -> set[tuple[str, str]] | None:
    """With a person as the home side, (event, country) of the home side at each matching event (``h`` of
    ``store.stats``); None when the home side's countries are the same at every event (``home.countries``)."""
    if home is None or not home.people:
        return None
    mine = set(home.people)
    return {(e, c) for e in m for p, c, _ in events.people.get(e, ()) if p in mine and c is not None}


def _pairs(by: str, model: ReadModel, events: EventIndex, m: list[str], home: Home | None) -> Groups:
    """Events of each group (``pairs`` of ``store.stats``), each group in the order of ``m``."""
    groups: Groups = defaultdict(list)
    if by in ("year", "month", "kind", "channel"):
        for e in m:
            for key in _event_keys(by, events, e):
                groups[key].append(e)
        return groups
    pairs = _home_pairs(home, events, m)
    countries = set(home.countries) if home is not None and pairs is None else set()
    if by == "party":
        own = set(home.parties) if home else set()
        country_of = events.org_country or _org_countries(model)
        for e in m:
            for o in events.sides.get(e, ()):
                if o not in country_of or o in own:
                    continue  # a side no longer stored (the SQL joins orgs), or the home side's own
                country = country_of[o]
                if country in countries or (pairs is not None and (e, country) in pairs):
                    continue
                group = groups[o]
                if not group or group[-1] != e:
                    group.append(e)
        return groups
    if by == "country":
        for e in m:
            for _, country, _ in events.people.get(e, ()):
                if country is None or country in countries or (pairs is not None and (e, country) in pairs):
                    continue
                group = groups[country]
                if not group or group[-1] != e:
                    group.append(e)
        return groups
    if by == "person":
        people = set(home.people) if home else set()
        parties = set(home.parties) if home else set()
        for e in m:
            for person, country, member_of in events.people.get(e, ()):
                if home is not None and (country is None or country in countries or person in people
                                         or (member_of or "") in parties
                                         or (pairs is not None and (e, country) in pairs)):
                    continue
                group = groups[person]
                if not group or group[-1] != e:
                    group.append(e)
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


def _labels(model: ReadModel, by: str, key: str) -> Label:
    if by == "country":
        return country_name(key), key, None, None
    if by == "party" and (org := model.orgs.get(key)) is not None:
        return org["name"], _upper(org["country"]), org["abbr"], None
    if by == "person" and (person := model.persons.get(key)) is not None:
        return person["name"], _upper(person["country"]), None, person["native"]
    return key, None, None, None


def _label(model: ReadModel, events: EventIndex, by: str, key: str) -> Label:
    found = events.labels.get(by, {}).get(key)
    return found if found is not None else _labels(model, by, key)


def _ranked(model: ReadModel, events: EventIndex, by: str, groups: Groups) -> list[tuple[str, Label, int]]:
    """(key, label, events) of every group, largest first, then by name and key (as ``store.stats``)."""
    out = [(key, _label(model, events, by, key), len(group)) for key, group in groups.items()]
    out.sort(key=lambda g: (-g[2], g[1][0].casefold(), g[0]))
    return out


def _upper(value: str | None) -> str | None:
    return None if value is None else value.upper()


def _span(date: dict[str, str | None], ordered: list[str]) -> tuple[str | None, str | None]:
    """First and last date of events in date order, undated first."""
    if not ordered or (last := date[ordered[-1]]) is None:
        return None, None
    return next(d for e in ordered if (d := date[e]) is not None), last


@dataclass(frozen=True)
class _Counted:
    home: Home | None
    m: list[str]
    groups: Groups
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
    first, last = _span(events.date, counted.m)
    placed: set[str] = set().union(*counted.groups.values())
    buckets = []
    for key, group in counted.groups.items():
        lo, hi = counted.spans[key] if counted.spans is not None else _span(events.date, group)
        name, country, abbr, native = _label(model, events, by, key)
        buckets.append(Bucket(key, name, len(group), lo, hi, country, abbr, native))
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
    width = 4 if period == "year" else 7
    when = events.period[width]
    whole = counted.overall is not None
    totals = events.totals[width] if whole else _totals(when, counted.m)
    periods = periods_between(period, min(totals), max(totals)) if totals else []
    index_of = {p: i for i, p in enumerate(periods)}
    if counted.overall is not None:
        chosen = [(b.key, (b.name, b.country, b.abbr, b.native), b.events) for b in counted.overall.buckets[:top]]
        groups = counted.overall.groups
    else:  # the largest groups only: no bucket for the others
        chosen = _ranked(model, events, by, counted.groups)[:top]
        groups = len(counted.groups)
    first, last = _span(events.date, counted.m)
    n_events = len(counted.m)
    keys = {key for key, _, _ in chosen}
    cells = {k: [0] * len(periods) for k in keys}
    for key in keys:
        counts = events.cells[by, width][key] if whole else _totals(when, counted.groups[key])
        for p, n in counts.items():
            cells[key][index_of[p]] = n
    rest = [0] * len(periods)
    other_events = 0
    if groups > len(chosen):
        if whole and len(chosen) <= ONLY_TOP:  # every placed event but those whose groups are all chosen ones
            other_events = len(events.placed_events[by]) - sum(events.only_top_events[by][: len(chosen)])
            rest_counts = dict(events.placed_periods[by, width])
            for counts in events.only_top[by, width][: len(chosen)]:
                for p, n in counts.items():
                    rest_counts[p] -= n
        else:
            others: set[str] = set().union(*(g for k, g in counted.groups.items() if k not in keys))
            other_events = len(others)
            rest_counts = _totals(when, others)
        for p, n in rest_counts.items():
            rest[index_of[p]] = n
    placed = sum(events.placed_periods[by, width].values()) if whole else sum(
        1 for e in set().union(*counted.groups.values()) if when[e] is not None)
    dated = sum(totals.values())
    series = tuple(Series(key, name, n, tuple(cells[key]), country, abbr, native)
                   for key, (name, country, abbr, native), n in chosen)
    other = Series("other", f"{groups - len(chosen)} more", other_events, tuple(rest)) if groups > len(chosen) else None
    return CrossTab(
        period=period, by=by, periods=tuple(periods), totals=tuple(totals.get(p, 0) for p in periods),
        series=series, other=other, groups=groups, events=n_events, undated=n_events - dated,
        unassigned=dated - placed, first=first, last=last, home=counted.home,
    )
