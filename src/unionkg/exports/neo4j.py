"""The graph as a Neo4j import bundle: nodes and relationships CSV plus a ``LOAD CSV`` script.

Three files, each its own exporter so each is written atomically like every other export:

- ``neo4j-nodes.csv``: ``iri:ID,:LABEL,label,aliases:string[],type,founded,admin_code,level,
  parents``. ``:LABEL`` is ``Entity;<type>`` (every node is an ``Entity``, and a ``Union``,
  ``Town`` …); ``iri`` is the node's ID and a property.
- ``neo4j-relationships.csv``: ``:START_ID,:END_ID,:TYPE,confidence:float,evidence:int,
  titles:string[],sentences:string[],articles:string[],confidences:float[],rules:string[]``.
  ``:TYPE`` is the relation name of the ontology (``chairedBy`` …), as in SPARQL; the last four
  are the evidence, one item per piece, best first: the sentence that states the relation, the
  article it is in, that piece's confidence and the rule that read it (``r.sentences[0]`` is the
  best sentence, from article ``r.articles[0]``).
- ``neo4j-import.cypher``: the same two files loaded with ``LOAD CSV`` into a running database.

These are the header conventions of ``neo4j-admin database import``, with its defaults
(``,`` between fields, ``"`` for quotes, ``;`` between array items), so an empty database loads
with::

    neo4j-admin database import full --nodes=neo4j-nodes.csv \\
        --relationships=neo4j-relationships.csv neo4j

and a running one with ``cypher-shell -f neo4j-import.cypher`` (both CSV files in Neo4j's
``import`` directory). Array items cannot hold the delimiter, so a ``;`` inside an alias or a
title is written as a full-width ``；``; line breaks inside values become spaces.

The files begin with a UTF-8 byte order mark, which Excel needs to read them as UTF-8 (without
it, Chinese text opens garbled); Neo4j's CSV reader skips the mark.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator

from ..model import ENTITY_TYPES, RELATION_TYPES, Edge, KnowledgeGraph
from ..ontology.property_graph import property_edges, property_nodes, split_list
from .files import PathOrFile, write_chunks

__all__ = [
    "BOM",
    "NODE_HEADER",
    "RELATIONSHIP_HEADER",
    "generate_neo4j_cypher",
    "generate_neo4j_nodes",
    "generate_neo4j_relationships",
    "write_neo4j_cypher",
    "write_neo4j_nodes",
    "write_neo4j_relationships",
]

NODE_HEADER = (
    "iri:ID",
    ":LABEL",
    "label",
    "aliases:string[]",
    "type",
    "founded",
    "admin_code",
    "level",
    "parents",
)
RELATIONSHIP_HEADER = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "confidence:float",
    "evidence:int",
    "titles:string[]",
    "sentences:string[]",
    "articles:string[]",
    "confidences:float[]",
    "rules:string[]",
)
ARRAY_DELIMITER = ";"
BOM = "\ufeff"
"""Written first in each CSV file, so that Excel reads it as UTF-8."""


def _clean(value: object) -> str:
    return " ".join(str(value).splitlines()) if value is not None else ""


def _array(joined: str) -> str:
    return _items(split_list(joined))


def _items(items: Iterable[object]) -> str:
    return ARRAY_DELIMITER.join(_clean(item).replace(ARRAY_DELIMITER, "；") for item in items)


def _evidence_columns(edge: Edge | None) -> tuple[str, str, str, str]:
    """The evidence of ``edge`` as four arrays: sentences, articles, confidences and rules."""
    if edge is None:
        return "", "", "", ""
    ordered = sorted(edge.evidence, key=lambda e: (-e.confidence, e.article_id, e.start, e.rule))
    return (
        _items(e.sentence for e in ordered),
        _items(e.article_id for e in ordered),
        _items(round(e.confidence, 4) for e in ordered),
        _items(e.rule for e in ordered),
    )


def _csv(rows: Iterable[Iterable[object]], batch: int = 5_000) -> Iterator[str]:
    """``rows`` as CSV text, ``batch`` rows a chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for number, row in enumerate(rows, start=1):
        writer.writerow(row)
        if number % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def generate_neo4j_nodes(kg: KnowledgeGraph) -> Iterator[str]:
    """The nodes as ``neo4j-admin import`` CSV.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> iri = "https://w3id.org/unionkg/id/u/1"
    >>> kg = KnowledgeGraph({iri: Node(iri, "Union", "启衡电器工会", {"启衡工会", "启衡;工会"})})
    >>> print("".join(generate_neo4j_nodes(kg)), end="")
    iri:ID,:LABEL,label,aliases:string[],type,founded,admin_code,level,parents
    https://w3id.org/unionkg/id/u/1,Entity;Union,启衡电器工会,启衡；工会;启衡工会,Union,,,,
    """
    yield from _csv(itertools.chain([NODE_HEADER], map(_node_row, property_nodes(kg))))


def _node_row(item: tuple[str, dict[str, str]]) -> tuple[str, ...]:
    iri, data = item
    labels = ARRAY_DELIMITER.join(["Entity", data["type"]] if data["type"] else ["Entity"])
    fields = ("label", "type", "founded", "admin_code", "level", "parents")
    values = {name: _clean(data.get(name, "")) for name in fields}
    return (
        iri, labels, values["label"], _array(data["aliases"]), values["type"],
        values["founded"], values["admin_code"], values["level"], values["parents"],
    )  # fmt: skip


