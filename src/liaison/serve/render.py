"""The Jinja environment of the pages (autoescaped) and the filters that name things for readers."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from liaison.kb.labels import country_label, country_name, display_name, native_form
from liaison.serve.charts import CHANNELS
from liaison.serve.security import http_url

RECALL_TIER = 0.5  # events at or below this confidence come from the recall-oriented patterns
NAME_SOURCES = {  # how a Latin-script name was obtained, for readers ("as-written" and "pinyin" go unsaid)
    "table": "from the people table",
    "table-part": "a name part from the people table (surname or given name alone)",
    "reading-vi": "Sino-Vietnamese reading of the characters",
    "reading-ko": "Sino-Korean reading of the characters",
    "reading-ja": "Japanese reading of the characters",
    "pinyin-fallback": "pinyin of a foreign name's characters: not its real spelling",
}


def person_name(p: Any) -> str:
    """The one name a person is shown by (``Cai Qi (蔡奇)``), from anything with ``name`` and ``native``."""
    get = p.get if isinstance(p, dict) else lambda k, d=None: getattr(p, k, d)
    return display_name(get("name") or "?", get("native"))


def confidence_text(value: float | None) -> str:
    return "1.00" if value is None else f"{value:.2f}"


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``params`` with ``changes`` (None removes a key), empty values dropped, as ``?a=1&b=2``."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v is not None and v != ""}
    return "?" + urlencode(kept) if kept else ""


env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,  # every page shows article text: never trust it
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters.update(
    http_url=http_url,  # article links: http(s) only
    person_name=person_name,
    country_name=country_name,
    country_label=country_label,
    confidence=confidence_text,
)
env.globals.update(native_form=native_form, recall_tier=RECALL_TIER, query_string=query_string,
                   name_sources=NAME_SOURCES)
templates = Jinja2Templates(env=env)


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"channels": CHANNELS, "names": {}, **context})


def found(value: Any, what: str, key: str) -> Any:
    """``value``, or a 404 page naming what was not found."""
    if value is None:
        raise HTTPException(status_code=404, detail=f"No {what} with id “{key}” in this database.")
    return value
