"""The REST API under ``/api``: read endpoints open to all, judgement writes behind a bearer token."""

from __future__ import annotations

import os
import secrets
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BeforeValidator, Field

from liaison.kb.labels import country_code, country_name, display_name
from liaison.model.types import CHANNELS
from liaison.serve import json_bytes, queries, schemas
from liaison.serve.db import Database, SnapshotStore
from liaison.store import EventFilter, Store, StoreError, lookup

router = APIRouter(prefix="/api", tags=["api"])

TOKEN_ENV = "LIAISON_TOKEN"
MAX_LIMIT = 1000


# The dependencies below are coroutines: FastAPI runs a plain function dependency in the thread pool, and
# with concurrent clients each such hop waits for the interpreter (they do no I/O; country names are looked
# up in an index the app builds at start-up).
async def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


Db = Annotated[Database, Depends(get_db)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Confidence = Annotated[float, Field(ge=0, le=1)]


def _blank_is_none(value: object) -> object:
    """A form's empty field ("any") means no value."""
    return None if value == "" else value


async def filter_fields(
    person: Annotated[str | None, Query(description="A person: id, name in any script, or alias.")] = None,
    party: Annotated[str | None, Query(description="A party: id, name, abbreviation or alias.")] = None,
    country: Annotated[str | None, Query(description="A participant's country: ISO code or name.")] = None,
    kind: str | None = None,
    channel: Annotated[str | None, Query(description=f"One of {', '.join(CHANNELS)}.")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Earliest date (ISO prefix).")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest date (ISO prefix), included.")] = None,
    text: Annotated[str | None, Query(description="Words in a source article.")] = None,
    min_confidence: Annotated[Confidence | None, BeforeValidator(_blank_is_none),
                              Query(description="Least event confidence (0-1; 0.5 = recall tier, "
                                                "0.3 = an article's last resort).")] = None,
) -> EventFilter:
    """The event filters shared by the API and the pages (empty strings mean "any")."""
    return EventFilter(
        person=person or None, party=party or None, country=(country_code(country) or country) if country else None,
        kind=kind or None,
        channel=channel or None, date_from=date_from or None, date_to=date_to or None, text=text or None,
        min_confidence=min_confidence,
    )


Fields = Annotated[EventFilter, Depends(filter_fields)]


async def event_filter(fields: Fields, limit: Limit = 50, offset: Offset = 0) -> EventFilter:
    """The event filters with one page's limit and offset."""
    return replace(fields, limit=limit, offset=offset)


Filter = Annotated[EventFilter, Depends(event_filter)]


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} {key!r}")
    return value


# -- events -------------------------------------------------------------------------------------------
@router.get("/events", response_model=schemas.EventPage, response_model_exclude_unset=True)
def list_events(db: Db, flt: Filter) -> dict[str, Any]:
    """Events matching the filters, newest first: ``total`` plus one page of ``items`` (export contract)."""
    with db.read() as store:
        return queries.event_page(store, flt)


@router.get("/events/{event_id}", response_model=schemas.Event, response_model_exclude_unset=True)
def get_event(db: Db, event_id: str) -> dict[str, Any]:
    """One event in the export-contract shape."""
    with db.read() as store:
        return dict(_found(queries.event(store, event_id), "event", event_id))


