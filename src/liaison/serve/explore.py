"""The explorer (events per year or month by channel, country and party; who met a side most) and the network
of people. Figures come from ``liaison.store.stats``, the same as ``liaison stats`` and ``/api/stats``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from liaison.kb.labels import country_label
from liaison.serve import charts, queries
from liaison.serve.api import Db, Fields, everyone
from liaison.serve.db import SnapshotStore
from liaison.serve.pages import defaults, kinds
from liaison.serve.render import query_string, render
from liaison.store import EventFilter, lookup
from liaison.store import queries as base
from liaison.store.queries import party_ids
from liaison.store.stats import Breakdown, CrossTab, side_filter

router = APIRouter(include_in_schema=False)
SPLITS = (("channel", "by channel"), ("country", "by country"), ("party", "by party"))
CONFIDENCES = ("0.4", "0.5", "0.6", "0.7", "0.8", "0.9")  # 0.4: the recall tier kept, the last resort (0.3) not


def _side(store: SnapshotStore, text: str, problems: list[str]) -> EventFilter | None:
    found = side_filter(store, text) if text.strip() else None
    if text.strip() and found is None:
        problems.append(f"No party, country or person is named “{text}”: it was left out.")
    return found


def _api_params(flt: EventFilter) -> dict[str, str]:
    """The filters as API query parameters (``/api/stats…``, ``/events``)."""
    return {k: v for k, v in {
        "person": flt.person, "party": flt.party, "country": flt.country, "kind": flt.kind, "channel": flt.channel,
        "from": flt.date_from, "to": flt.date_to, "text": flt.text,
        "min_confidence": None if flt.min_confidence is None else f"{flt.min_confidence:g}",
    }.items() if v}


def _layers(tab: CrossTab) -> list[charts.Layer]:
    out = [charts.Layer(f"ch-{s.key}" if tab.by == "channel" else f"s-{i}", s.abbr or s.name, s.counts)
           for i, s in enumerate(tab.series)]
    if tab.other is not None:
        out.append(charts.Layer("s-other", f"other ({tab.other.name})", tab.other.counts))
    return out


def _panel(tab: CrossTab, by: str, label: str, csv: str) -> dict[str, Any]:
    chart = charts.bar_chart(tab.periods, _layers(tab), width=charts.WIDE, height=170)
    return {"by": by, "label": label, "tab": tab, "chart": chart, "csv": csv}


@router.get("/explore", response_class=HTMLResponse)
def explore(
    request: Request,
    db: Db,
    flt: Fields,
    period: Literal["year", "month"] | None = None,
    side: Annotated[str | None, Query(max_length=200)] = None,
    met: Annotated[str | None, Query(max_length=200)] = None,
    top: Annotated[int, Query(ge=1, le=10)] = 8,
    rows: Annotated[int, Query(ge=0, le=10_000)] = 20,
) -> HTMLResponse:
    """Events per period split three ways, and who met a side most, for the events matching the filters."""
    given = request.query_params
    with db.read() as store:
        preset = defaults(store)
        side_text = (side or "") if "side" in given else preset["side"]
        met_text = (met or "") if "met" in given else preset["met"]
        period = period or ("year" if len(preset["years"]) > 6 else "month")
        problems: list[str] = []
        side_flt, met_flt = _side(store, side_text, problems), _side(store, met_text, problems)
        api = _api_params(flt)
        side_q = side_text if side_flt else None
        panels = []
        for by, label in SPLITS:
            tab = queries.crosstab(store, period, by, flt, top, side_flt)
            csv = "/api/stats/series.csv" + query_string(api, period=period, by=by, side=side_q, top=top)
            panels.append(_panel(tab, by, f"Events per {period} {label}", csv))
        who: Breakdown | None = None
        if met_flt is not None:
            who = queries.breakdown(store, "person", flt, rows or None, met_flt)
        who_csv = "/api/stats.csv" + query_string(api, by="person", side=met_text if met_flt else None,
                                                  top=rows or None)
        return render(
            request, "explore.html", panels=panels, who=who, who_csv=who_csv, met_flt=met_flt, met_text=met_text,
            side_text=side_text, side_flt=side_flt, problems=problems, matching=base.count_events(store, flt),
            years=preset["years"], kinds=kinds(store), confidences=CONFIDENCES, period=period, top=top, rows=rows,
            values={**api, "side": side_text, "met": met_text}, api=api, home=panels[1]["tab"].home,
            side_label=_side_label(store, side_flt, side_text), met_label=_side_label(store, met_flt, met_text),
            params=dict(given),
        )


def _side_label(store: SnapshotStore, side: EventFilter | None, text: str) -> str:
    """How to name a side in a heading: "China (CN)", "Communist Party of China (CPC)", "Wang Yi"."""
    if side is None:
        return ""
    if side.country:
        return country_label(side.country)
    if side.party:
        ids = party_ids(store, side.party)
        info = queries.party(store, ids[0]) if len(ids) == 1 else None
        if info is not None:
            return f"{info['name']} ({info['abbr']})" if info["abbr"] else str(info["name"])
    return text


# -- the network of people ----------------------------------------------------------------------------------
def _center(store: SnapshotStore, text: str, notes: list[str]) -> tuple[str | None, list[lookup.PersonMatch]]:
    """The person ``text`` names (an id or a name) and the other people it could mean."""
    if not text.strip():
        return None, []
    people = everyone(store)
    found = lookup.match_people(store, text, people)
    if not found:
        close = lookup.suggest_people(store, text, 5, people)
        notes.append(f"Nobody is named “{text}”." + (" Did you mean:" if close else ""))
        return None, close
    if len(found) > 1:
        notes.append(f"“{text}” fits {len(found)} people: showing the most active; pick another:")
    return found[0].person_id, found[1:8]


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    db: Db,
    date_from: Annotated[str, Query(alias="from", max_length=10)] = "",
    date_to: Annotated[str, Query(alias="to", max_length=10)] = "",
    center: Annotated[str, Query(max_length=200)] = "",
    top: Annotated[int, Query(ge=2, le=500)] = 50,
    min_weight: Annotated[int | None, Query(ge=1, le=1000)] = None,
) -> HTMLResponse:
    """Who met whom: people linked by the events they attended together. Unless told, ties of one event are
    left out when there are more people than shown."""
    with db.read() as store:
        notes: list[str] = []
        center_id, others = _center(store, center, notes)

        def draw(weight: int) -> dict[str, Any]:
            return queries.graph(store, "person", date_from or None, date_to or None, center_id, top=top,
                                 min_weight=weight)

        graph = draw(min_weight or 1)
        if min_weight is None:
            min_weight = 1
            if graph["nodes_total"] > top:
                graph, min_weight = draw(2), 2
        strength: dict[str, int] = {}
        for e in graph["edges"]:
            for end in (e["source"], e["target"]):
                strength[end] = strength.get(end, 0) + e["weight"]
        ranked = sorted(graph["nodes"], key=lambda n: (-strength.get(n["id"], 0), n["label"]))[:20]
        chosen = next((n for n in graph["nodes"] if n["id"] == center_id), None)
        home = defaults(store)["side"]
        return render(
            request, "network.html", graph=graph, ranked=ranked, strength=strength, notes=notes, others=others,
            center_id=center_id, center_text=chosen["label"] if chosen else center, home=home,
            values={"from": date_from, "to": date_to, "top": top, "min_weight": min_weight},
        )
