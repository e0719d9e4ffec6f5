"""Aggregates in the API: ``/api/stats`` (events per group) and ``/api/stats/series`` (per period and group),
as JSON or CSV. Both are ``liaison.store.stats`` over the snapshot, as ``liaison stats`` prints them.

The JSON is written in the endpoint's own thread (``Breakdown`` and ``CrossTab`` serialised as FastAPI would
serialise the response model): FastAPI would validate a returned dataclass in a second hop to the thread pool
and serialise it on the event loop, and with concurrent clients each hop waits for the interpreter.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response
from pydantic import TypeAdapter

from liaison.kb.labels import country_name
from liaison.serve import aggregates, queries
from liaison.serve.api import Db, Fields
from liaison.serve.read_model import ReadModel
from liaison.store import EventFilter, Store
from liaison.store.stats import PERIODS, Breakdown, CrossTab, side_filter

router = APIRouter(tags=["stats"])

By = Literal["year", "month", "party", "country", "channel", "kind", "person"]
SplitBy = Literal["channel", "kind", "country", "party", "person"]
Period = Literal["year", "month"]
SideQuery = Annotated[str | None, Query(
    max_length=200,
    description="Only events with this side (a party, else a country, else a person); its own parties, "
                "countries and people are then left out of the groups (counterparts only): "
                "`by=person&side=CPC` is who met the CPC most.",
)]
Top = Annotated[int | None, Query(ge=1, le=10_000, description="The largest groups only.")]
SeriesTop = Annotated[int, Query(ge=1, le=50, description="Groups with their own series; the rest are summed.")]
BREAKDOWN_JSON = TypeAdapter(Breakdown)
CROSSTAB_JSON = TypeAdapter(CrossTab)


def json_response(body: bytes) -> Response:
    return Response(content=body, media_type="application/json")


def resolve_side(store: Store, side: str | None) -> EventFilter | None:
    """The filter of the side named ``side``; HTTP 422 when it names no party, country or person."""
    if not side or not side.strip():
        return None
    found = side_filter(store, side)
    if found is None:
        raise HTTPException(status_code=422, detail=f"no party, country or person named {side!r}")
    return found


def _resolve_side(store: Store, model: ReadModel, side: str | None) -> EventFilter | None:
    """:func:`resolve_side` with the snapshot's read model."""
    if not side or not side.strip():
        return None
    found = aggregates.side_filter(store, model, side)
    if found is None:
        raise HTTPException(status_code=422, detail=f"no party, country or person named {side!r}")
    return found


def _side_of(store: Store, side: str | None) -> EventFilter | None:
    model = queries.model(store)
    return resolve_side(store, side) if model is None else _resolve_side(store, model, side)


def _breakdown(db: Db, flt: EventFilter, by: str, side: str | None, top: int | None) -> Breakdown:
    with db.read() as store:
        return queries.breakdown(store, by, flt, top, _side_of(store, side))


def _crosstab(db: Db, flt: EventFilter, period: str, by: str, side: str | None, top: int) -> CrossTab:
    with db.read() as store:
        return queries.crosstab(store, period, by, flt, top, _side_of(store, side))


@router.get("/api/stats", response_model=Breakdown)
def stats(db: Db, flt: Fields, by: By = "year", side: SideQuery = None, top: Top = None) -> Response:
    """Matching events grouped by year, month, party, country, channel, kind or person; largest groups first
    (periods oldest first). An event with several groups counts once in each."""
    return json_response(BREAKDOWN_JSON.dump_json(_breakdown(db, flt, by, side, top)))


@router.get("/api/stats.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def stats_csv(db: Db, flt: Fields, by: By = "year", side: SideQuery = None, top: Top = None) -> Response:
    """``/api/stats`` as CSV, one row per group, with each group's share of the matching events."""
    result = _breakdown(db, flt, by, side, top)
    return csv_response(breakdown_rows(result), f"liaison-events-by-{by}.csv")


@router.get("/api/stats/series", response_model=CrossTab)
def series(
    db: Db, flt: Fields, period: Period = "year", by: SplitBy = "channel", side: SideQuery = None, top: SeriesTop = 8
) -> Response:
    """Matching events per year or month, split by channel, kind, country, party or person: the ``top``
    largest groups as series, the others summed in ``other``; ``totals`` counts each event once."""
    return json_response(CROSSTAB_JSON.dump_json(_crosstab(db, flt, period, by, side, top)))


@router.get("/api/stats/series.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def series_csv(
    db: Db, flt: Fields, period: Period = "year", by: SplitBy = "channel", side: SideQuery = None, top: SeriesTop = 8
) -> Response:
    """``/api/stats/series`` as CSV: one row per period, one column per series, then the events of the period."""
    result = _crosstab(db, flt, period, by, side, top)
    return csv_response(crosstab_rows(result), f"liaison-events-per-{period}-by-{by}.csv")


# -- CSV -------------------------------------------------------------------------------------------------
def breakdown_rows(result: Breakdown) -> list[list[Any]]:
    """Header and rows of a breakdown as shown: group, names, events, share, first and last date."""
    if result.by in PERIODS:
        return [[result.by, "events"], *([b.key, b.events] for b in result.buckets)]
    rows: list[list[Any]] = [["key", "name", "native", "abbr", "country", "country_name", "events", "share", "first",
                              "last"]]
    for b in result.buckets:
        share = round(b.events / result.events, 4) if result.events else 0.0
        rows.append([b.key, b.name, b.native or "", b.abbr or "", b.country or "",
                     country_name(b.country) if b.country else "", b.events, share, b.first or "", b.last or ""])
    return rows


def crosstab_rows(result: CrossTab) -> list[list[Any]]:
    """Header and rows of a cross-tabulation: period, one column per series, ``other``, the period's events."""
    series = [*result.series, *([result.other] if result.other else [])]
    header = [result.period, *(s.name if s.key != "other" else f"other ({s.name})" for s in series), "events"]
    return [header, *([p, *(s.counts[i] for s in series), result.totals[i]] for i, p in enumerate(result.periods))]


def _cell(value: Any) -> Any:
    """A spreadsheet would run a cell starting with = + - @ as a formula: such text gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def csv_response(rows: Iterable[Sequence[Any]], filename: str) -> Response:
    return Response(csv_text(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
