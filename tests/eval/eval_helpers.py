"""Small builders of synthetic gold lines and export-contract events for scorer tests, and the loader of the
quality scripts (``scripts/*.py``) the eval tests exercise."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from liaison.eval.gold import GoldArticle, gold_from_dicts

REPO = Path(__file__).resolve().parents[2]


@functools.cache
def script(name: str) -> ModuleType:
    """``scripts/<name>.py`` loaded as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def gp(name: str, native: str | None = None, *, lead: bool = True, country: str = "CN",
       title: str | None = None, org: str | None = None) -> dict[str, Any]:
    return {"name": name, "native": native or name, "title": title, "organization": org,
            "country": country, "lead": lead}


def gev(*participants: dict[str, Any], kind: str = "meeting", date: str | None = "2025-06-09",
        location: str | None = None, remote: bool = False,
        parties: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {"kind": kind, "date": date, "location": location, "remote": remote, "channel": ["party"],
            "parties": list(parties), "participants": list(participants)}


def gold(*articles: tuple[str, str, list[dict[str, Any]]]) -> list[GoldArticle]:
    return gold_from_dicts(
        {"doc": doc, "language": lang, "published": None, "events": events} for doc, lang, events in articles
    )


def sp(name: str, native: str | None = None, *, pid: str | None = None, lead: bool = True,
       country: str | None = "CN", title: str | None = None, org: str | None = None,
       aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"person_id": pid or f"p_{name}", "name": name, "native": native or name, "aliases": list(aliases),
            "title": title, "organization": org, "country": country, "lead": lead, "evidence": []}


def sev(docs: str | list[str], *participants: dict[str, Any], kind: str = "meeting",
        date: str | None = "2025-06-09", location: str | None = None, remote: bool = False,
        parties: tuple[dict[str, Any], ...] = (), eid: str = "ev") -> dict[str, Any]:
    doc_ids = [docs] if isinstance(docs, str) else docs
    return {"id": eid, "kind": kind, "date": date, "date_precision": "day", "location": location,
            "remote": remote, "channel": ["party"], "topics": [],
            "documents": [{"id": d, "evidence": []} for d in doc_ids],
            "parties": list(parties), "participants": list(participants)}
