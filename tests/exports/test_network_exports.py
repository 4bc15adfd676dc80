"""GEXF, node-link JSON and the Neo4j bundle: they load back, and the CSV headers are the ones
``neo4j-admin database import`` reads (https://neo4j.com/docs/operations-manual/current/
tools/neo4j-admin/neo4j-admin-import/: ``:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``,
``:TYPE``, ``name:type`` properties, ``type[]`` arrays split on ``;``)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from unionkg.exports.graphml import write_graphml
from unionkg.exports.neo4j import (
    generate_neo4j_cypher,
    generate_neo4j_nodes,
    generate_neo4j_relationships,
)
from unionkg.exports.network import generate_nodelink, write_gexf
from unionkg.model import Edge, KnowledgeGraph

NODE_COLUMNS = [
    "iri:ID", ":LABEL", "label", "aliases:string[]", "type", "founded", "admin_code", "level",
    "parents",
]  # fmt: skip
RELATIONSHIP_COLUMNS = [
    ":START_ID", ":END_ID", ":TYPE", "confidence:float", "evidence:int", "titles:string[]",
]  # fmt: skip
# neo4j-admin: a header field is name:type, :ID/:LABEL/:START_ID/:END_ID/:TYPE, or name:ID
HEADER_FIELD = re.compile(
    r"^(:(ID|LABEL|START_ID|END_ID|TYPE|IGNORE)|\w+:ID|\w+(:(int|long|float|double|boolean|"
    r"byte|short|char|string|date|datetime|point)(\[\])?)?)$"
)


@pytest.fixture
def multi_kg(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The shared test graph plus a second relation between the same two nodes."""
    first = kg.edges[3]  # union chairedBy official
    kg.edges.append(Edge(first.object, "memberOf", first.subject, list(first.evidence)))
    return kg


def test_graphml_and_gexf_load_back_with_the_same_counts(multi_kg: KnowledgeGraph,
                                                         tmp_path: Path) -> None:  # fmt: skip
    write_graphml(multi_kg, tmp_path / "graph.graphml")
    write_gexf(multi_kg, tmp_path / "graph.gexf")
    for graph in (
        nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True),
        nx.read_gexf(tmp_path / "graph.gexf"),
    ):
        assert graph.number_of_nodes() == len(multi_kg.nodes)
        assert graph.number_of_edges() == len(multi_kg.edges)
        labels = {data["label"] for _, data in graph.nodes(data=True)}
        assert labels == {node.label for node in multi_kg.nodes.values()}


def test_nodelink_loads_back(multi_kg: KnowledgeGraph) -> None:
    data = json.loads("".join(generate_nodelink(multi_kg)))
    graph = nx.node_link_graph(data, edges="links")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (
        len(multi_kg.nodes), len(multi_kg.edges),
    )  # fmt: skip
    assert all({"source", "target", "relation"} <= set(link) for link in data["links"])


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_neo4j_csv_headers_are_what_neo4j_admin_reads(multi_kg: KnowledgeGraph) -> None:
    nodes = _rows("".join(generate_neo4j_nodes(multi_kg)))
    relationships = _rows("".join(generate_neo4j_relationships(multi_kg)))
    assert nodes[0] == NODE_COLUMNS
    assert relationships[0] == RELATIONSHIP_COLUMNS
    for column in nodes[0] + relationships[0]:
        assert HEADER_FIELD.match(column), column
    assert all(len(row) == len(NODE_COLUMNS) for row in nodes)
    assert all(len(row) == len(RELATIONSHIP_COLUMNS) for row in relationships)
    assert len(nodes) - 1 == len(multi_kg.nodes)
    assert len(relationships) - 1 == len(multi_kg.edges)


def test_neo4j_values(multi_kg: KnowledgeGraph, xss_name: str) -> None:
    nodes = list(csv.DictReader(io.StringIO("".join(generate_neo4j_nodes(multi_kg)))))
    ids = {row["iri:ID"] for row in nodes}
    by_label = {row["label"]: row for row in nodes}
    assert by_label["乐清市虹桥镇总工会"][":LABEL"] == "Entity;Union"
    assert by_label["乐清市虹桥镇总工会"]["aliases:string[]"] == "虹桥镇总工会"
    assert by_label[xss_name]["aliases:string[]"] == xss_name + "（别名）"  # quotes survive
    text = "".join(generate_neo4j_relationships(multi_kg))
    for row in csv.DictReader(io.StringIO(text)):
        assert {row[":START_ID"], row[":END_ID"]} <= ids  # no dangling relationship
        assert 0 < float(row["confidence:float"]) <= 1 and int(row["evidence:int"]) >= 1


def test_cypher_script_reads_the_csv_columns(multi_kg: KnowledgeGraph) -> None:
    script = "".join(generate_neo4j_cypher(multi_kg))
    used = set(re.findall(r"row\.`([^`]+)`", script)) | set(re.findall(r"row\.(\w+)", script))
    assert used <= set(NODE_COLUMNS) | set(RELATIONSHIP_COLUMNS)
    assert "file:///neo4j-nodes.csv" in script and "file:///neo4j-relationships.csv" in script
    for edge in multi_kg.edges:
        assert f"MERGE (s)-[r:{edge.type}]->(o)" in script


def test_gexf_keeps_a_towns_place_chain_as_one_attribute(kg: KnowledgeGraph,
                                                        tmp_path: Path) -> None:  # fmt: skip
    town = next(node for node in kg.nodes.values() if node.label == "虹桥镇")
    town.attributes["parents"] = "乐清市/温州市"
    write_gexf(kg, tmp_path / "graph.gexf")
    assert nx.read_gexf(tmp_path / "graph.gexf").nodes[town.iri]["parents"] == "乐清市/温州市"
