"""What the explorer page is given: the graph as compact columns, ready for its script.

Nodes are numbered in IRI order and edges sorted, so the same graph always gives the same data.
Each node carries its label, pinyin (pypinyin, with tone marks: the page searches it with the
marks stripped), aliases, place chain (虹桥镇 → 乐清市 → 温州市: a town's own chain, else the
chain of the place it is located in, else of the organization it belongs to), its group and its
position; each edge its evidence, pointing into a table of the articles it cites. Text is passed
as it is: the page's script only ever writes it with ``textContent``.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

from pypinyin import Style, lazy_pinyin

from ...model import Edge, KnowledgeGraph
from .layout import Layout, layout_graph
from .styles import RELATION_STYLES, TYPE_STYLES, UNKNOWN_TYPE

__all__ = ["OVERVIEW_LIMIT", "corpus_name", "node_positions", "page_data", "place_chains"]

OVERVIEW_LIMIT = 1500
"""Graphs with more nodes than this open on the overview: one node per group."""

_PLACE_VIA = {"subOrganizationOf", "holdsPosition", "memberOf", "founded"}
_SHOWN_ATTRIBUTES = ("founded", "admin_code", "level")


def _is_web_url(url: str | None) -> bool:
    return bool(url) and str(url).lower().startswith(("http://", "https://"))


def place_chains(kg: KnowledgeGraph) -> dict[str, list[str]]:
    """Each node's chain of places, most specific first (empty when nothing says where).

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={
    ...     "t": Node("t", "Town", "虹桥镇", attributes={"parents": "乐清市/温州市"}),
    ...     "u": Node("u", "Union", "柳市镇总工会"), "p": Node("p", "Official", "林启明"),
    ...     "c": Node("c", "Town", "瑞安市"), "v": Node("v", "Town", "温州市")},
    ...     edges=[Edge("u", "locatedIn", "t"), Edge("p", "holdsPosition", "u"),
    ...            Edge("c", "locatedIn", "v")])
    >>> place_chains(kg)["p"], place_chains(kg)["c"]
    (['虹桥镇', '乐清市', '温州市'], ['瑞安市', '温州市'])
    """
    edges = sorted(kg.edges, key=lambda e: (e.subject, e.type, e.object))
    up = {e.subject: e.object for e in reversed(edges) if e.type == "locatedIn"}
    chains: dict[str, list[str]] = {}
    for iri, node in kg.nodes.items():
        if node.type != "Town":
            continue
        if parents := node.attributes.get("parents", ""):
            chains[iri] = [node.label, *(p for p in parents.split("/") if p)]
            continue
        chain, seen, at = [node.label], {iri}, up.get(iri)
        while at in kg.nodes and at not in seen and kg.nodes[at].type == "Town":
            chain.append(kg.nodes[at].label)
            seen.add(at)
            at = up.get(at)
        chains[iri] = chain
    for edge in edges:
        if edge.type == "locatedIn" and edge.subject not in chains and edge.object in chains:
            chains[edge.subject] = chains[edge.object]
    for edge in edges:  # one hop further: an official's union, a branch's parent, a member's union
        if edge.type == "chairedBy":
            inner, outer = edge.object, edge.subject
        elif edge.type in _PLACE_VIA:
            inner, outer = edge.subject, edge.object
        else:
            continue
        if inner not in chains and outer in chains:
            chains[inner] = chains[outer]
    return {iri: chains.get(iri, []) for iri in kg.nodes}


def corpus_name(kg: KnowledgeGraph) -> str:
    """Where the articles came from: the last parts of their common directory.

    >>> from unionkg.model import Article, KnowledgeGraph
    >>> kg = KnowledgeGraph(articles={a: Article(a, "", source=f"../corpus/dev/input/{a}.txt")
    ...                               for a in ("A-01", "A-02")})
    >>> corpus_name(kg)
    'corpus/dev/input'
    """
    sources = sorted({a.source for a in kg.articles.values() if a.source})
    if not sources:
        return ""
    try:
        common = os.path.commonpath(sources) if len(sources) > 1 else sources[0]
    except ValueError:  # absolute and relative paths mixed
        return ""
    parts = [p for p in common.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts[-3:])


def _group_names(
    labels: list[str], chains: list[list[str]], group: list[int], mixed: int, isolated: int
) -> list[str]:
    """Name each group after the most specific place most of its members share."""
    counts: dict[int, Counter[tuple[str, int]]] = {}
    for i, chain in enumerate(chains):
        for depth, place in enumerate(chain):
            counts.setdefault(group[i], Counter())[(place, depth)] += 1
    names = []
    for number in range(max(group, default=-1) + 1):
        scores: Counter[str] = Counter()
        depths: dict[str, list[int]] = {}
        for (place, depth), n in counts.get(number, Counter()).items():
            scores[place] += n
            depths.setdefault(place, []).append(depth)
        if number == isolated:
            names.append("未连接 unconnected")
        elif number == mixed:
            names.append("其他 others")
        elif scores:
            best = min(scores, key=lambda p: (-scores[p], sum(depths[p]) / len(depths[p]), p))
            names.append(best)
        else:
            names.append(min(labels[i] for i, g in enumerate(group) if g == number))
    return names


def _evidence(edge: Edge, article_index: dict[str, int]) -> list[list[Any]]:
    ordered = sorted(edge.evidence, key=lambda e: (e.article_id, e.start, e.rule))
    return [
        [article_index[e.article_id], e.sentence, e.rule, round(e.confidence, 3)] for e in ordered
    ]


def _laid_out(
    kg: KnowledgeGraph,
) -> tuple[list[Edge], list[str], dict[str, list[str]], list[tuple[int, int]], Layout]:
    """The sorted edges, the node IRIs in page order (IRI order, then edge ends the graph does
    not describe), the place chains, the edges as pairs of node numbers, and the layout."""
    edges = sorted(kg.edges, key=lambda e: (e.subject, e.type, e.object))
    missing = sorted({end for e in edges for end in (e.subject, e.object)} - kg.nodes.keys())
    iris = sorted(kg.nodes) + missing
    index = {iri: i for i, iri in enumerate(iris)}
    chains = place_chains(kg)
    pairs = [(index[e.subject], index[e.object]) for e in edges]
    pools = [chains[iri][0] if chains.get(iri) else "" for iri in iris]
    return edges, iris, chains, pairs, layout_graph(len(iris), pairs, pools)


def node_positions(kg: KnowledgeGraph) -> dict[str, tuple[int, int]]:
    """Where the explorer draws each node (canvas units, y pointing down), by IRI.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> node_positions(KnowledgeGraph(nodes={"x": Node("x", "Town", "虹桥镇")}))
    {'x': (0, 0)}
    """
    _, iris, _, _, layout = _laid_out(kg)
    return {iri: (layout.x[i], layout.y[i]) for i, iri in enumerate(iris)}


def page_data(kg: KnowledgeGraph) -> dict[str, Any]:
    """The explorer's data for ``kg``: columns of nodes, edges, groups and articles.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> data = page_data(KnowledgeGraph(nodes={"x": Node("x", "Town", "虹桥镇")}))
    >>> data["nodes"]["label"], data["nodes"]["pinyin"], data["overview"]
    (['虹桥镇'], ['hóng qiáo zhèn'], False)
    """
    edges, iris, chains, pairs, layout = _laid_out(kg)
    type_names = list(TYPE_STYLES)
    labels, types, aliases, places, info = [], [], [], [], []
    for iri in iris:
        node = kg.nodes.get(iri)
        labels.append(node.label if node else iri.rsplit("/", 1)[-1])
        types.append(type_names.index(node.type) if node else len(type_names))
        aliases.append(sorted(node.aliases - {node.label}) if node else [])
        places.append(chains.get(iri, []))
        attrs = node.attributes if node else {}
        info.append([[key, attrs[key]] for key in _SHOWN_ATTRIBUTES if attrs.get(key)])
    cited = sorted({ev.article_id for e in edges for ev in e.evidence})
    article_index = {article_id: i for i, article_id in enumerate(cited)}
    articles = []
    for article_id in cited:
        article = kg.articles.get(article_id)
        url = article.url if article and _is_web_url(article.url) else None
        articles.append(
            [
                article_id,
                (article.title if article else None) or article_id,
                url,
                article.published if article else None,
                article.publisher if article else None,
            ]
        )
    relation_names = list(RELATION_STYLES)
    return {
        "overview": len(iris) > OVERVIEW_LIMIT,
        "corpus": corpus_name(kg),
        "counts": [len(kg.nodes), len(kg.edges), len(kg.articles)],
        "types": [
            {"name": name, "zh": s.zh, "color": s.color, "shape": s.shape}
            for name, s in [*TYPE_STYLES.items(), ("Unknown", UNKNOWN_TYPE)]
        ],
        "relations": [
            {"name": name, "zh": s.zh, "color": s.color, "dashes": list(s.dashes), "arrow": s.arrow}
            for name, s in RELATION_STYLES.items()
        ],
        "nodes": {
            "iri": iris,
            "label": labels,
            "pinyin": [" ".join(lazy_pinyin(label, style=Style.TONE)) for label in labels],
            "type": types,
            "aliases": aliases,
            "place": places,
            "info": info,
            "x": layout.x,
            "y": layout.y,
            "group": layout.group,
        },
        "edges": {
            "from": [a for a, _ in pairs],
            "to": [b for _, b in pairs],
            "rel": [relation_names.index(e.type) for e in edges],
            "conf": [round(e.confidence, 3) for e in edges],
            "titles": [sorted(e.titles) for e in edges],
            "dates": [sorted(e.dates) for e in edges],
            "evidence": [_evidence(e, article_index) for e in edges],
        },
        "groups": {
            "name": _group_names(labels, places, layout.group, layout.mixed, layout.isolated),
            "isolated": layout.isolated,
            "x": [c[0] for c in layout.centres],
            "y": [c[1] for c in layout.centres],
            "r": [c[2] for c in layout.centres],
        },
        "articles": articles,
    }
