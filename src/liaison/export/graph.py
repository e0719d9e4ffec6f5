"""``graphml`` / ``gexf``: a network for Gephi, Cytoscape or networkx.

Nodes are parties (default: every party that is a side of an exported event) or people
(``--nodes people``). An edge joins two nodes that met: for parties, any two parties of the same
event; for people, two participants of different countries (who met whom, not colleagues of one
delegation). Edge attributes: ``weight`` (number of events), ``first_date`` and ``last_date``
(ISO prefixes), ``event_ids`` and ``kinds`` (``;``-separated, sorted). The graph carries
``liaison_version``, ``exported_at`` and ``nodes``; GEXF also in its ``<meta>`` element.

The graph is an aggregate (bounded by the number of nodes and pairs), built while events stream.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import IO, Any
from xml.etree.ElementTree import SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from liaison.export.meta import ExportOptions, export_time
from liaison.export.reading import iter_record_batches
from liaison.store import EventFilter, Store

NODE_KINDS = ("parties", "people")


@dataclass
class _Edge:
    events: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    first: str = ""
    last: str = ""

    def add(self, event: dict[str, Any]) -> None:
        self.events.add(event["id"])
        self.kinds.add(event["kind"])
        date = event["date"]
        if date:
            self.first = min(self.first, date) if self.first else date
            self.last = max(self.last, date)


def _pairs(event: dict[str, Any], nodes: str) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str]]]:
    """The nodes of one event (id, attributes) and the pairs of node ids it joins."""
    if nodes == "parties":
        found = [(p["id"], {"label": p["name"], "abbr": p["abbr"] or "", "country": p["country"] or "",
                            "type": "party"}) for p in event["parties"]]
        ids = sorted({n for n, _ in found})
        return found, list(combinations(ids, 2))
    found = [(p["person_id"], {"label": p["name"], "native": p["native"], "country": p["country"] or "",
                               "type": "person"}) for p in event["participants"]]
    country = {p["person_id"]: p["country"] for p in event["participants"]}
    ids = sorted(country)
    pairs = [(a, b) for a, b in combinations(ids, 2)
             if country[a] is None or country[b] is None or country[a] != country[b]]
    return found, pairs


def build_graph(records: Iterable[dict[str, Any]], nodes: str, opts: ExportOptions) -> nx.Graph:
    """The network of ``records`` with nodes and edges in sorted order (deterministic output)."""
    if nodes not in NODE_KINDS:
        raise ValueError(f"nodes must be one of {NODE_KINDS}, not {nodes!r}")
    node_attrs: dict[str, dict[str, Any]] = {}
    node_events: dict[str, set[str]] = {}
    edges: dict[tuple[str, str], _Edge] = {}
    for event in records:
        found, pairs = _pairs(event, nodes)
        for node_id, attrs in found:
            node_attrs.setdefault(node_id, attrs)
            node_events.setdefault(node_id, set()).add(event["id"])
        for pair in pairs:
            edges.setdefault(pair, _Edge()).add(event)
    graph = nx.Graph(liaison_version=opts.version, exported_at=opts.exported_at, nodes=nodes)
    for node_id in sorted(node_attrs):
        graph.add_node(node_id, **node_attrs[node_id], events=len(node_events[node_id]))
    for (a, b), edge in sorted(edges.items()):
        graph.add_edge(a, b, weight=len(edge.events), first_date=edge.first,
                       last_date=edge.last, event_ids=";".join(sorted(edge.events)),
                       kinds=";".join(sorted(edge.kinds)))
    return graph


def _graph(store: Store, flt: EventFilter | None, opts: ExportOptions | None) -> tuple[nx.Graph, int]:
    opts = opts or ExportOptions(exported_at=export_time())
    count = 0

    def records() -> Iterable[dict[str, Any]]:
        nonlocal count
        for batch in iter_record_batches(store, flt or EventFilter()):
            count += len(batch)
            yield from batch

    return build_graph(records(), opts.nodes, opts), count


def write_graphml(store: Store, out: IO[bytes], flt: EventFilter | None = None,
                  opts: ExportOptions | None = None) -> int:
    """Write GraphML; returns the number of events read."""
    graph, n = _graph(store, flt, opts)
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)
    return n


def write_gexf(store: Store, out: IO[bytes], flt: EventFilter | None = None,
               opts: ExportOptions | None = None) -> int:
    """Write GEXF 1.2; returns the number of events read. ``<meta>`` carries the export date."""
    opts = opts or ExportOptions(exported_at=export_time())
    graph, n = _graph(store, flt, opts)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    assert meta is not None
    meta.set("lastmodifieddate", opts.exported_at[:10])  # networkx writes today's date
    creator = meta.find("creator")
    if creator is not None:
        creator.text = f"liaison {opts.version}"
    SubElement(meta, "description").text = (
        f"liaison {opts.version} export of {opts.nodes} at {opts.exported_at}"
    )
    writer.add_graph(graph)
    writer.write(out)
    return n
