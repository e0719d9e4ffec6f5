"""Server-rendered pages (Jinja2, autoescaped). Each page reads the store once and renders."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from liaison.kb.labels import country_code
from liaison.serve import charts, queries
from liaison.serve.api import Db, Filter, everyone
from liaison.serve.db import SnapshotStore
from liaison.serve.render import found, render
from liaison.store import EventFilter
from liaison.store import queries as base

PAGE = 25
PERSON_EVENTS = 100  # a person page lists the latest ones and links to the rest
router = APIRouter(include_in_schema=False)


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    params = dict(request.query_params)

    def link(off: int) -> str:
        return "?" + urlencode({**params, "offset": off, "limit": limit})

    return {
        "total": total, "first": offset + 1 if total else 0, "last": min(total, offset + limit),
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


def _filter_values(flt: EventFilter) -> dict[str, str]:
    return {
        "person": flt.person or "", "party": flt.party or "", "country": flt.country or "",
        "kind": flt.kind or "", "channel": flt.channel or "", "from": flt.date_from or "",
        "to": flt.date_to or "", "text": flt.text or "",
        "min_confidence": "" if flt.min_confidence is None else f"{flt.min_confidence:g}",
    }


def kinds(store: SnapshotStore) -> list[str]:
    """The event kinds present, for filter forms."""
    return store.memo("kinds", lambda: base.event_kinds(store))


def _defaults(store: SnapshotStore) -> dict[str, Any]:
    """Per snapshot: the years with events, the side whose counterparts to count (a country present at half the
    events or more: "foreign" means not of it) and the party whose visitors to rank (the most active one)."""
    summary = base.summary(store)
    years = [str(y) for y in range(int(summary["first"][:4]), int(summary["last"][:4]) + 1)] if summary["first"] else []
    busiest = base.busiest_country(store)
    side = busiest[0] if busiest and 2 * busiest[1] >= (summary["events"] or 0) else ""
    top = base.parties(store, limit=1)
    return {"years": years, "side": side, "met": (top[0]["abbr"] or top[0]["org_id"]) if top else ""}


def defaults(store: SnapshotStore) -> dict[str, Any]:
    """:func:`_defaults`, kept per snapshot."""
    return store.memo("defaults", lambda: _defaults(store))


def _timeline(store: SnapshotStore, width: int, **who: str) -> dict[str, Any]:
    return charts.timeline_chart(queries.timeline_bars(queries.monthly_timeline(store, **who)), width=width,
                                 height=150 if width == charts.WIDE else 120)


def _overview(store: SnapshotStore) -> dict[str, Any]:
    """What the home page shows: aggregates over the whole record, computed once per snapshot."""
    return {
        "summary": base.summary(store),
        "latest": queries.event_records(store, base.event_ids(store, EventFilter(limit=10))),
        "timeline": _timeline(store, charts.WIDE),
        "pairs": queries.top_pairs(store, 10),
        "parties": base.parties(store, limit=12),
        "people": base.people(store, limit=12),
        "names": queries.display_names(store),
    }


def warm(store: SnapshotStore) -> None:
    """Fill a new snapshot's memo with what most pages need (run in the background by ``Database``)."""
    queries.event_records(store, [])
    queries.event_json(store, [])
    queries.model(store)
    queries.event_index(store)
    queries.text_index(store)
    store.memo("overview", lambda: _overview(store))
    everyone(store)
    kinds(store)
    queries.display_names(store)
    defaults(store)
    country_code("Venezuela")  # builds the territory index (a second) before an explorer request needs it


def _names(store: SnapshotStore, ids: set[str]) -> dict[str, dict[str, Any]]:
    """People by id (those still stored), for naming them."""
    return {pid: {"person_id": pid, "name": name, "native": native}
            for pid, (name, native) in base.person_names(store, sorted(ids)).items()}


