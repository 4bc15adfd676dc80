"""Loaders and exporters by name.

A table, not registration calls: each entry names the module and function that does the work,
imported only when used, so ``import unionkg`` stays cheap. Third parties add theirs through the
entry-point groups ``unionkg.loaders`` and ``unionkg.exporters`` (the value is
``module:function``; an exporter's default file name is ``graph.<name>`` then).

    >>> sorted(loader_names())
    ['html', 'jsonl', 'text']
    >>> exporter("ttl2")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    unionkg.errors.UnknownNameError: no exporter 'ttl2'; known: turtle, trig, jsonld, graphml, ...
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from .errors import UnknownNameError

__all__ = [
    "ExporterSpec",
    "LoaderSpec",
    "exporter",
    "exporter_names",
    "loader",
    "loader_for_suffix",
    "loader_names",
]


@dataclass(frozen=True)
class LoaderSpec:
    """A loader: ``load(data: bytes, source: str) -> list[Article]``."""

    name: str
    target: str  # "module:function"
    suffixes: tuple[str, ...]
    description: str

    def load(self) -> Callable[..., Any]:
        return _resolve(self.target)


@dataclass(frozen=True)
class ExporterSpec:
    """An exporter: ``write(graph, path_or_file)`` writing ``filename`` in a build directory."""

    name: str
    target: str  # "module:function"
    filename: str
    description: str

    def load(self) -> Callable[..., Any]:
        return _resolve(self.target)


_LOADERS: tuple[LoaderSpec, ...] = (
    LoaderSpec(
        "text",
        "unionkg.loaders.text:load_text",
        (".txt", ".text", ""),
        "plain text in UTF-8, GB18030/GBK or Big5; a newspaper page is split into articles",
    ),
    LoaderSpec(
        "html",
        "unionkg.loaders.html:load_html",
        (".html", ".htm", ".xhtml"),
        "an HTML page: main text and metadata",
    ),
    LoaderSpec(
        "jsonl",
        "unionkg.loaders.jsonl:load_jsonl",
        (".jsonl", ".ndjson"),
        "JSON Lines, one article per line (text required; id, title, url, published, publisher)",
    ),
)

_EXPORTERS: tuple[ExporterSpec, ...] = (
    ExporterSpec("turtle", "unionkg.exports.rdf:write_turtle", "graph.ttl", "the graph, Turtle"),
    ExporterSpec(
        "trig", "unionkg.exports.rdf:write_trig", "graph.trig", "TriG, a named graph per article"
    ),
    ExporterSpec("jsonld", "unionkg.exports.rdf:write_jsonld", "graph.jsonld", "JSON-LD"),
    ExporterSpec(
        "graphml", "unionkg.exports.graphml:write_graphml", "graph.graphml", "GraphML for Gephi"
    ),
    ExporterSpec(
        "html", "unionkg.exports.html:write_html", "graph.html", "the interactive explorer"
    ),
    ExporterSpec("gexf", "unionkg.exports.network:write_gexf", "graph.gexf", "GEXF for Gephi"),
    ExporterSpec(
        "nodelink",
        "unionkg.exports.network:write_nodelink",
        "graph.nodelink.json",
        "node-link JSON for d3",
    ),
    # the Neo4j bundle: one exporter per file, so each is written atomically like the others
    ExporterSpec(
        "neo4j-nodes",
        "unionkg.exports.neo4j:write_neo4j_nodes",
        "neo4j-nodes.csv",
        "Neo4j import: nodes CSV (neo4j-admin database import)",
    ),
    ExporterSpec(
        "neo4j-relationships",
        "unionkg.exports.neo4j:write_neo4j_relationships",
        "neo4j-relationships.csv",
        "Neo4j import: relationships CSV",
    ),
    ExporterSpec(
        "neo4j-cypher",
        "unionkg.exports.neo4j:write_neo4j_cypher",
        "neo4j-import.cypher",
        "Neo4j import: a LOAD CSV script for the two CSV files",
    ),
)


def _resolve(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), attr)
    return function


def _plugins(group: str) -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group=group)}


def _all_loaders() -> dict[str, LoaderSpec]:
    table = {spec.name: spec for spec in _LOADERS}
    for name, target in _plugins("unionkg.loaders").items():
        table.setdefault(name, LoaderSpec(name, target, (f".{name}",), "plug-in loader"))
    return table


def _all_exporters() -> dict[str, ExporterSpec]:
    table = {spec.name: spec for spec in _EXPORTERS}
    for name, target in _plugins("unionkg.exporters").items():
        table.setdefault(name, ExporterSpec(name, target, f"graph.{name}", "plug-in exporter"))
    return table


def loader_names() -> list[str]:
    """Names of every loader, built-in first."""
    return list(_all_loaders())


def exporter_names() -> list[str]:
    """Names of every exporter, built-in first."""
    return list(_all_exporters())


def loader(name: str) -> LoaderSpec:
    """The loader called ``name``."""
    table = _all_loaders()
    if name not in table:
        raise UnknownNameError("loader", name, list(table))
    return table[name]


def exporter(name: str) -> ExporterSpec:
    """The exporter called ``name``."""
    table = _all_exporters()
    if name not in table:
        raise UnknownNameError("exporter", name, list(table))
    return table[name]


def loader_for_suffix(suffix: str) -> LoaderSpec | None:
    """The loader that reads files ending in ``suffix`` (lower-cased, with the dot).

    >>> loader_for_suffix(".HTM").name
    'html'
    >>> loader_for_suffix(".png") is None
    True
    """
    suffix = suffix.lower()
    for spec in _all_loaders().values():
        if suffix in spec.suffixes:
            return spec
    return None