def generate_neo4j_relationships(kg: KnowledgeGraph) -> Iterator[str]:
    """The edges as ``neo4j-admin import`` CSV.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph
    >>> u, o = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/o/2"
    >>> ev = Evidence("a1", "林启明任启衡电器工会主席。", 0, 13, "chair-title/v1", 0.85)
    >>> kg = KnowledgeGraph(edges=[Edge(u, "chairedBy", o, [ev], {"主席"})])
    >>> rows = list(csv.reader(io.StringIO("".join(generate_neo4j_relationships(kg)))))
    >>> dict(zip(*rows))  # doctest: +NORMALIZE_WHITESPACE
    {':START_ID': 'https://w3id.org/unionkg/id/u/1', ':END_ID': 'https://w3id.org/unionkg/id/o/2',
     ':TYPE': 'chairedBy', 'confidence:float': '0.85', 'evidence:int': '1',
     'titles:string[]': '主席', 'sentences:string[]': '林启明任启衡电器工会主席。',
     'articles:string[]': 'a1', 'confidences:float[]': '0.85', 'rules:string[]': 'chair-title/v1'}
    """
    # the edge property_edges keeps for a subject, relation and object: the last given
    kept: dict[tuple[str, str, str], Edge] = {(e.subject, e.type, e.object): e for e in kg.edges}
    rows = (
        (subject, obj, data["relation"], data["confidence"], data["evidence"],
         _array(data["titles"]), *_evidence_columns(kept.get((subject, key, obj))))
        for subject, obj, key, data in property_edges(kg)
    )  # fmt: skip
    yield from _csv(itertools.chain([RELATIONSHIP_HEADER], rows))


_CYPHER_HEAD = """\
// The unionkg graph for Neo4j 5, loaded with LOAD CSV into a running database.
// Put neo4j-nodes.csv and neo4j-relationships.csv in Neo4j's import directory, then run
//   cypher-shell -f neo4j-import.cypher
// Into an empty database the same files load faster with
//   neo4j-admin database import full --nodes=neo4j-nodes.csv \\
//     --relationships=neo4j-relationships.csv neo4j
// Running this script twice changes nothing (MERGE on the node IRI and the relationship).

CREATE CONSTRAINT unionkg_entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///neo4j-nodes.csv' AS row
MERGE (n:Entity {iri: row.`iri:ID`})
SET n.label = row.label, n.type = row.type,
    n.aliases = [a IN split(coalesce(row.`aliases:string[]`, ''), ';') WHERE a <> ''],
    n.founded = row.founded, n.admin_code = row.admin_code, n.level = row.level,
    n.parents = row.parents;
"""

_CYPHER_LABEL = "\nMATCH (n:Entity {{type: '{name}'}}) SET n:{name};\n"

_CYPHER_RELATION = """
LOAD CSV WITH HEADERS FROM 'file:///neo4j-relationships.csv' AS row
WITH row WHERE row.`:TYPE` = '{name}'
MATCH (s:Entity {{iri: row.`:START_ID`}}), (o:Entity {{iri: row.`:END_ID`}})
MERGE (s)-[r:{name}]->(o)
SET r.confidence = toFloat(row.`confidence:float`), r.evidence = toInteger(row.`evidence:int`),
    r.titles = [t IN split(coalesce(row.`titles:string[]`, ''), ';') WHERE t <> ''],
    r.sentences = [t IN split(coalesce(row.`sentences:string[]`, ''), ';') WHERE t <> ''],
    r.articles = [t IN split(coalesce(row.`articles:string[]`, ''), ';') WHERE t <> ''],
    r.confidences = [t IN split(coalesce(row.`confidences:float[]`, ''), ';') | toFloat(t)],
    r.rules = [t IN split(coalesce(row.`rules:string[]`, ''), ';') WHERE t <> ''];
"""


def generate_neo4j_cypher(kg: KnowledgeGraph) -> Iterator[str]:
    """The ``LOAD CSV`` script that loads the two CSV files (the same for every graph).

    >>> text = "".join(generate_neo4j_cypher(KnowledgeGraph()))
    >>> "MERGE (s)-[r:chairedBy]->(o)" in text, "SET n:Union;" in text
    (True, True)
    """
    yield _CYPHER_HEAD
    for entity_type in ENTITY_TYPES:
        yield _CYPHER_LABEL.format(name=entity_type)
    for relation in RELATION_TYPES:
        yield _CYPHER_RELATION.format(name=relation)


def write_neo4j_nodes(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the nodes CSV (``neo4j-nodes.csv``, with a :data:`BOM`), atomically given a path."""
    write_chunks(itertools.chain([BOM], generate_neo4j_nodes(kg)), path_or_file)


def write_neo4j_relationships(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the relationships CSV (``neo4j-relationships.csv``, with a :data:`BOM`),
    atomically when given a path."""
    write_chunks(itertools.chain([BOM], generate_neo4j_relationships(kg)), path_or_file)


def write_neo4j_cypher(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the ``LOAD CSV`` script (``neo4j-import.cypher``), atomically given a path."""
    write_chunks(generate_neo4j_cypher(kg), path_or_file)
