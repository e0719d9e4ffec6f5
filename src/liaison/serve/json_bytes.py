"""Responses assembled from JSON already serialised: a timeline's events are written once per snapshot.

FastAPI validates a returned dict against the response model and serialises it, which for a person
with 3,000 events takes a third of a second. The app instead keeps each event's JSON, as FastAPI
would write it (``Event`` with unset fields left out), per snapshot and splices the list into the
serialised rest of the answer: the same bytes, without validating thousands of events per request.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import Response
from pydantic import BaseModel

from liaison.serve import schemas


def event_json(record: dict[str, Any]) -> bytes:
    """One event in the export shape as the API writes it."""
    return schemas.Event.model_validate(record).model_dump_json(exclude_unset=True).encode()


def spliced(model: type[BaseModel], fields: dict[str, Any], key: str, items: list[bytes]) -> Response:
    """``model`` of ``fields`` (without ``key``) with ``key`` the JSON list ``items``, as FastAPI answers it
    (``response_model_exclude_unset``)."""
    empty = model.model_validate({**fields, key: []}).model_dump_json(exclude_unset=True).encode()
    marker = b'"' + key.encode() + b'":[]'
    at = empty.index(marker) + len(marker) - 1  # the list's closing bracket; a key can occur in no string value
    if empty.count(marker) != 1:
        raise ValueError(f"{model.__name__}: {key!r} is not one place in {empty[:200]!r}")
    body = b"".join((empty[:at], b",".join(items), empty[at:]))
    return Response(content=body, media_type="application/json")
