"""Resolution across articles: one node per real-world entity, with stable IRIs.

Entities of the same type merge when one's name is another's name or alias (as a reader would
merge 乐清市柳市镇总工会 and 柳市镇总工会), unless their places' administrative codes disagree:
two 白沙镇 in different counties stay two nodes. Every merge is logged on the node.

A node's IRI hashes its type and canonical key, so it does not depend on the order of the
input files.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable

from ..model import (
    ID_BASE,
    Edge,
    EntityType,
    ExtractedEntity,
    Extraction,
    KnowledgeGraph,
    MergeNote,
    Node,
)

__all__ = ["build_graph", "node_iri"]

EXPORTED_ATTRIBUTES = ("founded", "admin_code", "level", "parents")


def node_iri(etype: EntityType, key: str) -> str:
    """The stable IRI of a node.

    >>> node_iri("Union", "某镇总工会")
    'https://w3id.org/unionkg/id/union/5c2204d946edee91'
    """
    digest = hashlib.sha256(f"{etype}\x1f{key}".encode()).hexdigest()[:16]
    return f"{ID_BASE}{etype.lower()}/{digest}"


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _code(ent: ExtractedEntity) -> str:
    return ent.key.rsplit(":", 1)[-1] if ent.key.count(":") >= 2 else ""


def _compatible(a: str, b: str) -> bool:
    """Codes agree when equal, when one is missing, or when one contains the other's area."""
    if not a or not b or a == b:
        return True
    # a county code inside a city or province code: 330382 inside 330300 / 330000
    for short, long in ((a, b), (b, a)):
        stem = short.rstrip("0")
        if len(stem) < len(long.rstrip("0")) and long.startswith(stem):
            return True
    return False


def build_graph(extractions: Iterable[Extraction]) -> KnowledgeGraph:
    """Merge per-article extractions into one graph.

    The result is the same whatever the order of ``extractions``.
    """
    items = sorted(extractions, key=lambda x: x.article.id)
    instances: list[tuple[str, ExtractedEntity]] = []
    for ex in items:
        for ent in sorted(ex.entities, key=lambda e: e.key):
            instances.append((ex.article.id, ent))
    uf = _UnionFind(len(instances))
    by_form: dict[tuple[str, str], list[int]] = {}
    for i, (_, ent) in enumerate(instances):
        for form in {ent.name, *ent.aliases}:
            by_form.setdefault((ent.type, _norm(form)), []).append(i)
    for (_etype, _form), members in sorted(by_form.items()):
        by_code: dict[str, list[int]] = {}
        for i in members:
            by_code.setdefault(_code(instances[i][1]), []).append(i)
        coded = sorted(c for c in by_code if c)
        if len(coded) <= 1:  # one code or none: an uncoded mention joins the coded one
            for i in members[1:]:
                uf.union(members[0], i)
            continue
        # several codes compete: uncoded mentions stay apart; a code joins the same code and
        # codes of areas that contain each other (a county inside its city)
        for same in (by_code[c] for c in coded):
            for i in same[1:]:
                uf.union(same[0], i)
        for a, b in itertools.combinations(coded, 2):
            if _compatible(a, b):
                uf.union(by_code[a][0], by_code[b][0])
    clusters: dict[int, list[int]] = {}
    for i in range(len(instances)):
        clusters.setdefault(uf.find(i), []).append(i)

    kg = KnowledgeGraph()
    for ex in items:
        kg.articles[ex.article.id] = ex.article
    local_to_iri: dict[tuple[str, str], str] = {}
    for members in clusters.values():
        node = _node([instances[i] for i in members])
        kg.nodes[node.iri] = node
        for i in members:
            article_id, ent = instances[i]
            local_to_iri[(article_id, ent.key)] = node.iri

    edges: dict[tuple[str, str, str], Edge] = {}
    for ex in items:
        for rel in ex.relations:
            s = local_to_iri.get((ex.article.id, rel.subject))
            o = local_to_iri.get((ex.article.id, rel.object))
            if s is None or o is None or s == o:
                continue
            if rel.type == "partneredWith" and o < s:
                s, o = o, s
            edge = edges.setdefault((s, rel.type, o), Edge(s, rel.type, o))
            if rel.evidence not in edge.evidence:
                edge.evidence.append(rel.evidence)
            if rel.title:
                edge.titles.add(rel.title)
            if rel.date:
                edge.dates.add(rel.date)
    _keep_most_specific_places(kg, edges)
    kg.edges = [edges[k] for k in sorted(edges)]
    for edge in kg.edges:
        edge.evidence.sort(key=lambda e: (e.article_id, e.start, e.end, e.rule))
    return kg


def _keep_most_specific_places(kg: KnowledgeGraph, edges: dict[tuple[str, str, str], Edge]) -> None:
    """An organization the articles place in a town and in a place that town lies in (by the
    graph's own town-to-town edges) keeps only the town: the wider place follows from it."""
    town_parents: dict[str, set[str]] = {}
    org_places: dict[str, set[str]] = {}
    for s, rtype, o in edges:
        if rtype == "locatedIn":
            table = town_parents if kg.nodes[s].type == "Town" else org_places
            table.setdefault(s, set()).add(o)

    def above(town: str) -> set[str]:
        seen: set[str] = set()
        todo = [town]
        while todo:
            for parent in town_parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    for subject, places in org_places.items():
        if len(places) > 1:
            wider = set().union(*(above(place) for place in places)) & places
            for place in wider:
                del edges[(subject, "locatedIn", place)]


def _norm(form: str) -> str:
    return "".join(form.split()).replace("（", "(").replace("）", ")")


def _node(members: list[tuple[str, ExtractedEntity]]) -> Node:
    names = Counter(ent.name for _, ent in members)
    canonical = max(names, key=lambda n: (names[n], len(n), n))
    first = members[0][1]
    etype = first.type
    code = next((c for c in sorted(_code(e) for _, e in members) if c), "")
    iri = node_iri(etype, f"{canonical}|{code}" if etype == "Town" else canonical)
    node = Node(iri=iri, type=etype, label=canonical)
    for article_id, ent in members:
        node.articles.add(article_id)
        for form in {ent.name, *ent.aliases}:
            if form != canonical:
                node.aliases.add(form)
            if ent.name != canonical or article_id != members[0][0]:
                node.merges.append(MergeNote(form, article_id, _reason(ent, canonical)))
        for attr in EXPORTED_ATTRIBUTES:
            value = ent.attributes.get(attr)
            if value and attr not in node.attributes:
                node.attributes[attr] = value
    node.merges.sort(key=lambda m: (m.article_id, m.form))
    return node


def _reason(ent: ExtractedEntity, canonical: str) -> str:
    if ent.name == canonical:
        return "same canonical name"
    return f"shares a name with {canonical}"
