"""The analyses a labour researcher asks first, each a function of a :class:`Graph`.

Every function returns plain rows (dicts of strings and numbers), sorted so that the same graph
always gives the same rows: they print as tables and write as JSON and CSV unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from ..model import ORGANIZATION_TYPES
from ..ontology.property_graph import PLACE_SEPARATOR
from .api import Graph

__all__ = [
    "CENTRALITY_MEANING",
    "LEVELS",
    "centrality",
    "communities",
    "coverage",
    "flatten",
    "hierarchy",
    "multi_post_officials",
    "partnership_clusters",
    "top",
    "unions_per_place",
]

LEVELS = ("province", "city", "county", "town", "village")

CENTRALITY_MEANING = {
    "degree": "how many organizations and officials it is directly tied to",
    "betweenness": "how often it lies on the shortest path between two others: a broker",
    "pagerank": "how well tied it is to others that are themselves well tied",
}
"""One line each on what a centrality measure says."""

Row = dict[str, Any]


def _actors(graph: Graph) -> nx.Graph:
    """Organizations and officials, tied by any relation but place (undirected, simple)."""
    directed = graph.to_networkx(types={*ORGANIZATION_TYPES, "Official"})
    actors = nx.Graph()
    actors.add_nodes_from(directed.nodes(data=True))
    actors.add_edges_from((a, b) for a, b in directed.edges() if a != b)
    return actors


def centrality(graph: Graph) -> list[Row]:
    """Degree, betweenness and PageRank of every organization and official, PageRank first.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> i = "https://w3id.org/unionkg/id/"
    >>> kg = KnowledgeGraph({i + "u": Node(i + "u", "Union", "启衡总工会"),
    ...     i + "a": Node(i + "a", "Official", "林启明"),
    ...     i + "b": Node(i + "b", "Official", "陈衡")},
    ...     [Edge(i + "u", "chairedBy", i + "a"), Edge(i + "b", "holdsPosition", i + "u")])
    >>> [(r["label"], r["degree"], r["betweenness"]) for r in centrality(Graph(kg))]
    [('启衡总工会', 2, 1.0), ('林启明', 1, 0.0), ('陈衡', 1, 0.0)]
    """
    actors = _actors(graph)
    if actors.number_of_nodes() == 0:
        return []
    betweenness = nx.betweenness_centrality(actors, normalized=True)
    pagerank = nx.pagerank(actors) if actors.number_of_edges() else {}
    rows = [
        {
            "label": data["label"],
            "type": data["type"],
            "degree": actors.degree(node),
            "betweenness": round(betweenness[node], 4),
            "pagerank": round(pagerank.get(node, 1 / actors.number_of_nodes()), 4),
            "iri": node,
        }
        for node, data in actors.nodes(data=True)
    ]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"], r["iri"]))
    return rows


def top(rows: list[Row], measure: str, n: int = 10) -> list[Row]:
    """The ``n`` rows highest on ``measure`` (ties by label)."""
    ranked = sorted(rows, key=lambda r: (-r[measure], r["label"], r["iri"]))
    return [r for r in ranked if r[measure] > 0][:n]


def hierarchy(graph: Graph) -> list[Row]:
    """The ``subOrganizationOf`` forest as nested rows: ``label``, ``type``, ``children``.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> i = "https://w3id.org/unionkg/id/"
    >>> kg = KnowledgeGraph({i + "t": Node(i + "t", "Union", "启衡镇总工会"),
    ...     i + "c": Node(i + "c", "Union", "启衡电器有限公司工会")},
    ...     [Edge(i + "c", "subOrganizationOf", i + "t")])
    >>> tree = hierarchy(Graph(kg))
    >>> tree[0]["label"], [c["label"] for c in tree[0]["children"]]
    ('启衡镇总工会', ['启衡电器有限公司工会'])
    """
    children: dict[str, list[str]] = defaultdict(list)
    has_parent: set[str] = set()
    for edge in graph.edges(relations={"subOrganizationOf"}):
        if edge.subject != edge.object:
            children[edge.object].append(edge.subject)
            has_parent.add(edge.subject)
    nodes = graph.kg.nodes

    def label(iri: str) -> str:
        return nodes[iri].label if iri in nodes else iri

    def grow(iri: str, seen: frozenset[str]) -> Row:
        kids = sorted((c for c in children.get(iri, ()) if c not in seen), key=label)
        return {
            "label": label(iri),
            "type": nodes[iri].type if iri in nodes else "",
            "iri": iri,
            "children": [grow(kid, seen | {kid}) for kid in kids],
        }

    roots = sorted(iri for iri in children if iri not in has_parent)
    tree = _tree_graph(children)
    covered = set(roots).union(*(nx.descendants(tree, root) for root in roots))
    for iri in sorted(children):  # a cycle has no root: start it at its smallest IRI
        if iri not in covered:
            roots.append(iri)
            covered |= {iri} | nx.descendants(tree, iri)
    forest = [grow(root, frozenset({root})) for root in roots]
    return sorted(forest, key=lambda t: (-_size(t), t["label"]))


def _tree_graph(children: dict[str, list[str]]) -> nx.DiGraph:
    tree = nx.DiGraph()
    tree.add_edges_from((parent, kid) for parent, kids in children.items() for kid in kids)
    return tree


def _size(tree: Row) -> int:
    return 1 + sum(_size(kid) for kid in tree["children"])


def flatten(forest: list[Row], depth: int = 0, parent: str = "") -> list[Row]:
    """The forest as rows ``depth``, ``label``, ``type``, ``parent`` (for tables and CSV)."""
    rows: list[Row] = []
    for tree in forest:
        rows.append(
            {"depth": depth, "label": tree["label"], "type": tree["type"], "parent": parent}
        )
        rows.extend(flatten(tree["children"], depth + 1, tree["label"]))
    return rows


def _places_of(graph: Graph) -> dict[str, list[str]]:
    """Each town's chain from the top (浙江省, 温州市, 乐清市, 虹桥镇), by IRI."""
    return {town.iri: graph.place_chain(town)[::-1] for town in graph.nodes("Town")}


