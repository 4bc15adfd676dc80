"""The graph stage: one node per real-world entity across articles, edges with evidence."""

from .resolve import build_graph as build_graph
from .resolve import node_iri as node_iri

__all__ = ["build_graph", "node_iri"]