# -- pages -----------------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db) -> HTMLResponse:
    with db.read() as store:
        return render(request, "home.html", **store.memo("overview", lambda: _overview(store)))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, db: Db, flt: Filter) -> HTMLResponse:
    if "limit" not in request.query_params:
        flt = replace(flt, limit=PAGE)
    limit = flt.limit or PAGE
    with db.read() as store:
        page = queries.event_page(store, flt)
        return render(
            request, "events.html", page=page, values=_filter_values(flt), kinds=kinds(store),
            names=queries.display_names(store),
            pager=_page_links(request, page["total"], limit, flt.offset),
        )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, db: Db, event_id: str) -> HTMLResponse:
    with db.read() as store:
        ev = found(queries.event(store, event_id), "event", event_id)
        sides: dict[str, list[dict[str, Any]]] = {}
        for p in ev["participants"]:
            sides.setdefault(p["country"] or "", []).append(p)
        return render(request, "event.html", ev=ev, sides=sides, documents=queries.event_documents(store, event_id))


@router.get("/people", response_class=HTMLResponse)
def people(request: Request, db: Db, q: str = "", offset: int = 0) -> HTMLResponse:
    with db.read() as store:
        page = queries.people_page(store, q or None, PAGE * 2, max(0, offset))
        return render(request, "people.html", page=page, q=q,
                       pager=_page_links(request, page["total"], PAGE * 2, max(0, offset)))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, db: Db, person_id: str) -> HTMLResponse:
    with db.read() as store:
        info = found(queries.person(store, person_id), "person", person_id)
        positions = queries.person_positions(store, person_id)
        event_ids = queries.person_event_ids(store, person_id)
        judgements = [j for j in store.judgements() if person_id in (j.left, j.right)]
        return render(
            request, "person.html", person=info, positions=positions,
            positions_chart=charts.positions_chart(positions),
            events=queries.event_records(store, event_ids[:PERSON_EVENTS]), event_total=len(event_ids),
            timeline=_timeline(store, charts.NARROW, person_id=person_id),
            counterparts=queries.counterparts(store, person_id),
            judgements=judgements, judged=_names(store, {j.left for j in judgements} | {j.right for j in judgements}),
            names=queries.display_names(store),
        )


@router.get("/parties", response_class=HTMLResponse)
def parties(request: Request, db: Db, date_from: str = "", date_to: str = "") -> HTMLResponse:
    with db.read() as store:
        return render(request, "parties.html", parties=store.memo("parties", lambda: base.parties(store)),
                       home=defaults(store)["side"],
                       graph=store.memo(("party-graph", date_from, date_to),
                                        lambda: queries.graph(store, "party", date_from or None, date_to or None)),
                       date_from=date_from, date_to=date_to)


@router.get("/parties/{org_id}", response_class=HTMLResponse)
def party(request: Request, db: Db, org_id: str) -> HTMLResponse:
    with db.read() as store:
        info = found(queries.party(store, org_id), "party", org_id)
        return render(
            request, "party.html", party=info, partners=queries.partners(store, org_id),
            graph=queries.graph(store, "party", center=org_id),
            events=queries.event_records(store, queries.party_event_ids(store, org_id)[:100]),
            timeline=_timeline(store, charts.NARROW, org_id=org_id),
            people=queries.representatives(store, org_id), names=queries.display_names(store),
            home=defaults(store)["side"],
        )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, db: Db, doc_id: str) -> HTMLResponse:
    with db.read() as store:
        doc = found(queries.document(store, doc_id), "document", doc_id)
        return render(request, "document.html", doc=doc)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, db: Db, q: str = "") -> HTMLResponse:
    with db.read() as store:
        return render(request, "search.html", q=q, results=queries.search(store, q, 30),
                      names=queries.display_names(store))


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages for the site; the API keeps FastAPI's JSON errors."""

    @app.exception_handler(StarletteHTTPException)
    async def _errors(request: Request, exc: StarletteHTTPException) -> Response:
        path = request.url.path
        if path.startswith("/api") or path.startswith("/static") or path in ("/docs", "/openapi.json", "/redoc"):
            return await http_exception_handler(request, exc)
        response = render(request, "error.html", status=exc.status_code, detail=exc.detail)
        response.status_code = exc.status_code
        return response
