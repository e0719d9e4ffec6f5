"""Server-rendered pages (Jinja2, autoescaped). Each page reads the store once and renders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from liaison.serve import queries
from liaison.serve.api import Db, Filter
from liaison.serve.db import SnapshotStore
from liaison.serve.security import http_url
from liaison.store import EventFilter
from liaison.store import queries as base

CHANNELS = ("party", "state", "legislature", "other")
PAGE = 25
PERSON_EVENTS = 100  # a person page lists the latest ones and links to the rest

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,  # every page shows article text: never trust it
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["http_url"] = http_url  # article links: http(s) only
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"channels": CHANNELS, **context})


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"No {what} with id “{key}” in this database.")
    return value


# -- drawing helpers -------------------------------------------------------------------------------------
def timeline_chart(rows: list[dict[str, Any]], height: int = 120) -> dict[str, Any]:
    """Geometry for a stacked monthly bar chart (one bar per month, one segment per channel)."""
    bars = queries.timeline_bars(rows)
    if not bars:
        return {"bars": [], "width": 0, "height": height, "max": 0}
    peak = max(b["total"] for b in bars) or 1
    step = max(6, min(40, 900 // len(bars)))
    out = []
    for i, b in enumerate(bars):
        y = height
        parts = []
        for ch in CHANNELS:
            n = b["counts"].get(ch, 0)
            if n:
                h = max(2.0, n / peak * (height - 4))
                y -= h
                parts.append({"channel": ch, "count": n, "y": round(y, 1), "h": round(h, 1)})
        out.append({"month": b["month"], "total": b["total"], "x": i * step, "w": step - 2, "parts": parts,
                    "label": b["month"].endswith("-01") or i == 0})
    return {"bars": out, "width": len(bars) * step, "height": height, "max": peak}


def _year_value(iso: str | None, end: bool = False) -> float | None:
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    day = parts[2] if len(parts) > 2 else (28 if end else 1)
    return parts[0] + (month - 1) / 12 + (day - 1) / 365


def positions_chart(positions: list[dict[str, Any]], width: int = 640) -> dict[str, Any]:
    """Geometry for a position timeline: one horizontal bar per title from first to last seen."""
    spans = [(p, _year_value(p["first_seen"]), _year_value(p["last_seen"], end=True)) for p in positions]
    spans = [(p, a, b) for p, a, b in spans if a is not None and b is not None]
    if not spans:
        return {"rows": [], "width": width, "height": 0, "ticks": []}
    lo = min(a for _, a, _ in spans if a is not None)
    hi = max(b for _, _, b in spans if b is not None)
    lo, hi = float(int(lo)), float(int(hi) + 1)
    scale = (width - 20) / (hi - lo)
    rows = []
    for i, (p, a, b) in enumerate(spans):
        assert a is not None and b is not None
        x = 10 + (a - lo) * scale
        rows.append({"title": p["title"], "organization": p["organization"], "first": p["first_seen"],
                     "last": p["last_seen"], "x": round(x, 1), "w": round(max(6.0, (b - a) * scale), 1),
                     "y": 24 + i * 26})
    ticks = [{"x": round(10 + (y - lo) * scale, 1), "label": str(y)} for y in range(int(lo), int(hi) + 1)]
    return {"rows": rows, "width": width, "height": 34 + len(rows) * 26, "ticks": ticks}


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
    }


def _kinds(store: SnapshotStore) -> list[str]:
    return store.memo("kinds", lambda: [
        r[0] for r in store.con.execute("SELECT DISTINCT kind FROM events WHERE kind IS NOT NULL ORDER BY 1").fetchall()
    ])


def _candidates(store: SnapshotStore) -> Markup:
    """The analyst form's list of people to choose from (the same on every person page)."""
    return Markup(_env.get_template("_candidates.html").render(candidates=base.people(store, limit=3000)))


def _overview(store: SnapshotStore) -> dict[str, Any]:
    """What the home page shows: aggregates over the whole record, computed once per snapshot."""
    return {
        "summary": base.summary(store),
        "latest": queries.event_records(store, base.event_ids(store, EventFilter(limit=10))),
        "timeline": timeline_chart(queries.monthly_timeline(store)),
        "pairs": queries.top_pairs(store, 10),
        "parties": base.parties(store, limit=12),
        "people": base.people(store, limit=12),
    }


