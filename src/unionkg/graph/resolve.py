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
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, NamedTuple, TypeVar

from ..model import (
    ID_BASE,
    Article,
    Edge,
    EntityKey,
    EntityType,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    KnowledgeGraph,
    MergeNote,
    Node,
)

__all__ = ["build_graph", "node_iri", "visible"]

_T = TypeVar("_T")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

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


class _Entity(NamedTuple):
    """What resolution needs of one article's entity (a tuple: there are many)."""

    article_id: str
    key: EntityKey
    type: EntityType
    name: str
    forms: tuple[str, ...]  # the name and every alias
    attributes: tuple[tuple[str, str], ...]  # the exported ones the entity has


class _Pool(dict[Any, Any]):
    """One copy of each value the articles repeat (a town's key, name and place attributes in
    every article that names it; a rule's id on every edge it found): ``pool(value)`` is the
    first equal value the pool was given."""

    def __call__(self, value: _T) -> _T:
        return self.setdefault(value, value)


def visible(text: str) -> str:
    """``text`` without the characters that show nothing but make two names differ: zero-width
    spaces and joiners, bidirectional controls, word joiners, soft hyphens. Names and keys pass
    through it (``虹\u200d桥镇`` is 虹桥镇); evidence sentences keep the text as written.

    >>> visible("虹\u200d桥镇\u202e"), visible("工会")
    ('虹桥镇', '工会')
    """
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def _visible_key(key: EntityKey) -> EntityKey:
    """``key`` with its name passed through :func:`visible` (the same key in every place of an
    article that names it, so entities and relations still meet)."""
    return replace(key, name=visible(key.name)) if _INVISIBLE.search(key.name) else key


def _entity(article_id: str, ent: ExtractedEntity, pool: _Pool) -> _Entity:
    attributes = pool(tuple(
        pool((a, ent.attributes[a])) for a in EXPORTED_ATTRIBUTES if a in ent.attributes
    ))  # fmt: skip
    forms = pool(tuple(sorted({visible(ent.name), *map(visible, ent.aliases)})))
    key, name = pool(_visible_key(ent.key)), pool(visible(ent.name))
    return _Entity(article_id, key, ent.type, name, forms, attributes)


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


def _clusters(instances: list[_Entity]) -> list[list[int]]:
    """The instances that are one entity, as lists of indexes into ``instances``."""
    uf = _UnionFind(len(instances))
    by_form: dict[str, dict[str, list[int]]] = {}  # type -> normalized form -> instances
    for i, ent in enumerate(instances):
        forms = by_form.setdefault(ent.type, {})
        for form in ent.forms:
            forms.setdefault(_norm(form), []).append(i)
    for etype in sorted(by_form):
        forms = by_form.pop(etype)
        for form in sorted(forms):
            _join(uf, instances, forms.pop(form))
    clusters: dict[int, list[int]] = {}
    for i in range(len(instances)):
        clusters.setdefault(uf.find(i), []).append(i)
    return list(clusters.values())


def _join(uf: _UnionFind, instances: list[_Entity], members: list[int]) -> None:
    """Join the instances that share one name, as far as their places' codes allow."""
    by_code: dict[str, list[int]] = {}
    for i in members:
        by_code.setdefault(instances[i].key.code, []).append(i)
    coded = sorted(c for c in by_code if c)
    if len(coded) <= 1:  # one code or none: an uncoded mention joins the coded one
        for i in members[1:]:
            uf.union(members[0], i)
        return
    # several codes compete: uncoded mentions stay apart; a code joins the same code and
    # codes of areas that contain each other (a county inside its city)
    for same in (by_code[c] for c in coded):
        for i in same[1:]:
            uf.union(same[0], i)
    for a, b in itertools.combinations(coded, 2):
        if _compatible(a, b):
            uf.union(by_code[a][0], by_code[b][0])


