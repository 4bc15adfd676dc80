"""Graph analytics: the graph as a Python object and networkx graph, and the analyses a labour
researcher asks first (centrality, the union hierarchy, unions per place, officials with several
posts, partnership clusters, communities, coverage) with an HTML report.

- :func:`load` reads a build directory, a store or an RDF file into a :class:`Graph`;
  ``Graph.to_networkx()`` is an ``nx.MultiDiGraph`` filtered by type, relation and confidence.
- :func:`analyze` runs every analysis; :func:`write_analysis` writes it as JSON and CSV.
- :func:`write_report` writes the self-contained HTML report.

Heavy imports (networkx, matplotlib) load only when these are used.
"""

from .api import Graph as Graph
from .api import load as load
from .run import Analysis as Analysis
from .run import analyze as analyze
from .run import format_analysis as format_analysis
from .run import write_analysis as write_analysis

__all__ = [
    "Analysis",
    "Graph",
    "analyze",
    "format_analysis",
    "load",
    "write_analysis",
    "write_report",
]


def write_report(*args: object, **kwargs: object) -> object:
    """Write the HTML report (see :func:`unionkg.analysis.report.write_report`)."""
    from .report import write_report as write

    return write(*args, **kwargs)  # type: ignore[arg-type]
