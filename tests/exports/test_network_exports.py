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
from xml.etree import ElementTree

import networkx as nx
import pytest

from unionkg.exports.explorer.data import node_positions
from unionkg.exports.explorer.styles import RELATION_STYLES, TYPE_STYLES
from unionkg.exports.graphml import write_graphml
from unionkg.exports.neo4j import (
    generate_neo4j_cypher,
    generate_neo4j_nodes,
    generate_neo4j_relationships,
    write_neo4j_nodes,
    write_neo4j_relationships,
)
from unionkg.exports.network import generate_nodelink, node_size, write_gexf
from unionkg.model import Edge, KnowledgeGraph

NODE_COLUMNS = [
    "iri:ID", ":LABEL", "label", "aliases:string[]", "type", "founded", "admin_code", "level",
    "parents",
]  # fmt: skip
RELATIONSHIP_COLUMNS = [
    ":START_ID", ":END_ID", ":TYPE", "confidence:float", "evidence:int", "titles:string[]",
    "sentences:string[]", "articles:string[]", "confidences:float[]", "rules:string[]",
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


def test_neo4j_relationships_carry_the_evidence(multi_kg: KnowledgeGraph) -> None:
    text = "".join(generate_neo4j_relationships(multi_kg))
    rows = {
        (r[":START_ID"], r[":TYPE"], r[":END_ID"]): r for r in csv.DictReader(io.StringIO(text))
    }
    for edge in multi_kg.edges:
        row = rows[(edge.subject, edge.type, edge.object)]
        best = max(edge.evidence, key=lambda e: e.confidence)
        # the sentence is the article's, its payload included (CSV quotes it, nothing else)
        assert row["sentences:string[]"].split(";")[0] == best.sentence
        assert row["articles:string[]"].split(";") == [e.article_id for e in edge.evidence]
        assert [float(c) for c in row["confidences:float[]"].split(";")] == [best.confidence]
        assert row["rules:string[]"] == best.rule
    script = "".join(generate_neo4j_cypher(multi_kg))
    assert "r.sentences = " in script and "r.articles = " in script
    assert "| toFloat(t)]" in script  # the confidences load as numbers


def test_neo4j_csv_files_open_in_excel_and_keep_their_header(
    multi_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_neo4j_nodes(multi_kg, tmp_path / "nodes.csv")
    write_neo4j_relationships(multi_kg, tmp_path / "relationships.csv")
    for name, header in (("nodes.csv", NODE_COLUMNS), ("relationships.csv", RELATIONSHIP_COLUMNS)):
        raw = (tmp_path / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel reads UTF-8 by
        assert raw.count(b"\xef\xbb\xbf") == 1  # once, before the header, not in it
        rows = _rows(raw.decode("utf-8-sig"))
        assert rows[0] == header  # a reader that skips the mark sees neo4j-admin's header
        assert "乐清市虹桥镇总工会" in raw.decode("utf-8-sig")


def test_gexf_carries_the_explorers_colours_sizes_shapes_and_positions(
    kg: KnowledgeGraph, tmp_path: Path
) -> None:
    write_gexf(kg, tmp_path / "graph.gexf")
    graph = nx.read_gexf(tmp_path / "graph.gexf")
    positions = node_positions(kg)
    degree = {iri: sum(iri in (e.subject, e.object) for e in kg.edges) for iri in kg.nodes}
    assert len({(x, y) for x, y in positions.values()}) == len(kg.nodes)  # a real layout
    for iri, node in kg.nodes.items():
        viz = graph.nodes[iri]["viz"]
        color = TYPE_STYLES[node.type].color
        assert "#{r:02x}{g:02x}{b:02x}".format(**viz["color"]) == color
        assert viz["size"] == node_size(degree[iri])
        x, y = positions[iri]
        assert (viz["position"]["x"], viz["position"]["y"]) == (x, -y)  # Gephi's y points up
    # shapes: networkx does not read GEXF 1.2's viz:shape, so read the XML itself
    root = ElementTree.parse(tmp_path / "graph.gexf").getroot()
    gexf = "{http://www.gexf.net/1.2draft}"
    viz = "{http://www.gexf.net/1.2draft/viz}"
    shapes = {
        n.get("id"): n.find(f"{viz}shape").get("value")  # type: ignore[union-attr]
        for n in root.iter(f"{gexf}node")
    }
    expected = {"Union": "diamond", "Company": "square", "Town": "triangle", "Official": "disc"}
    assert shapes == {iri: expected[node.type] for iri, node in kg.nodes.items()}
    edge_colours = sorted(
        "#{:02x}{:02x}{:02x}".format(*(int(c.get(k, "")) for k in "rgb"))
        for c in root.iter(f"{viz}color")
        if c in {child for e in root.iter(f"{gexf}edge") for child in e}
    )
    assert edge_colours == sorted(RELATION_STYLES[e.type].color for e in kg.edges)