def build_graph(extractions: Iterable[Extraction], min_confidence: float = 0.0) -> KnowledgeGraph:
    """Merge per-article extractions into one graph; edges whose best evidence is less confident
    than ``min_confidence`` are left out (the one confidence filter of a build and the store).

    The result is the same whatever the order of ``extractions``. They are read once, one at a
    time, and not kept: only what resolution needs of each entity (its key, type, names and
    exported attributes), each article's relations and its metadata, so a stream of extractions
    is never held whole.
    """
    read: list[tuple[str, Article, list[_Entity], list[ExtractedRelation]]] = []
    pool = _Pool()
    for ex in extractions:
        entities = [_entity(ex.article.id, e, pool)
                    for e in sorted(ex.entities, key=lambda e: e.key)]  # fmt: skip
        read.append((ex.article.id, ex.article, entities, _compact(ex.relations, pool)))
    read.sort(key=lambda item: item[0])  # stable: an id read twice keeps its order
    instances = [ent for _, _, entities, _ in read for ent in entities]

    kg = KnowledgeGraph()
    node_of = [""] * len(instances)  # the IRI of each instance's node
    for members in _clusters(instances):
        node = _node([instances[i] for i in members])
        kg.nodes[node.iri] = node
        for i in members:
            node_of[i] = node.iri

    edges: dict[tuple[str, str, str], Edge] = {}
    first = 0
    for article_id, article, entities, relations in read:
        kg.articles[article_id] = article
        local = {ent.key: node_of[first + n] for n, ent in enumerate(entities)}
        first += len(entities)
        for rel in relations:
            s, o = local.get(rel.subject), local.get(rel.object)
            if s is None or o is None or s == o:
                continue
            if rel.type == "partneredWith" and o < s:
                s, o = o, s
            edge = edges.setdefault((s, rel.type, o), Edge(s, rel.type, o))
            edge.evidence.append(rel.evidence)  # the same twice is dropped below
            if rel.title:
                edge.titles.add(rel.title)
            if rel.date:
                edge.dates.add(rel.date)
    _keep_most_specific_places(kg, edges)
    kg.edges = [edges[k] for k in sorted(edges)]
    for edge in kg.edges:  # a set, not a scan of the list per evidence: an edge of a large
        # corpus (a town in its city) has an evidence in every article that names both
        edge.evidence = sorted(set(edge.evidence), key=_evidence_order)
    if min_confidence > 0:
        kg.edges = [edge for edge in kg.edges if edge.confidence >= min_confidence]
    return kg


def _evidence_order(ev: Evidence) -> tuple[str, int, int, str, float, str]:
    return (ev.article_id, ev.start, ev.end, ev.rule, ev.confidence, ev.sentence)


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


def _compact(relations: list[ExtractedRelation], pool: _Pool) -> list[ExtractedRelation]:
    """``relations`` holding one copy of what they repeat: of the article's sentences (the
    relations of one sentence each carry a copy of it) and of the keys, titles and rule ids
    the articles share (``pool``)."""
    sentences: dict[str, str] = {}
    shared = []
    for rel in relations:
        ev = rel.evidence
        sentence = sentences.setdefault(ev.sentence, ev.sentence)
        shared.append(replace(
            rel, subject=pool(_visible_key(rel.subject)), object=pool(_visible_key(rel.object)),
            title=pool(visible(rel.title) if rel.title else rel.title), date=pool(rel.date),
            evidence=replace(ev, sentence=sentence, rule=pool(ev.rule)),
        ))  # fmt: skip
    return shared


def _norm(form: str) -> str:
    return "".join(form.split()).replace("（", "(").replace("）", ")")


def _node(members: list[_Entity]) -> Node:
    names = Counter(ent.name for ent in members)
    canonical = max(names, key=lambda n: (names[n], len(n), n))
    etype = members[0].type
    code = next((c for c in sorted(ent.key.code for ent in members) if c), "")
    iri = node_iri(etype, f"{canonical}|{code}" if etype == "Town" else canonical)
    node = Node(iri=iri, type=etype, label=canonical)
    shared = f"shares a name with {canonical}"  # one string for every note of the node
    for ent in members:
        node.articles.add(ent.article_id)
        reason = "same canonical name" if ent.name == canonical else shared
        for form in ent.forms:
            if form != canonical:
                node.aliases.add(form)
            if ent.name != canonical or ent.article_id != members[0].article_id:
                node.merges.append(MergeNote(form, ent.article_id, reason))
        for attr, value in ent.attributes:
            if value and attr not in node.attributes:
                node.attributes[attr] = value
    node.merges.sort(key=lambda m: (m.article_id, m.form))
    return node
