"""Small builders of synthetic gold lines and export-contract events for scorer tests."""

from __future__ import annotations

from typing import Any

from liaison.eval.gold import GoldArticle, gold_from_dicts


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
