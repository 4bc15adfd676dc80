"""The types that cross the pipeline's stages.

Standard library only: loaders, extraction, the graph, the ontology and the exporters all speak
these types, so none of them has to import a neighbour.

    loaders -> Article
    extract -> Extraction (ExtractedEntity, ExtractedRelation, Evidence) per article
    graph   -> KnowledgeGraph (Node, Edge) over the whole corpus
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import total_ordering
from typing import Literal, get_args

__all__ = [
    "ENTITY_TYPES",
    "ID_BASE",
    "ONTOLOGY_NS",
    "ORGANIZATION_TYPES",
    "RELATION_TYPES",
    "Article",
    "Byline",
    "Edge",
    "EntityKey",
    "EntityType",
    "Evidence",
    "ExtractedEntity",
    "ExtractedRelation",
    "Extraction",
    "KnowledgeGraph",
    "Mention",
    "MergeNote",
    "Node",
    "RelationType",
    "article_iri",
]

ONTOLOGY_NS = "https://w3id.org/unionkg/ontology#"
ID_BASE = "https://w3id.org/unionkg/id/"

EntityType = Literal["Union", "Company", "Town", "Official", "Person", "Organization"]
RelationType = Literal[
    "chairedBy",
    "holdsPosition",
    "founded",
    "partneredWith",
    "subOrganizationOf",
    "locatedIn",
    "memberOf",
]

ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
# the types of organizations: bodies that have posts, unions, partners and places
ORGANIZATION_TYPES: frozenset[EntityType] = frozenset({"Union", "Company", "Organization"})
RELATION_TYPES: tuple[RelationType, ...] = get_args(RelationType)


@dataclass(frozen=True, slots=True)
class Byline:
    """A credited person in an article's byline: 记者王小明, 通讯员李小红, 摄影 …

    ``start``/``end`` are character offsets of the name in ``Article.text``.
    """

    role: str
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One source article as the loaders hand it on.

    ``text`` is what extraction reads: Simplified script, layout breaks repaired.
    ``original`` is the text as written when it differs (a Traditional-script article); it has
    the same length as ``text``, so offsets hold in both.
    """

    id: str
    text: str
    source: str = ""
    original: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    encoding: str | None = None
    bylines: tuple[Byline, ...] = ()

    @property
    def as_written(self) -> str:
        """The text as the source wrote it (what evidence quotes)."""
        return self.original if self.original is not None else self.text


@total_ordering
@dataclass(frozen=True, slots=True)
class EntityKey:
    """The identity of an entity within one article: its type, the name it is keyed by and
    the administrative code of its place ("" where it has none; a person has no place).

    ``type`` is the type the entity was found as; a pass may retype the entity (a person
    given a post becomes an Official) and the key stays. Keys order as their text form
    ``Type:name:code`` (``Person:name`` for a person), the form a store keeps them in, so
    that entities and the ends of a symmetric relation keep the order string keys gave them.

    >>> key = EntityKey("Union", "某镇总工会", "330382")
    >>> str(key), EntityKey.from_text(str(key)) == key
    ('Union:某镇总工会:330382', True)
    >>> str(EntityKey("Person", "王小明"))
    'Person:王小明'
    >>> [k.name for k in sorted([EntityKey("Town", "某镇"), EntityKey("Town", "某镇1")])]
    ['某镇1', '某镇']
    """

    type: EntityType
    name: str
    code: str = ""

    def __str__(self) -> str:
        if self.type == "Person":
            return f"{self.type}:{self.name}"
        return f"{self.type}:{self.name}:{self.code}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EntityKey):
            return NotImplemented
        return str(self) < str(other)

    @classmethod
    def from_text(cls, text: str) -> EntityKey:
        """The key whose text form is ``text`` (as :func:`str` writes it)."""
        etype, rest = text.split(":", 1)
        if etype not in ENTITY_TYPES:
            raise ValueError(f"not an entity key: {text!r}")
        if etype == "Person":
            return cls("Person", rest)
        name, code = rest.rsplit(":", 1)
        return cls(_entity_type(etype), name, code)


def _entity_type(name: str) -> EntityType:
    return next(t for t in ENTITY_TYPES if t == name)


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of an entity at ``text[start:end]`` of one article."""

    text: str
    start: int
    end: int
    source: str  # the model or rule that found it, e.g. "lac" or "org-suffix/v1"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an edge exists: the sentence of an article that states it, and who found it."""

    article_id: str
    sentence: str
    start: int  # offsets of the sentence in the article's text
    end: int
    rule: str
    confidence: float


@dataclass(slots=True)
class ExtractedEntity:
    """One entity of one article, all its mentions merged.

    ``key`` is local to the article; ``place`` is the key of the place it is named after and
    ``derived_from`` the key of the entity it was implied by (a company's union: the company).
    ``attributes`` holds typed facts such as
    ``founded`` (ISO date) or, for towns, ``admin_code`` and ``parents`` (a "/"-joined chain,
    most specific first).
    """

    key: EntityKey
    type: EntityType
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    place: EntityKey | None = None
    derived_from: EntityKey | None = None


@dataclass(frozen=True, slots=True)
class ExtractedRelation:
    """A relation between two entities of one article (by their local keys)."""

    type: RelationType
    subject: EntityKey
    object: EntityKey
    evidence: Evidence
    title: str | None = None  # the post, for chairedBy/holdsPosition
    date: str | None = None  # ISO date, for founded and posts


@dataclass(slots=True)
class Extraction:
    """All that extraction found in one article."""

    article: Article
    entities: list[ExtractedEntity] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MergeNote:
    """Why a surface form ended up on a node (the merge log)."""

    form: str
    article_id: str
    reason: str


@dataclass(slots=True)
class Node:
    """A resolved entity of the corpus graph."""

    iri: str
    type: EntityType
    label: str
    aliases: set[str] = field(default_factory=set)
    attributes: dict[str, str] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    merges: list[MergeNote] = field(default_factory=list)


@dataclass(slots=True)
class Edge:
    """A direct edge of the corpus graph with every piece of evidence for it."""

    subject: str  # node IRI
    type: RelationType
    object: str  # node IRI
    evidence: list[Evidence] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    @property
    def confidence(self) -> float:
        """The best confidence among the edge's evidence (0.0 without any)."""
        return max((e.confidence for e in self.evidence), default=0.0)


@dataclass(slots=True)
class KnowledgeGraph:
    """The whole graph: nodes by IRI, edges, and the articles they came from."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)


def article_iri(article_id: str) -> str:
    """The stable IRI of an article.

    >>> article_iri("A-01")
    'https://w3id.org/unionkg/id/article/A-01'
    """
    from urllib.parse import quote

    return f"{ID_BASE}article/{quote(article_id, safe='-_.~')}"
