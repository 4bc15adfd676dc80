"""``unionkg push``: load the graph into another triple store through the SPARQL 1.1 Graph Store
HTTP Protocol (Fuseki, GraphDB, Virtuoso, Oxigraph server …).

The default graph goes to ``ENDPOINT?default`` and each article's named graph to
``ENDPOINT?graph=<article IRI>``, as N-Triples: ``PUT`` (the default) replaces each graph,
``POST`` merges into it. The store's own bookkeeping graph stays home.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

import pyoxigraph as ox

from ..errors import UnionKGError

__all__ = ["PushError", "PushResult", "graph_url", "push_quads"]


class PushError(UnionKGError):
    """A graph the endpoint did not accept (or an endpoint that does not answer)."""


@dataclass
class PushResult:
    """Graphs sent (``"default"`` or the graph's IRI) and triples sent in all."""

    graphs: list[str] = field(default_factory=list)
    triples: int = 0


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a graph (``None``: the default graph).

    >>> graph_url("http://127.0.0.1:7878/store", None)
    'http://127.0.0.1:7878/store?default'
    >>> graph_url("http://h/store?x=1", "https://w3id.org/unionkg/id/article/a 1")
    'http://h/store?x=1&graph=https%3A%2F%2Fw3id.org%2Funionkg%2Fid%2Farticle%2Fa+1'
    """
    joiner = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{joiner}default"
    return f"{endpoint}{joiner}{urllib.parse.urlencode({'graph': graph})}"


def _send(url: str, method: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method=method)
    request.add_header("Content-Type", "application/n-triples")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        reason = detail[0][:200] if detail else error.reason
        raise PushError(f"{url}: the endpoint answered {error.code} ({reason})") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        cause = error.reason if isinstance(error, urllib.error.URLError) else error
        raise PushError(f"{url}: cannot reach the endpoint ({cause}); is it running?") from None


Graphs = Sequence[tuple[str, list[ox.Triple]]]
"""The graphs to send: each graph's IRI (``""`` for the default graph) and its triples."""


def push_quads(
    quads: Iterable[ox.Quad],
    endpoint: str,
    *,
    method: str = "PUT",
    timeout: float = 60.0,
    progress: Callable[[Graphs], Iterable[tuple[str, list[ox.Triple]]]] | None = None,
) -> PushResult:
    """Send ``quads`` graph by graph to a Graph Store Protocol ``endpoint``; ``progress``, when
    given, wraps the list of graphs (a progress bar: its length is the total)."""
    if method not in ("PUT", "POST"):
        raise PushError(f"method {method!r}: use PUT (replace each graph) or POST (merge)")
    if not endpoint.startswith(("http://", "https://")):
        raise PushError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint")

    def graph_key(quad: ox.Quad) -> str:
        return "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value

    ordered = sorted(quads, key=lambda q: (graph_key(q), str(q)))
    graphs = [(name, [q.triple for q in group]) for name, group in groupby(ordered, graph_key)]
    result = PushResult()
    for name, triples in progress(graphs) if progress else graphs:
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        _send(graph_url(endpoint, name or None), method, bytes(body), timeout)
        result.graphs.append(name or "default")
        result.triples += len(triples)
    return result
