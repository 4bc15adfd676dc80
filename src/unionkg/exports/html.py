"""The interactive explorer: one self-contained HTML file that works offline.

pyvis assembles the nodes, edges and vis-network options; the page around them is our own
template (``templates/graph.html``), because pyvis's templates link Bootstrap and other assets
from CDNs even with ``cdn_resources="in_line"``. vis-network's script and stylesheet come from
pyvis's package data and are inlined, so the file makes no request of its own.

Safety: all article text (names, aliases, titles, evidence) reaches the page either as
HTML-escaped text or inside a JSON ``<script>`` block with ``<``, ``>`` and ``&`` escaped;
vis-network draws labels on a canvas and shows string tooltips as text. A Content-Security-Policy
allows only the page's own scripts (by hash) and no network access at all.

The layout is computed here (networkx spring layout, fixed seed) with physics off, so the graph
shows at once and the same graph always gives the same file. Beyond ``LAYOUT_LIMIT`` nodes the
browser lays the graph out once, then stops.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..model import ENTITY_TYPES, Edge, KnowledgeGraph, Node, article_iri
from .files import PathOrFile, write_chunks

__all__ = ["LAYOUT_LIMIT", "TYPE_COLORS", "TYPE_NAMES", "generate_html", "to_pyvis", "write_html"]

TYPE_COLORS = {
    "Union": "#d62728",
    "Company": "#1f77b4",
    "Town": "#2ca02c",
    "Official": "#ff7f0e",
    "Person": "#9467bd",
    "Organization": "#8c564b",
}
TYPE_NAMES = {
    "Union": "工会",
    "Company": "企业",
    "Town": "地点",
    "Official": "负责人",
    "Person": "人物",
    "Organization": "其他组织",
}
LAYOUT_LIMIT = 400
_OTHER_COLOR = "#7f7f7f"
_SCALE = 600


def _positions(kg: KnowledgeGraph) -> dict[str, tuple[int, int]]:
    if not kg.nodes or len(kg.nodes) > LAYOUT_LIMIT:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(sorted(kg.nodes))
    graph.add_edges_from(sorted((e.subject, e.object) for e in kg.edges if e.subject != e.object))
    layout = nx.spring_layout(graph, seed=7, scale=_SCALE * len(graph) ** 0.5 / 3)
    return {iri: (round(float(x)), round(float(y))) for iri, (x, y) in layout.items()}


def _node_tooltip(node: Node) -> str:
    lines = [node.label, f"{node.type}（{TYPE_NAMES.get(node.type, node.type)}）"]
    if aliases := sorted(node.aliases - {node.label}):
        lines.append("别名：" + "、".join(aliases))
    lines.append(node.iri)
    return "\n".join(lines)


def _edge_tooltip(edge: Edge, kg: KnowledgeGraph) -> str:
    lines = [f"{edge.type}  confidence {edge.confidence:.2f}"]
    if edge.titles:
        lines.append("职务：" + "、".join(sorted(edge.titles)))
    for evidence in sorted(edge.evidence, key=lambda e: (e.article_id, e.start, e.rule)):
        article = kg.articles.get(evidence.article_id)
        source = article.title if article and article.title else article_iri(evidence.article_id)
        lines.append(f"「{evidence.sentence}」 — {source} [{evidence.rule}]")
    return "\n".join(lines)


def to_pyvis(kg: KnowledgeGraph) -> Network:
    """The graph as a pyvis ``Network``: coloured by type, laid out, physics off.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Town", "虹桥镇")})
    >>> to_pyvis(kg).nodes[0]["label"]
    '虹桥镇'
    """
    network = Network(directed=True, cdn_resources="in_line")
    positions = _positions(kg)
    for iri in sorted(kg.nodes):
        node = kg.nodes[iri]
        extra: dict[str, Any] = {}
        if iri in positions:
            extra["x"], extra["y"] = positions[iri]
        network.add_node(
            iri,
            label=node.label,
            title=_node_tooltip(node),
            color=TYPE_COLORS.get(node.type, _OTHER_COLOR),
            **extra,
        )
    for edge in sorted(kg.edges, key=lambda e: (e.subject, e.type, e.object)):
        for end in (edge.subject, edge.object):
            if end not in kg.nodes and end not in network.node_map:
                network.add_node(end, label=end, title=end, color=_OTHER_COLOR)
        symmetric = edge.type == "partneredWith"
        network.add_edge(
            edge.subject,
            edge.object,
            label=edge.type,
            title=_edge_tooltip(edge, kg),
            arrows="to, from" if symmetric else "to",
        )
    network.toggle_physics(not positions and bool(kg.nodes))
    return network


def _script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, no ``<!--``."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _app_script(network: Network) -> str:
    data = {
        "nodes": network.nodes,
        "edges": network.edges,
        "options": json.loads(network.options.to_json()),
    }
    return (
        f"const DATA = {_script_json(data)};\n"
        "const nodes = new vis.DataSet(DATA.nodes);\n"
        "const edges = new vis.DataSet(DATA.edges);\n"
        "const network = new vis.Network(document.getElementById('graph'),"
        " {nodes: nodes, edges: edges}, DATA.options);\n"
        "network.once('stabilizationIterationsDone',"
        " () => network.setOptions({physics: {enabled: false}}));\n"
        "window.unionkg = {nodes: nodes, edges: edges, network: network};\n"
    )


def _legend(kg: KnowledgeGraph) -> str:
    counts = Counter(node.type for node in kg.nodes.values())
    items = []
    for name in ENTITY_TYPES:
        items.append(
            f'<li><span class="swatch" style="background:{TYPE_COLORS[name]}"></span>'
            f"{html.escape(name)} {html.escape(TYPE_NAMES[name])} ({counts.get(name, 0)})</li>"
        )
    return "".join(items)


def _vis_asset(name: str) -> str:
    text = files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")
    # a source-map comment would make developer tools fetch a file that is not there
    return re.sub(r"//# sourceMappingURL=\S*", "", text)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def generate_html(kg: KnowledgeGraph, title: str = "unionkg 工会知识图谱") -> Iterator[str]:
    """The explorer page for the graph, as one self-contained HTML document.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Company", "<b>甲</b>公司")})
    >>> page = "".join(generate_html(kg))
    >>> "<b>甲</b>" in page, "\\\\u003cb\\\\u003e甲" in page
    (False, True)
    """
    vis_js = _vis_asset("vis-network.min.js")
    app_js = _app_script(to_pyvis(kg))
    fields = {
        "TITLE": html.escape(title),
        "SUMMARY": html.escape(
            f"{len(kg.nodes)} 个实体 · {len(kg.edges)} 条关系 · {len(kg.articles)} 篇文章"
        ),
        "LEGEND": _legend(kg),
        "SCRIPT_HASHES": f"{_csp_hash(vis_js)} {_csp_hash(app_js)}",
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    template = files("unionkg.exports").joinpath("templates", "graph.html")
    page = template.read_text(encoding="utf-8")
    # one pass: text put in is never scanned for markers again
    yield re.sub(r"@@([A-Z_]+)@@", lambda m: fields[m.group(1)], page)


def write_html(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the explorer (``graph.html``), atomically when given a path."""
    write_chunks(generate_html(kg), path_or_file)