# -- people ---------------------------------------------------------------------------------------------
@router.get("/people", response_model=schemas.PeoplePage)
def list_people(db: Db, q: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """People (optionally matching ``q``), most active first."""
    with db.read() as store:
        return queries.people_page(store, q, limit, offset)


def everyone(store: SnapshotStore) -> list[lookup.PersonMatch]:
    """Every person with their activity, kept per snapshot."""
    return store.memo("all-people", lambda: lookup.all_people(store))


@router.get("/people/suggest", response_model=list[schemas.PersonSuggestion])
def suggest_people(
    db: Db,
    q: Annotated[str, Query(max_length=200, description="What was typed: part of a name, any script.")] = "",
    limit: Annotated[int, Query(ge=1, le=50)] = 8,
) -> list[dict[str, Any]]:
    """People to pick from while typing: matching names (whole words first, most active first), then close
    spellings."""
    with db.read() as store:
        people = everyone(store)
        found = lookup.match_people(store, q, people)[:limit] if q.strip() else people[:limit]
        if len(found) < limit and q.strip():
            seen = {p.person_id for p in found}
            found += [p for p in lookup.suggest_people(store, q, limit, people) if p.person_id not in seen]
        return [
            {"person_id": p.person_id, "name": p.name, "display_name": display_name(p.name, p.native),
             "native": p.native, "country": p.country, "country_name": country_name(p.country) if p.country else None,
             "events": p.events, "first": p.first, "last": p.last}
            for p in found[:limit]
        ]


@router.get("/people/{person_id}", response_model=schemas.PersonDetail, response_model_exclude_unset=True)
def get_person(db: Db, person_id: str) -> Response:
    """A person with positions over time, events and most frequent counterparts."""
    with db.read() as store:
        info = _found(queries.person(store, person_id), "person", person_id)
        fields = {
            **info,
            "display_name": display_name(info["name"], info["native"]),
            "positions": queries.person_positions(store, person_id),
            "counterparts": queries.counterparts(store, person_id),
        }
        events = queries.event_json(store, queries.person_event_ids(store, person_id))
        return json_bytes.spliced(schemas.PersonDetail, fields, "events", events)


# -- parties ---------------------------------------------------------------------------------------------
@router.get("/parties", response_model=list[schemas.PartySummary])
def list_parties(db: Db) -> list[dict[str, Any]]:
    """Parties that are a side of at least one event, with counts."""
    with db.read() as store:
        return queries.parties_list(store)


@router.get("/parties/{org_id}", response_model=schemas.PartyDetail, response_model_exclude_unset=True)
def get_party(db: Db, org_id: str) -> Response:
    """A party with its partner parties (weights = shared events), events and representatives."""
    with db.read() as store:
        info = _found(queries.party(store, org_id), "party", org_id)
        fields = {
            **{k: v for k, v in info.items() if k != "events"},
            "event_count": info["events"],
            "partners": queries.partners(store, org_id),
            "people": queries.representatives(store, org_id),
        }
        events = queries.event_json(store, queries.party_event_ids(store, org_id))
        return json_bytes.spliced(schemas.PartyDetail, fields, "events", events)


# -- documents, graph, search ------------------------------------------------------------------------------
@router.get("/documents/{doc_id:path}", response_model=schemas.Document, response_model_exclude_unset=True)
def get_document(db: Db, doc_id: str) -> dict[str, Any]:
    """A source article: text, metadata, and the evidence spans (character offsets) found in it."""
    with db.read() as store:
        doc = dict(_found(queries.document(store, doc_id), "document", doc_id))
        doc.pop("segments", None)
        return doc


@router.get("/graph", response_model=schemas.Graph)
def get_graph(
    db: Db,
    kind: Literal["party", "person"] = "party",
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    center: Annotated[str | None, Query(description="Keep only this node (an id) and its neighbours.")] = None,
    top: Annotated[int | None, Query(ge=1, le=5000, description="Keep the nodes with the most events.")] = None,
    min_weight: Annotated[int, Query(ge=1, description="Leave out edges of fewer shared events.")] = 1,
) -> dict[str, Any]:
    """Nodes and edges weighted by shared events, between parties or people, over a date range."""
    with db.read() as store:
        return queries.graph(store, kind, date_from or None, date_to or None, center or None, top=top,
                             min_weight=min_weight)


@router.get("/search", response_model=schemas.SearchResult, response_model_exclude_unset=True)
def search(db: Db, q: str = "", limit: Limit = 20) -> Response:
    """People, parties and events matching ``q``."""
    with db.read() as store:
        found, ids = queries.search_hits(store, q, limit)
        return json_bytes.spliced(schemas.SearchResult, found, "events", queries.event_json(store, ids))


# -- analyst judgements (writes) -------------------------------------------------------------------------
def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need ``Authorization: Bearer $LIAISON_TOKEN``; with no token configured they are refused."""
    expected = os.environ.get(TOKEN_ENV)
    if not expected:
        raise HTTPException(
            status_code=403,
            detail=f"writes are disabled: start the server with {TOKEN_ENV} set to enable analyst judgements",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(
            status_code=401, detail="missing or wrong token (Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )


Authorised = Annotated[None, Depends(require_token)]


def _reresolve(request: Request) -> bool:
    """Run the app's re-resolution hook inside the judgement's write session."""
    hook = request.app.state.on_judgement
    if hook is None:
        return False
    hook(request.app.state.db.path)
    return True


@router.post("/judgements", status_code=201, response_model=schemas.JudgementOut)
def add_judgement(request: Request, db: Db, body: schemas.JudgementIn, _: Authorised) -> dict[str, Any]:
    """Record that two people are (or are not) the same, then re-resolve the record."""
    if body.left == body.right:
        raise HTTPException(status_code=422, detail="left and right must be different people")
    with db.write():
        with Store.open(db.path) as store:
            for pid in (body.left, body.right):
                _found(queries.person(store, pid), "person", pid)
            judgement_id = store.add_judgement(body.left, body.right, body.same, body.author)
        resolved = _reresolve(request)
    return {"judgement_id": judgement_id, "left": body.left, "right": body.right, "same": body.same,
            "resolved": resolved}


@router.post("/judgements/{judgement_id}/undo", status_code=201, response_model=schemas.UndoOut)
def undo_judgement(request: Request, db: Db, judgement_id: int, _: Authorised) -> dict[str, Any]:
    """Undo a judgement (recorded as a new row), then re-resolve the record."""
    with db.write():
        with Store.open(db.path) as store:
            if any(j.judgement_id == judgement_id and j.undone for j in store.judgements()):
                raise HTTPException(status_code=409, detail=f"judgement {judgement_id} is already undone")
            try:
                new_id = store.undo_judgement(judgement_id, "analyst")
            except StoreError as exc:
                raise HTTPException(status_code=404, detail=str(exc)) from exc
        resolved = _reresolve(request)
    return {"judgement_id": new_id, "undoes": judgement_id, "resolved": resolved}


@router.get("/judgements", response_model=list[schemas.Judgement])
def list_judgements(db: Db) -> list[dict[str, Any]]:
    """Every judgement recorded, oldest first, with whether it was undone."""
    with db.read() as store:
        return [j.__dict__ for j in store.judgements()]
