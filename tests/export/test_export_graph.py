"""graphml / gexf: networkx reads the networks back with their weights, dates and metadata."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from tests.export.conftest import FIXED_TIME, export_cli


def test_graphml_parties_round_trip(any_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parties.graphml"
    export_cli(any_db, "graphml", out)
    graph = nx.read_graphml(out)
    assert graph.graph["liaison_version"] == "0.1.0" and graph.graph["exported_at"] == FIXED_TIME
    assert graph.graph["nodes"] == "parties" and graph.number_of_nodes() > 0
    for _, _, data in graph.edges(data=True):
        assert data["weight"] == len(data["event_ids"].split(";"))
        assert data["first_date"] <= data["last_date"]


def test_party_edges_count_events(export_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parties.graphml"
    export_cli(export_db, "graphml", out)
    graph = nx.read_graphml(out)
    assert graph.nodes["cpc"]["label"] == "Communist Party of China"
    cpc_psuv = graph.edges["cpc", "psuv"]
    assert cpc_psuv["weight"] == 7
    assert (cpc_psuv["first_date"], cpc_psuv["last_date"]) == ("2023", "2025-06-09")
    assert graph.edges["cpc", "cpv"]["kinds"] == "meeting;seminar"


def test_people_graph_joins_only_different_sides(export_db: Path) -> None:
    gexf = export_cli(export_db, "gexf", "-", "--nodes", "people")
    graph = nx.read_gexf(io.BytesIO(gexf.encode("utf-8")))
    names = {n: d["label"] for n, d in graph.nodes(data=True)}
    by_name = {v: k for k, v in names.items()}
    assert graph.has_edge(by_name["Wang Yi"], by_name["Nicolás Maduro"])
    assert not graph.has_edge(by_name["Wang Yi"], by_name["Cai Qi"])  # same delegation
    assert graph.edges[by_name["Cai Qi"], by_name["Diosdado Cabello"]]["weight"] == 2
    assert f'lastmodifieddate="{FIXED_TIME[:10]}"' in gexf and "liaison 0.1.0" in gexf


def test_gexf_round_trip(any_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    export_cli(any_db, "gexf", out)
    graph = nx.read_gexf(out)
    reference = nx.read_graphml(io.BytesIO(export_cli(any_db, "graphml").encode("utf-8")))
    assert sorted(graph.nodes) == sorted(reference.nodes)
    assert {tuple(sorted(e)) for e in graph.edges} == {tuple(sorted(e)) for e in reference.edges}