def unions_per_place(graph: Graph) -> list[Row]:
    """Unions per place, rolled up the place hierarchy: ``direct`` in it, ``total`` with its
    sub-places; ``level`` counts down from the province.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> i = "https://w3id.org/unionkg/id/"
    >>> town = Node(i + "t", "Town", "启衡镇", attributes={"parents": "瑞安市/温州市/浙江省"})
    >>> kg = KnowledgeGraph({i + "t": town, i + "u": Node(i + "u", "Union", "启衡镇总工会")},
    ...     [Edge(i + "u", "locatedIn", i + "t")])
    >>> [(r["place"], r["level"], r["direct"], r["total"]) for r in unions_per_place(Graph(kg))]
    [('浙江省', 'province', 0, 1), ('温州市', 'city', 0, 1), ('瑞安市', 'county', 0, 1), ('启衡镇', 'town', 1, 1)]
    """  # noqa: E501
    chains = _places_of(graph)
    direct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for union in graph.nodes("Union"):
        paths = {
            PLACE_SEPARATOR.join(chains[other.iri])
            for relation, other in graph.neighbours(union, "locatedIn")
            if other.type == "Town" and other.iri in chains
        }
        for path in paths:
            direct[path] += 1
        prefixes = {
            path.rsplit(PLACE_SEPARATOR, cut)[0]
            for path in paths
            for cut in range(path.count(PLACE_SEPARATOR) + 1)
        }
        for prefix in prefixes:
            total[prefix] += 1
    rows = [
        {
            "place": path.rsplit(PLACE_SEPARATOR, 1)[-1],
            "path": path,
            "level": LEVELS[min(path.count(PLACE_SEPARATOR), len(LEVELS) - 1)],
            "direct": direct[path],
            "total": count,
        }
        for path, count in total.items()
    ]
    return sorted(rows, key=lambda r: r["path"].split(PLACE_SEPARATOR))