def warm(store: SnapshotStore) -> None:
    """Fill a new snapshot's memo with what most pages need (run in the background by ``Database``)."""
    queries.event_records(store, [])
    store.memo("overview", lambda: _overview(store))
    store.memo("candidates", lambda: _candidates(store))
    _kinds(store)


# -- pages -----------------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db) -> HTMLResponse:
    with db.read() as store:
        return _render(request, "home.html", **store.memo("overview", lambda: _overview(store)))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, db: Db, flt: Filter) -> HTMLResponse:
    if "limit" not in request.query_params:
        flt = replace(flt, limit=PAGE)
    limit = flt.limit or PAGE
    with db.read() as store:
        page = queries.event_page(store, flt)
        return _render(
            request, "events.html", page=page, values=_filter_values(flt), kinds=_kinds(store),
            pager=_page_links(request, page["total"], limit, flt.offset),
        )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, db: Db, event_id: str) -> HTMLResponse:
    with db.read() as store:
        ev = _found(queries.event(store, event_id), "event", event_id)
        sides: dict[str, list[dict[str, Any]]] = {}
        for p in ev["participants"]:
            sides.setdefault(p["country"] or "unknown side", []).append(p)
        return _render(request, "event.html", ev=ev, sides=sides, documents=queries.event_documents(store, event_id))


@router.get("/people", response_class=HTMLResponse)
def people(request: Request, db: Db, q: str = "", offset: int = 0) -> HTMLResponse:
    with db.read() as store:
        page = queries.people_page(store, q or None, PAGE * 2, max(0, offset))
        return _render(request, "people.html", page=page, q=q,
                       pager=_page_links(request, page["total"], PAGE * 2, max(0, offset)))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, db: Db, person_id: str) -> HTMLResponse:
    with db.read() as store:
        info = _found(queries.person(store, person_id), "person", person_id)
        positions = queries.person_positions(store, person_id)
        event_ids = queries.person_event_ids(store, person_id)
        judgements = [j for j in store.judgements() if person_id in (j.left, j.right)]
        return _render(
            request, "person.html", person=info, positions=positions, positions_chart=positions_chart(positions),
            events=queries.event_records(store, event_ids[:PERSON_EVENTS]), event_total=len(event_ids),
            timeline=timeline_chart(queries.monthly_timeline(store, person_id=person_id), height=80),
            counterparts=queries.counterparts(store, person_id),
            candidates=store.memo("candidates", lambda: _candidates(store)),
            judgements=judgements,
        )


@router.get("/parties", response_class=HTMLResponse)
def parties(request: Request, db: Db, date_from: str = "", date_to: str = "") -> HTMLResponse:
    with db.read() as store:
        return _render(request, "parties.html", parties=store.memo("parties", lambda: base.parties(store)),
                       graph=store.memo(("party-graph", date_from, date_to),
                                        lambda: queries.graph(store, "party", date_from or None, date_to or None)),
                       date_from=date_from, date_to=date_to)


@router.get("/parties/{org_id}", response_class=HTMLResponse)
def party(request: Request, db: Db, org_id: str) -> HTMLResponse:
    with db.read() as store:
        info = _found(queries.party(store, org_id), "party", org_id)
        return _render(
            request, "party.html", party=info, partners=queries.partners(store, org_id),
            graph=queries.graph(store, "party", center=org_id),
            events=queries.event_records(store, queries.party_event_ids(store, org_id)[:100]),
            timeline=timeline_chart(queries.monthly_timeline(store, org_id=org_id), height=80),
            people=queries.representatives(store, org_id),
        )


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, db: Db, doc_id: str) -> HTMLResponse:
    with db.read() as store:
        doc = _found(queries.document(store, doc_id), "document", doc_id)
        return _render(request, "document.html", doc=doc)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, db: Db, q: str = "") -> HTMLResponse:
    with db.read() as store:
        return _render(request, "search.html", q=q, results=queries.search(store, q, 30))


def install_error_pages(app: FastAPI) -> None:
    """HTML error pages for the site; the API keeps FastAPI's JSON errors."""

    @app.exception_handler(StarletteHTTPException)
    async def _errors(request: Request, exc: StarletteHTTPException) -> Response:
        path = request.url.path
        if path.startswith("/api") or path.startswith("/static") or path in ("/docs", "/openapi.json", "/redoc"):
            return await http_exception_handler(request, exc)
        response = _render(request, "error.html", status=exc.status_code, detail=exc.detail)
        response.status_code = exc.status_code
        return response
