"""unionkg: a knowledge graph of trade unions, companies, towns and officials from news articles.

Importing the package is cheap: the NER model, the gazetteer and rdflib load only when used.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import UnionKGError as UnionKGError
from .model import Article as Article
from .model import KnowledgeGraph as KnowledgeGraph

if TYPE_CHECKING:
    from .analysis import Graph

__all__ = ["Article", "KnowledgeGraph", "UnionKGError", "__version__", "load"]

__version__ = "0.1.0"


def load(path: str | os.PathLike[str]) -> Graph:
    """Read a build directory, a store or an RDF file into a graph for analytics
    (see :mod:`unionkg.analysis`; networkx and rdflib load only now)."""
    from .analysis import load as _load

    return _load(path)