def multi_post_officials(graph: Graph) -> list[Row]:
    """Officials holding posts in two or more organizations, with their posts.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> i = "https://w3id.org/unionkg/id/"
    >>> kg = KnowledgeGraph({i + "p": Node(i + "p", "Official", "林启明"),
    ...     i + "a": Node(i + "a", "Union", "启衡总工会"), i + "b": Node(i + "b", "Company", "启衡公司")},
    ...     [Edge(i + "a", "chairedBy", i + "p", titles={"主席"}),
    ...      Edge(i + "p", "holdsPosition", i + "b", titles={"董事"})])
    >>> [(r["official"], r["posts"]) for r in multi_post_officials(Graph(kg))]
    [('林启明', '主席 @ 启衡总工会; 董事 @ 启衡公司')]
    """  # noqa: E501
    posts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for edge in graph.edges(relations={"chairedBy", "holdsPosition"}):
        official, org = (
            (edge.object, edge.subject) if edge.type == "chairedBy" else (edge.subject, edge.object)
        )
        if official in graph.kg.nodes and org in graph.kg.nodes:
            title = "、".join(sorted(edge.titles)) or ("主席" if edge.type == "chairedBy" else "")
            posts[official].add((title, org))
    rows = []
    for official, held in posts.items():
        orgs = {org for _, org in held}
        if len(orgs) < 2:
            continue
        named = sorted(f"{t or '?'} @ {graph.kg.nodes[o].label}" for t, o in held)
        rows.append({
            "official": graph.kg.nodes[official].label, "organizations": len(orgs),
            "posts": "; ".join(named), "iri": official,
        })  # fmt: skip
    return sorted(rows, key=lambda r: (-r["organizations"], r["official"], r["iri"]))


def _component_rows(graph: Graph, groups: list[set[str]], name: str) -> list[Row]:
    nodes = graph.kg.nodes
    rows: list[Row] = []
    for members in groups:
        labels = sorted(nodes[m].label for m in members if m in nodes)
        kinds = Counter(nodes[m].type for m in members if m in nodes)
        rows.append({
            "size": len(members), "types": ", ".join(f"{n} {t}" for t, n in sorted(kinds.items())),
            "members": " | ".join(labels),
        })  # fmt: skip
    rows.sort(key=lambda r: (-r["size"], r["members"]))
    return [{name: index, **row} for index, row in enumerate(rows, 1)]


def partnership_clusters(graph: Graph) -> list[Row]:
    """Groups of organizations joined by ``partneredWith`` (two or more members each)."""
    partners = nx.Graph(graph.to_networkx(relations={"partneredWith"}).to_undirected())
    partners.remove_nodes_from([n for n in list(partners) if partners.degree(n) == 0])
    groups = [set(c) for c in nx.connected_components(partners) if len(c) >= 2]
    return _component_rows(graph, groups, "cluster")


def communities(graph: Graph, seed: int = 42, min_size: int = 3) -> list[Row]:
    """Louvain communities of the whole graph (undirected; seeded, so the same every run)."""
    whole = nx.Graph()
    directed = graph.to_networkx()
    whole.add_nodes_from(directed.nodes())
    whole.add_edges_from((a, b) for a, b in directed.edges() if a != b)
    whole.remove_nodes_from([n for n in list(whole) if whole.degree(n) == 0])
    if whole.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(whole, seed=seed)
    return _component_rows(graph, [set(c) for c in found if len(c) >= min_size], "community")


def coverage(graph: Graph) -> dict[str, list[Row]]:
    """Which companies have a union (a union of theirs, by edge or by name), and which towns
    have no union in the corpus (none in them nor in any place under them)."""
    union_of: dict[str, str] = {}
    for edge in graph.edges(relations={"subOrganizationOf"}):
        if edge.subject in graph.kg.nodes and graph.kg.nodes[edge.subject].type == "Union":
            union_of.setdefault(edge.object, graph.kg.nodes[edge.subject].label)
    unions = list(graph.nodes("Union"))
    companies = []
    for company in graph.nodes("Company"):
        names = {company.label, *company.aliases}
        union = union_of.get(company.iri) or next(
            (u.label for u in unions if any(u.label.startswith(n) for n in names)), ""
        )
        companies.append({"company": company.label, "union": union, "iri": company.iri})
    counted = {row["path"] for row in unions_per_place(graph)}
    chains = _places_of(graph)
    towns = [
        {"town": town.label, "path": PLACE_SEPARATOR.join(chains[town.iri]), "iri": town.iri}
        for town in graph.nodes("Town")
        if PLACE_SEPARATOR.join(chains[town.iri]) not in counted
    ]
    return {"companies": companies, "towns_without_union": towns}
