"""The graph in an embedded SPARQL store (Oxigraph), and the queries that run over it.

- :class:`GraphStore`: the on-disk store, built once and then updated one article at a time.
- :func:`run_query`: SPARQL over a store or an RDF file, guarded against SERVICE and UPDATE.
- :func:`saved_queries`: the named queries shipped with unionkg.
"""

from .graphstore import BOOKKEEPING_GRAPH as BOOKKEEPING_GRAPH
from .graphstore import ChangeResult as ChangeResult
from .graphstore import GraphStore as GraphStore
from .graphstore import StoreError as StoreError

__all__ = ["BOOKKEEPING_GRAPH", "ChangeResult", "GraphStore", "StoreError"]
